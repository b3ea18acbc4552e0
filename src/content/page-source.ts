// The content script's side of a problem report: the page's markup as it is now, unchanged.
// The popup cleans it (src/report/page-html.ts) and saves it; nothing is sent anywhere.
import { onMessage, type PageSource } from '../messaging';
import { serialize } from '../report/page-html';

/** Past this the report would be unwieldy to attach to an issue (and slow to pass along). */
export const MAX_PAGE_CHARS = 20_000_000;

export function pageSource(doc: Document): PageSource {
  const html = serialize(doc);
  if (html.length > MAX_PAGE_CHARS) throw new Error(`the page is too large to report (${Math.round(html.length / 1e6)} MB of markup)`);
  return { url: doc.URL, html };
}

/** Answers getPageHtml in this tab until the returned function is called. */
export function servePageSource(doc: Document): () => void {
  return onMessage('getPageHtml', () => pageSource(doc));
}
