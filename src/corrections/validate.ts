// Strict checks for corrections, wherever they come from: a field the editor typed, the
// storage, an imported file, the CLI's --corrections file. A correction holds plain text,
// http(s) addresses and calendar dates, nothing else: no markup, no character entities, no
// control or bidirectional-override characters, no other URL scheme, no unknown key. Each
// check returns a value (never throws) whose error names the path of the first problem.
//
//   checkCorrection(unknown, path) → Checked<Correction>
//   checkCorrectedValues(unknown, path) → Checked<CorrectedValues>   (no updatedAt: the popup's edit)
import type { Author, OriginalSource } from '../extract/record';
import { CORRECTABLE_FIELDS, type CorrectedValues, type Correction } from './correction';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export const LIMITS = {
  title: 500,
  name: 200,
  publisher: 300,
  url: 2048,
  authors: 30,
} as const;

// All bounded or linear: each is a character class or a fixed prefix.
const MARKUP = /<[a-z!/?]/i;
const ENTITY = /&(?:#\d{1,8}|#x[0-9a-f]{1,8}|[a-z][a-z0-9]{1,31});/i;
const CONTROL = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(path: string, why: string): Checked<T> => ({ ok: false, error: `${path}: ${why}` });

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** One line of plain text: trimmed, not empty, at most `max` characters. */
export function checkText(v: unknown, path: string, max: number): Checked<string> {
  if (typeof v !== 'string') return bad(path, 'not a string');
  if (CONTROL.test(v)) return bad(path, 'contains a control character');
  const text = v.replace(/ {2,}/g, ' ').trim();
  if (!text) return bad(path, 'is empty');
  if (text.length > max) return bad(path, `is longer than ${max} characters`);
  if (MARKUP.test(text)) return bad(path, 'contains markup');
  if (ENTITY.test(text)) return bad(path, 'contains a character entity (write the character itself)');
  return ok(text);
}

/** An absolute http(s) address without user name or password. */
export function checkUrl(v: unknown, path: string): Checked<string> {
  if (typeof v !== 'string') return bad(path, 'not a string');
  if (v.length > LIMITS.url) return bad(path, `is longer than ${LIMITS.url} characters`);
  if (CONTROL.test(v) || /\s/.test(v)) return bad(path, 'contains a space or a control character');
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return bad(path, 'is not an absolute address');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return bad(path, 'is not an http(s) address');
  if (u.username || u.password) return bad(path, 'carries a user name or password');
  return ok(u.href);
}

/** A calendar date as ISO "YYYY-MM-DD" (2023-02-30 is refused). */
export function checkDate(v: unknown, path: string): Checked<string> {
  const m = typeof v === 'string' ? ISO_DATE.exec(v) : null;
  if (!m) return bad(path, 'is not a date as YYYY-MM-DD');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1000) return bad(path, 'is not a calendar date');
  return ok(v as string);
}

export function checkDateTime(v: unknown, path: string): Checked<string> {
  if (typeof v !== 'string' || !ISO_DATE_TIME.test(v) || Number.isNaN(Date.parse(v))) return bad(path, 'is not an ISO date-time in UTC');
  return checkDate(v.slice(0, 10), path).ok ? ok(v) : bad(path, 'is not a calendar date');
}

const nullable = <T>(check: (v: unknown, path: string) => Checked<T>) => (v: unknown, path: string): Checked<T | null> =>
  v === null ? ok(null) : check(v, path);

/** The object's keys must be among `allowed`, and `required` ones present. */
function checkKeys(v: unknown, path: string, allowed: readonly string[], required: readonly string[] = []): Checked<Record<string, unknown>> {
  if (!isPlainObject(v)) return bad(path, 'not an object');
  const unknown = Object.keys(v).find((k) => !allowed.includes(k));
  if (unknown !== undefined) return bad(`${path}.${unknown}`, 'is not a known field');
  const missing = required.find((k) => !(k in v));
  return missing === undefined ? ok(v) : bad(`${path}.${missing}`, 'is missing');
}

function checkAuthor(v: unknown, path: string): Checked<Author> {
  const o = checkKeys(v, path, ['name', 'url'], ['name', 'url']);
  if (!o.ok) return o;
  const name = checkText(o.value.name, `${path}.name`, LIMITS.name);
  if (!name.ok) return name;
  const url = nullable(checkUrl)(o.value.url, `${path}.url`);
  return url.ok ? ok({ name: name.value, url: url.value }) : url;
}

function checkAuthors(v: unknown, path: string): Checked<Author[]> {
  if (!Array.isArray(v)) return bad(path, 'not a list');
  if (v.length > LIMITS.authors) return bad(path, `has more than ${LIMITS.authors} authors`);
  const authors: Author[] = [];
  for (let i = 0; i < v.length; i++) {
    const a = checkAuthor(v[i], `${path}[${i}]`);
    if (!a.ok) return a;
    authors.push(a.value);
  }
  return ok(authors);
}

function checkOriginalSource(v: unknown, path: string): Checked<OriginalSource> {
  const o = checkKeys(v, path, ['publisher', 'date', 'url'], ['publisher', 'date', 'url']);
  if (!o.ok) return o;
  const publisher = checkText(o.value.publisher, `${path}.publisher`, LIMITS.publisher);
  if (!publisher.ok) return publisher;
  const date = nullable(checkDate)(o.value.date, `${path}.date`);
  if (!date.ok) return date;
  const url = nullable(checkUrl)(o.value.url, `${path}.url`);
  return url.ok ? ok({ publisher: publisher.value, date: date.value, url: url.value }) : url;
}

const FIELD_CHECKS: { [F in keyof Required<CorrectedValues>]: (v: unknown, path: string) => Checked<CorrectedValues[F]> } = {
  title: (v, p) => checkText(v, p, LIMITS.title),
  authors: checkAuthors,
  publishedAt: nullable(checkDate),
  originalSource: nullable(checkOriginalSource),
};

function checkFields(o: Record<string, unknown>, path: string): Checked<CorrectedValues> {
  const values: CorrectedValues = {};
  for (const field of CORRECTABLE_FIELDS) {
    if (!(field in o)) continue;
    const c = FIELD_CHECKS[field](o[field], `${path}.${field}`);
    if (!c.ok) return c;
    (values as Record<string, unknown>)[field] = c.value;
  }
  return ok(values);
}

/** The corrected values of one article, as the popup saves them (no field: nothing corrected). */
export function checkCorrectedValues(v: unknown, path = 'correction'): Checked<CorrectedValues> {
  const o = checkKeys(v, path, CORRECTABLE_FIELDS);
  if (!o.ok) return o;
  return checkFields(o.value, path);
}

/** One stored or imported correction: at least one corrected field, and when it was made. */
export function checkCorrection(v: unknown, path = 'correction'): Checked<Correction> {
  const o = checkKeys(v, path, [...CORRECTABLE_FIELDS, 'updatedAt'], ['updatedAt']);
  if (!o.ok) return o;
  const fields = checkFields(o.value, path);
  if (!fields.ok) return fields;
  if (!Object.keys(fields.value).length) return bad(path, 'corrects no field');
  const updatedAt = checkDateTime(o.value.updatedAt, `${path}.updatedAt`);
  return updatedAt.ok ? ok({ ...fields.value, updatedAt: updatedAt.value }) : updatedAt;
}
