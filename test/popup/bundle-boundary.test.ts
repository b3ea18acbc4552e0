// The popup must stay small and safe: no Readability (only types, and the sites' data, from
// the core) and no HTML parsing of page text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const files = ['src/popup', 'entrypoints/popup'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f)),
);

describe('popup code', () => {
  it.each(files)('%s imports from the core only types and the sites’ identity', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const valueImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    for (const spec of valueImports) {
      if (/\/extract(?:\/|$)/.test(spec)) expect(spec, `${file} imports ${spec}`).toMatch(/\/extract\/sites\/identity$/);
      expect(spec).not.toMatch(/readability|dompurify|turndown/i);
    }
  });

  it.each(files)('%s never parses HTML', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|DOMParser|document\.write/);
  });
});
