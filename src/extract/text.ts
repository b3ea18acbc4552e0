// Small text helpers shared by the extraction modules.

/** Collapses every run of white space (including NBSP) to one space and trims. */
export function normalizeSpace(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Normalised text content of a node. */
export function textOf(node: Node | null | undefined): string {
  return normalizeSpace(node?.textContent);
}

/** Strips surrounding punctuation that labels and lists leave behind. */
export function trimPunctuation(s: string): string {
  return s.replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/g, '').trim();
}

export function countWords(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}
