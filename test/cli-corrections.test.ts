// npm run extract -- FILE --corrections corrections.json: the options page's export, applied
// to the record before any output format, as in the extension; a bad file is one line on
// stderr and exit 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionsFile } from '../src/corrections/file';
import { readCorrections, withCorrections } from '../src/cli/corrections';
import { OUTPUTS } from '../src/cli/outputs';
import type { ArticleRecord } from '../src/extract/record';
import { FIXTURE_DIR } from './helpers/fixtures';
import { articleFixtures } from './format/articles';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

const PAGE = `${FIXTURE_DIR}2015-syria-strategic-culture.html`;
const syria = articleFixtures().find((a) => a.name === '2015-syria-strategic-culture')!.record;
const AT = '2025-01-15T10:04:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'gr-cli-corrections-'));
const file = (name: string, content: string) => (writeFileSync(join(dir, name), content), join(dir, name));
const corrections = file(
  'corrections.json',
  JSON.stringify(
    correctionsFile(
      {
        // Another spelling of the page's canonical address (no www., a trailing slash): the same article.
        'https://globalresearch.ca/russia-and-iran-are-coordinating-in-syria-to-preserve-regional-stability/5479551/': {
          title: 'Russia and Iran Coordinate in Syria',
          authors: [{ name: 'M. D. Nazemroaya', url: null }],
          publishedAt: '2015-10-03',
          updatedAt: AT,
        },
        'https://www.globalresearch.ca/another-article/1': { title: 'Not this one', updatedAt: AT },
      },
      AT,
    ),
  ),
);

describe('npm run extract -- --corrections FILE', () => {
  it('prints the corrected record, the corrected fields marked in its evidence', () => {
    const r = run(PAGE, '--corrections', corrections);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ title: 'Russia and Iran Coordinate in Syria', authors: [{ name: 'M. D. Nazemroaya', url: null }], publishedAt: '2015-10-03' });
    expect(out.evidence).toMatchObject({ title: 'correction', authors: 'correction', publishedAt: 'correction' });
    expect(out.originalSource.publisher).toBe('Strategic Culture Foundation');
  }, 60_000);

  it('applies them before any other output format', () => {
    const attribution = run(PAGE, '--format', 'attribution', '--corrections', corrections);
    expect(attribution.stdout.split('\n')[0]).toBe('Russia and Iran Coordinate in Syria');
    expect(attribution.stdout).toContain('M. D. Nazemroaya');
    expect(attribution.stdout).toContain('October 03, 2015');
    // The other formats take the same corrected record (the run above is the CLI's one path).
    const checked = readCorrections(corrections);
    if (!checked.ok) throw new Error(checked.error);
    const record = withCorrections(syria, checked.value) as ArticleRecord;
    const bib = OUTPUTS.biblatex(record, { includeCopyright: true, accessed: '2025-01-15' });
    expect(bib).toContain('title         = {Russia and {Iran} Coordinate in {Syria}},');
    expect(bib).toContain('2015-10-03');
  }, 60_000);

  it('refuses a file that does not pass the checks in one line, exit 1, nothing on stdout', () => {
    const bad = file('bad.json', JSON.stringify(correctionsFile({ 'https://www.globalresearch.ca/a/1': { title: '<script>x</script>', updatedAt: AT } }, AT)));
    const r = run(PAGE, '--corrections', bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(/^extract: .*bad\.json: corrections\[.*\]\.title: contains markup$/);
  }, 60_000);

  it('names a file it cannot read', () => {
    expect(readCorrections(join(dir, 'none.json'))).toEqual({ ok: false, error: `cannot read ${join(dir, 'none.json')} (ENOENT)` });
    expect(readCorrections(dir)).toEqual({ ok: false, error: `cannot read ${dir} (EISDIR)` });
  });

  it('leaves an article the file does not correct, and a page that is not an article, as they are', () => {
    const [a] = articleFixtures();
    expect(withCorrections(a.record, { 'https://globalresearch.ca/another-article/1': { title: 'x', updatedAt: AT } })).toBe(a.record);
    expect(withCorrections(a.record, null)).toBe(a.record);
    const listing = { kind: 'not-article' as const, url: 'https://www.globalresearch.ca/', reason: 'home page' };
    expect(withCorrections(listing, { 'https://globalresearch.ca': { title: 'x', updatedAt: AT } })).toBe(listing);
  });
});
