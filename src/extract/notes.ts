// Editorial matter inside the body that is metadata, not article: notes ("First published
// …", "Translated …", the italic preface), the featured-image credit and an in-body bio.
import { absoluteUrl, type Block } from './dom';
import { DATE_PATTERN, parseDate } from './dates';
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
  originallyPublished: { publisher: string; url: string | null; date: string | null } | null;
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

const ORIGINALLY = /^(?:This article was |It was )?(?:originally|first) (?:published|posted|appeared) (?:on|in|at|by)\s+(.{2,200}?)\.?$/i;

/** "This article was originally published on X [on <date>]": the publisher X (not a date) and its link. */
function originallyPublished(text: string, el: Element, base: string): BodyNotes['originallyPublished'] {
  const m = ORIGINALLY.exec(text);
  if (!m) return null;
  const dated = new RegExp(`^(.{2,120}?)(?:,|\\s+on|\\s+in)?\\s+(${DATE_PATTERN})$`, 'i').exec(m[1]);
  const publisher = trimPunctuation(dated ? dated[1] : m[1]);
  if (!publisher || /^\d{4}$/.test(publisher) || parseDate(publisher) || /\d{4}$/.test(publisher)) return null;
  const a = el.querySelector('a[href]');
  return { publisher, url: a ? absoluteUrl(a.getAttribute('href'), base) : null, date: dated ? parseDate(dated[2]) : null };
}

export function readBodyNotes(blocks: Block[], frame: Frame, authors: Author[], rules: Rules, base: string, before: Element[] = [], bodyTail?: Set<Element>): BodyNotes {
  const notePatterns = collect(rules, 'notes');
  const creditPatterns = collect(rules, 'imageCredit');
  const firstPublishedPatterns = collect(rules, 'firstPublished');
  const out: BodyNotes = { notes: [], credit: null, bio: null, firstPublished: null, originallyPublished: null };
  const container = frame.bodyStart?.parentElement ?? null;
  const bodyBlocks = container ? blocks.filter((b) => b.text && container.contains(b.el)).map((b) => b.el) : [];
  const tail = bodyTail ?? new Set(bodyBlocks.slice(-4));

  // The italic preface: the body's opening paragraphs when they are wholly in italics.
  // Blocks an editor set before the top notes' separator, and the body's opening paragraphs in italics.
  const preface = new Set<Element>(before);
  const start = frame.bodyStart ? bodyBlocks.indexOf(frame.bodyStart) : -1;
  if (start >= 0) {
    for (let i = start; i < bodyBlocks.length - 1 && isItalic(bodyBlocks[i]) && /^(?:P|DIV)$/.test(bodyBlocks[i].tagName); i++) {
      preface.add(bodyBlocks[i]);
    }
  }

  for (const { el, text: raw } of blocks) {
    if (!raw || raw.length > 600) continue;
    // "[First published on …]", "(Originally published …)", "Note: Article originally published in 2014."
    const text = raw.replace(/^(?:[[(]\s*|Note\s*:\s*)/i, '').replace(/[\])]$/, '').trimEnd();
    if (!out.credit && creditPatterns.some((re) => re.test(text))) {
      out.credit = { el, text: raw };
    } else if (preface.has(el) || notePatterns.some((re) => re.test(text))) {
      out.notes.push({ el, text: raw });
      for (const re of firstPublishedPatterns) {
        const m = re.exec(text);
        if (m) out.firstPublished ??= parseDate(m[1]);
      }
      out.originallyPublished ??= originallyPublished(text, el, base);
    } else if (!out.bio && tail.has(el) && isBio(el, text, authors)) {
      out.bio = { el, text };
    }
  }
  return out;
}
