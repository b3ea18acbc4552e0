// The project's APA 7, MLA 9 and Chicago 17 references against citeproc-js rendering the
// project's own CSL-JSON with the official styles and locales (test data in test/format/csl/).
// Table-driven: every article fixture in test/fixtures/ (a new fixture joins by itself), in
// English and in French, plus built records for what the fixtures lack (French names and
// particles, many authors, no date, an older original, archived copies). After normalising
// white space, the strings must be equal, or differ only as test/format/accepted-differences.ts
// lists.
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/extract/record';
import type { CitationLocale } from '../../src/format/citation-locale';
import { cslItem } from '../../src/format/csl';
import { referenceOf, type CitationOptions } from '../../src/format/reference';
import { formatReference, type CitationStyle } from '../../src/format/styles';
import { ACCEPTED_DIFFERENCES, type DifferenceContext } from './accepted-differences';
import { articleFixtures, withFields } from './articles';
import { citeproc } from './citeproc';

const STYLES: CitationStyle[] = ['apa', 'mla', 'chicago'];
const LOCALES: CitationLocale[] = ['en-US', 'fr-FR'];
const accessed = '2024-05-03';

/** Typographic spaces (no-break, narrow no-break, thin) are one space; runs of space one. */
const normalise = (s: string) => s.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();

const fixtures = articleFixtures();
const base = fixtures.find((f) => f.record.originalSource?.url)?.record ?? fixtures[0].record;
const author = (name: string) => ({ name, url: null });
const many = (n: number) => Array.from({ length: n }, (_, i) => author(`Author${String.fromCharCode(65 + i)} Writer${String.fromCharCode(65 + i)}son`));

/** Records no fixture has: each exercises one rule of the styles. */
const BUILT: [string, ArticleRecord, CitationOptions?][] = [
  [
    'French names and particles on mondialisation.ca',
    withFields(base, {
      site: 'mondialisation.ca',
      lang: 'fr',
      canonicalUrl: 'https://www.mondialisation.ca/la-fable-et-le-pouvoir/5700001',
      title: 'La fable et le pouvoir : relire les « Fables » en 2020',
      authors: [author('Jean-Baptiste de La Fontaine'), author("Valéry Giscard d'Estaing"), author('Gabriel García Márquez')],
      publishedAt: '2020-11-01',
      originalSource: { publisher: 'Le Monde diplomatique', date: '2019-06-15', url: 'https://www.monde-diplomatique.fr/2019/06/x' },
      notes: [],
    }),
  ],
  [
    'four authors with particles and honorifics, an older original',
    withFields(base, {
      title: 'Who Is Being Rescued? Notes on "Bailouts" and What They Are Made Of',
      authors: [author('Prof Michel Chossudovsky'), author('Ludwig van der Berg'), author('Ahmed al-Sharif'), author('Dr. Vincent van Gogh')],
      publishedAt: '2016-01-05',
      originalSource: { publisher: 'Strategic Culture Foundation', date: '2014-12-30', url: null },
    }),
  ],
  ['twelve authors', withFields(base, { authors: many(12) })],
  ['twenty-two authors', withFields(base, { authors: many(22) })],
  ['an organisation, no date', withFields(base, { authors: [author('Global Research News')], publishedAt: null, originalSource: null })],
  ['no author', withFields(base, { authors: [] })],
  [
    'archived copy read from the Wayback Machine',
    withFields(base, {
      capture: {
        service: 'Wayback Machine',
        url: `https://web.archive.org/web/20240503101500/${base.canonicalUrl}`,
        capturedAt: '2024-05-03T10:15:00Z',
      },
    }),
  ],
  ['archived copy just made', base, { archived: { url: `https://web.archive.org/web/20250101000000/${base.canonicalUrl}`, capturedAt: '2025-01-01T00:00:00Z' } }],
];

const CASES = [...fixtures.map((f): [string, ArticleRecord, CitationOptions?] => [f.name, f.record]), ...BUILT];
const used = new Set<string>();

describe.each(LOCALES)('%s: APA, MLA and Chicago equal citeproc-js (or differ as accepted)', (locale) => {
  it.each(CASES.flatMap(([name, record, options]) => STYLES.map((style) => [name, style, record, options] as const)))(
    '%s — %s',
    (_name, style, record, options) => {
      const opts = { accessed, locale, ...options };
      const ctx: DifferenceContext = { style, locale, ref: referenceOf(record, opts) };
      let ours = normalise(formatReference(record, style, opts).text);
      let theirs = normalise(citeproc(cslItem(record, opts), style, locale).text);
      for (const d of ACCEPTED_DIFFERENCES) {
        if (!d.styles.includes(style) || (d.locales && !d.locales.includes(locale)) || (d.applies && !d.applies(ctx))) continue;
        const [o, t] = [d.ours ? normalise(d.ours(ours, ctx)) : ours, d.theirs ? normalise(d.theirs(theirs, ctx)) : theirs];
        if (o !== ours || t !== theirs) used.add(d.id);
        [ours, theirs] = [o, t];
      }
      expect(ours).toBe(theirs);
    },
  );
});

afterAll(() => {
  // Only when the whole table ran (not under a name filter): every accepted difference is still needed.
  if (used.size === 0) return;
  const unused = ACCEPTED_DIFFERENCES.map((d) => d.id).filter((id) => !used.has(id));
  if (unused.length) throw new Error(`accepted differences no case needs any more: ${unused.join(', ')}`);
});

describe('accepted differences', () => {
  it('each says what differs and why', () => {
    for (const d of ACCEPTED_DIFFERENCES) {
      expect(d.what.length).toBeGreaterThan(20);
      expect(d.why.length).toBeGreaterThan(40);
      expect(d.ours ?? d.theirs).toBeTypeOf('function');
    }
  });
});
