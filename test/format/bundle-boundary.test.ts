// The popup stays fast: Turndown is reachable only through src/format/markdown.ts, which
// the popup loads with import(). Follows the static imports of every other format module.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FORMAT_DIR = fileURLToPath(new URL('../../src/format/', import.meta.url));

/** Static import specifiers of a module (type-only imports are erased and ignored). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      /* next */
    }
  }
  return null;
}

/** Every package a module pulls in, following local imports. */
function reachablePackages(entry: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(entry)) return packages;
  seen.add(entry);
  for (const spec of staticImports(entry)) {
    const local = resolveLocal(entry, spec);
    if (local) for (const p of reachablePackages(local, seen)) packages.add(p);
    else if (!spec.startsWith('.')) packages.add(spec);
  }
  return packages;
}

const modules = readdirSync(FORMAT_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

describe('bundle boundary', () => {
  it.each(modules.filter((f) => f !== 'markdown.ts'))('%s does not pull in Turndown', (file) => {
    const packages = [...reachablePackages(join(FORMAT_DIR, file))];
    expect(packages.filter((p) => p.startsWith('turndown'))).toEqual([]);
    expect(staticImports(join(FORMAT_DIR, file))).not.toContain('./markdown');
  });

  it('markdown.ts is where Turndown lives', () => {
    expect(staticImports(join(FORMAT_DIR, 'markdown.ts'))).toEqual(expect.arrayContaining(['turndown', 'turndown-plugin-gfm']));
  });
});
