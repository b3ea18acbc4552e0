// Dates of the record (ISO "YYYY-MM-DD") written the ways the outputs need them.
// Pure: the clock is never read here; an access date is always passed in.

import { MONTHS, pad2, parseIsoDate } from './calendar';

export { formatMonthDayYear, formatSiteDate, MONTHS, parseIsoDate, type DateParts } from './calendar';

/** MLA 9's abbreviations (May, June and July are written out). */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** APA 7: "2015, October 2". */
export function apaDate(iso: string | null): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  if (!d.month) return String(d.year);
  return `${d.year}, ${MONTHS.en[d.month - 1]}${d.day ? ` ${d.day}` : ''}`;
}

/** MLA 9: "2 Oct. 2015". */
export function mlaDate(iso: string | null): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  if (!d.month) return String(d.year);
  return `${d.day ? `${d.day} ` : ''}${MLA_MONTHS[d.month - 1]} ${d.year}`;
}

/** RIS: "2015/10/02/" (year/month/day/other, empty parts kept). */
export function risDate(iso: string | null): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  return `${d.year}/${d.month ? pad2(d.month) : ''}/${d.day ? pad2(d.day) : ''}/`;
}

/** CSL-JSON: { "date-parts": [[2015, 10, 2]] }. */
export function cslDate(iso: string | null): { 'date-parts': number[][] } | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  const parts = [d.year];
  if (d.month) parts.push(d.month);
  if (d.month && d.day) parts.push(d.day);
  return { 'date-parts': [parts] };
}
