// The clean article as HTML: a complete, self-contained document (inline CSS, no scripts,
// a CSP that forbids them anyway) with the attribution at the top and the republication
// notice at the end. `content.html` is sanitised again here (DOMPurify, the core's allowlist
// and link policy): it crossed a message channel since the core cleaned it. Every other
// record string is escaped.
//
//   htmlDocument(record, { includeCopyright }) → "<!DOCTYPE html>…"   (download / copy)
//   articleHtml(record, { includeCopyright }) → <header>…<article>…<footer>…  (reader view body)
import type { ArticleRecord } from '../extract/record';
import { SITE_IMAGE_SOURCES } from '../content/site-matches';
import { sanitizeHtml } from '../extract/sanitize';
import { attribution, type AttributionOptions } from './attribution';
import { escapeHtml, safeHref } from './escape';

export interface HtmlDocumentOptions extends AttributionOptions {
  /** The window to sanitise in (the popup's own by default; the CLI passes its jsdom window). */
  window?: Window & typeof globalThis;
}

/** The article's HTML, sanitised again for this output. */
function cleanArticle(record: ArticleRecord, options: HtmlDocumentOptions): string {
  const win = options.window ?? (typeof window !== 'undefined' ? window : undefined);
  if (!win) throw new Error('no window to sanitise the article in');
  return sanitizeHtml(record.content.html, win).html;
}

/**
 * No script, frame, plugin, form or fetch; styles inline only; images over https from the
 * sites' own hosts only. The <img> elements keep their addresses, but an image elsewhere
 * (a read receipt to a third party) is not loaded when the file is opened.
 */
export const DOCUMENT_CSP = `default-src 'none'; img-src ${SITE_IMAGE_SOURCES}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`;

const STYLE = `
  body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font: 1.05rem/1.6 Georgia, "Times New Roman", serif; color: #1d1d1d; background: #fff; }
  h1 { font-size: 1.9rem; line-height: 1.25; margin-bottom: .3rem; }
  .subtitle { font-size: 1.2rem; font-style: italic; color: #444; margin-top: 0; }
  .attribution, .republication { font: .9rem/1.5 system-ui, sans-serif; color: #333; }
  .attribution { border-left: 3px solid #b00; padding: .1rem 0 .1rem .8rem; margin: 1rem 0 2rem; }
  .republication { border-top: 1px solid #ccc; margin-top: 2.5rem; padding-top: 1rem; }
  img { max-width: 100%; height: auto; }
  figure { margin: 1.5rem 0; } figcaption { font-size: .9rem; color: #555; }
  blockquote { margin: 1.2rem 0; padding-left: 1rem; border-left: 3px solid #ddd; color: #333; }
  table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3rem .5rem; }
  a { color: #0645ad; }
`;

/** The document's body: header (title, subtitle, attribution), article, footer (notice). */
export function articleHtml(record: ArticleRecord, options: HtmlDocumentOptions = { includeCopyright: true }): string {
  const subtitle = record.subtitle ? `\n<p class="subtitle">${escapeHtml(record.subtitle)}</p>` : '';
  const notice = record.republication
    ? `\n<footer class="republication">\n<p>${escapeHtml(record.republication.notice)}</p>\n</footer>`
    : '';
  return (
    `<header>\n<h1>${escapeHtml(record.title)}</h1>${subtitle}\n` +
    `<div class="attribution">\n${attribution(record, options).html}\n</div>\n</header>\n` +
    `<article>\n${cleanArticle(record, options)}\n</article>${notice}`
  );
}

function metaTags(record: ArticleRecord): string[] {
  const tags = record.authors.map((a) => `<meta name="author" content="${escapeHtml(a.name)}">`);
  const canonical = safeHref(record.canonicalUrl);
  if (canonical) tags.push(`<link rel="canonical" href="${escapeHtml(canonical)}">`);
  if (record.publishedAt) tags.push(`<meta property="article:published_time" content="${escapeHtml(record.publishedAt)}">`);
  if (record.content.excerpt) tags.push(`<meta name="description" content="${escapeHtml(record.content.excerpt)}">`);
  return tags;
}

export function htmlDocument(record: ArticleRecord, options: HtmlDocumentOptions = { includeCopyright: true }): string {
  const lang = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(record.lang) ? record.lang : 'en';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(record.title)}</title>`,
    ...metaTags(record),
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    articleHtml(record, options),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
