// The Node DOM for the CLI, tests and benchmarks: jsdom, which runs Readability and
// DOMPurify exactly as a browser does (see the README for the jsdom / linkedom measurement).
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from './encoding';

/** A page as bytes with the encoding they were found to be in (src/cli/encoding.ts). */
export interface EncodedHtml {
  bytes: Uint8Array;
  encoding: string;
}

/** Browsers cap the tree depth (Chromium at 512); jsdom does not, and slows quadratically. */
export const MAX_NESTING = 4_000;

// Elements whose end tag may be left out (the parser closes them): they do not nest by accident.
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);

const NAME = /[a-zA-Z][\w:-]*/y;

/**
 * An upper estimate of how deep the markup nests, from its tags alone (no parsing). One pass:
 * each tag runs from "<name" to the next ">", and once no ">" is left no tag can close.
 */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at)) {
    const closing = html[at + 1] === '/';
    NAME.lastIndex = at + (closing ? 2 : 1);
    const name = NAME.exec(html)?.[0].toLowerCase();
    if (!name) {
      at += 1;
      continue;
    }
    const end = html.indexOf('>', NAME.lastIndex);
    if (end < 0) break;
    at = end + 1;
    if (VOID.has(name) || OPTIONAL_END.has(name) || html[end - 1] === '/') continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/**
 * A document from markup, or from bytes: jsdom then decodes them itself with the given encoding
 * as the transport-layer charset (a byte-order mark still wins), so the document's characterSet,
 * and the URLs it resolves, are the browser's.
 */
export function parseHtml(html: string | EncodedHtml, url: string): Document {
  const text = typeof html === 'string' ? html : decodeHtml(html.bytes, html.encoding);
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING) throw new Error(`the markup nests ${depth} levels deep (more than ${MAX_NESTING})`);
  // No scripts, no resource loading, page console silenced: a saved page is data.
  const virtualConsole = new VirtualConsole();
  const safeUrl = /^(?:https?|file):/i.test(url) ? url : 'https://www.globalresearch.ca/';
  // jsdom 29 throws on a link with a query in a UTF-16 document (it asks for a UTF-16 URL
  // encoder, where the URL Standard says UTF-8): such pages go in decoded, which is the same page.
  if (typeof html === 'string' || /^utf-16/i.test(html.encoding)) return new JSDOM(text, { url: safeUrl, virtualConsole }).window.document;
  return new JSDOM(html.bytes, { url: safeUrl, virtualConsole, contentType: `text/html; charset=${html.encoding}` }).window.document;
}
