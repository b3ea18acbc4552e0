// Calendar dates of the record (ISO "YYYY-MM-DD") as people read them: the site's own date
// line and "Month D, YYYY". Kept apart from the citation styles' forms (dates.ts) so the
// popup, which writes dates in its first view, loads only these.
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

export const pad2 = (n: number): string => String(n).padStart(2, '0');

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

/** "October 2, 2015" (Chicago; also APA's "2015, October 2" through `apaDate`). */
export function formatMonthDayYear(iso: string | null): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  if (!d.month) return String(d.year);
  return `${MONTHS.en[d.month - 1]}${d.day ? ` ${d.day},` : ''} ${d.year}`;
}
