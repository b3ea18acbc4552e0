// The credit the republication notice asks for: title linked to the canonical Global
// Research URL, authors, "Global Research, <date>" ("Publié par Mondialisation.ca le …"),
// the original source of a cross-post, the copyright line, and the archived copy read or just
// made ("Archived by the Wayback Machine on …: <address>"); the fixed words follow the
// article's language. One structure, three renderings (clipboard HTML + plain text,
// and Markdown for the export header). Every record string is escaped for its output.
//
//   attribution(record, { includeCopyright, archived }) → { html, text, markdown }
import type { ArticleRecord, Author } from '../extract/record';
import { archivedCopyOf, type JustArchived } from './archived-copy';
import { formatSiteDate } from './calendar';
import { escapeHtml, escapeMarkdown, htmlLink, markdownLink, safeHref } from './escape';
import { isCrossPost, joinNames, siteName, wordsFor, type AttributionWords } from './locale';

export interface AttributionOptions {
  /** Add the record's copyright line (when the page has one). */
  includeCopyright: boolean;
  /** A capture the user just made ("Archive this page"); else the record's own capture counts. */
  archived?: JustArchived;
}

export interface Attribution {
  /** One <p>, lines separated by <br>: for the clipboard's text/html and the HTML export. */
  html: string;
  /** The same lines as plain text, with the URLs written out: for the clipboard's text/plain. */
  text: string;
  /** The same lines in Markdown (hard line breaks): the Markdown export's header. */
  markdown: string;
}

interface Parts {
  title: string;
  url: string;
  authors: Author[];
  words: AttributionWords;
  /** "Global Research, October 02, 2015", "Publié par Mondialisation.ca le 12 mars 2019" */
  siteLine: string;
  original: { publisher: string; date: string | null; url: string | null } | null;
  copyright: string | null;
  /** "Archived by the Wayback Machine on March 04, 2025:" and the capture's address. */
  archive: { line: string; url: string } | null;
}

function partsOf(record: ArticleRecord, options: AttributionOptions): Parts {
  const words = wordsFor(record.lang);
  const source = record.originalSource;
  return {
    title: record.title,
    url: record.canonicalUrl || record.url,
    authors: record.authors,
    words,
    siteLine: words.siteLine(siteName(record), formatSiteDate(record.publishedAt, record.lang)),
    original:
      source && isCrossPost(record)
        ? { publisher: source.publisher, date: formatSiteDate(source.date, record.lang), url: source.url }
        : null,
    copyright: options.includeCopyright ? (record.copyright?.text ?? null) : null,
    archive: archiveOf(record, options),
  };
}

// Here rather than with the other words (locale.ts): the popup's first paint reads those.
const ARCHIVED_BY: Record<string, (service: string, date: string | null) => string> = {
  en: (service, date) => `Archived by ${service === 'Wayback Machine' ? 'the Wayback Machine' : service}${date ? ` on ${date}` : ''}:`,
  fr: (service, date) => `Archivé par ${service === 'Wayback Machine' ? 'la Wayback Machine' : service}${date ? ` le ${date}` : ''}\u00a0:`,
};

function archiveOf(record: ArticleRecord, options: AttributionOptions): Parts['archive'] {
  let copy;
  try {
    copy = archivedCopyOf(record, options.archived);
  } catch {
    return null; // an unparsable address: no archive line rather than a broken credit
  }
  const archivedBy = ARCHIVED_BY[record.lang] ?? ARCHIVED_BY.en;
  return copy && { line: archivedBy(copy.service, formatSiteDate(copy.capturedAt, record.lang)), url: copy.url };
}

function renderHtml(p: Parts): string {
  const lines = [htmlLink(p.title, p.url)];
  if (p.authors.length) {
    lines.push(`${escapeHtml(p.words.by)} ${joinNames(p.authors.map((a) => htmlLink(a.name, a.url)), escapeHtml(p.words.and))}`);
  }
  lines.push(escapeHtml(p.siteLine));
  if (p.original) {
    const date = p.original.date ? `, ${escapeHtml(p.original.date)}` : '';
    lines.push(`${escapeHtml(p.words.originalSource)} ${htmlLink(p.original.publisher, p.original.url)}${date}`);
  }
  if (p.copyright) lines.push(escapeHtml(p.copyright));
  if (p.archive) lines.push(`${escapeHtml(p.archive.line)} ${htmlLink(p.archive.url, p.archive.url)}`);
  return `<p>${lines.join('<br>\n')}</p>`;
}

function renderText(p: Parts): string {
  const lines = [p.title];
  if (p.authors.length) lines.push(`${p.words.by} ${joinNames(p.authors.map((a) => a.name), p.words.and)}`);
  lines.push(p.siteLine, safeHref(p.url) ?? p.url);
  if (p.original) {
    const date = p.original.date ? `, ${p.original.date}` : '';
    const url = safeHref(p.original.url);
    lines.push(`${p.words.originalSource} ${p.original.publisher}${date}${url ? `${p.words.colon}${url}` : ''}`);
  }
  if (p.copyright) lines.push(p.copyright);
  if (p.archive) lines.push(`${p.archive.line} ${p.archive.url}`);
  return lines.join('\n');
}

function renderMarkdown(p: Parts): string {
  const lines = [markdownLink(p.title, p.url)];
  if (p.authors.length) {
    lines.push(`${escapeMarkdown(p.words.by)} ${joinNames(p.authors.map((a) => markdownLink(a.name, a.url)), p.words.and)}`);
  }
  lines.push(escapeMarkdown(p.siteLine));
  if (p.original) {
    const date = p.original.date ? `, ${escapeMarkdown(p.original.date)}` : '';
    lines.push(`${escapeMarkdown(p.words.originalSource)} ${markdownLink(p.original.publisher, p.original.url)}${date}`);
  }
  if (p.copyright) lines.push(escapeMarkdown(p.copyright));
  if (p.archive) lines.push(`${escapeMarkdown(p.archive.line)} ${markdownLink(p.archive.url, p.archive.url)}`);
  return lines.join('  \n'); // two trailing spaces: the hard line break every Markdown dialect reads
}

export function attribution(record: ArticleRecord, options: AttributionOptions = { includeCopyright: true }): Attribution {
  const parts = partsOf(record, options);
  return { html: renderHtml(parts), text: renderText(parts), markdown: renderMarkdown(parts) };
}
