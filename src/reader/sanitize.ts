// The reader page shows the record's article HTML. The content script sanitised it already;
// it crossed a message channel since, so it is sanitised again here (the project's rule:
// clean HTML goes through DOMPurify before it is shown), with the reader's own allowlist:
// text structure, links and images; no script, style, form, frame, handler or id.
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { applyLinkPolicy, ARTICLE_CONFIG } from '../extract/sanitize';

const CONFIG: Config = { ...ARTICLE_CONFIG, RETURN_DOM_FRAGMENT: true };

const instances = new WeakMap<object, DOMPurify>();

function purifier(win: Window & typeof globalThis): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win);
  applyLinkPolicy(purify);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      // The article's links open beside the reader, not in its place.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  instances.set(win, purify);
  return purify;
}

/** The article's HTML as a fragment of clean nodes, ready to append (no string is ever assigned to innerHTML). */
export function sanitizeArticle(html: string, win: Window & typeof globalThis = window): DocumentFragment {
  const purify = purifier(win);
  // DOMPurify hands its input back unchanged where it cannot run: show nothing rather than that.
  if (!purify.isSupported) return win.document.createDocumentFragment();
  return purify.sanitize(html, CONFIG) as unknown as DocumentFragment;
}
