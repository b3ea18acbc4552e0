// The site's print view (the article's address with `?print=1`), and what every kind of copy
// shares: its shape, and the record it makes. Small on purpose: it is all of capture reading
// that the site's content script carries (capture.ts has the rest, for the CLI and Wayback).
import type { ArticleRecord, Capture } from './record';

export interface PageCopy {
  /** What to read: the page itself, or for a Wayback capture a clone of it as the site served it. */
  doc: Document;
  /** The article's own address. */
  url: string;
  capture: Capture;
}

/** Tells extract() whether the page is a copy, and of what. */
export type CopyReader = (doc: Document, url: string) => PageCopy | null;

const isPrintView = (url: string): boolean => {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && u.searchParams.get('print') === '1';
  } catch {
    return false;
  }
};

/** The address without the print view's `print=1` (other parameters kept). */
export function articleAddress(url: string): string {
  if (!isPrintView(url)) return url;
  const u = new URL(url);
  u.searchParams.delete('print');
  return u.href;
}

export const readPrintView: CopyReader = (doc, url) =>
  isPrintView(url) ? { doc, url: articleAddress(url), capture: { service: 'Print view', url, capturedAt: null } } : null;

/** The record with its capture, and its canonical address without the print view's `?print=1`. */
export function withCapture(record: ArticleRecord, copy: PageCopy): ArticleRecord {
  return { ...record, canonicalUrl: articleAddress(record.canonicalUrl), capture: copy.capture };
}
