// RIS (EndNote, Zotero, Mendeley): a NEWS record. One tag per line, "TAG  - value",
// CRLF line ends as the format specifies, closed by "ER  - ". The title as published. The
// first publication and an archived copy as `N1` notes: RIS has no field for either (`AV` is
// a physical archive's location, and a second `UR` is read by some importers as the item's own
// address).
//
//   ris(record, { accessed }) → "TY  - NEWS\r\n…ER  - \r\n"
import type { ArticleRecord } from '../extract/record';
import { dataNotes } from './data-notes';
import { risDate } from './dates';
import { invertedName } from './names';
import { referenceOf, type CitationOptions } from './reference';

/** A value on one line, without control characters: RIS has no continuation lines. */
const oneLine = (value: string) => value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();

export function ris(record: ArticleRecord, options: CitationOptions = {}): string {
  const ref = referenceOf(record, options);
  const lines: [string, string | null][] = [
    ['TY', 'NEWS'],
    ...ref.authors.map((n): [string, string] => ['AU', invertedName(n)]),
    ['TI', ref.title],
    ['T2', ref.container],
    ['DA', risDate(ref.issued)],
    ['PY', ref.issued?.slice(0, 4) ?? null],
    ['UR', ref.url],
    ['Y2', risDate(ref.accessed)],
    ['LA', ref.lang],
  ];
  for (const note of dataNotes(ref)) lines.push(['N1', note]);
  lines.push(['ER', '']);
  return lines
    .filter(([, value]) => value !== null)
    .map(([tag, value]) => `${tag}  - ${oneLine(value!)}`) // the closing line is "ER  - ", trailing space included
    .join('\r\n')
    .concat('\r\n');
}
