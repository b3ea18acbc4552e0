// The core's last step: every field that a page can set is checked before the record leaves
// the core, so no output has to trust it. Addresses are http(s) only and the canonical address
// is on the site's own hosts (an off-site one would be credited to Global Research in every
// attribution and citation); dates are ISO calendar dates; names and titles carry no control
// or bidirectional-override characters. What fails a check becomes null (or, for the
// canonical address, the page's own address). The language is checked where it is written
// (html-document.ts); the reader sets it as an attribute, never as markup.
import { webHref } from '../link-policy';
import { normalizeUrl } from './page-url';
import type { ArticleRecord } from './record';
import { SITES } from './sites';

/** The hosts of the sites and their sister sites: where a canonical address may point. */
const OWN_HOSTS: readonly string[] = SITES.flatMap((s) => s.hosts);

/** An ISO calendar date "YYYY-MM-DD" (month 01–12, day 01–31), else null. */
export function isoDate(value: string | null | undefined): string | null {
  return value && /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(value) ? value : null;
}

// C0 and C1 controls, and the bidirectional embeddings, overrides and isolates that can make
// a name read as something else.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A name or title without control characters (a line break reads as a space). */
export function cleanName(text: string): string {
  return text.replace(/\s+/g, ' ').replace(CONTROLS, '').trim();
}

/** The canonical address if it is http(s) on one of the sites' hosts, else the page address normalised. */
function ownCanonical(canonical: string, pageUrl: string): string {
  const href = webHref(canonical);
  return href && OWN_HOSTS.includes(new URL(href).hostname) ? href : normalizeUrl(pageUrl);
}

const optionalName = (text: string | null) => (text === null ? null : cleanName(text) || null);

export function validateRecord(record: ArticleRecord): ArticleRecord {
  const source = record.originalSource;
  const copyright = record.copyright;
  const featuredSrc = webHref(record.featuredImage?.src);
  return {
    ...record,
    canonicalUrl: ownCanonical(record.canonicalUrl, record.url),
    title: cleanName(record.title),
    subtitle: optionalName(record.subtitle),
    authors: record.authors.map((a) => ({ name: cleanName(a.name), url: webHref(a.url) })).filter((a) => a.name),
    publishedAt: isoDate(record.publishedAt),
    originalSource: source && { publisher: cleanName(source.publisher), date: isoDate(source.date), url: webHref(source.url) },
    copyright: copyright && {
      ...copyright,
      holders: copyright.holders.map(cleanName).filter(Boolean),
      publisher: optionalName(copyright.publisher),
    },
    featuredImage: record.featuredImage && featuredSrc ? { ...record.featuredImage, src: featuredSrc } : null,
    // tagUrls are http(s) by construction (tags.ts); capture is null here (set by the CLI for saved copies).
  };
}
