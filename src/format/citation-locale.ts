// The language a citation is written in: its terms, month names, quotation marks and date
// order, after the CSL locales en-US and fr-FR (the files citeproc-js reads in the tests).
// The title stays in the article's language; only the reference's own words change.
//
//   citationLocale('article' | 'ui' | 'en', articleLang, uiLang) → 'en-US' | 'fr-FR' (settings.ts)
//   localeTerms('fr-FR').accessed → "consulté le"

import type { CitationLocale } from './settings';

export type { CitationLanguage, CitationLocale } from './settings';
export { CITATION_LANGUAGES, citationLocale } from './settings';

export interface LocaleTerms {
  locale: CitationLocale;
  months: readonly string[];
  /** MLA's short month names ("Oct.", "oct."). */
  shortMonths: readonly string[];
  and: string;
  accessed: string;
  /** APA, undated page: "Retrieved May 3, 2024, from <url>". */
  retrieved: string;
  from: string;
  noDate: string;
  etAl: string;
  openQuote: string;
  closeQuote: string;
  openInnerQuote: string;
  closeInnerQuote: string;
  /** en-US puts a period or comma inside the closing quote; fr-FR after it. */
  punctuationInQuote: boolean;
  /** APA: "(Original work published 2014, …)". */
  originalWorkPublished: string;
  /** MLA, Chicago: "Originally published in … as …". */
  originallyPublished: string;
  in: string;
  as: string;
  by: string;
  /** APA, Chicago: "Archived May 3, 2024, at …". */
  archived: (date: string | null) => string;
  /** "Originally published by …" (the data formats' notes). */
  originallyPublishedBy: string;
  /** The data formats' note on an archived copy: "Archived by the Wayback Machine on …". */
  archivedBy: (service: string, date: string | null) => string;
  /** A full date in running text: "May 3, 2024", "3 mai 2024". */
  longDate: (year: number, month: number | null, day: number | null) => string;
}

const NBSP = '\u00a0';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const EN: LocaleTerms = {
  locale: 'en-US',
  months: EN_MONTHS,
  // MLA 9 abbreviates months of more than four letters (May, June and July are written out).
  shortMonths: ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  and: 'and',
  accessed: 'Accessed',
  retrieved: 'Retrieved',
  from: 'from',
  noDate: 'n.d.',
  etAl: 'et al.',
  openQuote: '“',
  closeQuote: '”',
  openInnerQuote: '‘',
  closeInnerQuote: '’',
  punctuationInQuote: true,
  originalWorkPublished: 'Original work published',
  originallyPublished: 'Originally published',
  in: 'in',
  as: 'as',
  by: 'by',
  archived: (date) => (date ? `Archived ${date}, at` : 'Archived at'),
  originallyPublishedBy: 'Originally published by',
  archivedBy: (service, date) => `Archived by ${service === 'Wayback Machine' ? 'the Wayback Machine' : service}${date ? ` on ${date}` : ''}`,
  longDate: (year, month, day) => (month ? `${EN_MONTHS[month - 1]}${day ? ` ${day},` : ''} ${year}` : String(year)),
};

const FR: LocaleTerms = {
  locale: 'fr-FR',
  months: FR_MONTHS,
  shortMonths: FR_MONTHS,
  and: 'et',
  accessed: 'consulté le',
  retrieved: 'Consulté',
  from: 'à l’adresse',
  noDate: `s.${NBSP}d.`,
  etAl: 'et al.',
  openQuote: `«${NBSP}`,
  closeQuote: `${NBSP}»`,
  openInnerQuote: '“',
  closeInnerQuote: '”',
  punctuationInQuote: false,
  originalWorkPublished: 'Édition originale',
  originallyPublished: 'Initialement publié',
  in: 'dans',
  as: 'sous le titre',
  by: 'par',
  archived: (date) => (date ? `Archivé le ${date} à l’adresse` : 'Archivé à l’adresse'),
  originallyPublishedBy: 'Initialement publié par',
  archivedBy: (service, date) => `Archivé par ${service === 'Wayback Machine' ? 'la Wayback Machine' : service}${date ? ` le ${date}` : ''}`,
  longDate: (year, month, day) => (month ? `${day ? `${day} ` : ''}${FR_MONTHS[month - 1]} ${year}` : String(year)),
};

export function localeTerms(locale: CitationLocale = 'en-US'): LocaleTerms {
  return locale === 'fr-FR' ? FR : EN;
}
