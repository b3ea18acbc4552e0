// Dates as the citation styles write them, in the citation's locale (English by default).
import { localeTerms, type LocaleTerms } from './citation-locale';
import { parseIsoDate } from './dates';

/** "October 2, 2015" (Chicago), "2 octobre 2015" in French. */
export function formatMonthDayYear(iso: string | null, terms: LocaleTerms = localeTerms()): string | null {
  const d = parseIsoDate(iso);
  return d ? terms.longDate(d.year, d.month, d.day) : null;
}

/** APA 7: "2015, October 2"; in French "2019, 12 mars" (French APA guides put the day first). */
export function apaDate(iso: string | null, terms: LocaleTerms = localeTerms()): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  if (!d.month) return String(d.year);
  const month = terms.months[d.month - 1];
  if (!d.day) return `${d.year}, ${month}`;
  return terms.locale === 'fr-FR' ? `${d.year}, ${d.day} ${month}` : `${d.year}, ${month} ${d.day}`;
}

/** MLA 9: "2 Oct. 2015" (day, short month, year); "2 octobre 2015" in French. */
export function mlaDate(iso: string | null, terms: LocaleTerms = localeTerms()): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  if (!d.month) return String(d.year);
  return `${d.day ? `${d.day} ` : ''}${terms.shortMonths[d.month - 1]} ${d.year}`;
}
