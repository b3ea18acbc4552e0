// Dates of the record (ISO "YYYY-MM-DD") written the ways the data formats need them (the
// styles' own forms are in citation-dates.ts, the everyday ones in calendar.ts).
// Pure: the clock is never read here; an access date is always passed in.

import { pad2, parseIsoDate } from './calendar';

export { formatSiteDate, MONTHS, parseIsoDate, type DateParts } from './calendar';

/**
 * The date rebuilt from its parts ("2015-10-02", "2015-10", "2015"), or null: whatever a page
 * put after a valid date ("2015-10-02}\\input{x}") never reaches an output.
 */
export function isoDate(iso: string | null | undefined): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  return [String(d.year), d.month ? pad2(d.month) : null, d.month && d.day ? pad2(d.day) : null].filter(Boolean).join('-');
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
