// The content script's side of a problem report: the page's markup as it is now, unchanged.
// The report (src/report/) cleans it where it is saved; nothing is sent anywhere. Kept to a
// few lines: every byte here loads on every article page.
import { onMessage, type PageSource } from '../messaging';

/** Past this the report would be unwieldy to attach to an issue (and slow to pass along). */
export const MAX_PAGE_CHARS = 20_000_000;

export function pageSource(doc: Document): PageSource {
  const html = doc.documentElement.outerHTML;
  if (html.length > MAX_PAGE_CHARS) throw new Error('the page is too large to report');
  const t = doc.doctype;
  return { url: doc.URL, html, doctype: t && [t.name, t.publicId, t.systemId] };
}

/** Answers getPageHtml in this tab until the returned function is called. */
export function servePageSource(doc: Document): () => void {
  return onMessage('getPageHtml', () => pageSource(doc));
}
