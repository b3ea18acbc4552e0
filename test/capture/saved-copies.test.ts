// Every saved and archived copy of test/fixtures/saved/*.json, made from its fixture page the
// way the tool makes it, gives the fixture's expected record plus its capture: through the
// same steps as the CLI (read the file, decode, parse, extract), and once per kind through
// the CLI itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { readSavedPage } from '../../src/cli/read-page';
import { extract } from '../../src/extract';
import { readCapture } from '../../src/extract/capture';
import { compareWithExpected } from '../helpers/compare';
import { loadFixtures, type Fixture } from '../helpers/fixtures';
import { COPY_KINDS, loadCopyTables, makeCopy, type CopySpec, type CopyTable } from '../helpers/saved-copies';

const fixtures = new Map(loadFixtures().map((f) => [f.name, f]));
const tables = loadCopyTables();
const dir = mkdtempSync(join(tmpdir(), 'gr-saved-'));

function writeCopy(table: CopyTable, copy: CopySpec): { file: string; url?: string; fx: Fixture } {
  const fx = fixtures.get(copy.base);
  if (!fx) throw new Error(`${table.kind}.json names a fixture that does not exist: ${copy.base}`);
  const made = makeCopy(table.kind, fx.html, fx.expected.url, copy.stamp);
  const file = join(dir, `${table.kind}--${copy.base}.html`);
  writeFileSync(file, made.html);
  return { file, url: made.url, fx };
}

const expectedOf = (fx: Fixture, copy: CopySpec) => ({ ...fx.expected, capture: copy.capture });

it('has a table for every kind of copy, each with at least 4 pages', () => {
  expect(tables.map((t) => t.kind).sort()).toEqual([...COPY_KINDS].sort());
  for (const t of tables) expect(new Set(t.copies.map((c) => c.base)).size, t.kind).toBeGreaterThanOrEqual(4);
});

describe.each(tables.map((t) => [t.kind, t] as const))('%s copies', (_, table) => {
  it.each(table.copies.map((c) => [c.base, c] as const))('%s: the fixture record, capture included', (_, copy) => {
    const { file, url = pathToFileURL(file).href, fx } = writeCopy(table, copy);
    const saved = readSavedPage(file);
    if ('error' in saved) throw new Error(saved.error);
    const record = extract(parseHtml(saved, url), url, readCapture);
    expect(compareWithExpected(expectedOf(fx, copy), record)).toEqual([]);
    expect(record.kind === 'article' && record.capture).toEqual(copy.capture);
  });
});

describe('npm run extract on one copy of each kind', () => {
  it.each(tables.map((t) => [t.kind, t] as const))('%s', (_, table) => {
    const copy = table.copies[0];
    const { file, url, fx } = writeCopy(table, copy);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', file, ...(url ? ['--url', url] : [])], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.stderr).toBe('');
    expect(compareWithExpected(expectedOf(fx, copy), JSON.parse(r.stdout))).toEqual([]);
  });
});
