// An editor's corrections to one article: the fields the extension got wrong, keyed by the
// article's canonical address. Applied to the record before anything is built from it
// (attribution, exports, citations, reader, CLI), so every output says what the editor said.
//
//   correctionKey(url) → "https://globalresearch.ca/<slug>/<id>" | null
//   applyCorrection(record, correction) → { record, corrected }
import type { ArticleRecord, Author, OriginalSource } from '../extract/record';

/** The fields an editor can correct, in the order the popup shows them. */
export const CORRECTABLE_FIELDS = ['title', 'authors', 'publishedAt', 'originalSource'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** The corrected values; a field that is absent keeps the extracted value. */
export interface CorrectedValues {
  title?: string;
  authors?: Author[];
  /** Global Research's publication date, ISO "YYYY-MM-DD", or null: the page gives none. */
  publishedAt?: string | null;
  /** The whole original source (publisher, date, url), or null: the page names none. */
  originalSource?: OriginalSource | null;
}

export interface Correction extends CorrectedValues {
  /** When the editor last changed it: ISO date-time, UTC ("2025-01-15T10:04:00.000Z"). */
  updatedAt: string;
}

/** All corrections, by correctionKey of the article's canonical address. */
export type CorrectionMap = Record<string, Correction>;

/** What the evidence says of a corrected field: the value is the editor's, not the page's. */
export const CORRECTION_EVIDENCE = 'correction';

/**
 * The key an article's corrections are kept under: its canonical address as https, without
 * "www.", fragment or trailing slash, so the same article read at www. or not, or through a
 * link with a #fragment, finds the same corrections. null for an address that is not http(s).
 */
export function correctionKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.replace(/^www\./, '');
  let path = u.pathname.length > 1 ? u.pathname : '';
  while (path.endsWith('/')) path = path.slice(0, -1);
  return `https://${host}${u.port ? `:${u.port}` : ''}${path}${u.search}`;
}

/** Whether correction `a` was made after `b` (compared as times: "…00Z" and "…00.000Z" are equal). */
export const isNewer = (a: Correction, b: Correction): boolean => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

export function correctedFields(correction: CorrectedValues | null | undefined): CorrectableField[] {
  return correction ? CORRECTABLE_FIELDS.filter((f) => correction[f] !== undefined) : [];
}

export interface CorrectedRecord {
  /** The record with the corrected values (a new object; the input is not changed). */
  record: ArticleRecord;
  /** Which fields hold the editor's values, in CORRECTABLE_FIELDS order. */
  corrected: CorrectableField[];
}

/** The record every output is built from: the extracted one with the editor's values in place. */
export function applyCorrection(record: ArticleRecord, correction: CorrectedValues | null | undefined): CorrectedRecord {
  const corrected = correctedFields(correction);
  if (!correction || !corrected.length) return { record, corrected };
  const next: ArticleRecord = { ...record, evidence: { ...record.evidence } };
  // Copies, so that no later change to the stored correction reaches the record, or back.
  if (correction.title !== undefined) next.title = correction.title;
  if (correction.authors !== undefined) next.authors = correction.authors.map((a) => ({ name: a.name, url: a.url }));
  if (correction.publishedAt !== undefined) next.publishedAt = correction.publishedAt;
  if (correction.originalSource !== undefined) next.originalSource = correction.originalSource && { ...correction.originalSource };
  for (const field of corrected) next.evidence[field] = CORRECTION_EVIDENCE;
  return { record: next, corrected };
}
