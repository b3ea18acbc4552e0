// What every citation format needs from the record, gathered once: split author names,
// the container ("Global Research"), dates, the URL, the original source of a cross-post,
// and a citation key. The subtitle (a news dek) is not part of a cited title.
import type { ArticleRecord } from '../extract/record';
import { isCrossPost, siteName } from './locale';
import { familyName, splitName, type PersonName } from './names';
import { safeHref } from './escape';

export interface CitationOptions {
  /** The access date, ISO "YYYY-MM-DD" (the caller's today): pure functions never read the clock. */
  accessed?: string | null;
}

export interface Reference {
  key: string;
  title: string;
  authors: PersonName[];
  /** "Global Research", "Mondialisation.ca" */
  container: string;
  issued: string | null;
  accessed: string | null;
  url: string;
  lang: string;
  /** Where a cross-post first appeared (null for the site's own articles). */
  original: { publisher: string; date: string | null; url: string | null } | null;
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

export function referenceOf(record: ArticleRecord, options: CitationOptions = {}): Reference {
  const authors = record.authors.map((a) => splitName(a.name));
  const container = siteName(record);
  const source = record.originalSource;
  return {
    key: citationKey(authors, record.publishedAt?.slice(0, 4) ?? '', record.title, container),
    title: record.title.trim(),
    authors,
    container,
    issued: record.publishedAt,
    accessed: options.accessed ?? null,
    url: safeHref(record.canonicalUrl) ?? safeHref(record.url) ?? record.canonicalUrl,
    lang: record.lang,
    original: source && isCrossPost(record) ? { publisher: source.publisher, date: source.date, url: safeHref(source.url) } : null,
  };
}
