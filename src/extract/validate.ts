// The core's last step: every field that a page can set is checked before the record leaves
// the core, so no output has to trust it. Addresses are http(s) only and the canonical address
// is on the site's own hosts (an off-site one would be credited to Global Research in every
// attribution and citation); dates are ISO calendar dates; names and titles carry no control
// or bidirectional-override characters. What fails a check becomes null (or, for the
// canonical address, the page's own address).
import { webHref } from '../link-policy';
import { normalizeUrl } from './page-url';
import type { ArticleRecord } from './record';
import { SITES, type SiteProfile } from './sites';

/** The hosts of the sites and their sister sites: where a canonical address may point. */
const OWN_HOSTS: readonly string[] = SITES.flatMap((s) => s.hosts);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" naming a real day, else null. */
export function isoDate(value: string | null | undefined): string | null {
  const m = value ? ISO_DATE.exec(value) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? value! : null;
}

// C0 and C1 controls, and the bidirectional embeddings, overrides and isolates that can make
// a name read as something else.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A name or title without control characters (a line break reads as a space). */
export function cleanName(text: string): string {
  return text.replace(CONTROLS, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : '')).trim();
}

/** The canonical address if it is http(s) on one of the site's hosts, else the page address normalised. */
function ownCanonical(canonical: string, pageUrl: string, hosts: readonly string[]): string {
  const on = (url: string) => {
    const href = webHref(url);
    return href && hosts.includes(new URL(href).hostname) ? href : null;
  };
  return on(canonical) ?? on(normalizeUrl(pageUrl)) ?? webHref(normalizeUrl(pageUrl)) ?? normalizeUrl(pageUrl);
}

export function validateRecord(record: ArticleRecord, profile: SiteProfile): ArticleRecord {
  const source = record.originalSource;
  const copyright = record.copyright;
  const featuredSrc = webHref(record.featuredImage?.src);
  return {
    ...record,
    canonicalUrl: ownCanonical(record.canonicalUrl, record.url, OWN_HOSTS),
    lang: /^[a-z]{2,3}$/.test(record.lang) ? record.lang : profile.lang,
    title: cleanName(record.title),
    subtitle: record.subtitle === null ? null : cleanName(record.subtitle) || null,
    authors: record.authors.map((a) => ({ name: cleanName(a.name), url: webHref(a.url) })).filter((a) => a.name),
    publishedAt: isoDate(record.publishedAt),
    originalSource: source && { publisher: cleanName(source.publisher), date: isoDate(source.date), url: webHref(source.url) },
    tagUrls: Object.fromEntries(Object.entries(record.tagUrls).flatMap(([tag, url]) => (webHref(url) ? [[tag, webHref(url)!]] : []))),
    copyright: copyright && {
      ...copyright,
      holders: copyright.holders.map(cleanName).filter(Boolean),
      publisher: copyright.publisher === null ? null : cleanName(copyright.publisher) || null,
    },
    featuredImage: record.featuredImage && featuredSrc ? { ...record.featuredImage, src: featuredSrc } : null,
    capture: record.capture && { ...record.capture, url: webHref(record.capture.url), capturedAt: record.capture.capturedAt },
  };
}
