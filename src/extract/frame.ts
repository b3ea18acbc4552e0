// Where the article sits in the page: its title heading, its first real paragraph, the
// container holding both (the scope every other reader searches) and the header zone between.
import { classifyBlock } from './boilerplate';
import { between, commonAncestor, innermostMatch, precedes } from './dom';
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

function findBodyStart(doc: Document, after: Element | null, rules: Rules): Element | null {
  let fallback: Element | null = null;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (after && !precedes(after, p)) continue;
    if (p.closest(OUTSIDE_BODY)) continue;
    const text = textOf(p);
    if (text.length < 40 || classifyBlock(p, text, rules)) continue;
    if (text.length >= 120) return p;
    fallback ??= p;
  }
  return fallback;
}

export function locateFrame(doc: Document, title: string, rules: Rules): Frame {
  const body = doc.body ?? doc.documentElement;
  const anchor = title ? findAnchor(doc, title) : null;
  const bodyStart = findBodyStart(doc, anchor, rules);
  let scope: Element = body;
  if (anchor && bodyStart) scope = commonAncestor(anchor, bodyStart);
  else if (anchor) scope = anchor.parentElement ?? body;
  const header = anchor ? between(Array.from(scope.querySelectorAll('*')), anchor, bodyStart) : [];
  return { anchor, bodyStart, scope, header };
}
