// The corrections file: what the options page exports and imports, and what the CLI reads
// with --corrections. Versioned, so a later format is refused with a clear message instead of
// being half-read:
//
//   { "format": "gr-provenance-corrections", "version": 1, "exportedAt": "2025-01-15T10:04:00.000Z",
//     "corrections": { "https://globalresearch.ca/<slug>/<id>": { "title": "…", "updatedAt": "…" } } }
//
//   correctionsFile(map, exportedAt) → CorrectionsFile      parseCorrectionsFile(text) → Checked<CorrectionMap>
import { correctionKey, isNewer, type CorrectionMap } from './correction';
import { checkCorrection, checkDateTime, isPlainObject, type Checked } from './validate';

export const CORRECTIONS_FORMAT = 'gr-provenance-corrections';
export const CORRECTIONS_VERSION = 1;
/** Far beyond any editor's corrections (about 500 bytes each), far below what would stall a page. */
export const MAX_FILE_CHARS = 5_000_000;
export const MAX_CORRECTIONS = 10_000;

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: typeof CORRECTIONS_VERSION;
  exportedAt: string;
  corrections: CorrectionMap;
}

export function correctionsFile(corrections: CorrectionMap, exportedAt: string): CorrectionsFile {
  return { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, exportedAt, corrections };
}

export function correctionsFileName(exportedAt: string): string {
  return `gr-provenance-corrections-${exportedAt.slice(0, 10)}.json`;
}

/**
 * Every correction of a file, each one checked, keys made canonical. Refuses the whole file
 * at its first problem (a file that is partly wrong was not made by this extension, or was
 * edited by hand: better to say where than to import half of it).
 */
export function parseCorrectionsFile(text: string): Checked<CorrectionMap> {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: `the file is larger than ${MAX_FILE_CHARS / 1e6} MB` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not JSON' };
  }
  return checkCorrectionsFile(data);
}

export function checkCorrectionsFile(data: unknown): Checked<CorrectionMap> {
  if (!isPlainObject(data) || data.format !== CORRECTIONS_FORMAT) return { ok: false, error: `not a corrections file (its "format" is not "${CORRECTIONS_FORMAT}")` };
  if (data.version !== CORRECTIONS_VERSION) {
    const newer = typeof data.version === 'number' && data.version > CORRECTIONS_VERSION;
    return { ok: false, error: newer ? `version ${data.version} of the file comes from a newer GR Provenance: update it first` : `unknown version ${JSON.stringify(data.version)}` };
  }
  const extra = Object.keys(data).find((k) => !['format', 'version', 'exportedAt', 'corrections'].includes(k));
  if (extra !== undefined) return { ok: false, error: `${extra}: is not a known field` };
  const exportedAt = checkDateTime(data.exportedAt, 'exportedAt');
  if (!exportedAt.ok) return exportedAt;
  return checkCorrectionMap(data.corrections, 'corrections');
}

/** A map of corrections by address; `drop` skips bad entries instead of refusing (for storage). */
export function checkCorrectionMap(v: unknown, path: string, drop = false): Checked<CorrectionMap> {
  if (!isPlainObject(v)) return { ok: false, error: `${path}: not an object` };
  const entries = Object.entries(v);
  if (entries.length > MAX_CORRECTIONS) return { ok: false, error: `${path}: more than ${MAX_CORRECTIONS} corrections` };
  // No prototype: an address can never be mistaken for an inherited property.
  const map: CorrectionMap = Object.create(null);
  for (const [url, value] of entries) {
    const where = `${path}[${JSON.stringify(url.slice(0, 200))}]`;
    const key = correctionKey(url);
    const c = key === null ? ({ ok: false, error: `${where}: is not an http(s) address` } as const) : checkCorrection(value, where);
    if (!c.ok) {
      if (drop) continue;
      return c;
    }
    // The same article under two spellings (www. or not): the later correction counts.
    if (!(key! in map) || !isNewer(map[key!], c.value)) map[key!] = c.value;
  }
  return { ok: true, value: map };
}
