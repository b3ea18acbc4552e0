// Which encoding a saved page's bytes are in, decided as browsers decide (the HTML Standard's
// encoding sniffing): a byte-order mark, then --encoding (what a server's Content-Type charset
// is to a browser), then a <meta charset> or http-equiv in the first 1,024 bytes, then UTF-8 if
// the bytes read as UTF-8 (what Firefox and Chromium detect for local files; like Chromium, a
// few stray bytes among many UTF-8 characters do not make a page windows-1252), else
// windows-1252, the HTML fallback. The labels are the Encoding Standard's (via jsdom's own
// @exodus/bytes): Node's TextDecoder('windows-1252') decodes as ISO-8859-1, theirs does not.
import { getBOMEncoding, labelToName, legacyHookDecode, TextDecoder } from '@exodus/bytes/encoding.js';
import sniffHTMLEncoding from 'html-encoding-sniffer';

export type EncodingSource = 'byte-order mark' | '--encoding' | '<meta> tag' | 'UTF-8 detected' | 'HTML fallback';

export interface ChosenEncoding {
  /** An Encoding Standard name: "UTF-8", "windows-1252", "UTF-16LE", … */
  encoding: string;
  source: EncodingSource;
  /** Lines for stderr: the page still reads, but not quite as given. */
  warnings: string[];
}

export function chooseEncoding(bytes: Uint8Array, label?: string): ChosenEncoding | { error: string } {
  const override = label === undefined ? null : labelToName(label.trim());
  if (label !== undefined && !override) {
    return { error: `unknown encoding "${label}" (labels such as utf-8, windows-1252, iso-8859-1, utf-16le)` };
  }
  const bom = labelToName(getBOMEncoding(bytes) ?? '');
  let chosen: ChosenEncoding;
  if (bom) {
    const ignored = override && override !== bom ? [`the file starts with a ${bom} byte-order mark, which browsers follow: --encoding ${label} is ignored`] : [];
    chosen = { encoding: bom, source: 'byte-order mark', warnings: ignored };
  } else if (override) {
    chosen = { encoding: override, source: '--encoding', warnings: [] };
  } else {
    // An empty default makes the sniffer say when no <meta> declared anything.
    const declared = sniffHTMLEncoding(bytes, { defaultEncoding: '' });
    if (declared) chosen = { encoding: declared, source: '<meta> tag', warnings: [] };
    else if (looksUtf8(bytes)) chosen = { encoding: 'UTF-8', source: 'UTF-8 detected', warnings: [] };
    else chosen = { encoding: 'windows-1252', source: 'HTML fallback', warnings: [] };
  }
  const bad = firstInvalidByte(bytes, chosen.encoding);
  if (bad !== null) {
    chosen.warnings.push(`bytes that are not valid ${chosen.encoding} (the first near byte ${bad}) were replaced with U+FFFD, as browsers do`);
  }
  return chosen;
}

/** The page's text as the browser's parser sees it (the byte-order mark wins, as in jsdom). */
export function decodeHtml(bytes: Uint8Array, encoding: string): string {
  return legacyHookDecode(bytes, encoding.toLowerCase());
}

/** More valid UTF-8 characters beyond ASCII than invalid sequences (pure ASCII counts as UTF-8). */
function looksUtf8(bytes: Uint8Array): boolean {
  if (isValid(bytes, 'utf-8')) return true;
  let valid = 0;
  let invalid = 0;
  for (const ch of new TextDecoder('utf-8').decode(bytes)) {
    if (ch === '\uFFFD') invalid++;
    else if (ch > '\x7f') valid++;
  }
  return valid > invalid;
}

function isValid(bytes: Uint8Array, encoding: string, stream = false): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/** Where decoding first fails (a byte offset), or null when every byte is valid. */
export function firstInvalidByte(bytes: Uint8Array, encoding: string): number | null {
  if (isValid(bytes, encoding)) return null;
  // Streaming decodes leave an unfinished sequence pending instead of failing, so a prefix fails
  // exactly when it holds an invalid sequence: the shortest failing prefix ends at the culprit.
  let lo = 1;
  let hi = bytes.length;
  if (isValid(bytes, encoding, true)) return bytes.length - 1; // only the file's last sequence is cut short
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isValid(bytes.subarray(0, mid), encoding, true)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
