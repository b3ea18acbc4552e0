import { SITES } from '../extract/sites';

/** Match patterns for every host the core has rules for: the content script's and the host permissions. */
export const SITE_MATCHES: string[] = SITES.flatMap((s) => s.hosts.map((h) => `https://${h}/*`));
