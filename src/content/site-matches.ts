import { SITES } from '../extract/sites';

/** Match patterns for every host the core has rules for: the content script's and the host permissions. */
export const SITE_MATCHES: string[] = SITES.flatMap((s) => s.hosts.map((h) => `https://${h}/*`));

/** CSP sources for the sites' own images, https only: "https://globalresearch.ca https://www.globalresearch.ca …". */
export const SITE_IMAGE_SOURCES: string = SITES.flatMap((s) => s.hosts.map((h) => `https://${h}`)).join(' ');
