// The article body: Readability over the page clone once the header, boilerplate and
// editorial notes are out, then the last clean-ups before sanitising.
import Readability from '@mozilla/readability/Readability.js';
import { absoluteUrl, isEmpty } from './dom';
import { textOf } from './text';

/** Paragraphs the site indents by hand (style="padding-left: 30px") are quotations. */
export function markIndentedQuotes(root: Element): void {
  for (const p of Array.from(root.querySelectorAll('p[style]'))) {
    const m = /(?:padding|margin)-left\s*:\s*(\d+)/i.exec(p.getAttribute('style') ?? '');
    if (!m || Number(m[1]) < 20 || p.closest('blockquote')) continue;
    const quote = p.ownerDocument.createElement('blockquote');
    p.replaceWith(quote);
    quote.append(p);
  }
}

/** Strips what is never article content before Readability looks at the page. */
export function dropNonContent(doc: Document): void {
  const junk = 'script, style, noscript, template, select, textarea, input, button, iframe, object, embed, link, meta, svg';
  for (const el of Array.from(doc.body?.querySelectorAll(junk) ?? [])) el.remove();
  // Never kept, and Readability reads them with quadratic patterns (srcset; a lazy image's
  // other attributes, which it copies to src or srcset): 80 KB of either froze a tab.
  for (const el of Array.from(doc.body?.querySelectorAll('[srcset], [sizes], img, picture, figure, source') ?? [])) {
    for (const { name, value } of Array.from(el.attributes)) if (name === 'srcset' || name === 'sizes' || value.length > 2048) el.removeAttribute(name);
  }
}

/** Runs Readability on `doc` (a clone it may change) and returns the article element, or null. */
export function readArticle(doc: Document): Element | null {
  try {
    const parsed = new Readability<Element>(doc, {
      serializer: (n) => n as Element,
      disableJSONLD: true,
      charThreshold: 250,
      // Past this many elements Readability's scoring gets slow; the caller then keeps the
      // article's container as it is (already cleaned of boilerplate).
      maxElemsToParse: 20_000,
    }).parse();
    return parsed?.content ?? null;
  } catch {
    return null;
  }
}

/** Absolute links and image sources; drops empty leftovers (share anchors, spacer divs). */
export function tidyArticle(root: Element, base: string): void {
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const raw = a.getAttribute('href')?.trim() ?? '';
    const href = raw.startsWith('#') ? null : absoluteUrl(raw, base);
    // A link that goes nowhere (or runs script) keeps its words and loses the link.
    if (href && /^(?:https?|mailto):/i.test(href)) a.setAttribute('href', href);
    else a.replaceWith(...Array.from(a.childNodes));
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const raw = img.getAttribute('src') || img.getAttribute('data-src') || '';
    const src = absoluteUrl(raw, base);
    // A bare relative name ("x") is a broken or booby-trapped image, not an illustration.
    const plausible = /^(?:https?:)?\/\//i.test(raw) || /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i.test(raw);
    if (src && /^https?:/i.test(src) && plausible) img.setAttribute('src', src);
    else img.remove();
  }
  for (const el of Array.from(root.querySelectorAll('a, span, div, p, section, li, ul, ol, figure, strong, em, b, i'))) {
    if (el.isConnected && isEmpty(el)) el.remove();
  }
}

/** The image that opens the article, before any paragraph of text: its lead image. */
export function leadImage(root: Element): string | null {
  for (const el of Array.from(root.querySelectorAll('img, p, h2, h3, li, blockquote'))) {
    if (el.tagName === 'IMG') return el.getAttribute('src');
    if (textOf(el)) return null;
  }
  return null;
}

/**
 * The article's lead image when it stands between the title and the first paragraph: a real
 * picture (not an icon, a share button or a linked banner), with a plausible address.
 */
export function headerImage(header: Element[], base: string): string | null {
  for (const img of header) {
    if (img.tagName !== 'IMG') continue;
    const small = ['width', 'height'].some((a) => Number(img.getAttribute(a) || 999) < 100);
    if (small || img.closest('a[href]')) continue;
    const raw = img.getAttribute('src') || img.getAttribute('data-src') || '';
    const src = absoluteUrl(raw, base);
    if (src && /^https?:/i.test(src) && /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(raw)) return src;
  }
  return null;
}

/** Readability wraps the article in anonymous divs: the markup starts at the first real level. */
export function innermost(root: Element): Element {
  let el = root;
  while (el.children.length === 1 && el.children[0].tagName === 'DIV' && !Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim())) {
    el = el.children[0];
  }
  return el;
}
