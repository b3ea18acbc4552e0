// The provenance and archive notes the data formats carry as free text (CSL-JSON `note`,
// BibTeX `note`, BibLaTeX `addendum`, RIS `N1`), in the citation's language:
//   "Originally published by Strategic Culture Foundation, September 28, 2015" + its link
//   "Archived by the Wayback Machine on May 3, 2024" + the capture's address
import { formatMonthDayYear } from './citation-dates';
import type { Reference } from './reference';

export interface DataNote {
  text: string;
  /** The address the note points to, written after it ("…: url"), or null. */
  url: string | null;
}

export function originalNote(ref: Reference): DataNote | null {
  const o = ref.original;
  if (!o) return null;
  const when = formatMonthDayYear(o.date, ref.terms);
  const title = o.title ? ` ${ref.terms.as} “${o.title}”` : '';
  return { text: `${ref.terms.originallyPublishedBy} ${o.publisher ?? ref.container}${title}${when ? `, ${when}` : ''}`, url: o.url };
}

export function archiveNote(ref: Reference): DataNote | null {
  const a = ref.archive;
  if (!a) return null;
  return { text: ref.terms.archivedBy(a.service, formatMonthDayYear(a.capturedAt, ref.terms)), url: a.url };
}

/** The notes as lines of plain text, "text: url" (French: "text : url"). */
export function dataNotes(ref: Reference): string[] {
  const colon = ref.terms.locale === 'fr-FR' ? '\u00a0: ' : ': ';
  return [originalNote(ref), archiveNote(ref)].filter((n): n is DataNote => !!n).map((n) => (n.url ? `${n.text}${colon}${n.url}` : n.text));
}
