// A problem report (src/report/report.ts) turned into a fixture draft: the page, cleaned
// again, and an expected record in the shape of test/fixtures/*.expected.json, built from the
// report's record with the editor's correction applied. A developer reviews the draft: the
// corrected fields are what the extraction must learn to say; the content checks are picked
// from the record (headings and sentences of the body, and the start of each block that was
// taken out or read as metadata, which must not come back into the body).
//
//   checkReport(unknown) → Checked<Report>      fixtureDraft(report) → FixtureDraft
import { parseHtml } from '../../src/cli/dom';
import { applyCorrection, correctedFields, type CorrectableField } from '../../src/corrections/correction';
import { checkCorrection, checkDateTime, checkText, isPlainObject, type Checked } from '../../src/corrections/validate';
import type { ArticleRecord, ExtractResult } from '../../src/extract/record';
import { slugify } from '../../src/format/export-file';
import { cleanPageHtml } from '../../src/report/page-html';
import { REPORT_FORMAT, REPORT_VERSION, type Report } from '../../src/report/report';
import { paragraphs, type ContentExpectation } from './compare';
import { schemaErrors } from './record-schema';

export interface FixtureDraft {
  /** "2015-russia-and-iran-are-coordinating": the files' name without extension. */
  name: string;
  html: string;
  expected: Record<string, unknown>;
  /** What the reviewer should look at, one line each. */
  review: string[];
}

/** A report file as read from disk: checked before any of it is used. */
export function checkReport(data: unknown): Checked<Report> {
  if (!isPlainObject(data) || data.format !== REPORT_FORMAT) return { ok: false, error: `not a GR Provenance report (its "format" is not "${REPORT_FORMAT}")` };
  if (data.version !== REPORT_VERSION) return { ok: false, error: `report version ${JSON.stringify(data.version)}: this script reads version ${REPORT_VERSION}` };
  const page = data.page as Report['page'] | undefined;
  if (!isPlainObject(page) || typeof page.html !== 'string' || typeof page.url !== 'string' || !/^https?:\/\//.test(page.url)) {
    return { ok: false, error: 'page: needs an http(s) url and its html' };
  }
  // Printed to the developer's terminal: plain text only (no escape sequences).
  const ext = isPlainObject(data.extension) ? data.extension : {};
  for (const c of [checkText(ext.name, 'extension.name', 100), checkText(ext.version, 'extension.version', 40), checkText(data.browser, 'browser', 200), checkDateTime(data.createdAt, 'createdAt')]) {
    if (!c.ok) return c;
  }
  const errors = schemaErrors(data.record);
  if (errors.length) return { ok: false, error: `record: ${errors.slice(0, 3).join('; ')}` };
  if (data.correction !== null && data.correction !== undefined) {
    const c = checkCorrection(data.correction, 'correction');
    if (!c.ok) return c;
  }
  return { ok: true, value: data as unknown as Report };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text up to a word boundary near `max` characters. */
function snippet(text: string, max: number): string {
  const t = norm(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/** The first sentence of a paragraph, or its start when the sentence is long. */
function firstSentence(paragraph: string): string {
  const end = /[.!?](?=\s)/g;
  for (let m = end.exec(paragraph); m; m = end.exec(paragraph)) if (m.index >= 30) return snippet(paragraph.slice(0, m.index + 1), 160);
  return snippet(paragraph, 160);
}

function contentChecks(record: ArticleRecord): ContentExpectation {
  const text = record.content.text;
  const paras = paragraphs(text);
  const ntext = norm(text);
  const nhtml = norm(record.content.html);
  const body = parseHtml(`<body>${record.content.html}</body>`, record.url);
  const headings = Array.from(body.querySelectorAll('h2, h3, h4'), (h) => norm(h.textContent ?? '')).filter((h) => h.length >= 8);
  const middle = paras.slice(1, -1);
  const picks = [0.25, 0.5, 0.75].map((f) => middle[Math.floor(f * middle.length)]).filter(Boolean);
  const mustContain = [...new Set([...headings.slice(0, 3), ...picks.map(firstSentence)])].filter((s) => ntext.includes(s));

  // What the extraction took out or read as metadata must not come back into the body.
  const outside = [...record.removed.map((r) => r.text), ...record.notes, record.authorBio ?? '', record.featuredImage?.credit ?? '', record.copyright?.text ?? ''];
  const mustNotContain = [...new Set(['<script', 'onerror', 'javascript:', ...outside.map((t) => snippet(t, 60)).filter((s) => s.length >= 12)])].filter(
    (s) => !ntext.includes(s) && !nhtml.includes(s),
  );
  return { firstParagraph: paras[0] ?? '', lastParagraph: paras.at(-1) ?? '', mustContain, mustNotContain, wordCount: record.content.wordCount };
}

function expectedArticle(record: ArticleRecord, corrected: CorrectableField[]): Record<string, unknown> {
  const r = record;
  const expected: Record<string, unknown> = {
    kind: r.kind,
    url: r.url,
    canonicalUrl: r.canonicalUrl,
    postId: r.postId,
    site: r.site,
    lang: r.lang,
    title: r.title,
    subtitle: r.subtitle,
    authors: r.authors,
    publishedAt: r.publishedAt,
    originalSource: r.originalSource,
    regions: r.regions,
    themes: r.themes,
    inDepthReports: r.inDepthReports,
    copyright: r.copyright,
    republication: r.republication,
    authorBio: r.authorBio,
    featuredImage: r.featuredImage,
    notes: r.notes,
  };
  if (r.capture) expected.capture = r.capture;
  // The evidence of a corrected field is for the reviewer to write: the page's own source of
  // the right value, which the extraction did not use.
  const evidence = Object.fromEntries(Object.entries(r.evidence).filter(([k]) => !corrected.includes(k as CorrectableField)));
  if (Object.keys(evidence).length) expected.evidence = evidence;
  expected.content = contentChecks(r);
  return expected;
}

function draftName(report: Report, record: ExtractResult): string {
  if (record.kind !== 'article') {
    const u = new URL(report.page.url);
    return `not-article-${slugify(`${u.hostname.replace(/^www\./, '').split('.')[0]} ${u.pathname}`).split('-').slice(0, 5).join('-') || 'page'}`;
  }
  const year = (record.publishedAt ?? report.createdAt).slice(0, 4);
  return `${year}-${slugify(record.title).split('-').slice(0, 5).join('-') || 'article'}`;
}

export function fixtureDraft(report: Report): FixtureDraft {
  const url = report.record.kind === 'article' ? report.record.url : report.page.url;
  // Cleaned again: the file may not come from the extension.
  const html = cleanPageHtml(report.page.html, url, (h) => parseHtml(h, url)).html;
  const review: string[] = [];
  if (report.record.kind !== 'article') {
    review.push(`The extension read this page as not an article (${JSON.stringify(report.record.reason)}). If it is one, write its expected record by hand.`);
    return { name: draftName(report, report.record), html: `${html}\n`, expected: { kind: 'not-article', url }, review };
  }
  const { record, corrected } = applyCorrection(report.record, report.correction);
  for (const field of correctedFields(report.correction)) {
    review.push(`${field}: corrected by the editor (the extension said ${JSON.stringify(report.record[field])}). The fixture test fails here until the rules give ${JSON.stringify(record[field])}.`);
  }
  review.push('Check content.mustContain and content.mustNotContain (picked from the record: add the page’s own labels and boilerplate), and every other field against the page.');
  return { name: draftName(report, record), html: `${html}\n`, expected: expectedArticle(record, corrected), review };
}
