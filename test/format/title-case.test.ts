// Title casing: headline case (MLA, Chicago) with CSL's stop words, APA sentence case that
// keeps proper nouns when unsure, and the words BibTeX protects.
import { describe, expect, it } from 'vitest';
import { headlineCase, protectedWords, sentenceCase, titleTokens } from '../../src/format/title-case';
import { articleFixtures, rows } from './articles';

const protectedOf = (title: string, body = '') => {
  const starts = protectedWords(title, body);
  return titleTokens(title)
    .filter((t) => starts.has(t.start))
    .map((t) => t.word);
};

describe('headlineCase', () => {
  it.each([
    ['Russia and Iran are Coordinating in Syria', 'Russia and Iran Are Coordinating in Syria'],
    ['the politics of hunger', 'The Politics of Hunger'],
    ['what it is made of', 'What It Is Made Of'],
    ['the road: a history of the silk route', 'The Road: A History of the Silk Route'],
    ['who is being rescued? the greek loan', 'Who Is Being Rescued? The Greek Loan'],
    ['self-determination and the state', 'Self-Determination and the State'],
    ['Canada’s small-town pharmacies', 'Canada’s Small-Town Pharmacies'],
    ['NATO and the iPhone war', 'NATO and the iPhone War'],
    ["the 'great' reset and l’État", "The 'Great' Reset and l’État"],
    ['Wake Up Call', 'Wake Up Call'], // a capitalised stop word is the author's: kept
    ['looking for answers about russia', 'Looking for Answers about Russia'],
  ])('%s → %s', (title, expected) => {
    expect(headlineCase(title)).toBe(expected);
  });
});

describe('sentenceCase', () => {
  const body = 'The ministers met in Tehran. Both sides said they were coordinating closely to preserve the regional stability of Syria was at stake. NATO was not invited. The World Bank said nothing; the world watched.';

  it('lowers what the article writes in lower case, keeps what it capitalises', () => {
    expect(sentenceCase('Russia and Iran Are Coordinating in Syria to Preserve Regional Stability', body)).toBe(
      'Russia and Iran are coordinating in Syria to preserve regional stability',
    );
    expect(sentenceCase('What the World Bank Did Not Watch About NATO', body)).toBe('What the World Bank did not watch about NATO');
  });

  it('keeps the capital when unsure: a word the article never uses stays as written', () => {
    expect(sentenceCase('Ministers Gather in Geneva', body)).toBe('Ministers Gather in Geneva');
    expect(sentenceCase('Ministers Gather in Geneva', '')).toBe('Ministers Gather in Geneva');
  });

  it('lowers adverbs even unused, never a noun that could name an institution', () => {
    // "Starve", between two words lowered in its own clause, is lowered with them.
    expect(sentenceCase('How Sanctions Systematically Starve Historically Poor Regions', '')).toBe('How Sanctions systematically starve historically Poor Regions');
    expect(sentenceCase('Reforming the United Nations and the European Parliament', '')).toBe('Reforming the United Nations and the European Parliament');
  });

  it('lowers a word the article never uses when it stands between words the article showed to be common', () => {
    const text = 'New drugs are rare. The antibiotic pipeline is empty, and nobody saw the market failure coming, though it happened in full sight of the regulators.';
    expect(sentenceCase('The Empty Antibiotic Pipeline: A Market Failure Hiding in Plain Sight', text)).toBe(
      'The empty antibiotic pipeline: A market failure hiding in plain sight',
    );
    // Beside a stop word or a function word only, or a capital, a colon or the title's end, it may be a name: kept.
    expect(sentenceCase('Russia and Iran Are Talking', text)).toBe('Russia and Iran are Talking');
    expect(sentenceCase('A Failure Hiding: Geneva Talks', text)).toBe('A failure Hiding: Geneva Talks');
  });

  it('capitalises the first word and the first word of a subtitle', () => {
    expect(sentenceCase('the stability question: a regional view', body)).toBe('The stability question: A regional view');
  });

  it('leaves acronyms and inner capitals', () => {
    expect(sentenceCase('The NATO Summit and the McDonald Doctrine', '')).toBe('The NATO Summit and the McDonald Doctrine');
  });
});

describe('protectedWords (BibTeX)', () => {
  const body = 'In Syria, Iran and Russia were coordinating. NATO watched. The stability of the region mattered.';

  it('braces proper nouns and acronyms, not common words or the first word', () => {
    expect(protectedOf('Russia and Iran Are Coordinating in Syria: NATO and Stability', body)).toEqual(['Iran', 'Syria', 'NATO']);
  });

  it('protects the first word only when it has inner capitals', () => {
    expect(protectedOf('NATO Watched Syria', body)).toEqual(['NATO', 'Syria']);
    expect(protectedOf('iPhones in Syria', body)).toEqual(['iPhones', 'Syria']);
  });
});

describe('every fixture title', () => {
  it.each(rows(articleFixtures()))('%s: cases change letters only, never words', (_name, { record }) => {
    const bare = (s: string) => s.toLowerCase();
    expect(bare(headlineCase(record.title))).toBe(bare(record.title));
    expect(bare(sentenceCase(record.title, record.content.text))).toBe(bare(record.title));
    // a word the article capitalises mid-sentence is never lowered
    for (const word of record.title.match(/\p{Lu}\p{Ll}+/gu) ?? []) {
      const midSentence = new RegExp(`[\\p{Ll},] ${word}\\b`, 'u').test(record.content.text);
      const lowerToo = new RegExp(`[\\p{Ll},] ${word.toLowerCase()}\\b`, 'u').test(record.content.text);
      if (midSentence && !lowerToo) expect(sentenceCase(record.title, record.content.text)).toContain(word);
    }
  });
});
