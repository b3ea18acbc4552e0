// Saved pages in other encodings, made from the UTF-8 fixtures as a site or a browser would have
// written them: the declaration swapped, characters the encoding lacks written as character
// references (JSON escapes inside scripts, where references do not apply).
import { TextDecoder } from '@exodus/bytes/encoding.js';

/** The same page with its <meta charset> replaced by an http-equiv declaring `label`. */
export function declare(html: string, label: string): string {
  const meta = /<meta\s+charset=["']?utf-8["']?\s*\/?>/i;
  if (!meta.test(html)) throw new Error('the fixture declares no <meta charset="UTF-8">');
  return html.replace(meta, `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`);
}

// The byte of each character a single-byte encoding has, read off the Encoding Standard's decoder.
function byteTable(encoding: string): Map<string, number> {
  const chars = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return new Map([...chars].map((c, i) => [c, i]));
}

/**
 * `html` in a single-byte encoding. `iso-8859-1` is written as ISO-8859-1 itself (bytes
 * 0x80–0x9F unused, so “ ” ’ become references), though browsers read that label as windows-1252.
 */
export function encodeSingleByte(html: string, encoding: 'windows-1252' | 'iso-8859-1'): Uint8Array {
  const table = encoding === 'iso-8859-1' ? new Map(Array.from({ length: 256 }, (_, i) => [String.fromCharCode(i), i])) : byteTable(encoding);
  if (encoding === 'iso-8859-1') for (let i = 0x80; i < 0xa0; i++) table.delete(String.fromCharCode(i));
  const out: number[] = [];
  // Script bodies (JSON-LD) take JSON escapes; everywhere else a numeric character reference.
  const parts = html.split(/(<script\b[^>]*>[\s\S]*?<\/script>)/i);
  parts.forEach((part, i) => {
    const inScript = i % 2 === 1;
    for (const ch of part) {
      const b = table.get(ch);
      if (b !== undefined) out.push(b);
      else {
        const ref = inScript
          ? ch.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
          : `&#${ch.codePointAt(0)};`;
        for (const c of ref) out.push(c.charCodeAt(0));
      }
    }
  });
  return Uint8Array.from(out);
}

export const withBom = {
  utf8: (html: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]),
  utf16le: (html: string) => {
    const out = new Uint8Array(2 + html.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < html.length; i++) {
      const u = html.charCodeAt(i);
      out[2 + 2 * i] = u & 0xff;
      out[3 + 2 * i] = u >> 8;
    }
    return out;
  },
};

/** What a browser shows for UTF-8 text read as windows-1252 ("’" → "â€™"). */
export const misread = (text: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
