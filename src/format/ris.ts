// RIS (EndNote, Zotero, Mendeley): a NEWS record. One tag per line, "TAG  - value",
// CRLF line ends as the format specifies, closed by "ER  - ".
//
//   ris(record, { accessed }) → "TY  - NEWS\r\n…ER  - \r\n"
import type { ArticleRecord } from '../extract/record';
import { formatMonthDayYear, risDate } from './dates';
import { invertedName } from './names';
import { referenceOf, type CitationOptions } from './reference';

/** A value on one line: RIS has no continuation lines. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

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
  if (ref.original) {
    const when = formatMonthDayYear(ref.original.date);
    const url = ref.original.url ? `: ${ref.original.url}` : '';
    lines.push(['N1', `Originally published by ${ref.original.publisher}${when ? `, ${when}` : ''}${url}`]);
  }
  lines.push(['ER', '']);
  return lines
    .filter(([, value]) => value !== null)
    .map(([tag, value]) => `${tag}  - ${oneLine(value!)}`) // the closing line is "ER  - ", trailing space included
    .join('\r\n')
    .concat('\r\n');
}
