// @vitest-environment jsdom
// Applying an editor's corrections to a record: every output built from the corrected record
// (attribution, Markdown, HTML, the six citations, the reader) says the editor's values, and
// the extracted record is left as it was.
import { describe, expect, it } from 'vitest';
import { applyCorrection, correctedFields, correctionKey, type Correction } from '../../src/corrections/correction';
import { attribution } from '../../src/format/attribution';
import { citation, CITATION_FORMATS } from '../../src/format/citation';
import { htmlDocument } from '../../src/format/html-document';
import { markdownExport } from '../../src/format/markdown';
import { readerView } from '../../src/reader/reader-view';
import { articleFixtures } from '../format/articles';

const syria = articleFixtures().find((a) => a.name === '2015-syria-strategic-culture')!.record;

const correction: Correction = {
  title: 'Russia and Iran Coordinate in Syria',
  authors: [{ name: 'Mahdi D. Nazemroaya', url: null }, { name: 'Jane Quillfeather', url: 'https://www.globalresearch.ca/author/jane-quillfeather' }],
  publishedAt: '2015-10-03',
  originalSource: { publisher: 'Orinoco Ledger', date: '2015-09-27', url: 'https://orinoco-ledger.example/2015/russia-iran' },
  updatedAt: '2025-01-15T10:04:00.000Z',
};

describe('correctionKey', () => {
  it.each([
    ['https://www.globalresearch.ca/some-article/5479551', 'https://globalresearch.ca/some-article/5479551'],
    ['http://globalresearch.ca/some-article/5479551/', 'https://globalresearch.ca/some-article/5479551'],
    ['https://WWW.GlobalResearch.ca/some-article/5479551#comments', 'https://globalresearch.ca/some-article/5479551'],
    ['https://www.globalresearch.ca/index.php?context=va&aid=12345', 'https://globalresearch.ca/index.php?context=va&aid=12345'],
    ['https://www.mondialisation.ca/', 'https://mondialisation.ca'],
  ])('%s → %s', (url, key) => expect(correctionKey(url)).toBe(key));

  it.each(['file:///tmp/page.html', 'javascript:alert(1)', 'not a url', ''])('no key for %j', (url) => expect(correctionKey(url)).toBeNull());

  it('keeps different articles apart', () => {
    expect(correctionKey('https://www.globalresearch.ca/a/1')).not.toBe(correctionKey('https://www.globalresearch.ca/a/2'));
    expect(correctionKey('https://www.globalresearch.ca/a/1')).not.toBe(correctionKey('https://www.mondialisation.ca/a/1'));
  });
});

describe('applyCorrection', () => {
  it('puts each corrected value in the record and says which fields it corrected', () => {
    const { record, corrected } = applyCorrection(syria, correction);
    expect(corrected).toEqual(['title', 'authors', 'publishedAt', 'originalSource']);
    expect(record.title).toBe(correction.title);
    expect(record.authors).toEqual(correction.authors);
    expect(record.publishedAt).toBe('2015-10-03');
    expect(record.originalSource).toEqual(correction.originalSource);
    expect(record.evidence).toMatchObject({ title: 'correction', authors: 'correction', publishedAt: 'correction', originalSource: 'correction' });
    // The rest is the extracted record's.
    expect(record.content).toBe(syria.content);
    expect(record.copyright).toEqual(syria.copyright);
  });

  it('corrects only the fields present, and leaves the extracted record and the correction unchanged', () => {
    const before = structuredClone(syria);
    const only = { publishedAt: null, updatedAt: correction.updatedAt };
    const { record, corrected } = applyCorrection(syria, only);
    expect(corrected).toEqual(['publishedAt']);
    expect(record.publishedAt).toBeNull();
    expect(record.title).toBe(syria.title);
    expect(record.evidence.title).toBe(syria.evidence.title);
    expect(syria).toEqual(before);
    const applied = applyCorrection(syria, correction).record;
    applied.authors[0].name = 'changed later';
    applied.originalSource!.publisher = 'changed later';
    expect(correction.authors![0].name).toBe('Mahdi D. Nazemroaya');
    expect(correction.originalSource!.publisher).toBe('Orinoco Ledger');
  });

  it('gives the record itself when there is nothing to correct', () => {
    expect(applyCorrection(syria, null)).toEqual({ record: syria, corrected: [] });
    expect(applyCorrection(syria, { updatedAt: correction.updatedAt } as Correction).record).toBe(syria);
    expect(correctedFields(undefined)).toEqual([]);
  });

  it('can say the page names no original source', () => {
    const { record } = applyCorrection(syria, { originalSource: null });
    expect(record.originalSource).toBeNull();
    expect(attribution(record).text).not.toContain('Strategic Culture Foundation 2015');
  });
});

describe('every output is built from the corrected values', () => {
  const { record } = applyCorrection(syria, correction);
  const options = { includeCopyright: false };

  it('the attribution, as text and HTML', () => {
    const a = attribution(record, options);
    for (const out of [a.text, a.html]) {
      expect(out).toContain('Russia and Iran Coordinate in Syria');
      expect(out).toContain('Mahdi D. Nazemroaya');
      expect(out).toContain('Jane Quillfeather');
      expect(out).toContain('Orinoco Ledger');
      expect(out).not.toContain(syria.title);
      expect(out).not.toContain('Strategic Culture Foundation');
    }
    expect(a.text).toContain('October 03, 2015');
  });

  it('the Markdown and HTML exports', () => {
    const md = markdownExport(record, options);
    expect(md).toContain('title: "Russia and Iran Coordinate in Syria"');
    expect(md).toContain('published: "2015-10-03"');
    expect(md).toContain('publisher: "Orinoco Ledger"');
    expect(md).not.toContain(syria.title);
    const html = htmlDocument(record, options);
    expect(html).toContain('<title>Russia and Iran Coordinate in Syria');
    expect(html).toContain('https://orinoco-ledger.example/2015/russia-iran');
    expect(html).not.toContain('Strategic Culture Foundation 2015');
  });

  // The corrected date (October 3; the page says October 2) as each format writes it.
  const DATES: Record<string, string> = {
    apa: '2015, October 3',
    mla: '3 Oct. 2015',
    chicago: 'October 3, 2015',
    bibtex: 'month        = oct', // classic BibTeX has no day
    biblatex: '2015-10-03',
    ris: '2015/10/03',
    'csl-json': '[[2015,10,3]]',
  };
  it.each(CITATION_FORMATS.map((f) => [f.id] as const))('the %s citation', (format) => {
    const text = citation(record, format, { accessed: '2025-01-15' }).text;
    // APA and CSL-JSON sentence-case the title, BibTeX braces the proper nouns
    expect(text).toMatch(/Coordinate in \{?Syria/i);
    expect(text).toContain('Quillfeather');
    expect(format === 'csl-json' ? JSON.stringify(JSON.parse(text)[0].issued['date-parts']) : text).toContain(DATES[format]);
    expect(text).not.toContain('Preserve Regional Stability');
  });

  it('the reader view', () => {
    const text = readerView(record).textContent ?? '';
    expect(text).toContain('Russia and Iran Coordinate in Syria');
    expect(text).toContain('Jane Quillfeather');
    expect(text).toContain('Orinoco Ledger');
    expect(text).not.toContain(syria.title);
  });
});
