// What a user would otherwise pick, read into the record shape so that SPEC.md's checks can
// score it: Readability alone (title, byline, publishedTime, content) and Defuddle (title,
// author, published, content). Fields they do not offer stay absent, so those checks fail
// honestly; `url` is the address the caller already knows.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { extract, type ExtractResult } from '../src/extract';
import { articleText, textBlocks } from '../src/extract/content-text';
import { normalizeSpace } from '../src/extract/text';

export const CONTESTANTS = ['extract', 'readability', 'defuddle'] as const;
export type Contestant = (typeof CONTESTANTS)[number];

export const LABELS: Record<Contestant, string> = {
  extract: 'this extension (`extract`)',
  readability: 'Readability alone',
  defuddle: 'Defuddle',
};

interface Found {
  title: string | null | undefined;
  byline: string | null | undefined;
  published: string | null | undefined;
  html: string | null | undefined;
}

/** "By A, B and C" → [{A}, {B}, {C}]; the libraries give names only, no author pages. */
export function splitByline(byline: string | null | undefined): { name: string; url: null }[] {
  const names = normalizeSpace(byline)
    .replace(/^(?:by|par)\s+/i, '')
    .split(/\s*(?:,|;|&|\band\b|\bet\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  return names.map((name) => ({ name, url: null }));
}

/** An ISO date from the start of a date-time, else from Date's reading of it. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  if (m) return m[0];
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function toRecord(doc: Document, url: string, found: Found): ExtractResult {
  const holder = doc.createElement('div');
  holder.innerHTML = found.html ?? '';
  const record = {
    kind: 'article',
    url,
    title: found.title ?? null,
    authors: splitByline(found.byline),
    publishedAt: isoDate(found.published),
    content: { html: found.html ?? '', ...articleText(textBlocks(holder)) },
  };
  return record as unknown as ExtractResult;
}

const notArticle = (url: string, reason: string): ExtractResult => ({ kind: 'not-article', url, reason });

/** Readability as Firefox's reader view uses it: offered when `isProbablyReaderable`, then `parse()`. */
export function readabilityRecord(doc: Document, url: string): ExtractResult {
  if (!isProbablyReaderable(doc)) return notArticle(url, 'not probably readerable');
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed?.content) return notArticle(url, 'Readability found no article');
  return toRecord(doc, url, { title: parsed.title, byline: parsed.byline, published: parsed.publishedTime, html: parsed.content });
}

/** Defuddle has no "not an article" answer: whatever content it returns is read as the article. */
export function defuddleRecord(doc: Document, url: string): ExtractResult {
  const parsed = new DefuddleClass(doc, { url }).parse();
  if (!parsed.content?.trim()) return notArticle(url, 'Defuddle returned no content');
  return toRecord(doc, url, { title: parsed.title, byline: parsed.author, published: parsed.published, html: parsed.content });
}

export const RECORD_OF: Record<Contestant, (doc: Document, url: string) => ExtractResult> = {
  extract,
  readability: readabilityRecord,
  defuddle: defuddleRecord,
};
