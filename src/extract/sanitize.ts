// The clean article is untrusted page markup: the core builds it anew from allowed parts
// (clean-tree.ts), and every output of it (reader, HTML export, clipboard, the CLI's record)
// goes through DOMPurify with the same allowlist and the one link policy (src/link-policy.ts).
import createDOMPurify, { type DOMPurify, type Config } from 'dompurify';
import { linkHref, webHref } from '../link-policy';
import { ARTICLE_ATTRIBUTES, ARTICLE_TAGS } from './article-allowlist';

export { ARTICLE_ATTRIBUTES, ARTICLE_TAGS } from './article-allowlist';

// No ALLOWED_URI_REGEXP: DOMPurify applies it to every attribute not on its URI-safe list, so
// it stripped width, height, colspan, rowspan, datetime, lang and dir. Addresses go through
// the link policy instead (applyLinkPolicy), DOMPurify's default check stays on for the rest.
export const ARTICLE_CONFIG: Config = {
  ALLOWED_TAGS: ARTICLE_TAGS,
  ALLOWED_ATTR: ARTICLE_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
};
const CONFIG = ARTICLE_CONFIG;

/** The link policy on every address attribute: a link http(s) or a plain mailto:, an image or a quote's source http(s). */
export function applyLinkPolicy(purify: DOMPurify): void {
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const policy = data.attrName === 'href' ? linkHref : data.attrName === 'src' || data.attrName === 'cite' ? webHref : null;
    if (!policy) return;
    const safe = policy(data.attrValue);
    if (safe) data.attrValue = safe;
    else data.keepAttr = false;
  });
}

const instances = new WeakMap<object, DOMPurify>();

/** A window to run DOMPurify in: the document's own, else the global one (content script, popup). */
export function windowFor(doc: Document): Window & typeof globalThis {
  const win = doc.defaultView ?? (typeof window !== 'undefined' ? window : null);
  if (!win) throw new Error('no window to sanitise in');
  return win as Window & typeof globalThis;
}

/**
 * Sanitises `html` (a string: DOMPurify's own inert parser reads it) and returns the clean
 * markup with its parsed tree, so callers read the text without parsing it again.
 */
export function sanitizeHtml(html: string, win: Window & typeof globalThis): { html: string; root: HTMLElement } {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win);
    applyLinkPolicy(purify);
    // Links open outside the page that shows them, without telling the target who sent them.
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    });
    instances.set(win, purify);
  }
  // Where DOMPurify cannot work (a DOM without the APIs it needs, such as linkedom's) it hands
  // the input back unchanged: never let that through as "clean".
  if (!purify.isSupported) throw new Error('DOMPurify cannot sanitise in this DOM');
  const root = purify.sanitize(html, { ...CONFIG, RETURN_DOM: true }) as unknown;
  if (typeof root !== 'object' || root === null || !('innerHTML' in root)) throw new Error('DOMPurify returned no DOM');
  return { html: (root as HTMLElement).innerHTML, root: root as HTMLElement };
}
