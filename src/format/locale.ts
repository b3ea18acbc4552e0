// The words an attribution is written in (the article's language, whatever the browser's),
// and the site's own name, taken from the sites' identities (extract/sites/identity.ts) so a new sister
// site stays a data change.
import type { ArticleRecord } from '../extract/record';
import { identityForHost as siteForHost } from '../extract/sites/identity';

export interface AttributionWords {
  by: string;
  and: string;
  /** Opens the cross-post line ("…: Publisher, date"). */
  originalSource: string;
  /** Before an address: ": " in English, a no-break space first in French (" : "). */
  colon: string;
  /** The publication line: "Global Research, October 02, 2015", "Publié par Mondialisation.ca le 12 mars 2019". */
  siteLine(site: string, date: string | null): string;
}

const WORDS: Record<string, AttributionWords> = {
  // The site's own dateline and source line.
  en: { by: 'By', and: 'and', originalSource: 'The original source of this article is', colon: ': ', siteLine: (site, date) => (date ? `${site}, ${date}` : site) },
  fr: {
    by: 'Par',
    and: 'et',
    originalSource: 'Source originale\u00a0:',
    colon: '\u00a0: ',
    siteLine: (site, date) => (date ? `Publié par ${site} le ${date}` : `Publié par ${site}`),
  },
};

export function wordsFor(lang: string): AttributionWords {
  return WORDS[lang] ?? WORDS.en;
}

/** "Global Research", "Mondialisation.ca": the first name the site publishes under. */
export function siteName(record: Pick<ArticleRecord, 'site'>): string {
  return siteForHost(record.site)?.ownPublishers[0] ?? record.site;
}

/** True when the article first appeared elsewhere (its original publisher is not the site itself). */
export function isCrossPost(record: Pick<ArticleRecord, 'site' | 'originalSource'>): boolean {
  const publisher = record.originalSource?.publisher.trim().toLowerCase();
  if (!publisher) return false;
  const own = siteForHost(record.site)?.ownPublishers ?? [siteName(record)];
  return !own.some((name) => name.toLowerCase() === publisher);
}

/** "A", "A and B", "A, B and C" (the site's own style, no serial comma). */
export function joinNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
