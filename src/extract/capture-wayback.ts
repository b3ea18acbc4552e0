// Wayback Machine captures: the page as the site served it (the toolbar and its scripts taken
// out, every rewritten link pointing at its original again). Addresses: wayback-address.ts.
//
// What a capture holds, as web.archive.org serves it: in <head>, its scripts from /_static/
// (bundle-playback.js, wombat.js, ruffle.js), archive.org's analytics.js, an inline
// `__wm.init(…); __wm.wombat("<original>","<timestamp>",…)`, banner-styles.css and
// iconochive.css, then `<!-- End Wayback Rewrite JS Include -->`; in <body>, the toolbar
// between `<!-- BEGIN WAYBACK TOOLBAR INSERT -->` and `<!-- END WAYBACK TOOLBAR INSERT -->`
// (div#wm-ipp-base, div#wm-ipp-print "The Wayback Machine - <capture address>", __wm.bt(…));
// after </html>, the "FILE ARCHIVED ON … AND RETRIEVED FROM THE INTERNET ARCHIVE ON …" and
// "playback timings" comments. Links become `/web/<ts>/<original>`, images `/web/<ts>im_/…`,
// scripts `js_`, stylesheets `cs_`, frames `if_`; meta tags and script strings get the absolute
// `https://web.archive.org/web/<ts>…/` form.
import { originalUrl, timestampIso, waybackAddress, type WaybackAddress } from './wayback-address';

export { captureUrl, timestampIso, waybackAddress, type WaybackAddress } from './wayback-address';

const HOSTS = '(?:web|wayback)\\.archive\\.org';
// A rewritten reference in an attribute: absolute, scheme-relative or root-relative.
const REWRITTEN = new RegExp(`^(?:(?:https?:)?//${HOSTS})?/web/\\d{1,14}(?:[a-z]{2}_)?/(\\S+)$`, 'i');
// The same prefix inside JSON-LD text, slashes possibly escaped.
const REWRITTEN_IN_JSON = new RegExp(`(?:https?:)?\\\\?/\\\\?/${HOSTS}\\\\?/web\\\\?/\\d{1,14}(?:[a-z]{2}_)?\\\\?/`, 'gi');

const TOOLBAR_IDS = ['wm-ipp-base', 'wm-ipp', 'wm-ipp-print', 'donato'];

/** The capture a saved copy of a Wayback page comes from, read from Wayback's own markup. */
export function waybackInMarkup(doc: Document): WaybackAddress | null {
  if (!TOOLBAR_IDS.some((id) => doc.getElementById(id)) && !toolbarComments(doc).length) return null;
  const print = doc.getElementById('wm-ipp-print')?.textContent ?? '';
  const printed = /^\s*The Wayback Machine - (\S{1,4096})\s*$/.exec(print);
  if (printed) {
    const w = waybackAddress(printed[1]);
    if (w) return w;
  }
  for (const s of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 40)) {
    const m = /__wm\.wombat\(\s*"([^"\s]{1,4096})"\s*,\s*"(\d{14})"/.exec((s.textContent ?? '').slice(0, 4096));
    const original = m && originalUrl(m[1]);
    if (m && original && timestampIso(m[2])) return { timestamp: m[2], original };
  }
  return null;
}

function comments(doc: Document): Comment[] {
  const out: Comment[] = [];
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Comment);
  return out;
}

const toolbarComments = (doc: Document) => comments(doc).filter((c) => /WAYBACK TOOLBAR INSERT/.test(c.data));

const WAYBACK_COMMENT = /WAYBACK TOOLBAR INSERT|Wayback Rewrite JS Include|FILE ARCHIVED ON|playback timings/;
const WAYBACK_SCRIPT = /^(?:(?:https?:)?\/\/(?:web|web-static|wayback)\.archive\.org)?\/_static\/|\/\/archive\.org\/includes\/analytics\.js/i;

/** Takes Wayback's toolbar, scripts, stylesheets and comments out of `doc`. */
function removeToolbar(doc: Document): void {
  const all = comments(doc);
  const begin = all.find((c) => /BEGIN WAYBACK TOOLBAR INSERT/.test(c.data));
  const end = all.find((c) => /END WAYBACK TOOLBAR INSERT/.test(c.data));
  if (begin && end && begin.parentNode === end.parentNode) {
    while (begin.nextSibling && begin.nextSibling !== end) begin.nextSibling.remove();
  }
  for (const c of all) if (WAYBACK_COMMENT.test(c.data)) c.remove();
  for (const id of TOOLBAR_IDS) doc.getElementById(id)?.remove();
  for (const el of Array.from(doc.querySelectorAll('script[src], link[href]'))) {
    if (WAYBACK_SCRIPT.test(el.getAttribute('src') ?? el.getAttribute('href') ?? '')) el.remove();
  }
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    if (/__wm\.|archive_analytics|RufflePlayer/.test((s.textContent ?? '').slice(0, 4096))) s.remove();
  }
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data', 'content', 'cite', 'background', 'data-src', 'data-lazy-src'];

const unrewrite = (value: string): string => REWRITTEN.exec(value.trim())?.[1] ?? value;

/** Every `/web/<ts>…/<original>` reference in `doc` back to `<original>`. */
function restoreLinks(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const name of URL_ATTRIBUTES) {
      const v = el.getAttribute(name);
      if (v && v.includes('/web/')) el.setAttribute(name, unrewrite(v));
    }
    const set = el.getAttribute('srcset');
    if (set?.includes('/web/')) {
      el.setAttribute('srcset', set.split(/,\s+/).map((c) => c.replace(/^\s*(\S+)/, (u) => unrewrite(u))).join(', '));
    }
  }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (s.textContent?.includes('archive.org')) s.textContent = s.textContent.replace(REWRITTEN_IN_JSON, '');
  }
}

/**
 * A clone of the capture as the site served it: toolbar out, links restored, and a <base> at
 * the original address so what Wayback left relative resolves as it did on the site.
 */
export function unwrapCapture(doc: Document, original: string): Document {
  const copy = doc.cloneNode(true) as Document;
  // A clone has no window of its own; the core sanitises in its document's window (sanitize.ts).
  if (doc.defaultView) Object.defineProperty(copy, 'defaultView', { value: doc.defaultView });
  removeToolbar(copy);
  restoreLinks(copy);
  if (copy.head) {
    for (const b of Array.from(copy.querySelectorAll('base'))) b.remove();
    const base = copy.createElement('base');
    base.setAttribute('href', original);
    copy.head.prepend(base);
  }
  return copy;
}
