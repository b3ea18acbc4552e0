// What the popup needs to know about the sites, read from the core's site profiles (data only:
// importing them brings no Readability into the popup).
import { SITES, siteForHost } from '../extract/sites';

/** True for an https page on one of the sites the content script is declared for (https only, as its matches). */
export function isSiteUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && siteForHost(u.hostname) !== null;
  } catch {
    return false;
  }
}

/** "Global Research", "Mondialisation.ca": the name a site publishes under. */
export function siteName(siteOrHost: string): string {
  return siteForHost(siteOrHost)?.ownPublishers[0] ?? siteOrHost;
}

/** A publisher that is one of the sites themselves: the article is an original, not a cross-post. */
export function isOwnPublisher(publisher: string): boolean {
  const p = publisher.trim().toLowerCase();
  return SITES.some((s) => s.ownPublishers.some((own) => own.toLowerCase() === p));
}

/**
 * The record keeps tag names, not their pages, so a tag links to the site's own search
 * for it (the WordPress `?s=` search form every page carries).
 */
export function tagSearchUrl(pageUrl: string, tag: string): string | null {
  try {
    const u = new URL('/', pageUrl);
    u.searchParams.set('s', tag);
    return u.href;
  } catch {
    return null;
  }
}
