import { describe, expect, it } from 'vitest';
import { originalSource, type SourceClues } from '../../src/extract/original-source';

const OWN = ['Global Research', 'GlobalResearch.ca'];
const none: SourceClues = { header: null, footer: null, firstPublished: null, originallyPublished: null };

describe('originalSource', () => {
  it('is null when the page says nothing', () => {
    expect(originalSource(none, '2020-01-01', OWN)).toBeNull();
  });

  it('an original: no link, the first-publication date before the header line and publishedAt', () => {
    const header = { publisher: 'Global Research', date: '2022-11-03', url: null };
    expect(originalSource({ ...none, header, firstPublished: '2022-11-04' }, '2023-03-14', OWN)).toEqual({ publisher: 'Global Research', date: '2022-11-04', url: null });
    expect(originalSource({ ...none, footer: { publisher: 'Global Research', url: 'https://www.globalresearch.ca' } }, '2023-03-14', OWN)).toEqual({ publisher: 'Global Research', date: '2023-03-14', url: null });
    expect(originalSource({ ...none, firstPublished: '2019-06-05' }, '2023-03-14', OWN)).toEqual({ publisher: 'Global Research', date: '2019-06-05', url: null });
  });

  it('a cross-post: the header line with its date, the link from whichever line names the publisher', () => {
    const clues: SourceClues = {
      ...none,
      header: { publisher: 'Harbourline Review', date: '2024-02-12', url: null },
      footer: { publisher: 'harbourline review', url: 'https://harbourlinereview.org/a' },
    };
    expect(originalSource(clues, '2024-02-19', OWN)).toEqual({ publisher: 'Harbourline Review', date: '2024-02-12', url: 'https://harbourlinereview.org/a' });
  });

  it('a cross-post named only by a note has no date', () => {
    const clues: SourceClues = { ...none, originallyPublished: { publisher: 'The Civic Ledger', url: 'https://civic.example/x' } };
    expect(originalSource(clues, '2022-05-09', OWN)).toEqual({ publisher: 'The Civic Ledger', date: null, url: 'https://civic.example/x' });
  });
});
