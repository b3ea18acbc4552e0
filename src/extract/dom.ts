// DOM helpers that every extraction module leans on. Pure functions over a Node.
import { normalizeSpace } from './text';

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);

const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(',');

export const isBlock = (el: Element): boolean => BLOCK_TAGS.has(el.tagName.toUpperCase());

/** Block elements under `root` that hold no other block: the paragraphs, lines and cells a reader sees. */
export function leafBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  const hasBlockChild = new Set<Element>();
  for (const el of all) {
    for (let p = el.parentElement; p && p !== root.parentElement; p = p.parentElement) {
      if (isBlock(p)) {
        hasBlockChild.add(p);
        break;
      }
    }
  }
  return all.filter((el) => !hasBlockChild.has(el));
}

/** A leaf block and its normalised text, read once and shared by every reader of the page. */
export interface Block {
  el: Element;
  text: string;
}

export function readBlocks(root: Element): Block[] {
  return leafBlocks(root).map((el) => ({ el, text: normalizeSpace(el.textContent) }));
}

/** True when `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING (the constant is not on Node in every runtime)
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

export function contains(ancestor: Node, node: Node): boolean {
  return ancestor === node || ancestor.contains(node);
}

/** The lowest element containing both nodes. */
export function commonAncestor(a: Element, b: Element): Element {
  for (let p: Element | null = a; p; p = p.parentElement) if (p.contains(b)) return p;
  return a.ownerDocument.documentElement;
}

/**
 * Elements of `list` (in document order) after `start` and before `end`, leaving out the
 * descendants of `start` and the ancestors of `end`. Index-based: comparing positions node by
 * node is quadratic on pages with very many siblings.
 */
export function between<T extends Element>(list: T[], start: Element, end: Element | null): T[] {
  const from = list.indexOf(start as T);
  const to = end ? list.indexOf(end as T) : list.length;
  if (from < 0 || to < 0) return [];
  return list.slice(from + 1, to).filter((n) => !start.contains(n) && !(end && n.contains(end)));
}

/** Elements after `start` in document order (not its descendants), lazily. */
export function* following(start: Element): Generator<Element> {
  for (let el = afterSubtree(start); el; el = el.firstElementChild ?? afterSubtree(el)) yield el;
}

function afterSubtree(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}

/** The innermost element of the first nest (in document order) of `list` that passes `test`. */
export function innermostMatch(list: Iterable<Element>, test: (el: Element) => boolean): Element | null {
  let found: Element | null = null;
  for (const el of list) {
    if (found && !found.contains(el)) break;
    if (test(el)) found = el; // in document order, each later hit lies inside the last one
  }
  return found;
}

/** Removes `el`, then every ancestor (below `stop`) that is left with no text and no media. */
export function removeAndPrune(el: Element, stop: Element): void {
  let parent: Element | null = el.parentElement;
  el.remove();
  while (parent && parent !== stop && stop.contains(parent) && isEmpty(parent)) {
    const next: Element | null = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

const MEDIA = 'img,picture,video,audio,iframe,svg,table,hr';

export function isEmpty(el: Element): boolean {
  return !hasText(el) && !el.querySelector(MEDIA) && !el.matches(MEDIA);
}

/** Whether any text node under `node` has a visible character: stops at the first one. */
function hasText(node: Node): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 ? /\S/.test(c.nodeValue ?? '') : c.nodeType === 1 && hasText(c)) return true;
  }
  return false;
}

/** The absolute form of a possibly relative URL, or null when it cannot be resolved. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}
