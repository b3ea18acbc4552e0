// Dates as the two sites print them, in English and French, to ISO "YYYY-MM-DD".

const MONTHS: Record<string, number> = {};
const add = (names: string, month: number) => {
  for (const n of names.split(' ')) MONTHS[n] = month;
};
add('january jan janvier janv', 1);
add('february feb febr février fevrier févr fevr', 2);
add('march mar mars', 3);
add('april apr avril avr', 4);
add('may mai', 5);
add('june jun juin', 6);
add('july jul juillet juil', 7);
add('august aug août aout', 8);
add('september sep sept septembre', 9);
add('october oct octobre', 10);
add('november nov novembre', 11);
add('december dec décembre decembre déc', 12);

const MONTH = '([A-Za-zÀ-ÿ]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?';
const YEAR = '(\\d{4})';

/** "October 02, 2015", "Sept. 28, 2015", "Oct 2 2015", "November 25. 2014" (a typo the site's date lines have) */
const MONTH_FIRST = new RegExp(`${MONTH}\\s+${DAY}[,.]?\\s+${YEAR}`, 'i');
/** "28 September 2015", "1er juin 2021", "12 mars, 2019" */
const DAY_FIRST = new RegExp(`${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'i');
const ISO = /(\d{4})-(\d{2})-(\d{2})/;

/** A regex source matching any date this module understands (for use inside larger patterns). */
export const DATE_PATTERN = `(?:${MONTH}\\s+${DAY}[,.]?\\s+${YEAR}|${DAY}\\s+${MONTH},?\\s+${YEAR}|\\d{4}-\\d{2}-\\d{2})`.replace(
  /\((?!\?)/g,
  '(?:',
);

function iso(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // e.g. 31 February
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const monthOf = (name: string): number | undefined => MONTHS[name.toLowerCase().replace(/\.$/, '')];

/** The first date found in `text`, as ISO "YYYY-MM-DD", or null. */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const candidates: { index: number; value: string | null }[] = [];
  const mf = MONTH_FIRST.exec(text);
  if (mf && monthOf(mf[1])) candidates.push({ index: mf.index, value: iso(+mf[3], monthOf(mf[1])!, +mf[2]) });
  const df = DAY_FIRST.exec(text);
  if (df && monthOf(df[2])) candidates.push({ index: df.index, value: iso(+df[3], monthOf(df[2])!, +df[1]) });
  const is = ISO.exec(text);
  if (is) candidates.push({ index: is.index, value: iso(+is[1], +is[2], +is[3]) });
  const found = candidates.filter((c) => c.value).sort((a, b) => a.index - b.index)[0];
  return found?.value ?? null;
}

/** Like parseDate, but only when the whole of `text` is the date. */
export function parseWholeDate(text: string): string | null {
  const t = text.trim().replace(/[.,;]$/, '');
  const re = new RegExp(`^${DATE_PATTERN}$`, 'i');
  return re.test(t) ? parseDate(t) : null;
}
