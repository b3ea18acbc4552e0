// The clean article, built anew: a fresh inert document receives only the allowed elements of
// the article (article-allowlist.ts), in the HTML namespace, with only the allowed attributes
// and every address through the one link policy. Nothing the page wrote is ever parsed again
// here, so no markup can change meaning on the way (the mutation tricks DOMPurify guards
// against start from re-parsing a string). Elements that are not allowed give up their text;
// those whose content is not text (script, style, svg, math, frames, forms' controls) go whole.
// DOMPurify then sanitises this HTML again at every output (sanitize.ts, the reader, the CLI).
import { linkHref, webHref } from '../link-policy';
import { ARTICLE_ATTRIBUTES, ARTICLE_TAGS } from './article-allowlist';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const TAGS = new Set(ARTICLE_TAGS.map((t) => t.toUpperCase()));
const ATTRIBUTES = new Set(ARTICLE_ATTRIBUTES);
/** Dropped with everything inside them (DOMPurify's FORBID_CONTENTS, and forms' controls). */
const DROP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'NOEMBED', 'NOFRAMES', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED',
  'APPLET', 'AUDIO', 'VIDEO', 'SELECT', 'TEXTAREA', 'BUTTON', 'OPTION', 'TITLE', 'XMP', 'PLAINTEXT', 'HEAD', 'META',
  'LINK', 'BASE', 'CANVAS', 'MAP',
]);

function cleanAttributes(from: Element, to: Element): void {
  for (const { name, value } of Array.from(from.attributes)) {
    const n = name.toLowerCase();
    if (!ATTRIBUTES.has(n)) continue;
    const v = n === 'href' ? linkHref(value) : n === 'src' || n === 'cite' ? webHref(value) : value;
    if (v !== null) to.setAttribute(n, v);
  }
  // Links open outside the page that shows them, without telling the target who sent them.
  if (to.tagName === 'A' && to.hasAttribute('href')) to.setAttribute('rel', 'noopener noreferrer');
}

/** The clean copy of `source`'s content, and its markup. */
export function cleanTree(source: Element): { html: string; root: HTMLElement } {
  // A fresh inert document; where the DOM has none to offer (linkedom), the page clone's own, also inert.
  const doc = source.ownerDocument.implementation?.createHTMLDocument?.('') ?? source.ownerDocument;
  const root = doc.createElement('div');
  // Depth-first with a stack of its own: pages nest tens of thousands deep.
  const stack: [Node, Node][] = Array.from(source.childNodes, (n) => [n, root] as [Node, Node]).reverse();
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    if (node.nodeType === 3) {
      parent.appendChild(doc.createTextNode((node as Text).data));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.namespaceURI !== HTML_NS || DROP.has(el.tagName.toUpperCase())) continue;
    let into = parent;
    if (TAGS.has(el.tagName.toUpperCase())) {
      const copy = doc.createElement(el.tagName.toLowerCase());
      cleanAttributes(el, copy);
      parent.appendChild(copy);
      into = copy;
    }
    const kids = Array.from(el.childNodes);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], into]);
  }
  return { html: root.innerHTML, root };
}
