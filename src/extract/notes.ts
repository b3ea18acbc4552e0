// Editorial matter inside the body that is metadata, not article: notes ("First published
// …", "Translated …", the italic preface), the featured-image credit and an in-body bio.
import { absoluteUrl, type Block } from './dom';
import { parseDate } from './dates';
import type { Frame } from './frame';
import type { Author } from './record';
import { collect, type Rules } from './sites';
import { textOf, trimPunctuation } from './text';

export interface BodyNotes {
  notes: { el: Element; text: string }[];
  credit: { el: Element; text: string } | null;
  bio: { el: Element; text: string } | null;
  /** Date given by "First published by Global Research on …". */
  firstPublished: string | null;
  /** Publisher named by "This article was originally published on …". */
  originallyPublished: { publisher: string; url: string | null } | null;
}

/** True when every visible word of `el` sits inside <em>/<i> (an editor's italic note). */
export function isItalic(el: Element): boolean {
  let italic = 0;
  let plain = 0;
  const walk = (node: Node, inEm: boolean) => {
    for (const c of Array.from(node.childNodes)) {
      if (c.nodeType === 3) {
        const n = (c.nodeValue ?? '').replace(/\s+/g, '').length;
        if (inEm) italic += n;
        else plain += n;
      } else if (c.nodeType === 1) walk(c, inEm || /^(?:EM|I)$/.test((c as Element).tagName));
    }
  };
  walk(el, false);
  return italic > 0 && plain <= 2;
}

const BIO_AFTER_NAME = /^(?:\s*[:,–—-]|\s+(?:is|was|est|a été|était|writes|teaches)\b)/i;

function isBio(el: Element, text: string, authors: Author[]): boolean {
  for (const { name } of authors) {
    const bare = name.replace(/^(?:Prof(?:essor)?|Dr|Mr|Mrs|Ms|Col|Rev|Sen)\.?\s+/i, '');
    for (const n of new Set([name, bare])) {
      if (n.length < 4 || !text.startsWith(n)) continue;
      const lead = el.querySelector('strong, b');
      const marked = isItalic(el) || (lead !== null && textOf(lead) === n);
      if (marked && BIO_AFTER_NAME.test(text.slice(n.length))) return true;
    }
  }
  return false;
}

export function readBodyNotes(blocks: Block[], frame: Frame, authors: Author[], rules: Rules, base: string): BodyNotes {
  const notePatterns = collect(rules, 'notes');
  const creditPatterns = collect(rules, 'imageCredit');
  const firstPublishedPatterns = collect(rules, 'firstPublished');
  const out: BodyNotes = { notes: [], credit: null, bio: null, firstPublished: null, originallyPublished: null };
  const container = frame.bodyStart?.parentElement ?? null;
  const bodyBlocks = container ? blocks.filter((b) => b.text && container.contains(b.el)).map((b) => b.el) : [];
  const tail = new Set(bodyBlocks.slice(-4));

  // The italic preface: the body's opening paragraphs when they are wholly in italics.
  const preface = new Set<Element>();
  const start = frame.bodyStart ? bodyBlocks.indexOf(frame.bodyStart) : -1;
  if (start >= 0) {
    for (let i = start; i < bodyBlocks.length - 1 && isItalic(bodyBlocks[i]) && bodyBlocks[i].tagName === 'P'; i++) {
      preface.add(bodyBlocks[i]);
    }
  }

  for (const { el, text } of blocks) {
    if (!text || text.length > 600) continue;
    if (!out.credit && creditPatterns.some((re) => re.test(text))) {
      out.credit = { el, text };
    } else if (preface.has(el) || notePatterns.some((re) => re.test(text))) {
      out.notes.push({ el, text });
      for (const re of firstPublishedPatterns) {
        const m = re.exec(text);
        if (m) out.firstPublished ??= parseDate(m[1]);
      }
      const orig = /^(?:This article was )?(?:originally|first) (?:published|posted|appeared) (?:on|in|at|by)\s+(\S.*?)\.?$/i.exec(text);
      if (orig && !out.originallyPublished && !/\d{4}$/.test(orig[1])) {
        const a = el.querySelector('a[href]');
        out.originallyPublished = { publisher: trimPunctuation(orig[1]), url: a ? absoluteUrl(a.getAttribute('href'), base) : null };
      }
    } else if (!out.bio && tail.has(el) && isBio(el, text, authors)) {
      out.bio = { el, text };
    }
  }
  return out;
}
