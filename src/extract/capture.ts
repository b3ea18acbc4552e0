// How this copy of the page was made, when it is not the live article: a Wayback Machine
// capture, a page saved by SingleFile or by a browser's "Save Page As", or the site's print
// view. Pure, over the Document and its address; what it finds goes into the record's
// `capture`, and the record's `url` and `canonicalUrl` become the article's own address.
//
// The marks each one leaves, as the tools write them:
// - SingleFile: a comment right after <html>: "Page saved with SingleFile", then lines
//   " url: <address> " and " saved date: <Date.toString()>", e.g.
//   "Sun Sep 13 2020 18:21:28 GMT+0000 (Coordinated Universal Time)".
// - Chrome (and Edge, and Internet Explorer before them): the Mark of the Web, a comment
//   between the doctype and <html>: `<!-- saved from url=(0094)https://… -->`, the number
//   being the address's length. No date.
// - Firefox writes no such comment (WebBrowserPersistLocalDocument): its "Web Page, complete"
//   points the page's images, scripts and stylesheets at a "<title>_files/" folder next to the
//   file (Chrome does too, as "./<title>_files/"), makes links absolute and turns <base> into
//   a comment. The article's address then comes from its canonical link.
// - The print view: the article's address with `?print=1` (capture-print.ts).
// - Wayback Machine: see capture-wayback.ts.
import { articleAddress, readPrintView, type PageCopy } from './capture-print';
import { captureUrl, timestampIso, unwrapCapture, waybackAddress, waybackInMarkup } from './capture-wayback';

/**
 * Every kind of copy: what the CLI reads (files) and the Wayback content script (captures).
 * Pass it to extract() as its third argument; by default extract() knows the print view only,
 * so the site's content script stays small.
 */
export function readCapture(doc: Document, url: string): PageCopy | null {
  const singleFile = readSingleFile(doc);
  const savedFrom = readSavedFrom(doc);
  const wayback =
    waybackAddress(url) ?? waybackAddress(singleFile?.url ?? '') ?? waybackAddress(savedFrom ?? '') ?? waybackInMarkup(doc);
  if (wayback) {
    const capture = { service: 'Wayback Machine', url: captureUrl(wayback), capturedAt: timestampIso(wayback.timestamp) };
    return { doc: unwrapCapture(doc, wayback.original), url: articleAddress(wayback.original), capture };
  }
  const saved = (service: string, address: string | null, capturedAt: string | null = null): PageCopy => ({
    doc,
    url: articleAddress(address ?? declaredAddress(doc) ?? url),
    capture: { service, url: null, capturedAt },
  });
  if (singleFile) return saved('SingleFile', singleFile.url, singleFile.savedAt);
  if (savedFrom) return saved('Save Page As', savedFrom);
  if (savedWithFilesFolder(doc)) return saved('Save Page As', null);
  return readPrintView(doc, url);
}

const httpUrl = (s: string | null | undefined): string | null => {
  try {
    return s && /^https?:$/.test(new URL(s).protocol) ? new URL(s).href : null;
  } catch {
    return null;
  }
};

/** The page's own statement of its address: canonical link, else og:url, when absolute. */
function declaredAddress(doc: Document): string | null {
  return (
    httpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim()) ??
    httpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim())
  );
}

/** Comments at the top of the file: before <html>, and the first nodes inside it. */
function leadingComments(doc: Document): string[] {
  const nodes = [...Array.from(doc.childNodes), ...Array.from(doc.documentElement?.childNodes ?? []).slice(0, 10)];
  return nodes.filter((n) => n.nodeType === 8).map((n) => (n as Comment).data);
}

function readSingleFile(doc: Document): { url: string | null; savedAt: string | null } | null {
  const text = leadingComments(doc).find((c) => c.includes('Page saved with SingleFile'));
  if (text === undefined) return null;
  const url = /^[ \t]*url: (\S+)[ \t]*$/m.exec(text)?.[1];
  const saved = /^[ \t]*saved date: ([^\n]+)$/m.exec(text)?.[1];
  return { url: httpUrl(url), savedAt: saved ? jsDateIso(saved.trim()) : null };
}

function readSavedFrom(doc: Document): string | null {
  for (const c of leadingComments(doc)) {
    const m = /^\s*saved from url=\(\d{1,5}\)(\S+)\s*$/.exec(c);
    if (m) return httpUrl(m[1]);
  }
  return null;
}

function savedWithFilesFolder(doc: Document): boolean {
  const refs = Array.from(doc.querySelectorAll('img[src], script[src], link[href]')).slice(0, 300);
  return refs.some((el) => /^(?:\.\/)?[^/:?#]+_files\//.test(el.getAttribute('src') ?? el.getAttribute('href') ?? ''));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** JavaScript's Date.toString() ("Sun Sep 13 2020 18:21:28 GMT+0200 (…)") as UTC ISO, or an ISO date-time as given. */
export function jsDateIso(text: string): string | null {
  const m = /^(?:[A-Z][a-z]{2} )?([A-Z][a-z]{2}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2})/.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[1]);
    if (month < 0) return null;
    const offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
    const t = Date.UTC(Number(m[3]), month, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6])) - offset * 60_000;
    return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
  }
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(text) ? new Date(text) : null;
  return iso && !Number.isNaN(iso.getTime()) ? iso.toISOString().replace('.000Z', 'Z') : null;
}
