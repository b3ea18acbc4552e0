// Recognises the site's boilerplate blocks by their text (and, for bare appeal links, by
// where the link points) and takes them out of the page clone, logging each one.
import { removeAndPrune, type Block } from './dom';
import type { Removed, RemovedKind } from './record';
import type { Rules } from './sites';
import { textOf } from './text';

/** Appeals that are only a link to the donation or membership page. */
const APPEAL_LINKS: { kind: RemovedKind; href: RegExp }[] = [
  { kind: 'donation', href: /\/(?:donate|donation|faire-un-don|don)\b/i },
  { kind: 'membership', href: /\/(?:members|membership|devenez-membre|membre)\b/i },
];

export function classifyBlock(el: Element, text: string, rules: Rules): RemovedKind | null {
  const known = rules.classified.get(text);
  if (known) return known;
  if (known === undefined) {
    // One combined test first: most blocks are article text and match no rule at all.
    const kind = rules.anyBoilerplate.test(text)
      ? (rules.boilerplate.find((r) => !(r.maxLength && text.length > r.maxLength) && r.pattern.test(text))?.kind ?? null)
      : null;
    rules.classified.set(text, kind);
    if (kind) return kind;
  }
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
}

/** Every boilerplate block among `blocks` (in page order), including the author box's bio block. */
export function findBoilerplate(blocks: Block[], rules: Rules): BoilerplateHit[] {
  const hits: BoilerplateHit[] = [];
  const taken = new Set<Element>();
  const about = rules.all.flatMap((s) => s.aboutAuthor);
  for (const { el, text } of blocks) {
    if (taken.has(el) || !text) continue;
    const label = about.map((re) => re.exec(text)).find(Boolean);
    if (label && (text.length < 60 || label[0].includes(':'))) {
      // "About the author:" — the bio follows the label in the same block, or in the blocks after it.
      const bio = [text.slice(label[0].length).trim()];
      const rest: BoilerplateHit[] = [];
      for (let sib = el.nextElementSibling; sib && !bio[0]; sib = sib.nextElementSibling) {
        bio.push(textOf(sib));
        for (const d of [sib, ...Array.from(sib.querySelectorAll('*'))]) taken.add(d);
        rest.push({ el: sib, kind: 'author-box', text: '' });
      }
      const bioText = bio.filter(Boolean).join('\n\n');
      hits.push({ el, kind: 'author-box', text: [label[0].trim(), bioText].join(' ').trim(), bio: bioText || undefined }, ...rest);
      continue;
    }
    const kind = classifyBlock(el, text, rules);
    if (kind) hits.push({ el, kind, text });
  }
  return hits; // leaf blocks come in document order, and so do the hits
}

/** Removes the hits from the page clone and returns their log, in page order. */
export function removeBoilerplate(hits: BoilerplateHit[], stop: Element): Removed[] {
  for (const h of hits) if (h.el.isConnected) removeAndPrune(h.el, stop);
  return hits.filter((h) => h.text).map(({ kind, text }) => ({ kind, text, rule: 'wording' as const }));
}
