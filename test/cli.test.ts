// The CLI as a user runs it: exit codes, JSON on stdout, one-line errors on stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, OUTPUTS } from '../src/cli/outputs';
import { articleFixtures } from './format/articles';
import { FIXTURE_DIR } from './helpers/fixtures';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

describe('npm run extract', () => {
  it('prints the record of an article as JSON', () => {
    const r = run(`${FIXTURE_DIR}2015-syria-strategic-culture.html`);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kind).toBe('article');
    // Without --url the canonical link gives the address facts.
    expect(out.canonicalUrl).toBe('https://www.globalresearch.ca/russia-and-iran-are-coordinating-in-syria-to-preserve-regional-stability/5479551');
    expect(out.postId).toBe(5479551);
  });

  it('exits 0 with not-article for a listing page', () => {
    const r = run(`${FIXTURE_DIR}not-article-region-listing.html`, '--url', 'https://www.globalresearch.ca/region/middle-east');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'not-article', url: 'https://www.globalresearch.ca/region/middle-east' });
  });

  it('prints the Markdown export with --format md', () => {
    const r = run(`${FIXTURE_DIR}2024-crosspost-linked-source.html`, '--format', 'md');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^---\n/);
    expect(r.stdout).toContain('Harbourline Review');
  });

  it('prints the HTML document, the attribution and the citations', () => {
    const file = `${FIXTURE_DIR}2024-crosspost-linked-source.html`;
    const html = run(file, '--format', 'html');
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    const credit = run(file, '--format', 'attribution');
    expect(credit.stdout.split('\n')[0]).toBe('The Empty Antibiotic Pipeline: A Market Failure Hiding in Plain Sight');
    expect(credit.stdout).toContain('Copyright © Dr. Lucinda Ferreira-Holt, Harbourline Review, 2024');
    expect(run(file, '--format', 'attribution', '--no-copyright').stdout).not.toContain('Copyright');
    const biblatex = run(file, '--format', 'biblatex', '--accessed', '2025-01-15');
    expect(biblatex.stdout).toMatch(/^@online\{/);
    expect(biblatex.stdout).toContain('urldate       = {2025-01-15}');
    // The other formats through the same table the CLI prints from (a spawn each would be slow).
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining(['attribution-html', 'apa', 'mla', 'chicago', 'bibtex', 'biblatex', 'ris', 'csl-json']));
    const record = articleFixtures().find((a) => a.name === '2024-crosspost-linked-source')!.record;
    const out = (format: string) => OUTPUTS[format](record, { includeCopyright: true, accessed: '2025-01-15' });
    expect(out('attribution-html')).toMatch(/^<p><a href="https:\/\/www\.globalresearch\.ca\//);
    expect(out('bibtex')).toMatch(/^@misc\{/);
    expect(out('bibtex')).toContain('Accessed January 15, 2025.');
    expect(out('ris')).toContain('Y2  - 2025/01/15');
    expect(JSON.parse(out('csl-json'))[0].accessed).toEqual({ 'date-parts': [[2025, 1, 15]] });
    for (const style of ['apa', 'mla', 'chicago']) expect(out(style)).toContain('Ferreira-Holt');
  }, 90_000);

  it('writes citations in the language asked for', () => {
    const fr = `${FIXTURE_DIR}2019-mondialisation-fr.html`;
    expect(run(fr, '--format', 'mla', '--citation-language', 'article').stdout).toContain('«\u00a0Déserts médicaux');
    expect(run(`${FIXTURE_DIR}2015-syria-strategic-culture.html`, '--format', 'chicago', '--citation-language', 'fr').stdout).toContain('2 octobre 2015');
    const bad = run(fr, '--format', 'mla', '--citation-language', 'de');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--citation-language takes en, fr or article/);
  }, 60_000);

  it.each([
    [[`${FIXTURE_DIR}2015-syria-strategic-culture.html`, '--format', 'apa', '--accessed', 'yesterday'], /--accessed takes a date as YYYY-MM-DD/],
    [['/no/such/file.html'], /cannot read \/no\/such\/file\.html \(ENOENT\)/],
    [[FIXTURE_DIR], /is a directory, not a saved page/],
    [[], /no file given/],
    [[`${FIXTURE_DIR}2015-syria-strategic-culture.html`, '--format', 'pdf'], /unknown format "pdf"/],
  ])('fails with one line on stderr and exit 1 for %j', (args, message) => {
    const r = run(...(args as string[]));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')[0]).toMatch(message);
  });

  it('reports a page too deeply nested to parse, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-cli-'));
    const file = join(dir, 'nested.html');
    writeFileSync(file, `<html><body>${'<div>'.repeat(50_000)}x${'</div>'.repeat(50_000)}</body></html>`);
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot parse/);
  }, 20_000);
});
