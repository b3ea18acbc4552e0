// Where the header ends and the article begins, in the scope's blocks: the top notes between
// them are found by anatomy.ts; this module places the boundaries.
import { findEndAnchor, findTopNotes, type ZoneHit } from './anatomy';
import type { Block } from './dom';
import type { Frame } from './frame';
import { collect, type Rules } from './sites';

export interface Zones {
  top: ZoneHit[];
  /** Index in the blocks of the article's first block, and the block itself. */
  bodyStart: number;
  bodyStartEl: Element | null;
  /** Blocks before the top notes' separator that are no prompt: an editor's preface. */
  preface: Element[];
  /** The body's last few blocks of text, before the end matter: where an in-body bio or a note sits. */
  tail: Set<Element>;
  /** Index in the blocks of the end matter's first block, or -1. */
  endAnchor: number;
}

const overlaps = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);

export function readZones(blocks: Block[], frame: Frame, headerEls: Element[], endEls: Element[], rules: Rules): Zones {
  const start = frame.bodyStart;
  const candidate = start ? blocks.findIndex((b) => overlaps(b.el, start)) : -1;
  if (candidate < 0) return { top: [], bodyStart: -1, bodyStartEl: start, preface: [], tail: new Set(), endAnchor: -1 };
  // The top notes begin after the last header element that comes before the body.
  let from = 0;
  for (let i = 0; i < candidate; i++) if (headerEls.some((h) => overlaps(h, blocks[i].el))) from = i + 1;
  const notes = [...collect(rules, 'notes'), ...collect(rules, 'imageCredit')];
  const isMeta = (el: Element) => headerEls.some((h) => overlaps(h, el)) || notes.some((re) => re.test(blocks.find((b) => b.el === el)?.text ?? ''));
  const top = findTopNotes(blocks, from, candidate, rules, isMeta);
  const bodyStartEl = blocks[top.bodyStart]?.el ?? start;
  const bodyStart = top.bodyStart < blocks.length ? top.bodyStart : candidate;
  // The end matter opens with a line read as a field (copyright, source, notice) or an "About the author" label.
  const about = rules.all.flatMap((s) => s.aboutAuthor);
  const labels = blocks.filter((b) => about.some((re) => re.test(b.text)) && (b.text.length < 60 || b.text.includes(':'))).map((b) => b.el);
  const anchor = findEndAnchor(blocks, bodyStart, rules, new Set([...endEls, ...labels]));
  const before = blocks.slice(bodyStart, anchor < 0 ? blocks.length : anchor).filter((b) => b.text);
  return { top: top.hits, bodyStart, bodyStartEl, preface: top.preface, tail: new Set(before.slice(-5).map((b) => b.el)), endAnchor: anchor };
}
