// Where the article sits in the page: its title heading, its first real paragraph, the
// container holding both (the scope every other reader searches) and the header zone between.
import { classifyBlock } from './boilerplate';
import { DATE_PATTERN } from './dates';
import { bylinePrefix } from './header';
import { between, commonAncestor, following, innermostMatch, isBlock } from './dom';
import { collect } from './sites';
import type { Rules } from './sites';
import { normalizeSpace, textOf } from './text';

export interface Frame {
  /** The heading that carries the title, or null when the page has none. */
  anchor: Element | null;
  /** The first paragraph of the article body. */
  bodyStart: Element | null;
  /** The element holding the title and the body: metadata and boilerplate are looked for here. */
  scope: Element;
  /** Elements after the title and before the body: byline, dates, source line, tags. */
  header: Element[];
}

const OUTSIDE_BODY = 'li, nav, aside, header, footer, form, figcaption, blockquote';

function findAnchor(doc: Document, title: string): Element | null {
  const want = normalizeSpace(title).toLowerCase();
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'));
  const exact = headings.find((h) => textOf(h).toLowerCase() === want);
  if (exact) return exact;
  // A heading that holds the title with extra words (a kicker, a site prefix).
  const loose = want.length > 10 ? headings.find((h) => textOf(h).toLowerCase().includes(want)) : undefined;
  if (loose) return loose;
  // Old table layouts set the title in a styled <span>, <b> or <td>: the innermost element that says exactly it.
  return innermostMatch(
    doc.body?.querySelectorAll('*') ?? [],
    (el) => (el.textContent ?? '').length <= want.length * 2 + 40 && !el.closest('a, li, option') && textOf(el).toLowerCase() === want,
  );
}

const BLOCKISH = 'p,div,td,th,li,dd,section,article,blockquote,pre,table,ul,ol,h1,h2,h3,h4,h5,h6,figure,header,footer,aside,nav,form,dl';

/** How much of a block's text is link text. */
function linkDensity(el: Element, text: string): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  return text.length ? linked / text.length : 0;
}

/**
 * A block of the article's header rather than its text: a byline, a "Global Research, <date>"
 * line, a line of tags, or several of them set in one block with <br>.
 */
export function headerLike(text: string, rules: Rules): boolean {
  const own = collect(rules, 'ownPublishers').map(escape).join('|');
  const labels = rules.all.flatMap((s) => Object.values(s.labels).flat()).map(escape).join('|');
  return (
    bylinePrefix(rules).test(text) ||
    new RegExp(`(?:${own})\\s*,\\s*${DATE_PATTERN}`, 'i').test(text.slice(0, 300)) ||
    new RegExp(`^(?:${labels})\\s*:`, 'i').test(text)
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The article's first paragraph: walking forward from the title, the first block of running text
 * (a paragraph, or a div or cell of text in other layouts) that is long, not mostly links, not a
 * header line and not a line any boilerplate rule knows; else the first shorter one.
 */
function findBodyStart(doc: Document, after: Element | null, rules: Rules): Element | null {
  const root = doc.body ?? doc.documentElement;
  // Walk forward from the title rather than comparing positions: cheap on any page size.
  const candidates = after ? following(after) : root.querySelectorAll('*');
  let fallback: Element | null = null;
  for (const el of candidates) {
    if (el.tagName !== 'P' && (!isBlock(el) || el.querySelector(BLOCKISH))) continue;
    if (el.closest(OUTSIDE_BODY)) continue;
    const text = textOf(el);
    if (text.length < 40 || linkDensity(el, text) > 0.5 || classifyBlock(el, text, rules) || headerLike(text, rules)) continue;
    if (text.length >= 120) return el;
    fallback ??= el;
  }
  return fallback;
}

/** The heading (or, in old layouts, any element) that shows one of the candidate titles. */
function findTitle(doc: Document, candidates: string[]): { title: string; anchor: Element | null } {
  for (const title of candidates) {
    const anchor = findAnchor(doc, title);
    if (anchor) return { title, anchor };
  }
  // Old <title>s add the byline or a section: "The Title - by Author". Try what precedes each separator.
  for (const candidate of candidates) {
    const cuts = [...candidate.matchAll(/\s[-–—|:]\s/g)].map((m) => candidate.slice(0, m.index).trim()).reverse();
    for (const title of cuts.filter((t) => t.length >= 10)) {
      const anchor = findAnchor(doc, title);
      if (anchor) return { title, anchor };
    }
  }
  // The metadata disagrees with the page: trust the page's only visible title heading.
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => textOf(h) && !/screen-reader|sr-only|visually-hidden/.test(h.className));
  if (h1s.length === 1) return { title: textOf(h1s[0]), anchor: h1s[0] };
  return { title: candidates[0] ?? '', anchor: null };
}

export function locateFrame(doc: Document, candidates: string[], rules: Rules): Frame & { title: string } {
  const body = doc.body ?? doc.documentElement;
  const { title, anchor } = findTitle(doc, candidates);
  const bodyStart = findBodyStart(doc, anchor, rules);
  let scope: Element = body;
  if (anchor && bodyStart) scope = commonAncestor(anchor, bodyStart);
  else if (anchor) scope = anchor.parentElement ?? body;
  let header: Element[] = [];
  if (anchor && bodyStart?.contains(anchor)) {
    // Title and text share one block (a table cell): the header is what follows the title closely.
    header = between(Array.from(scope.querySelectorAll('*')), anchor, null).slice(0, 60);
  } else if (anchor) {
    header = between(Array.from(scope.querySelectorAll('*')), anchor, bodyStart);
    // A header paragraph of lines set with <br> (byline, date line, tags) becomes one paragraph a line.
    if (header.some((e) => e.tagName === 'P' && e.querySelector(':scope > br'))) {
      for (const p of header.filter((e) => e.tagName === 'P' && e.querySelector(':scope > br'))) splitLines(p);
      header = between(Array.from(scope.querySelectorAll('*')), anchor, bodyStart);
    }
  }
  return { title, anchor, bodyStart, scope, header };
}

/** Replaces a paragraph of <br>-separated lines with one paragraph per line. */
function splitLines(p: Element): void {
  const doc = p.ownerDocument;
  const lines: Node[][] = [[]];
  for (const n of Array.from(p.childNodes)) {
    if (n.nodeType === 1 && (n as Element).tagName === 'BR') lines.push([]);
    else lines[lines.length - 1].push(n);
  }
  const paras = lines
    .filter((l) => l.some((n) => /\S/.test(n.textContent ?? '')))
    .map((l) => {
      const q = doc.createElement('p');
      q.append(...l);
      return q;
    });
  p.replaceWith(...paras);
}
