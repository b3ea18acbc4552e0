// Where the project's APA, MLA and Chicago references differ on purpose from citeproc-js
// rendering the project's CSL-JSON with the official styles: every accepted difference, in one
// place, with its reason. The reference test (reference-styles.test.ts) undoes each one that
// applies, on the side named, and then wants the two strings equal; a difference that no case
// needs any more fails the test, so this list cannot go stale.
import type { CitationLocale } from '../../src/format/citation-locale';
import type { Reference } from '../../src/format/reference';
import type { CitationStyle } from '../../src/format/styles';

export interface DifferenceContext {
  style: CitationStyle;
  locale: CitationLocale;
  ref: Reference;
}

export interface AcceptedDifference {
  id: string;
  /** What differs, in a sentence. */
  what: string;
  /** Why the project's version is the one to keep. */
  why: string;
  styles: CitationStyle[];
  locales?: CitationLocale[];
  applies?: (ctx: DifferenceContext) => boolean;
  /** Rewrites the project's text toward citeproc's … */
  ours?: (text: string, ctx: DifferenceContext) => string;
  /** … or citeproc's toward the project's. */
  theirs?: (text: string, ctx: DifferenceContext) => string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const ACCEPTED_DIFFERENCES: AcceptedDifference[] = [
  {
    id: 'mla-url-scheme',
    what: 'MLA: the URL without "https://" (citeproc writes it).',
    why: 'MLA 9 recommends leaving out http:// and https:// in URLs (5.93); the CSL style keeps them.',
    styles: ['mla'],
    theirs: (text) => text.replace(/https?:\/\//g, ''),
  },
  {
    id: 'publication-history',
    what: 'MLA and Chicago: the closing "Originally published in …" sentence (the original publisher, date and link) is absent from citeproc.',
    why: 'The CSL MLA and Chicago styles print publication history only for books and other monographs, never for articles; both manuals allow it for any republished work (MLA 9, 5.114; Chicago 17 on reprinted works), and for a cross-post it is the provenance the reader needs.',
    styles: ['mla', 'chicago'],
    applies: ({ ref }) => !!ref.original,
    ours: (text, { ref }) => text.replace(new RegExp(` ${escapeRe(ref.terms.originallyPublished)}[ ,].*$`), ''),
  },
  {
    id: 'apa-original-without-year',
    what: 'APA, when the original appeared the same year (or undated): "(Original work published by Publisher)"; citeproc writes "(Original work published Publisher)".',
    why: 'APA prints the original year only when it differs (never "2015/2015"); without a year, citeproc\'s phrase reads as if the publisher were a date.',
    styles: ['apa'],
    applies: ({ ref }) => !!ref.original?.publisher && !ref.original.otherYear,
    ours: (text, { ref }) => text.replace(`${ref.terms.originalWorkPublished} ${ref.terms.by} `, `${ref.terms.originalWorkPublished} `),
  },
  {
    id: 'apa-ellipsis',
    what: 'APA, more than 20 authors: ". . ." before the last author; citeproc writes "…".',
    why: 'APA 7 writes the omission as three spaced periods (Publication Manual 9.8).',
    styles: ['apa'],
    applies: ({ ref }) => ref.authors.length > 20,
    theirs: (text) => text.replace(', … ', ', . . . '),
  },
  {
    id: 'apa-french-date',
    what: 'APA in French: "(2019, 12 mars)"; citeproc writes "(2019, mars 12)".',
    why: 'The CSL APA style fixes the order year, month, day in every locale; French APA guides write the day before the month.',
    styles: ['apa'],
    locales: ['fr-FR'],
    applies: ({ ref }) => !!ref.issued && ref.issued.length === 10,
    ours: (text) => text.replace(/\((\d{4}), (\d{1,2}) ([\p{L}é.]+)\)/u, '($1, $3 $2)'),
  },
  {
    id: 'title-markup',
    what: 'A title that holds HTML-like tags ("<b>Bold</b>") keeps them as text; citeproc reads them as rich-text markup and drops them.',
    why: 'CSL-JSON titles are rich text, with no way to escape a literal "<b>"; the page\'s title is text, and the project never turns page text into markup.',
    styles: ['apa', 'mla', 'chicago'],
    applies: ({ ref }) => /<\/?(?:b|i|sc|sub|sup)>/.test(ref.title),
    ours: (text) => text.replace(/<\/?(?:b|i|sc|sub|sup)>/g, ''),
  },
  {
    id: 'archived-copy',
    what: 'The archived copy: APA\'s and Chicago\'s "Archived <date>, at <url>", MLA\'s archive as a second container ("Wayback Machine, 3 May 2024, web.archive.org/…").',
    why: 'CSL has no variable for an archived web copy (archive and archive_location name a physical archive, and the styles print them as one), so the CSL-JSON keeps it in `note`, which these styles do not print.',
    styles: ['apa', 'mla', 'chicago'],
    applies: ({ ref }) => !!ref.archive,
    ours: (text, { ref, style }) => {
      const a = ref.archive!;
      const url = escapeRe(style === 'mla' ? a.url.replace(/^https?:\/\//, '') : a.url);
      if (style === 'mla') return text.replace(new RegExp(` ${escapeRe(a.service)}(?:, [^,]+)?, ${url}\\.`), '');
      return text.replace(new RegExp(` ${escapeRe(ref.terms.archived(null).split(' ')[0])}[^]*?${url}\\.?`), '');
    },
  },
];
