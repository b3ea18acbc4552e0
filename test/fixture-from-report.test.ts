// `npm run fixture`: a saved problem report becomes a fixture draft that the fixture test
// accepts once reviewed. The report is made as the popup makes it (the content script's page
// source, the report builder), from a fixture page whose record an older, wrong rule got
// wrong and the editor corrected; the draft then passes the same comparison the fixture test
// uses, says what the hand-written expected file says, and without the correction fails on
// exactly the fields the editor fixed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/cli/dom';
import { pageSource } from '../src/content/page-source';
import type { Correction } from '../src/corrections/correction';
import { extract, type ArticleRecord, type ExtractResult } from '../src/extract';
import { buildReport, reportJson, type Report } from '../src/report/report';
import { compareWithExpected } from './helpers/compare';
import { checkReport, fixtureDraft } from './helpers/fixture-draft';
import { extractFixture, loadFixtures, type Fixture } from './helpers/fixtures';

const fixtures = loadFixtures();
const syria = fixtures.find((f) => f.name === '2015-syria-strategic-culture')!;

function reportOf(fx: Fixture, record: ExtractResult, correction: Correction | null): Report {
  const page = pageSource(parseHtml(fx.html, fx.expected.url)); // what the content script sends
  return buildReport({
    record,
    correction,
    page,
    extension: { name: 'GR Provenance', version: '0.1.0' },
    browser: 'Firefox 140.0',
    createdAt: new Date('2025-01-16T08:00:00.000Z'),
    parse: (html) => parseHtml(html, page.url),
  });
}

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'test/fixture-from-report.ts', ...args], { encoding: 'utf8' });

/** The fixture test's own comparison, on a fixture directory's files. */
function fixtureTest(dir: string, name: string): string[] {
  const html = readFileSync(join(dir, `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
  return compareWithExpected(expected, extract(parseHtml(html, expected.url), expected.url));
}

// What an older rule got wrong on this page: the original's date taken for Global Research's,
// and the cross-post read as a Global Research original.
const right = extractFixture(syria) as ArticleRecord;
const wrong: ArticleRecord = { ...structuredClone(right), publishedAt: '2015-09-28', originalSource: { publisher: 'Global Research', date: '2015-09-28', url: null } };
const correction: Correction = { publishedAt: '2015-10-02', originalSource: structuredClone(right.originalSource), updatedAt: '2025-01-16T07:59:00.000Z' };

describe('npm run fixture -- report.json', () => {
  it('turns a corrected report into a fixture that passes the fixture test, and says what the hand-written one says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-fixture-'));
    writeFileSync(join(dir, 'report.json'), reportJson(reportOf(syria, wrong, correction)));
    const r = run(join(dir, 'report.json'), '--dir', dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const name = '2015-russia-and-iran-are-coordinating';
    expect(r.stdout).toContain(`${name}.html`);
    expect(r.stdout).toMatch(/publishedAt: corrected by the editor \(the extension said "2015-09-28"\)/);
    expect(fixtureTest(dir, name)).toEqual([]);

    const draft = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
    // The draft also carries the evidence of each field, but that of the corrected ones.
    expect(Object.keys(draft).filter((k) => k !== 'evidence')).toEqual(Object.keys(syria.expected));
    expect(draft.evidence).toMatchObject({ title: 'h1', authors: 'byline' });
    expect(draft.evidence.publishedAt).toBeUndefined();
    expect(draft.evidence.originalSource).toBeUndefined();
    for (const key of Object.keys(syria.expected).filter((k) => k !== 'content')) expect(draft[key], key).toEqual(syria.expected[key]);
    const content = syria.expected.content as { firstParagraph: string; lastParagraph: string; wordCount: number };
    expect(draft.content).toMatchObject({ firstParagraph: content.firstParagraph, lastParagraph: content.lastParagraph, wordCount: content.wordCount });
    expect(draft.content.mustContain.length).toBeGreaterThanOrEqual(3);
    // The boilerplate the page carries is among what must stay out of the body.
    for (const s of ['Comment on Global Research Articles on our Facebook page', 'Become a Member of Global Research', 'Copyright © Mahdi Darius Nazemroaya']) {
      expect(draft.content.mustNotContain.some((x: string) => s.startsWith(x) || x.startsWith(s)), s).toBe(true);
    }
    // The fixture page holds nothing that runs, and reads as the original page does.
    const html = readFileSync(join(dir, `${name}.html`), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
    expect(extract(parseHtml(html, right.url), right.url)).toEqual(right);

    // A second run does not overwrite the draft unless told to.
    const again = run(join(dir, 'report.json'), '--dir', dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`${name}\\.html exists: choose another --name, or --force`));
    expect(run(join(dir, 'report.json'), '--dir', dir, '--force').status).toBe(0);
  }, 120_000);

  it('without the correction, the draft fails the fixture test on exactly the fields that were wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-fixture-'));
    writeFileSync(join(dir, 'report.json'), reportJson(reportOf(syria, wrong, null)));
    expect(run(join(dir, 'report.json'), '--dir', dir, '--name', 'uncorrected').status).toBe(0);
    expect(fixtureTest(dir, 'uncorrected').map((f) => f.split(':')[0])).toEqual(['publishedAt', 'originalSource']);
  }, 60_000);

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the report of the page as read gives a draft that passes', (_name, fx) => {
    const record = extractFixture(fx);
    const report = checkReport(JSON.parse(reportJson(reportOf(fx, record, null))));
    if (!report.ok) throw new Error(report.error);
    const draft = fixtureDraft(report.value);
    expect(compareWithExpected(draft.expected, extract(parseHtml(draft.html, fx.expected.url), fx.expected.url))).toEqual([]);
    expect(draft.expected.kind).toBe(fx.expected.kind);
    expect(draft.expected.url).toBe(fx.expected.url);
  });

  it('refuses a file it cannot read as a report in one line, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-fixture-'));
    writeFileSync(join(dir, 'r.json'), 'oops');
    const r = run(join(dir, 'r.json'), '--dir', join(dir, 'out'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read .*r\.json: not JSON/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 60_000);

  const good = () => JSON.parse(reportJson(reportOf(syria, right, null)));
  it.each([
    ['a corrections file', () => ({ format: 'gr-provenance-corrections', version: 1 }), /not a GR Provenance report/],
    ['a later version', () => ({ ...good(), version: 2 }), /report version 2/],
    ['a page that is not http(s)', () => ({ ...good(), page: { url: 'file:///x.html', html: '' } }), /page: needs an http\(s\) url/],
    ['a terminal escape in the browser name', () => ({ ...good(), browser: 'x\u001b]0;pwned\u0007' }), /browser: contains a control character/],
    ['a record that is not a record', () => ({ ...good(), record: { kind: 'article', title: 5 } }), /record: .*missing/],
    ['markup in the correction', () => ({ ...good(), correction: { title: '<b>x</b>', updatedAt: '2025-01-16T07:59:00Z' } }), /correction\.title: contains markup/],
  ])('refuses a report with %s, saying why', (_what, make, message) => {
    const r = checkReport(make());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('cleans the page of a report that did not come from the extension', () => {
    const report = { ...reportOf(syria, right, null) };
    report.page = { ...report.page, html: report.page.html.replace('</body>', '<script>alert(1)</script><img src=x onerror=alert(2)></body>') };
    const draft = fixtureDraft(report);
    expect(draft.html).not.toMatch(/alert/);
  });
});
