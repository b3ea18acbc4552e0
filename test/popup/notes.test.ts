// Editorial notes beside the provenance: a note that only says where the article first
// appeared is not repeated (the "First published by" row says it); any other note stays.
import { describe, expect, it } from 'vitest';
import { notesBeyondSource } from '../../src/popup/notes';

const source = (publisher: string) => ({ publisher, date: null, url: null });

describe('notesBeyondSource', () => {
  it('drops one-sentence notes that restate the original publisher, in English and French', () => {
    const notes = [
      'This article was originally published on Harbourline Review.',
      'First published by Global Research on November 4, 2022',
      'Cet article a été initialement publié par Le Veilleur du Sud.',
      'Translated by Jane Roe.',
    ];
    expect(notesBeyondSource({ notes, originalSource: source('Harbourline Review') })).toEqual(notes.slice(1));
    expect(notesBeyondSource({ notes, originalSource: source('Global Research') })).toEqual([notes[0], notes[2], notes[3]]);
    expect(notesBeyondSource({ notes, originalSource: source('Le Veilleur du Sud') })).toEqual([notes[0], notes[1], notes[3]]);
  });

  it('keeps a note that says more, or names another publisher, or when the source is unknown', () => {
    const preface = 'The following article predates the strikes. Its original version was first published by Harbourline Review on May 1.';
    const other = 'This article was originally published on Another Review.';
    expect(notesBeyondSource({ notes: [preface, other], originalSource: source('Harbourline Review') })).toEqual([preface, other]);
    expect(notesBeyondSource({ notes: [other], originalSource: null })).toEqual([other]);
  });
});
