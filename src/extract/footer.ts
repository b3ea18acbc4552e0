// The lines after the article: "The original source of this article is …", the copyright
// line, and the republication notice inside the disclaimer.
import { absoluteUrl, type Block } from './dom';
import { findEmail } from './email';
import type { Copyright, Republication } from './record';
import { collect, type Rules } from './sites';
import { normalizeSpace, trimPunctuation } from './text';

const COPYRIGHT = /^(?:©\s*Copyright|Copyright\s*©|Copyright|©)\s+(\S.*),\s*(\d{4})\s*\.?$/i;

/** "Copyright © A, B and C, Publisher , 2018" → holders, publisher and year. */
export function parseCopyright(line: string): Copyright | null {
  const text = normalizeSpace(line);
  const m = COPYRIGHT.exec(text);
  if (!m) return null;
  const names = m[1].trimEnd().replace(/,$/, '').trimEnd();
  const cut = names.lastIndexOf(',');
  const publisher = trimPunctuation(cut < 0 ? names : names.slice(cut + 1)) || null;
  const holders =
    cut < 0
      ? []
      : names
          .slice(0, cut)
          .split(/,|\s(?:and|et|&)\s/i)
          .map(trimPunctuation)
          .filter(Boolean);
  return { text, holders, publisher, year: Number(m[2]) };
}

export function readCopyright(blocks: Block[]): { el: Element; copyright: Copyright } | null {
  for (const { el, text } of blocks) {
    if (text.length > 400) continue;
    const copyright = parseCopyright(text);
    if (copyright) return { el, copyright };
  }
  return null;
}

/** "The original source of this article is X" → X, with its link when X is one. */
export function readSourceFooter(blocks: Block[], rules: Rules, base: string) {
  const prefixes = collect(rules, 'originalSourcePrefixes');
  for (const { el, text } of blocks) {
    const re = prefixes.find((p) => p.test(text));
    if (!re || text.length > 400) continue;
    const publisher = trimPunctuation(text.replace(re, '')).replace(/\.$/, '');
    if (!publisher) continue;
    const a = Array.from(el.querySelectorAll('a[href]')).find((x) => /^https?:/i.test(absoluteUrl(x.getAttribute('href'), base) ?? ''));
    return { el, publisher, url: a ? absoluteUrl(a.getAttribute('href'), base) : null };
  }
  return null;
}

/** The notice from the sentence that grants permission to the end of its paragraph. */
export function readRepublication(blocks: Block[], rules: Rules): { el: Element; republication: Republication } | null {
  const starts = collect(rules, 'republicationStart');
  // The last block that grants permission: the notice closes the page, an article may quote it before.
  for (const { el, text } of [...blocks].reverse()) {
    const m = starts.map((re) => re.exec(text)).find(Boolean);
    if (!m) continue;
    const before = text.slice(0, m.index);
    let start = 0;
    for (const b of before.matchAll(/[.!?]["”»)]?\s+/g)) start = (b.index ?? 0) + b[0].length;
    const notice = text.slice(start).trim();
    const mailto = el.querySelector('a[href^="mailto:"]')?.getAttribute('href')?.slice(7).split('?')[0];
    const contact = findEmail(notice) ?? (mailto ? decodeURIComponent(mailto) : null);
    return { el, republication: { notice, contact } };
  }
  return null;
}
