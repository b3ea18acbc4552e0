// The record's source names (its `evidence`) that are words, and their message keys: said in
// the UI's language; the technical ones (h1, og:title, json-ld, <title>, meta, microdata) stay
// as they are. Data only, so the e2e suite reads the same table.
export const SOURCE_KEYS = {
  byline: 'evidence.srcByline',
  'date line': 'evidence.srcDateLine',
  'time element': 'evidence.srcTimeElement',
  'publisher line': 'evidence.srcPublisherLine',
  'source footer': 'evidence.srcSourceFooter',
  note: 'evidence.srcNote',
  'copyright line': 'evidence.srcCopyrightLine',
  url: 'evidence.srcUrl',
  correction: 'evidence.srcCorrection',
} as const;

/** The message key of a source name, or null for one said as it is. */
export function sourceKey(source: string): (typeof SOURCE_KEYS)[keyof typeof SOURCE_KEYS] | null {
  return Object.hasOwn(SOURCE_KEYS, source) ? SOURCE_KEYS[source as keyof typeof SOURCE_KEYS] : null;
}
