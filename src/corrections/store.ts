// The corrections as they persist: one WXT storage item in `local` storage (this browser
// profile only; nothing is synced or sent), a map from correctionKey(canonical address) to
// the article's correction. Whatever storage hands back goes through the same checks as an
// imported file, so a hand-edited or damaged entry is dropped, never shown or exported.
// Used by the popup, the options page and the reader.
//
//   loadCorrections() → CorrectionMap              correctionFor(url) → Correction | null
//   saveCorrection(url, values, now) → Correction | null       resetCorrection(url, field?)
//   importCorrections(map) → ImportOutcome         watchCorrections(cb) → unwatch
//   withStoredCorrection(result) → the result with the article's correction applied
import { storage } from 'wxt/utils/storage';
import type { ExtractResult } from '../extract/record';
import { applyCorrection, correctionKey, isNewer, type CorrectableField, type CorrectedValues, type Correction, type CorrectionMap } from './correction';
import { checkCorrectionMap } from './file';
import { checkCorrectedValues } from './validate';

export const correctionsItem = storage.defineItem<CorrectionMap>('local:corrections', { fallback: {} });

/** Every valid stored correction (a damaged entry is left out). Never rejects: unreadable storage gives none. */
export async function loadCorrections(): Promise<CorrectionMap> {
  try {
    const checked = checkCorrectionMap(await correctionsItem.getValue(), 'stored', true);
    return checked.ok ? checked.value : Object.create(null);
  } catch {
    return Object.create(null);
  }
}

export async function correctionFor(url: string): Promise<Correction | null> {
  const key = correctionKey(url);
  return key === null ? null : ((await loadCorrections())[key] ?? null);
}

function requireKey(url: string): string {
  const key = correctionKey(url);
  if (key === null) throw new Error(`no corrections for an address that is not http(s): ${url}`);
  return key;
}

/** For a page that only shows the record (the reader): the article as the editor corrected it. */
export async function withStoredCorrection(result: ExtractResult): Promise<ExtractResult> {
  return result.kind === 'article' ? applyCorrection(result, await correctionFor(result.canonicalUrl)).record : result;
}

/**
 * Replaces the article's corrected values (checked: rejects with the first problem). No
 * field left means no correction: the entry is removed and null returned.
 */
export async function saveCorrection(url: string, values: CorrectedValues, now: Date = new Date()): Promise<Correction | null> {
  const key = requireKey(url);
  const checked = checkCorrectedValues(values);
  if (!checked.ok) throw new Error(checked.error);
  const all = await loadCorrections();
  const correction = Object.keys(checked.value).length ? { ...checked.value, updatedAt: now.toISOString() } : null;
  if (correction) all[key] = correction;
  else delete all[key];
  await correctionsItem.setValue({ ...all });
  return correction;
}

/** Back to the extracted value: one field, or all of the article's corrections. */
export async function resetCorrection(url: string, field?: CorrectableField, now: Date = new Date()): Promise<Correction | null> {
  const current = await correctionFor(url);
  if (!current) return null;
  const { updatedAt: _, ...values } = current;
  if (field) delete values[field];
  return saveCorrection(url, field ? values : {}, now);
}

export interface ImportOutcome {
  added: number;
  replaced: number;
  /** Entries of the file older than what is already stored for the same article. */
  keptNewer: number;
}

/** Merges checked corrections (parseCorrectionsFile) into storage: the more recent of two wins. */
export async function importCorrections(incoming: CorrectionMap): Promise<ImportOutcome> {
  const all = await loadCorrections();
  const outcome: ImportOutcome = { added: 0, replaced: 0, keptNewer: 0 };
  for (const [key, correction] of Object.entries(incoming)) {
    const stored = all[key];
    if (!stored) outcome.added++;
    else if (isNewer(stored, correction)) {
      outcome.keptNewer++;
      continue;
    } else outcome.replaced++;
    all[key] = correction;
  }
  await correctionsItem.setValue({ ...all });
  return outcome;
}

/** Calls back with every valid correction whenever they change (in any page of the extension). */
export function watchCorrections(callback: (corrections: CorrectionMap) => void): () => void {
  return correctionsItem.watch((value) => {
    const checked = checkCorrectionMap(value ?? {}, 'stored', true);
    callback(checked.ok ? checked.value : Object.create(null));
  });
}
