// CSL-JSON (the data format of Zotero, Pandoc and citeproc): one "article-newspaper" item.
// An English title is stored in sentence case, as CSL asks (styles can title-case a
// sentence-cased title, never the reverse); other languages as published. The first
// publication: `original-publisher`, `original-title` when the title changed, and
// `original-date` only when its year differs from the issued date's (styles print only its
// year, and APA would write "2015/2015"); the full original date and link go in `note`.
// An archived copy goes in `note` too: CSL has no variable for it (`archive` and
// `archive_location` name a physical archive, and styles print them as one).
//
//   cslItem(record, { accessed }) → CslItem      cslJson(record, { accessed }) → "[ {…} ]"
import type { ArticleRecord } from '../extract/record';
import { cslDate } from './dates';
import type { PersonName } from './names';
import { dataNotes } from './data-notes';
import { referenceOf, type CitationOptions } from './reference';

export interface CslName {
  family?: string;
  given?: string;
  'dropping-particle'?: string;
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
  'original-title'?: string;
  note?: string;
}

/** Honorifics are dropped: CSL has no field for them. */
export function cslName(n: PersonName): CslName {
  if (n.literal !== undefined) return { literal: n.literal };
  const name: CslName = {};
  if (n.family) name.family = n.family;
  if (n.given) name.given = n.given;
  if (n.droppingParticle) name['dropping-particle'] = n.droppingParticle;
  if (n.particle) name['non-dropping-particle'] = n.particle;
  if (n.suffix) name.suffix = n.suffix;
  return name;
}

export function cslItem(record: ArticleRecord, options: CitationOptions = {}): CslItem {
  const ref = referenceOf(record, options);
  const item: CslItem = {
    id: ref.key,
    type: 'article-newspaper',
    title: ref.sentenceTitle,
    'container-title': ref.container,
    author: ref.authors.map(cslName),
    URL: ref.url,
    language: ref.lang,
  };
  const issued = cslDate(ref.issued);
  if (issued) item.issued = issued;
  const accessed = cslDate(ref.accessed);
  if (accessed) item.accessed = accessed;
  const original = ref.original;
  if (original?.publisher) item['original-publisher'] = original.publisher;
  if (original?.title) item['original-title'] = original.title;
  const originalDate = original?.otherYear ? cslDate(original.date) : null;
  if (originalDate) item['original-date'] = originalDate;
  const note = dataNotes(ref).join('\n');
  if (note) item.note = note;
  return item;
}

/** A CSL-JSON file: an array holding the one item. */
export function cslJson(record: ArticleRecord, options: CitationOptions = {}): string {
  const json = JSON.stringify([cslItem(record, options)], null, 2);
  // Dates on one line, as Zotero and Pandoc write them: "date-parts": [[2015, 10, 2]].
  return json.replace(/\[\s*\[\s*(\d+(?:,\s*\d+)*)\s*\]\s*\]/g, (_m, parts: string) => `[[${parts.split(',').map((p) => p.trim()).join(', ')}]]`);
}
