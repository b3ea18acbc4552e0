// Small text helpers shared by the extraction modules.

/**
 * The most text any rule reads from one block, title or label (longer than any real
 * paragraph, notice or bio of these sites): page text is cut to this where it is first read,
 * so no pattern ever runs over a whole crafted page. The article body itself is read elsewhere
 * (content-text.ts) and is not cut.
 */
export const MAX_TEXT = 10_000;

/** Collapses every run of white space (including NBSP) to one space, trims, and keeps at most MAX_TEXT characters. */
export function normalizeSpace(s: string | null | undefined): string {
  const text = (s ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
  if (text.length <= MAX_TEXT) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[MAX_TEXT - 1]) ? MAX_TEXT - 1 : MAX_TEXT; // never half a surrogate pair
  return text.slice(0, cut).trimEnd();
}

/** Normalised text content of a node. */
export function textOf(node: Node | null | undefined): string {
  return normalizeSpace(node?.textContent);
}

/** Strips surrounding punctuation that labels and lists leave behind (a "." only at the start). */
export function trimPunctuation(s: string): string {
  // The look-behind starts the trailing run only where a run starts: /[…]+$/ alone retries
  // from every position of a long run that is not at the end (quadratic).
  return s.replace(/^[\s,;:.–—-]+|(?<![\s,;:–—-])[\s,;:–—-]+$/g, '').trim();
}

export function countWords(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}
