// The record's source names (its `evidence`, src/extract/evidence.ts) that are words, and
// their message keys: said in the UI's language. The technical ones (h1, og:title, og:image,
// og:url, json-ld, <title>, meta, microdata, rel=author) stay as they are. Data only, so the
// e2e suite reads the same table.
export const SOURCE_KEYS = {
  heading: 'evidence.srcHeading',
  'title line': 'evidence.srcTitleLine',
  dek: 'evidence.srcDek',
  byline: 'evidence.srcByline',
  'date line': 'evidence.srcDateLine',
  'time element': 'evidence.srcTimeElement',
  'header date': 'evidence.srcHeaderDate',
  'publisher line': 'evidence.srcPublisherLine',
  'source footer': 'evidence.srcSourceFooter',
  note: 'evidence.srcNote',
  'first published note': 'evidence.srcFirstPublishedNote',
  labels: 'evidence.srcLabels',
  'copyright line': 'evidence.srcCopyrightLine',
  disclaimer: 'evidence.srcDisclaimer',
  'about the author': 'evidence.srcAboutTheAuthor',
  'in-body bio': 'evidence.srcInBodyBio',
  'top image': 'evidence.srcTopImage',
  'article image': 'evidence.srcArticleImage',
  'canonical link': 'evidence.srcCanonicalLink',
  url: 'evidence.srcUrl',
  'html lang': 'evidence.srcHtmlLang',
  site: 'evidence.srcSite',
  notes: 'evidence.srcNotes',
  correction: 'evidence.srcCorrection',
} as const;

/** The message key of a source name, or null for one said as it is. */
export function sourceKey(source: string): (typeof SOURCE_KEYS)[keyof typeof SOURCE_KEYS] | null {
  return Object.hasOwn(SOURCE_KEYS, source) ? SOURCE_KEYS[source as keyof typeof SOURCE_KEYS] : null;
}
