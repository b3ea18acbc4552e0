// The page between the header and the end of the article's container, as zones: the top notes
// (short prompts before the article's first paragraph, often closed by a "***" separator), the
// body, and the end matter (source line, copyright, bio, disclaimer, fair use, related lists,
// closing one-liners about comments, sharing and donations).
//
// A block in the top-notes or end-matter zone is boilerplate when a wording rule knows it
// (`rule: "wording"`), or when its place and shape say so (`rule: "place"`): short, in the
// site's prompt vocabulary, calling on the reader or linking to the site's donation, membership,
// newsletter, social or share pages. Body text is never removed for its place alone: the zones
// end where the article's running text begins and resume where the end matter begins.
import { classifyBlock, type Reach } from './boilerplate';
import type { Block } from './dom';
import type { RemovedKind, RemovedRule } from './record';
import type { Rules } from './sites';
import { textOf } from './text';

export interface ZoneHit {
  el: Element;
  kind: RemovedKind;
  text: string;
  rule: RemovedRule;
}

/** "***", "* * *", "———": the line that closes the top notes. */
const SEPARATOR = /^[*•·~#=_–—-](?:\s{0,3}[*•·~#=_–—-]){2,20}$/;

/** Links that share the page: sharer endpoints, print, a mailto: with a subject. */
const SHARE_HREF =
  /(?:facebook\.com\/sharer|twitter\.com\/(?:share|intent)|x\.com\/intent|t\.me\/share|telegram\.me\/share|reddit\.com\/submit|linkedin\.com\/share|wa\.me\/|whatsapp:|vk\.com\/share|pinterest\.com\/pin|plus\.google\.com\/share|\/print\b|[?&]print=|^mailto:\?|^javascript:)/i;
const DONATE_HREF = /\/(?:donate|donation|donations|faire-un-don|don|support-us|soutenir)\b/i;
const MEMBER_HREF = /\/(?:members?|membership|adhesion|devenez-membre|membre|devenir-membre|join)\b/i;
/** The site's own newsletter, and the social networks the site sends readers to. */
const PROMO_HREF =
  /\/(?:newsletter|newsletter-signup|infolettre|subscribe|abonnement)\b|list-manage\.com|(?:^|\/\/|\.)(?:facebook\.com|fb\.me|twitter\.com|x\.com|t\.me|telegram\.me|instagram\.com|youtube\.com|rumble\.com|bitchute\.com|odysee\.com|gab\.com|vk\.com|truthsocial\.com|gettr\.com|mewe\.com|minds\.com|linkedin\.com)\b/i;

export const isSeparator = (text: string): boolean => text.length <= 80 && SEPARATOR.test(text);

const hrefs = (el: Element): string[] =>
  (el.tagName === 'A' ? [el] : Array.from(el.querySelectorAll('a[href]'))).map((a) => a.getAttribute('href') ?? '');

/** A block that is nothing but links (or linked images) to share, donation, membership or social pages. */
export function promoLinks(el: Element, text: string): RemovedKind | null {
  const links = el.tagName === 'A' ? [el] : Array.from(el.querySelectorAll('a[href]'));
  if (!links.length || text.length > 200) return null;
  const linked = links.map((a) => textOf(a)).join(' ').length;
  // Share bars often add a word or a count outside the links ("Share", "12").
  if (text && linked < text.length * 0.7) return null;
  const all = hrefs(el);
  if (all.every((h) => SHARE_HREF.test(h))) return 'share-prompt';
  if (all.every((h) => DONATE_HREF.test(h))) return 'donation';
  if (all.every((h) => MEMBER_HREF.test(h))) return 'membership';
  if (all.every((h) => SHARE_HREF.test(h) || PROMO_HREF.test(h) || DONATE_HREF.test(h) || MEMBER_HREF.test(h))) return 'top-note';
  return null;
}

const hasPromoLink = (el: Element) => hrefs(el).some((h) => PROMO_HREF.test(h) || DONATE_HREF.test(h) || MEMBER_HREF.test(h));

/** The kind of prompt the words of `text` belong to, by the site's vocabulary. */
export function promptVocabulary(text: string, rules: Rules): RemovedKind | null {
  if (text.length > 600) return null;
  for (const p of rules.prompts) if (p.words.test(text)) return p.kind;
  return null;
}

/** Whether every visible word of the block is emphasised (the site sets its notes in italics or bold). */
function emphasised(el: Element, by = 'em, i, strong, b'): boolean {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!all) return false;
  const em = Array.from(el.querySelectorAll(by)).filter((e) => !e.parentElement?.closest(by));
  return em.reduce((n, e) => n + (e.textContent ?? '').replace(/\s+/g, '').length, 0) >= all * 0.9;
}

/** An editor's preface above the article: in italics, or saying what this article is. */
const isPreface = (b: Block, rules: Rules) =>
  b.text.length >= 30 && (emphasised(b.el, 'em, i') || rules.all.some((s) => s.editorPreface.test(b.text)));

/**
 * A prompt or appeal by its shape: short, in the prompt vocabulary, and addressing the reader
 * (an imperative, "our", the site's own name) or linking to a promotional page. `strict` asks for
 * one more sign (used where the article may already have begun).
 */
export function promptKind(el: Element, text: string, rules: Rules, strict = false): RemovedKind | null {
  const byLinks = promoLinks(el, text);
  if (byLinks) return byLinks;
  if (!text || text.length > (strict ? 500 : 400)) return null;
  const kind = promptVocabulary(text, rules);
  if (!kind) return null;
  const signs = [rules.promptCall.test(text), rules.ownName.test(text), hasPromoLink(el), emphasised(el)].filter(Boolean).length;
  if (signs < (strict ? 2 : 1)) return null;
  // Where the article may be going on, a prompt is prompts throughout: a paragraph that quotes
  // one among as many sentences of its own is body text.
  if (strict) {
    const all = sentences(text);
    const asking = all.filter((s) => promptVocabulary(s, rules)).length;
    if (asking * 2 <= all.length) return null;
  }
  return kind;
}

/** The sentences of a block: split after ".", "!", "?" or "…" before a capital or an opening quote. */
const sentences = (text: string): string[] => text.split(/(?<=[.!?…])\s(?=[\p{Lu}“"«])/u);

/** Text blocks and linked images: what a zone is made of. */
const isMediaLink = (el: Element) => !!el.querySelector('img') && hrefs(el).length > 0;

export interface TopNotes {
  hits: ZoneHit[];
  /** Index in `blocks` of the article's first block. */
  bodyStart: number;
  /** Blocks before a separator that are not prompts: an editor's preface, read as notes. */
  preface: Element[];
}

/**
 * The top notes: from the first block after the header (`from`) to the article's first paragraph
 * (`candidate`, the first long paragraph). A separator not far after the header closes them when
 * everything before it is short; without one, prompts are taken one by one until the text begins.
 */
export function findTopNotes(blocks: Block[], from: number, candidate: number, rules: Rules, isMeta: (el: Element) => boolean): TopNotes {
  const hits: ZoneHit[] = [];
  const preface: Element[] = [];
  const take = (b: Block, kind: RemovedKind, rule: RemovedRule) => hits.push({ el: b.el, kind: kind === 'share-prompt' ? 'top-note' : kind, text: b.text, rule });
  let sep = -1;
  for (let i = from; i < Math.min(blocks.length, from + 14); i++) {
    if (isSeparator(blocks[i].text)) {
      sep = i;
      break;
    }
    if (blocks[i].text.length > 600) break;
  }
  if (sep >= 0) {
    for (let i = from; i <= sep; i++) {
      const b = blocks[i];
      if (isMeta(b.el)) continue;
      const wording = b.text ? classifyBlock(b.el, b.text, rules, 'loose') : null;
      const shape = wording ? null : (promptKind(b.el, b.text, rules) ?? (b.text ? promptVocabulary(b.text, rules) : null));
      if (wording) take(b, wording, 'wording');
      else if (shape) take(b, shape, 'place');
      else if (!b.text && isMediaLink(b.el)) take(b, promoLinks(b.el, '') ?? 'top-note', 'place');
      else if (b.text && isPreface(b, rules)) preface.push(b.el);
    }
    let start = sep + 1;
    while (start < blocks.length && (!blocks[start].text || isMeta(blocks[start].el))) start++;
    return { hits, bodyStart: start, preface };
  }
  let i = from;
  let salutation: Block | null = null;
  const takeWith = (b: Block, kind: RemovedKind, rule: RemovedRule) => {
    if (salutation) take(salutation, kind, 'place');
    salutation = null;
    take(b, kind, rule);
  };
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b.text) {
      if (isMediaLink(b.el) && promoLinks(b.el, '')) take(b, promoLinks(b.el, '')!, 'place');
      continue;
    }
    if (isMeta(b.el)) continue;
    const wording = classifyBlock(b.el, b.text, rules, i < candidate ? 'loose' : 'strict');
    if (wording) {
      takeWith(b, wording, 'wording');
      continue;
    }
    // Before the first long paragraph any prompt goes; from there on it takes two signs.
    const shape = promptKind(b.el, b.text, rules, i >= candidate);
    if (shape) {
      takeWith(b, shape, 'place');
      continue;
    }
    if (i < candidate) {
      // Above the article: an editor's preface (in italics, or by its words) is a note.
      if (isPreface(b, rules)) preface.push(b.el);
      // "Dear Readers," belongs to the appeal it opens, if one follows.
      else if (b.text.length <= 80 && rules.all.some((s) => s.salutation.test(b.text))) salutation = b;
      continue;
    }
    break;
  }
  return { hits, bodyStart: Math.min(i, blocks.length), preface };
}

/** Wording kinds that only ever open the end matter: the article is over when one appears. */
const END_KINDS = new Set<RemovedKind>(['source-line', 'copyright', 'disclaimer', 'fair-use', 'author-box', 'media-inquiries']);

/**
 * The block that opens the end matter: the first, after the body's start, that a wording rule
 * knows as only ever following an article, or that was read as one of those fields (`anchors`).
 */
export function findEndAnchor(blocks: Block[], bodyStart: number, rules: Rules, anchors: Set<Element>): number {
  for (let i = bodyStart + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (anchors.has(b.el) || (b.text && END_KINDS.has(classifyBlock(b.el, b.text, rules)!))) return i;
  }
  return -1;
}

export interface EndMatter {
  hits: ZoneHit[];
  /** Index in `blocks` of the block that opens the end matter, or -1. */
  anchor: number;
}

/**
 * The end matter: everything from the first block that only ever follows an article (the source
 * line, the copyright line, "Articles by:", the disclaimer, …; `anchors` adds the blocks read as
 * those fields) to the end of the container, and the prompts just before it. With no such block,
 * the closing prompts at the very end.
 */
export function findEndMatter(
  blocks: Block[],
  bodyStart: number,
  rules: Rules,
  isMeta: (el: Element) => boolean,
  anchors: Set<Element>,
): EndMatter {
  const hits: ZoneHit[] = [];
  const anchor = findEndAnchor(blocks, bodyStart, rules, anchors);
  // Before the end matter the article may still be going on: a prompt there longer than a line
  // or two takes two signs (a closing paragraph may quote the site's own prompts).
  const classify = (b: Block, reach: Reach): ZoneHit | null => {
    const wording = b.text ? classifyBlock(b.el, b.text, rules, reach) : null;
    if (wording) return { el: b.el, kind: wording, text: b.text, rule: 'wording' };
    const shape = promptKind(b.el, b.text, rules, reach === 'strict' && b.text.length > 200);
    if (shape) return { el: b.el, kind: shape, text: b.text, rule: 'place' };
    return null;
  };
  // Walk back from the end matter (or the end) over prompts, share bars and linked banners.
  const last = anchor < 0 ? blocks.length : anchor;
  const before: ZoneHit[] = [];
  for (let i = last - 1; i > bodyStart; i--) {
    const b = blocks[i];
    if (isMeta(b.el)) continue;
    if (!b.text && !isMediaLink(b.el)) continue;
    const hit = classify(b, 'strict') ?? (!b.text && promoLinks(b.el, '') ? { el: b.el, kind: promoLinks(b.el, '')!, text: '', rule: 'place' as const } : null);
    const related = !hit && relatedList(blocks, i, rules) ? { el: b.el, kind: 'other' as const, text: b.text, rule: 'place' as const } : null;
    if (!hit && !related) break;
    before.unshift((hit ?? related)!);
  }
  hits.push(...before);
  if (anchor >= 0) {
    for (let i = anchor; i < blocks.length; i++) {
      const b = blocks[i];
      if (isMeta(b.el) || (!b.text && !b.el.querySelector('img'))) continue;
      hits.push(classify(b, 'loose') ?? { el: b.el, kind: 'other', text: b.text, rule: 'place' });
    }
  }
  return { hits, anchor };
}

/** Whether block `i` belongs to a list of other articles (under a "Related Articles" heading). */
function relatedList(blocks: Block[], i: number, rules: Rules): boolean {
  for (let j = i; j >= 0 && j > i - 40; j--) {
    if (rules.relatedHeadings.test(blocks[j].text)) return true;
    if (blocks[j].text.length > 300) return false;
  }
  return false;
}
