import { absoluteUrl } from './dom';
import { siteForHost, SITES, type SiteProfile } from './sites';

export interface PageUrl {
  canonicalUrl: string;
  postId: number | null;
  site: string;
  profile: SiteProfile;
  /** Path of the canonical address, used to tell listings from articles. */
  path: string;
  /** `/<slug>/<id>` or a legacy `?aid=`: the shape of an article address. */
  articleShaped: boolean;
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref)$/i;

/** The URL with its fragment and tracking parameters dropped; the input when it is not a URL. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
    u.hostname = u.hostname.toLowerCase();
    return u.href;
  } catch {
    return url;
  }
}

export function postIdOf(url: string): number | null {
  try {
    const u = new URL(url);
    const aid = u.searchParams.get('aid');
    if (aid && /^\d+$/.test(aid)) return Number(aid);
    const m = /\/[^/]+\/(\d+)\/?$/.exec(u.pathname);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Address facts of the page: canonical address, post id, which site. */
export function readPageUrl(doc: Document, url: string): PageUrl {
  const canonical =
    absoluteUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), url) ??
    absoluteUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), url);
  // The page's own address wins when it is on a known site; a saved file falls back on the canonical link.
  const given = siteForHost(hostOf(url)) ? url : null;
  const canonicalUrl = normalizeUrl(canonical ?? given ?? url);
  const profile =
    siteForHost(hostOf(given ?? '')) ??
    siteForHost(hostOf(canonicalUrl)) ??
    (/^fr\b/i.test(doc.documentElement.getAttribute('lang') ?? '') ? SITES[1] : SITES[0]);
  let path = '/';
  let search = '';
  try {
    const u = new URL(canonicalUrl);
    path = u.pathname;
    search = u.search;
  } catch {
    /* not a URL: keep "/" */
  }
  const postId = postIdOf(canonicalUrl) ?? postIdOf(url);
  const articleShaped = /^\/[^/]+\/\d+\/?$/.test(path) || /[?&]aid=\d+/.test(search);
  return { canonicalUrl, postId, site: profile.site, profile, path, articleShaped };
}
