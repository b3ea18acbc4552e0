// CSL-JSON (the data format of Zotero, Pandoc and citeproc): one "article-newspaper" item.
//
//   cslItem(record, { accessed }) → CslItem      cslJson(record, { accessed }) → "[ {…} ]"
import type { ArticleRecord } from '../extract/record';
import { cslDate, formatMonthDayYear } from './dates';
import type { PersonName } from './names';
import { referenceOf, type CitationOptions } from './reference';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author: CslName[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL: string;
  language: string;
  'original-publisher'?: string;
  'original-date'?: { 'date-parts': number[][] };
  note?: string;
}

/** Honorifics are dropped: CSL has no field for them. */
export function cslName(n: PersonName): CslName {
  if (n.literal !== undefined) return { literal: n.literal };
  const name: CslName = {};
  if (n.family) name.family = n.family;
  if (n.given) name.given = n.given;
  if (n.particle) name['non-dropping-particle'] = n.particle;
  if (n.suffix) name.suffix = n.suffix;
  return name;
}

export function cslItem(record: ArticleRecord, options: CitationOptions = {}): CslItem {
  const ref = referenceOf(record, options);
  const item: CslItem = {
    id: ref.key,
    type: 'article-newspaper',
    title: ref.title,
    'container-title': ref.container,
    author: ref.authors.map(cslName),
    URL: ref.url,
    language: ref.lang,
  };
  const issued = cslDate(ref.issued);
  if (issued) item.issued = issued;
  const accessed = cslDate(ref.accessed);
  if (accessed) item.accessed = accessed;
  if (ref.original) {
    item['original-publisher'] = ref.original.publisher;
    const originalDate = cslDate(ref.original.date);
    if (originalDate) item['original-date'] = originalDate;
    const when = formatMonthDayYear(ref.original.date);
    item.note = `Originally published by ${ref.original.publisher}${when ? `, ${when}` : ''}${ref.original.url ? `: ${ref.original.url}` : ''}`;
  }
  return item;
}

/** A CSL-JSON file: an array holding the one item. */
export function cslJson(record: ArticleRecord, options: CitationOptions = {}): string {
  const json = JSON.stringify([cslItem(record, options)], null, 2);
  // Dates on one line, as Zotero and Pandoc write them: "date-parts": [[2015, 10, 2]].
  return json.replace(/\[\s*\[\s*(\d+(?:,\s*\d+)*)\s*\]\s*\]/g, (_m, parts: string) => `[[${parts.split(',').map((p) => p.trim()).join(', ')}]]`);
}
