// Dates of the record (ISO "YYYY-MM-DD") written the ways the outputs need them.
// Pure: the clock is never read here; an access date is always passed in. The citation
// styles' dates, which need the locale terms, are in citation-dates.ts (so the attribution
// does not load them).

export interface DateParts {
  year: number;
  month: number | null; // 1–12
  day: number | null;
}

export const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
} as const;


/** "2015-10-02", "2015-10" or "2015" → parts; anything else → null. */
export function parseIsoDate(iso: string | null | undefined): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year: Number(m[1]), month, day };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The date rebuilt from its parts ("2015-10-02", "2015-10", "2015"), or null: whatever a page
 * put after a valid date ("2015-10-02}\\input{x}") never reaches an output.
 */
export function isoDate(iso: string | null | undefined): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  return [String(d.year), d.month ? pad2(d.month) : null, d.month && d.day ? pad2(d.day) : null].filter(Boolean).join('-');
}

/**
 * The date as the site prints it after its name: "October 02, 2015" on Global Research,
 * "12 mars 2019" on Mondialisation.ca (chosen by the record's language).
 */
export function formatSiteDate(iso: string | null, lang: string): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  if (lang === 'fr') {
    const month = d.month ? `${MONTHS.fr[d.month - 1]} ` : '';
    return `${d.day ? `${d.day} ` : ''}${month}${d.year}`;
  }
  if (!d.month) return String(d.year);
  return `${MONTHS.en[d.month - 1]}${d.day ? ` ${pad2(d.day)},` : ''} ${d.year}`;
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
