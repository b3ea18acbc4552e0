// --corrections FILE: the corrections file the options page exports, applied to the record
// before any output, as in the extension. The file is checked as strictly as an import.
import { readFileSync } from 'node:fs';
import { applyCorrection, correctionKey, type CorrectionMap } from '../corrections/correction';
import { parseCorrectionsFile } from '../corrections/file';
import type { Checked } from '../corrections/validate';
import type { ExtractResult } from '../extract/record';

export function readCorrections(file: string): Checked<CorrectionMap> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, error: `cannot read ${file}${code ? ` (${code})` : ''}` };
  }
  const parsed = parseCorrectionsFile(text);
  return parsed.ok ? parsed : { ok: false, error: `${file}: ${parsed.error}` };
}

/** The result with its article's correction, if the file has one. */
export function withCorrections(result: ExtractResult, corrections: CorrectionMap | null): ExtractResult {
  if (!corrections || result.kind !== 'article') return result;
  const key = correctionKey(result.canonicalUrl);
  return key === null ? result : applyCorrection(result, corrections[key]).record;
}
