// What every citation format needs from the record, gathered once: split author names,
// the container ("Global Research"), dates, the URL, the title as each style cases it, where
// the article first appeared (the provenance chain), the archived copy that was read or made,
// the citation's language and a citation key. The subtitle (a news dek) is not part of a
// cited title.
import type { ArticleRecord } from '../extract/record';
import { localeTerms, type CitationLocale, type LocaleTerms } from './citation-locale';
import { isoDate, parseIsoDate } from './dates';
import { safeHref } from './escape';
import { isCrossPost, siteName } from './locale';
import { familyName, splitName, type PersonName } from './names';
import { headlineCase, sentenceCase } from './title-case';

export interface CitationOptions {
  /** The access date, ISO "YYYY-MM-DD" (the caller's today): pure functions never read the clock. */
  accessed?: string | null;
  /** The language the citation is written in (terms, months, quotes); default en-US. */
  locale?: CitationLocale;
  /** A capture the user just made ("Archive this page"): cited as the archived copy. */
  archived?: { url: string; capturedAt: string | null } | null;
}

export interface OriginalPublication {
  /** The first publisher, or null when it is the site itself (a Global Research original republished later). */
  publisher: string | null;
  date: string | null;
  /** True when the original's year is not the year of the copy cited (APA prints it only then). */
  otherYear: boolean;
  url: string | null;
  /** The title it first appeared under, when a note gives one and it differs. */
  title: string | null;
}

export interface ArchivedCopy {
  /** "Wayback Machine", "archive.today", … */
  service: string;
  url: string;
  capturedAt: string | null;
}

export interface Reference {
  key: string;
  /** As published. */
  title: string;
  /** MLA and Chicago: headline case for English titles, as published otherwise. */
  headlineTitle: string;
  /** APA: sentence case for English titles, as published otherwise. */
  sentenceTitle: string;
  authors: PersonName[];
  /** "Global Research", "Mondialisation.ca" */
  container: string;
  issued: string | null;
  accessed: string | null;
  url: string;
  lang: string;
  terms: LocaleTerms;
  /** Where the article first appeared, when that is another publisher or another date; else null. */
  original: OriginalPublication | null;
  /** The archived copy read (record.capture) or just made (options.archived), or null. */
  archive: ArchivedCopy | null;
}

const TITLE_STOP_WORDS = new Set('a an the of on in le la les l un une des du de d et and'.split(' '));

/** ASCII letters and digits only, accents folded: "Vautrin-Morel" → "vautrinmorel". */
function keyPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** "nazemroaya2015russia": first author's family name, year, first significant title word. */
export function citationKey(authors: PersonName[], year: string, title: string, fallback: string): string {
  const who = keyPart(authors[0] ? familyName(authors[0]) : fallback);
  const word = title
    .split(/[\s'’\-–—:]+/)
    .map(keyPart)
    .find((w) => w && !TITLE_STOP_WORDS.has(w));
  return `${who}${year}${word ?? ''}` || 'article';
}

/** "This article was originally published … under the title “…”": the original title, if a note gives it. */
const ORIGINAL_TITLE = /\b(?:under the title|originally titled|entitled|sous le titre|intitulé)[\s:]{0,4}["“«][\s\u00a0]{0,2}([^"”»]{3,300})["”»]/i;

function originalOf(record: ArticleRecord): OriginalPublication | null {
  const source = record.originalSource;
  if (!source) return null;
  const crossPost = isCrossPost(record);
  const first = parseIsoDate(source.date);
  const issued = parseIsoDate(record.publishedAt);
  const otherDate = !!first && isoDate(source.date) !== isoDate(record.publishedAt);
  // The site's own article: worth citing only when it first appeared on another date.
  if (!crossPost && !otherDate) return null;
  const noted = record.notes.map((n) => ORIGINAL_TITLE.exec(n)?.[1]).find(Boolean) ?? null;
  return {
    publisher: crossPost ? source.publisher.replace(/\s+/g, ' ').trim() : null,
    date: isoDate(source.date),
    otherYear: !!first && (!issued || first.year !== issued.year),
    url: crossPost ? safeHref(source.url) : null,
    title: noted && noted.trim() !== record.title.trim() ? noted.trim() : null,
  };
}

const ARCHIVES: [RegExp, string][] = [
  [/(^|\.)archive\.org$/, 'Wayback Machine'],
  [/(^|\.)archive\.(?:today|ph|is|li|vn|fo|md)$/, 'archive.today'],
  [/(^|\.)ghostarchive\.org$/, 'Ghostarchive'],
];

/** "Wayback Machine" for a web.archive.org address, else the archive's host name. */
export function archiveService(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return ARCHIVES.find(([re]) => re.test(host))?.[1] ?? host;
}

/**
 * The archived copy to cite: the one the user just made, else the capture the page was read
 * from. Only a copy with its own http(s) address on another host counts: a local file or the
 * site's own print view is not an archive a reader can follow.
 */
function archiveOf(record: ArticleRecord, options: CitationOptions): ArchivedCopy | null {
  const articleHost = new URL(record.canonicalUrl || record.url).hostname;
  const candidates = [
    options.archived ? { url: options.archived.url, capturedAt: options.archived.capturedAt, service: null } : null,
    record.capture ? { url: record.capture.url, capturedAt: record.capture.capturedAt, service: record.capture.service } : null,
  ];
  for (const c of candidates) {
    const url = safeHref(c?.url);
    if (!c || !url || new URL(url).hostname === articleHost) continue;
    return { service: archiveService(url), url, capturedAt: isoDate(c.capturedAt) };
  }
  return null;
}

const isEnglish = (lang: string) => /^en\b/i.test(lang) || lang === '';

export function referenceOf(record: ArticleRecord, options: CitationOptions = {}): Reference {
  const authors = record.authors.map((a) => splitName(a.name));
  const container = siteName(record);
  const title = record.title.replace(/\s+/g, ' ').trim();
  const english = isEnglish(record.lang);
  let archive: ArchivedCopy | null = null;
  try {
    archive = archiveOf(record, options);
  } catch {
    archive = null; // an unparsable address: no archive line rather than a broken citation
  }
  return {
    key: citationKey(authors, record.publishedAt?.slice(0, 4) ?? '', title, container),
    title,
    headlineTitle: english ? headlineCase(title) : title,
    sentenceTitle: english ? sentenceCase(title, record.content?.text ?? '') : title,
    authors,
    container,
    issued: isoDate(record.publishedAt),
    accessed: isoDate(options.accessed),
    url: safeHref(record.canonicalUrl) ?? safeHref(record.url) ?? record.canonicalUrl,
    lang: record.lang,
    terms: localeTerms(options.locale),
    original: originalOf(record),
    archive,
  };
}
