// A saved page from disk, refused with one clear sentence when it cannot be one: a directory,
// an empty or oversized file, an image or a PDF given by mistake. A gzip file (`page.html.gz`,
// as wget and archive downloads leave them) is decompressed, within the same size limit.
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { chooseEncoding, type ChosenEncoding } from './encoding';

/** Article pages of these sites weigh 30–300 KB; 50 MB is far past any saved page (images inlined included). */
export const MAX_BYTES = 50 * 1024 * 1024;

export interface SavedPage extends ChosenEncoding {
  bytes: Uint8Array;
  /** Whether the file was gzip-compressed. */
  gzip: boolean;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

// Signatures of the files most often given by mistake (WHATWG MIME Sniffing's table, in part).
const SIGNATURES: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP image', [0x52, 0x49, 0x46, 0x46, -1, -1, -1, -1, 0x57, 0x45, 0x42, 0x50]],
  ['a ZIP archive (or a .docx, .epub, .odt)', [0x50, 0x4b, 0x03, 0x04]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => b === -1 || bytes[i] === b);

/** The format named by the file's first bytes, for the files most often given by mistake. */
export function signatureOf(bytes: Uint8Array): string | null {
  return SIGNATURES.find(([, sig]) => startsWith(bytes, sig))?.[0] ?? null;
}

/** MIME Sniffing's "binary data bytes" (controls that text never holds) in the resource header. */
export function hasBinaryBytes(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 1445).some((b) => b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f));
}

const isUtf16 = (encoding: string) => encoding.startsWith('UTF-16');

/**
 * "utf-16le" or "utf-16be" when the first bytes read as ASCII text in UTF-16 with no byte order
 * mark (a NUL after, or before, nearly every character), which the browser would not guess either.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, 512 - (Math.min(bytes.length, 512) % 2));
  if (head.length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < head.length; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = head.length / 2;
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return null;
}

export function readSavedPage(file: string, encodingLabel?: string): SavedPage | { error: string } {
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { error: `${file} is a directory, not a saved page` };
    if (!stat.isFile()) return { error: `${file} is not a regular file` };
    if (stat.size > MAX_BYTES) return { error: `${file} is ${mb(stat.size)}, over the ${mb(MAX_BYTES)} limit for a saved page` };
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: `cannot read ${file}${code ? ` (${code})` : ''}` };
  }
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (gzip) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
    } catch (err) {
      const tooLarge = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      return { error: tooLarge ? `${file} decompresses to over ${mb(MAX_BYTES)}, the limit for a saved page` : `${file} is not a valid gzip file` };
    }
  }
  const what = gzip ? `${file} (decompressed)` : file;
  if (!bytes.some((b) => b > 0x20)) return { error: `${what} is empty` };
  const named = signatureOf(bytes);
  if (named) return { error: `${what} is ${named}, not an HTML page` };
  const chosen = chooseEncoding(bytes, encodingLabel);
  if ('error' in chosen) return chosen;
  // UTF-16 text is full of NUL bytes: only a page in another encoding can be told binary by them.
  if (!isUtf16(chosen.encoding) && hasBinaryBytes(bytes)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return { error: `${what} looks like UTF-16 text without a byte order mark: try --encoding ${utf16}` };
    return { error: `${what} is a binary file, not an HTML page` };
  }
  return { ...chosen, bytes, gzip };
}
