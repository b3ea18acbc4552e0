// The archived copy a credit or a citation names: the capture the user just made ("Archive
// this page"), else the capture the page was read from (record.capture). Only a copy with its
// own http(s) address on another host counts: a local file or the site's own print view is not
// an archive a reader can follow.
import type { ArticleRecord } from '../extract/record';
import { isoDate } from './dates';
import { safeHref } from './escape';

export interface ArchivedCopy {
  /** "Wayback Machine", "archive.today", … */
  service: string;
  url: string;
  /** ISO "YYYY-MM-DD", or null. */
  capturedAt: string | null;
}

/** A capture just made: its address and when it was made. */
export type JustArchived = { url: string; capturedAt: string | null } | null | undefined;

const ARCHIVES: [RegExp, string][] = [
  [/(^|\.)archive\.org$/, 'Wayback Machine'],
  [/(^|\.)archive\.(?:today|ph|is|li|vn|fo|md)$/, 'archive.today'],
  [/(^|\.)ghostarchive\.org$/, 'Ghostarchive'],
];

/** "Wayback Machine" for a web.archive.org address, else the archive's host name. */
export function archiveService(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return ARCHIVES.find(([re]) => re.test(host))?.[1] ?? host;
}

export function archivedCopyOf(record: ArticleRecord, justArchived: JustArchived): ArchivedCopy | null {
  const articleHost = new URL(record.canonicalUrl || record.url).hostname;
  for (const c of [justArchived, record.capture]) {
    const url = safeHref(c?.url);
    if (!c || !url || new URL(url).hostname === articleHost) continue;
    return { service: archiveService(url), url, capturedAt: isoDate(c.capturedAt) };
  }
  return null;
}
