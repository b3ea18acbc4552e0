// "Report a problem with this page": one JSON file the user saves and may attach to an issue.
// It holds what a developer needs to turn the page into a test fixture: the page's HTML as
// the content script saw it (cleaned: nothing in it runs or calls out), the record the
// extension made of it, the editor's correction of that article, if any, and the extension's
// version and the browser. Built here, saved by the popup as a download; nothing is sent.
//
//   buildReport(input) → Report        reportFileName(report) → "gr-report-<slug>-<id>.json"
import type { Correction } from '../corrections/correction';
import type { ExtractResult } from '../extract/record';
import { exportFileName, slugify } from '../format/export-file';
import type { PageSource } from '../messaging';
import { cleanPageHtml, doctypeText, type PageHtml } from './page-html';

export const REPORT_FORMAT = 'gr-provenance-report';
export const REPORT_VERSION = 1;

export interface Report {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** ISO date-time the report was made. */
  createdAt: string;
  extension: { name: string; version: string };
  /** "Firefox 140.0", "Chrome 131.0.6778.85". */
  browser: string;
  page: {
    /** The address of the page the content script read. */
    url: string;
    html: string;
    /** What the cleaning took out of the page's HTML. */
    removed: PageHtml['removed'];
  };
  /** The record as the extension made it, before any correction. */
  record: ExtractResult;
  /** The editor's correction of this article (only this one), or null. */
  correction: Correction | null;
}

export interface ReportInput {
  record: ExtractResult;
  correction: Correction | null;
  /** The page as the content script saw it (getPageHtml). */
  page: PageSource;
  extension: { name: string; version: string };
  browser: string;
  createdAt: Date;
  /** An inert HTML parser: the browser's DOMParser, or jsdom in Node. */
  parse: (html: string) => Document;
}

export function buildReport(input: ReportInput): Report {
  const page = cleanPageHtml(`${doctypeText(input.page.doctype)}${input.page.html}`, input.page.url, input.parse);
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt: input.createdAt.toISOString(),
    extension: { name: input.extension.name, version: input.extension.version },
    browser: input.browser,
    page: { url: input.page.url, html: page.html, removed: page.removed },
    record: input.record,
    correction: input.record.kind === 'article' ? input.correction : null,
  };
}

/** The file's text: indented, so that a reader of the issue can look into it. */
export const reportJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

export function reportFileName(report: Report): string {
  const r = report.record;
  const name = r.kind === 'article' ? exportFileName(r, 'json') : `${slugify(safePath(r.url)) || 'page'}.json`;
  return `gr-report-${name}`;
}

function safePath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')} ${u.pathname}`;
  } catch {
    return '';
  }
}

/** "Firefox 140.0", "Edge 131.0.2903.86", "Chrome 131.0.6778.85", from a user-agent string. */
export function browserName(userAgent: string): string {
  for (const [name, pattern] of [
    ['Firefox', /\bFirefox\/([\d.]{1,20})/],
    ['Edge', /\bEdg\/([\d.]{1,20})/],
    ['Opera', /\bOPR\/([\d.]{1,20})/],
    ['Chrome', /\b(?:Headless)?Chrom(?:e|ium)\/([\d.]{1,20})/],
  ] as const) {
    const m = pattern.exec(userAgent);
    if (m) return `${name} ${m[1]}`;
  }
  return userAgent.slice(0, 200) || 'unknown browser';
}
