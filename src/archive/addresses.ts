// The archives' addresses: where a capture is asked for, found, and submitted by hand. Pure.

/** The optional host permission behind every archive action (README: why it is optional). */
export const ARCHIVE_ORIGINS = ['https://web.archive.org/*', 'https://archive.org/*'];

/**
 * Wayback captures of the sites' pages, where the Wayback content script runs once allowed
 * (any timestamp, http or https, with or without www.). Written out rather than read from the
 * site profiles, which would weigh 7 KB in the background (a test checks they agree).
 */
export const CAPTURE_MATCHES: string[] = ['globalresearch.ca', 'mondialisation.ca'].map((host) => `https://web.archive.org/web/*/*${host}/*`);

/** Save Page Now: a GET on this address asks the Wayback Machine for a new capture. */
export const saveUrl = (url: string): string => `https://web.archive.org/save/${url}`;

/** The availability API: the capture nearest `date` ("YYYY-MM-DD"), or the newest without one. */
export function availabilityUrl(url: string, date: string | null): string {
  const q = new URLSearchParams({ url });
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) q.set('timestamp', date.replaceAll('-', ''));
  return `https://archive.org/wayback/available?${q}`;
}

/** archive.today has no API: its submission page, which the user's own tab opens. */
export const archiveTodayUrl = (url: string): string => `https://archive.today/?run=1&url=${encodeURIComponent(url)}`;
