// Recognises the site's boilerplate blocks by their text (and, for bare appeal links, by
// where the link points) and takes them out of the page clone, logging each one.
import { removeAndPrune, type Block } from './dom';
import type { Removed, RemovedKind, RemovedRule } from './record';
import type { Rules } from './sites';
import { textOf } from './text';

/** Appeals that are only a link to the donation or membership page. */
const APPEAL_LINKS: { kind: RemovedKind; href: RegExp }[] = [
  { kind: 'donation', href: /\/(?:donate|donation|faire-un-don|don)\b/i },
  { kind: 'membership', href: /\/(?:members|membership|devenez-membre|membre)\b/i },
];

/**
 * How far a wording rule reaches. `loose` (the top notes before the article, the end matter after
 * it): a rule's phrase anywhere in the block. `strict` (the article's own text): only a rule
 * anchored at the block's start, or a phrase that makes up most of the block — a paragraph that
 * quotes "share this article" or "fair use" mid-sentence is the article's.
 */
export type Reach = 'loose' | 'strict';

function byWording(text: string, rules: Rules): { loose: RemovedKind | null; strict: RemovedKind | null } {
  let known = rules.classified.get(text);
  if (!known) {
    known = { loose: null, strict: null };
    // One combined test first: most blocks are article text and match no rule at all.
    if (rules.anyBoilerplate.test(text)) {
      for (const r of rules.boilerplate) {
        if (r.maxLength && text.length > r.maxLength) continue;
        const m = r.pattern.exec(text);
        if (!m) continue;
        known.loose ??= r.kind;
        if (r.pattern.source.startsWith('^') || m[0].length >= text.length * 0.6) {
          known.strict = r.kind;
          break;
        }
      }
    }
    rules.classified.set(text, known);
  }
  return known;
}

export function classifyBlock(el: Element, text: string, rules: Rules, reach: Reach = 'strict'): RemovedKind | null {
  const kind = byWording(text, rules)[reach];
  if (kind) return kind;
  if (text.length <= 200) {
    const links = Array.from(el.querySelectorAll('a[href]'));
    const linkText = links.map((a) => textOf(a)).join(' ');
    if (links.length && linkText.length >= text.length * 0.8) {
      for (const { kind, href } of APPEAL_LINKS) {
        if (links.every((a) => href.test(a.getAttribute('href') ?? ''))) return kind;
      }
    }
  }
  return null;
}

export interface BoilerplateHit {
  el: Element;
  kind: RemovedKind;
  text: string;
  /** For an "About the author" box: the bio it holds. */
  bio?: string;
  /** How it was recognised (wording, unless a zone rule found it by its place). */
  rule?: RemovedRule;
}

/**
 * Every boilerplate block among `blocks` (in page order), including the author box's bio block.
 * An "About the author" bio runs from its label to the next block of another role: a heading,
 * a label, a line any rule knows, a prompt, or a related-articles list.
 */
export function findBoilerplate(
  blocks: Block[],
  rules: Rules,
  endsBio: (b: Block) => boolean = () => false,
  reach: (i: number) => Reach = () => 'strict',
): BoilerplateHit[] {
  const hits: BoilerplateHit[] = [];
  const about = rules.all.flatMap((s) => s.aboutAuthor);
  for (let i = 0; i < blocks.length; i++) {
    const { el, text } = blocks[i];
    if (!text) continue;
    const label = about.map((re) => re.exec(text)).find(Boolean);
    if (label && (text.length < 60 || label[0].includes(':'))) {
      const bio = [text.slice(label[0].length).trim()].filter(Boolean);
      const rest: BoilerplateHit[] = [];
      let size = bio.join('').length;
      for (let j = i + 1; j < blocks.length && bio.length < 6 && size < 2000; j++) {
        const next = blocks[j];
        if (!next.text || el.contains(next.el)) continue;
        if (/^H[1-6]$/.test(next.el.tagName) || endsBio(next) || classifyBlock(next.el, next.text, rules, 'loose')) break;
        // A label line ("Notes:", "Related:") starts something else.
        if (next.text.length < 60 && /:$/.test(next.text)) break;
        bio.push(next.text);
        size += next.text.length;
        rest.push({ el: next.el, kind: 'author-box', text: '' });
        i = j;
      }
      const bioText = bio.join('\n\n');
      hits.push({ el, kind: 'author-box', text: [label[0].trim(), bioText].join(' ').trim(), bio: bioText || undefined }, ...rest);
      continue;
    }
    const kind = classifyBlock(el, text, rules, reach(i));
    if (kind) hits.push({ el, kind, text });
  }
  return hits; // leaf blocks come in document order, and so do the hits
}

/**
 * The wording hits, plus the zone hits for blocks no wording rule took. A block that a zone found
 * and a wording rule also knows keeps the wording rule's entry (with its bio, for an author box).
 */
export function mergeHits(wording: BoilerplateHit[], zone: BoilerplateHit[]): BoilerplateHit[] {
  const byEl = new Map(wording.map((h) => [h.el, h]));
  const out = [...wording];
  for (const h of zone) {
    if (byEl.has(h.el) || out.some((o) => o.el.contains(h.el) || h.el.contains(o.el))) continue;
    byEl.set(h.el, h);
    out.push(h);
  }
  return out;
}

/** Removes the hits from the page clone and returns their log, in page order. */
export function removeBoilerplate(hits: BoilerplateHit[], stop: Element): Removed[] {
  for (const h of hits) if (h.el.isConnected) removeAndPrune(h.el, stop);
  const log: Removed[] = [];
  for (const { kind, text, rule = 'wording' } of hits) {
    if (!text) continue;
    const last = log[log.length - 1];
    // Unnamed end matter (a related-articles list, its items) is one entry, not one per line.
    if (last && kind === 'other' && rule === 'place' && last.kind === 'other' && last.rule === 'place') last.text += ` ${text}`;
    else log.push({ kind, text, rule });
  }
  return log;
}
