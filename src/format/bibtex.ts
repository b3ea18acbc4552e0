// Classic BibTeX (bibtex with plain, apalike and the like): a @misc entry, the only standard
// type that fits a web article. The URL goes in `howpublished` as \url{…}, the date as `year`
// and the `month` macro, the access date, the site and the provenance in `note`.
//
//   bibtex(record, { accessed, locale, archived }) → "@misc{key,\n  author = {…},\n  …\n}"
import type { ArticleRecord } from '../extract/record';
import { parseIsoDate } from './dates';
import { archiveNote, originalNote } from './data-notes';
import { accessedNote, bibEntry, bibtexAuthors, bibtexTitle, citationKey, escapeLatex, latexNote, urlCommand } from './latex';
import { referenceOf, type CitationOptions } from './reference';

/** BibTeX's predefined month macros, written bare: `month = oct`. */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function bibtex(record: ArticleRecord, options: CitationOptions = {}): string {
  const ref = referenceOf(record, options);
  const fields: [string, string, ('braced' | 'bare')?][] = [];
  if (ref.authors.length) fields.push(['author', bibtexAuthors(ref.authors)]);
  fields.push(['title', bibtexTitle(ref.title, record.content?.text ?? '')]);
  fields.push(['howpublished', urlCommand(ref.url)]);
  const issued = parseIsoDate(ref.issued);
  if (issued) fields.push(['year', String(issued.year)]);
  if (issued?.month) fields.push(['month', MONTH_MACROS[issued.month - 1], 'bare']);
  const notes = [
    escapeLatex(ref.container),
    accessedNote(ref),
    ...[originalNote(ref), archiveNote(ref)].filter((n) => n !== null).map((n) => latexNote(n, ref)),
  ].filter((n): n is string => !!n);
  fields.push(['note', notes.map((n) => (/[.?!}]$/.test(n) ? n : `${n}.`)).join(' ')]);
  return bibEntry('misc', ref.key, fields);
}

/**
 * Any value for a braced BibTeX field: LaTeX specials escaped, so its braces always balance
 * (a page's date "}\input{x}" stays text).
 */
export const bibtexValue = (text: string): string => escapeLatex(text);

/** A citation key: letters, digits and ":-_." only (a key cannot be escaped, only cleaned). */
export const bibtexKey = citationKey;
