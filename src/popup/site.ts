// What the popup needs to know about the sites: who they are (sites/identity.ts), not how they
// are read (the profiles' rules stay out of the popup's bundle).
import { identityForHost as siteForHost, SITE_IDENTITIES as SITES } from '../extract/sites/identity';

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
