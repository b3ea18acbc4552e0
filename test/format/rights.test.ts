// The rights summary on every fixture record, and on the cases no fixture has yet: no
// copyright line, no notice, a notice in other words, no contact, a French cross-post.
import { describe, expect, it } from 'vitest';
import { formatMonthDayYear, formatSiteDate } from '../../src/format/calendar';
import { isCrossPost } from '../../src/format/locale';
import { readTerms, rightsSummary } from '../../src/format/rights';
import { articleFixtures, rows, withFields } from './articles';

const articles = articleFixtures();
const byName = (part: string) => articles.find((a) => a.name.includes(part))!.record;

/** Words that would turn a summary of the page into advice. */
const ADVICE = /\b(?:you (?:may|can|must)|legal(?:ly)?|lawful|fair use|permitted to|vous (?:pouvez|devez)|légal)/i;

describe('rights summary on every fixture', () => {
  it.each(rows(articles))('%s: the terms first, then the holder, in the article’s language', (_name, { record }) => {
    const s = rightsSummary(record);
    expect(s.lang).toBe(record.lang);
    expect(s.sentences).toHaveLength(2);
    for (const sentence of s.sentences) {
      expect(sentence).toMatch(/^\p{Lu}.*\.$/u);
      expect(sentence).not.toMatch(ADVICE);
      expect(sentence).not.toMatch(/undefined|null|\(\s*,/);
    }
    const [terms, holder] = s.sentences;
    if (record.republication?.contact) expect(terms).toContain(record.republication.contact);
    for (const name of record.copyright?.holders ?? []) expect(holder).toContain(name);
    if (isCrossPost(record)) {
      const src = record.originalSource!;
      expect(s.original).toEqual({ publisher: src.publisher, date: src.date, url: src.url });
      expect(holder).toContain(src.publisher);
      if (src.date) expect(holder).toContain(record.lang === 'fr' ? formatSiteDate(src.date, 'fr')! : formatMonthDayYear(src.date)!);
      expect(holder).toMatch(/whose own terms may differ|dont les conditions peuvent différer/);
    } else {
      expect(s.original).toBeNull();
      expect(holder).not.toMatch(/terms may differ|conditions peuvent/);
    }
    if (record.lang === 'fr') expect(s.sentences.join(' ')).not.toMatch(/\b(?:the|notice|copyright:|published)\b/i);
    else expect(s.sentences.join(' ')).not.toMatch(/\b(?:le|la|avis|publié)\b/i);
  });

  it('says what Global Research’s notice allows on a cross-post, and whose the article first was', () => {
    expect(rightsSummary(byName('2024-crosspost')).sentences).toEqual([
      'Global Research’s notice allows cross-posting on non-commercial community sites with the source, the copyright and a link to the Global Research article; for print or commercial use, contact publications@globalresearch.ca.',
      'Copyright: Dr. Lucinda Ferreira-Holt (Harbourline Review, 2024); first published by Harbourline Review on February 12, 2024, whose own terms may differ.',
    ]);
  });

  it('a Global Research original: the holders, no cross-post clause', () => {
    const s = rightsSummary(byName('2023-two-authors'));
    expect(s.sentences[1]).toBe('Copyright: Marguerite Oyelaran and Daniel Kestrel (Global Research, 2023).');
    expect(s.holder?.names).toEqual(['Marguerite Oyelaran', 'Daniel Kestrel']);
    expect(s.terms).toEqual({ grantor: 'Global Research', recognised: true, where: 'community', conditions: ['source', 'copyright', 'link'], commercialNeedsContact: true });
  });

  it('the 2009 notice: unmodified, the source and the author’s copyright, no link asked for', () => {
    const s = rightsSummary(byName('2012-legacy'));
    expect(s.terms?.conditions).toEqual(['unmodified', 'source', 'author', 'copyright']);
    expect(s.sentences[0]).toBe(
      'Global Research’s notice allows unmodified cross-posting on non-commercial community sites with the source and the author’s copyright; for print or commercial use, contact crgeditor@yahoo.com.',
    );
  });

  it('a French page, in French', () => {
    expect(rightsSummary(byName('mondialisation-fr')).sentences).toEqual([
      'L’avis de Mondialisation.ca autorise la reproduction sur des sites communautaires non commerciaux, avec la source, l’auteur et un lien vers l’article de Mondialisation.ca\u202f; pour une publication imprimée ou commerciale, écrire à media@mondialisation.ca.',
      'Droits d’auteur\u00a0: Claire Vautrin-Morel (Mondialisation.ca, 2019).',
    ]);
  });

  it('follows the language it is given (the record’s by default)', () => {
    const fr = rightsSummary(byName('2024-crosspost'), 'fr-CA');
    expect(fr.lang).toBe('fr');
    expect(fr.sentences[1]).toBe('Droits d’auteur\u00a0: Dr. Lucinda Ferreira-Holt (Harbourline Review, 2024)\u202f; d’abord publié par Harbourline Review le 12 février 2024, dont les conditions peuvent différer.');
    expect(rightsSummary(byName('mondialisation-fr'), 'de').lang).toBe('en');
  });
});

describe('rights summary without the usual parts', () => {
  const base = byName('2024-crosspost');

  it('no copyright line', () => {
    const s = rightsSummary(withFields(base, { copyright: null }));
    expect(s.holder).toBeNull();
    expect(s.sentences[1]).toBe('The page states no copyright holder; first published by Harbourline Review on February 12, 2024, whose own terms may differ.');
    const fr = rightsSummary(withFields(byName('mondialisation-fr'), { copyright: null }));
    expect(fr.sentences[1]).toBe('La page n’indique aucun titulaire des droits.');
  });

  it('no notice: no terms are made up', () => {
    const s = rightsSummary(withFields(base, { republication: null }));
    expect(s.terms).toBeNull();
    expect(s.contact).toBeNull();
    expect(s.sentences[0]).toBe('The page states no republication terms.');
    expect(rightsSummary(withFields(byName('mondialisation-fr'), { republication: null })).sentences[0]).toBe('La page n’indique aucune condition de reproduction.');
  });

  it('a notice in words it does not know is not summarised', () => {
    const notice = 'All rights reserved. Reproduction requires written consent of the editors.';
    const s = rightsSummary(withFields(base, { republication: { notice, contact: null } }));
    expect(s.terms?.recognised).toBe(false);
    expect(s.terms?.conditions).toEqual([]);
    expect(s.sentences[0]).toMatch(/^The page has a republication notice in words this summary does not know/);
    expect(s.sentences[0]).not.toMatch(/allows/);
  });

  it('no contact address: the site is named instead', () => {
    const notice = base.republication!.notice.replace(/, contact: .*$/, '.');
    const s = rightsSummary(withFields(base, { republication: { notice, contact: null } }));
    expect(s.sentences[0]).toMatch(/; for print or commercial use, contact Global Research\.$/);
  });

  it('a copyright line with one name (the publisher) or none', () => {
    const one = rightsSummary(withFields(base, { copyright: { text: 'Copyright © Global Research, 2023', holders: [], publisher: 'Global Research', year: 2023 } }));
    expect(one.sentences[1]).toMatch(/^Copyright: Global Research \(2023\); first published by/);
    const bare = rightsSummary(withFields(byName('2023-two'), { copyright: { text: 'Copyright © 2023', holders: [], publisher: null, year: 2023 } }));
    expect(bare.sentences[1]).toBe('Copyright line: “Copyright © 2023”.');
  });

  it('a cross-post with no date or link says only what it knows', () => {
    const s = rightsSummary(withFields(base, { originalSource: { publisher: 'The Civic Ledger', date: null, url: null } }));
    expect(s.sentences[1]).toMatch(/; first published by The Civic Ledger, whose own terms may differ\.$/);
    expect(s.original).toEqual({ publisher: 'The Civic Ledger', date: null, url: null });
  });

  it('reads the 2021 French notice (alternative media, copyright note)', () => {
    const notice =
      'Le Centre de recherche sur la mondialisation (CRM) accorde la permission de reproduire la version intégrale ou des extraits d’articles du site Mondialisation.ca sur des sites de médias alternatifs. La source de l’article, l’adresse url ainsi qu’un hyperlien vers l’article original du CRM doivent être indiqués. Une note de droit d’auteur (copyright) doit également être indiquée. Pour publication des articles de Mondialisation.ca en format papier ou autre, y compris les sites Internet commerciaux, contactez : media@globalresearch.ca';
    expect(readTerms(notice, 'Mondialisation.ca')).toEqual({
      grantor: 'Mondialisation.ca',
      recognised: true,
      where: 'alternative-media',
      conditions: ['source', 'copyright', 'link'],
      commercialNeedsContact: true,
    });
  });
});

describe('rights summary beside a shown original source', () => {
  it('names the first publisher’s terms without repeating where and when', () => {
    const s = rightsSummary(byName('2024-crosspost'), 'en', { originalShown: true });
    expect(s.sentences[1]).toBe('Copyright: Dr. Lucinda Ferreira-Holt (Harbourline Review, 2024); Harbourline Review’s own terms may differ.');
    expect(s.original?.date).toBe('2024-02-12');
    const fr = rightsSummary(byName('2024-crosspost'), 'fr', { originalShown: true });
    expect(fr.sentences[1]).toBe('Droits d’auteur\u00a0: Dr. Lucinda Ferreira-Holt (Harbourline Review, 2024)\u202f; les conditions de Harbourline Review peuvent différer.');
    expect(rightsSummary(byName('2023-two'), 'en', { originalShown: true }).sentences).toEqual(rightsSummary(byName('2023-two')).sentences);
  });
});
