// Where the article first appeared (SPEC.md's originalSource): the publisher line under the
// date, the footer's "The original source of this article is …", or an editorial note.
import type { OriginalSource } from './record';
import { normalizeSpace } from './text';

export interface SourceClues {
  header: { publisher: string; date: string | null; url: string | null } | null;
  footer: { publisher: string; url: string | null } | null;
  firstPublished: string | null;
  originallyPublished: { publisher: string; url: string | null; date?: string | null } | null;
}

/**
 * A Global Research original (the site's own name as publisher) has no link and takes its date
 * from "First published by Global Research on …", else the header's line, else publishedAt.
 * A cross-post takes the publisher line's date and the first link that names the same publisher.
 */
export function originalSource(clues: SourceClues, publishedAt: string | null, ownPublishers: string[]): OriginalSource | null {
  const { header, footer, firstPublished, originallyPublished } = clues;
  const publisher = header?.publisher ?? footer?.publisher ?? originallyPublished?.publisher ?? (firstPublished ? ownPublishers[0] : null);
  if (!publisher) return null;
  const key = normalizeSpace(publisher).toLowerCase();
  if (ownPublishers.some((p) => normalizeSpace(p).toLowerCase() === key)) {
    return { publisher, date: firstPublished ?? header?.date ?? publishedAt, url: null };
  }
  const same = (p?: string) => p !== undefined && normalizeSpace(p).toLowerCase() === key;
  const url =
    (same(header?.publisher) ? header?.url : null) ??
    (same(footer?.publisher) ? footer?.url : null) ??
    (same(originallyPublished?.publisher) ? originallyPublished?.url : null) ??
    header?.url ??
    footer?.url ??
    null;
  const date = same(header?.publisher) ? (header?.date ?? null) : same(originallyPublished?.publisher) ? (originallyPublished?.date ?? null) : null;
  return { publisher, date, url };
}

/** Which clue named the original's publisher (the record's evidence). */
export function sourceClue(clues: SourceClues): string | null {
  if (clues.header) return 'publisher line';
  if (clues.footer) return 'source footer';
  if (clues.originallyPublished) return 'note';
  return clues.firstPublished ? 'first published note' : null;
}
