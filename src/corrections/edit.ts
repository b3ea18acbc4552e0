// The popup's correction form as data: the record's correctable values as the form's text
// fields, and back. What the editor typed becomes a correction of only the fields that differ
// from the page's values (a field put back as the page has it is no longer corrected), checked
// as any stored correction is.
//
//   formFields(record) → FormFields            formCorrection(original, fields) → FormOutcome
import type { ArticleRecord, Author, OriginalSource } from '../extract/record';
import type { CorrectedValues } from './correction';
import { checkCorrectedValues } from './validate';

/** The form's inputs, as text: authors one per line, dates "YYYY-MM-DD" or empty. */
export interface FormFields {
  title: string;
  authors: string;
  publishedAt: string;
  publisher: string;
  sourceDate: string;
  sourceUrl: string;
}

export type FormField = keyof FormFields;

/** Why the form cannot be saved, and which input to go back to. */
export type FormProblem = 'empty' | 'publisherMissing' | 'invalid';
export type FormOutcome = { ok: true; values: CorrectedValues } | { ok: false; field: FormField; problem: FormProblem; detail: string };

export function formFields(r: Pick<ArticleRecord, 'title' | 'authors' | 'publishedAt' | 'originalSource'>): FormFields {
  const src = r.originalSource;
  return {
    title: r.title,
    authors: r.authors.map((a) => a.name).join('\n'),
    publishedAt: r.publishedAt ?? '',
    publisher: src?.publisher ?? '',
    sourceDate: src?.date ?? '',
    sourceUrl: src?.url ?? '',
  };
}

/** Where a checker's path ("correction.originalSource.url") points in the form. */
const FIELD_OF_PATH: [RegExp, FormField][] = [
  [/^correction\.title\b/, 'title'],
  [/^correction\.authors\b/, 'authors'],
  [/^correction\.publishedAt\b/, 'publishedAt'],
  [/^correction\.originalSource\.date\b/, 'sourceDate'],
  [/^correction\.originalSource\.url\b/, 'sourceUrl'],
  [/^correction\.originalSource\b/, 'publisher'],
];

/**
 * The correction the form says, relative to the page's record: only the changed fields. An
 * author keeps the page's link while the name is the page's; a new name has none.
 */
export function formCorrection(original: ArticleRecord, fields: FormFields): FormOutcome {
  const title = oneLine(fields.title);
  if (!title) return { ok: false, field: 'title', problem: 'empty', detail: 'title' };
  const links = new Map(original.authors.map((a) => [oneLine(a.name), a.url]));
  const authors: Author[] = fields.authors
    .split('\n')
    .map(oneLine)
    .filter(Boolean)
    .map((name) => ({ name, url: links.get(name) ?? null }));
  const publisher = oneLine(fields.publisher);
  const sourceDate = fields.sourceDate.trim() || null;
  const typedUrl = fields.sourceUrl.trim();
  // "example.org/article": an address typed without its scheme is an https one.
  const sourceUrl = !typedUrl ? null : SCHEME.test(typedUrl) ? typedUrl : `https://${typedUrl}`;
  if (!publisher && (sourceDate || sourceUrl)) return { ok: false, field: 'publisher', problem: 'publisherMissing', detail: 'publisher' };
  const originalSource: OriginalSource | null = publisher ? { publisher, date: sourceDate, url: sourceUrl } : null;

  const edited: CorrectedValues = {};
  if (title !== oneLine(original.title)) edited.title = title;
  if (!sameAuthors(authors, original.authors)) edited.authors = authors;
  const publishedAt = fields.publishedAt.trim() || null;
  if (publishedAt !== original.publishedAt) edited.publishedAt = publishedAt;
  if (!sameSource(originalSource, original.originalSource)) edited.originalSource = originalSource;

  const checked = checkCorrectedValues(edited);
  if (checked.ok) return { ok: true, values: checked.value };
  const field = FIELD_OF_PATH.find(([path]) => path.test(checked.error))?.[1] ?? 'title';
  return { ok: false, field, problem: 'invalid', detail: checked.error.replace(/^[^:]*:\s*/, '') };
}

/** The text as one line: the page's own spacing (a no-break space, a line break) is not a change. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const SCHEME = /^[a-z][a-z0-9+.-]{0,30}:/i;

function sameAuthors(a: Author[], b: Author[]): boolean {
  return a.length === b.length && a.every((x, i) => x.name === oneLine(b[i].name) && x.url === b[i].url);
}

function sameSource(a: OriginalSource | null, b: OriginalSource | null): boolean {
  if (!a || !b) return a === b;
  return a.publisher === oneLine(b.publisher) && a.date === b.date && (a.url === b.url || (a.url !== null && b.url !== null && sameUrl(a.url, b.url)));
}

/** The checker writes an address as the URL parser does ("https://x.org" → "https://x.org/"). */
function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}
