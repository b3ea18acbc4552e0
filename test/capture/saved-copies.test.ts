// Every saved and archived copy of test/fixtures/saved/*.json, made from its fixture page the
// way the tool makes it, gives the fixture's expected record plus its capture: through the
// same steps as the CLI (read the file, decode, parse, extract), and once per kind through
// the CLI itself (`npm run check:fixtures` runs the CLI on every copy).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { readSavedPage } from '../../src/cli/read-page';
import { extract } from '../../src/extract';
import { readCapture } from '../../src/extract/capture';
import { compareWithExpected } from '../helpers/compare';
import { loadFixtures } from '../helpers/fixtures';
import { COPY_KINDS, loadCopyTables, writeCopies } from '../helpers/saved-copies';

const tables = loadCopyTables();
const copies = writeCopies(loadFixtures(), mkdtempSync(join(tmpdir(), 'gr-saved-')));

it('has a table for every kind of copy, each with at least 4 pages', () => {
  expect(tables.map((t) => t.kind).sort()).toEqual([...COPY_KINDS].sort());
  for (const t of tables) expect(new Set(t.copies.map((c) => c.base)).size, t.kind).toBeGreaterThanOrEqual(4);
});

describe('every copy: the fixture record, capture included', () => {
  it.each(copies.map((c) => [c.name, c] as const))('%s', (_, copy) => {
    const url = copy.url ?? pathToFileURL(copy.file).href;
    const saved = readSavedPage(copy.file);
    if ('error' in saved) throw new Error(saved.error);
    const record = extract(parseHtml(saved, url), url, readCapture);
    expect(compareWithExpected(copy.expected, record)).toEqual([]);
    expect(record.kind === 'article' && record.capture).toEqual(copy.expected.capture);
  });
});

describe('npm run extract on one copy of each kind', () => {
  it.each(COPY_KINDS.map((kind) => [kind, copies.find((c) => c.name.startsWith(`${kind}--`))!] as const))('%s', (_, copy) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', copy.file, ...(copy.url ? ['--url', copy.url] : [])], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.stderr).toBe('');
    expect(compareWithExpected(copy.expected, JSON.parse(r.stdout))).toEqual([]);
  });
});
