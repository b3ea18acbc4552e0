// The provenance chain in every citation format (issue table): a cross-post cites the Global
// Research copy and says where it first appeared; an archived copy read or just made is cited
// with its address and capture date where the format has room for it.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/extract/record';
import { biblatex } from '../../src/format/biblatex';
import { citationLocale } from '../../src/format/citation-locale';
import { bibtex } from '../../src/format/bibtex';
import { cslItem } from '../../src/format/csl';
import { referenceOf } from '../../src/format/reference';
import { ris } from '../../src/format/ris';
import { formatReference } from '../../src/format/styles';
import { articleFixtures, withFields } from './articles';

const byName = (name: string) => articleFixtures().find((a) => a.name === name)!.record;
const syria = byName('2015-syria-strategic-culture'); // same year: Sept. 28 → Oct. 2, 2015
const older = withFields(syria, { originalSource: { ...syria.originalSource!, date: '2014-12-30' } });
const own = byName('2023-two-authors-gr-original'); // Global Research's own, first published 2022
const text = (r: ArticleRecord, style: 'apa' | 'mla' | 'chicago', o = {}) => formatReference(r, style, o).text;

describe('APA 7: the original year only when it differs', () => {
  it('same year: no second year, never "2015/2015"', () => {
    expect(text(syria, 'apa')).toMatch(/\(Original work published by Strategic Culture Foundation\)$/);
    expect(text(syria, 'apa')).not.toMatch(/2015\/2015|published 2015/);
  });
  it('another year: the year and the publisher', () => {
    expect(text(older, 'apa')).toMatch(/\(Original work published 2014, Strategic Culture Foundation\)$/);
  });
  it('the site’s own article from another year: the year alone', () => {
    expect(text(own, 'apa')).toMatch(/\(Original work published 2022\)$/);
  });
});

describe('MLA 9 and Chicago 17: "Originally published in …"', () => {
  it('MLA: publisher, date and address', () => {
    expect(text(syria, 'mla')).toMatch(/\. Originally published in Strategic Culture Foundation, 28 Sept\. 2015, www\.strategic-culture\.org\/news\/2015\/09\/28\/[^ ]+\.html\.$/);
    expect(formatReference(syria, 'mla').html).toContain('Originally published in <i>Strategic Culture Foundation</i>');
  });
  it('MLA: the site’s own article from another year gets its original date after the title', () => {
    expect(text(own, 'mla')).toMatch(/Hunger\.” 4 Nov\. 2022\. Global Research, 14 Mar\. 2023/);
  });
  it('Chicago', () => {
    expect(text(syria, 'chicago')).toMatch(/\. Originally published in Strategic Culture Foundation, September 28, 2015, https:\/\/www\.strategic-culture\.org\/[^ ]+\.html\.$/);
    expect(text(own, 'chicago')).toMatch(/\. Originally published November 4, 2022\.$/);
  });
  it('an article first published by the site on its date has no publication history', () => {
    const original = byName('2019-mondialisation-fr');
    for (const style of ['apa', 'mla', 'chicago'] as const) expect(text(original, style)).not.toMatch(/Original/);
  });
});

describe('data formats', () => {
  it('CSL-JSON: original-publisher; original-date only in another year; original-title when retitled', () => {
    expect(cslItem(syria)).toMatchObject({ 'original-publisher': 'Strategic Culture Foundation' });
    expect(cslItem(syria)).not.toHaveProperty('original-date');
    expect(cslItem(older)['original-date']).toEqual({ 'date-parts': [[2014, 12, 30]] });
  });
  it('BibLaTeX: origdate (another year) and origpublisher; BibTeX: a note; RIS: N1', () => {
    expect(biblatex(older)).toMatch(/origdate += \{2014-12-30\},\n {2}origpublisher = \{Strategic Culture Foundation\},/);
    expect(biblatex(syria)).not.toContain('origdate');
    expect(bibtex(older)).toMatch(/note += \{Global Research\. Originally published by Strategic Culture Foundation, December 30, 2014: \\url\{https:\/\/www\.strategic-culture\.org\//);
    expect(ris(older)).toMatch(/\r\nN1 {2}- Originally published by Strategic Culture Foundation, December 30, 2014: https:\/\/www\.strategic-culture\.org\/[^\r]+\r\nER/);
  });
});

describe('archived copies', () => {
  const wayback = `https://web.archive.org/web/20240503101500/${syria.canonicalUrl}`;
  const read = withFields(syria, { capture: { service: 'Wayback Machine', url: wayback, capturedAt: '2024-05-03T10:15:00Z' } });
  const made = { archived: { url: 'https://archive.ph/AbCdE', capturedAt: '2025-01-02T03:04:05Z' } };

  it('the page read was a capture: every format carries its address and date', () => {
    expect(text(read, 'apa')).toMatch(/ Archived May 3, 2024, at https:\/\/web\.archive\.org\/web\/20240503101500\/https:\/\/www\.globalresearch\.ca\/\S+$/);
    expect(text(read, 'mla')).toContain(`. Wayback Machine, 3 May 2024, web.archive.org/web/20240503101500/${syria.canonicalUrl}.`);
    expect(formatReference(read, 'mla').html).toContain('<i>Wayback Machine</i>, 3 May 2024, <a href="https://web.archive.org/');
    expect(text(read, 'chicago')).toContain(`. Archived May 3, 2024, at ${wayback}.`);
    expect(cslItem(read).note).toContain(`Archived by the Wayback Machine on May 3, 2024: ${wayback}`);
    expect(biblatex(read)).toContain(`addendum      = {Archived by the Wayback Machine on May 3, 2024: \\url{${wayback}}},`);
    expect(bibtex(read)).toContain(`Archived by the Wayback Machine on May 3, 2024: \\url{${wayback}}`);
    expect(ris(read)).toContain(`N1  - Archived by the Wayback Machine on May 3, 2024: ${wayback}\r\n`);
    // the cited address stays the article's own
    expect(cslItem(read).URL).toBe(syria.canonicalUrl);
  });

  it('a capture just made wins over the one read, and names its archive', () => {
    expect(referenceOf(read, made).archive).toEqual({ service: 'archive.today', url: 'https://archive.ph/AbCdE', capturedAt: '2025-01-02' });
    expect(text(read, 'chicago', made)).toContain('Archived January 2, 2025, at https://archive.ph/AbCdE.');
    expect(text(read, 'chicago', made)).not.toContain('web.archive.org');
  });

  it('copies that are not an archive a reader can follow are not cited as one', () => {
    const local = withFields(syria, { capture: { service: 'SingleFile', url: null, capturedAt: '2024-05-03T10:15:00Z' } });
    const print = withFields(syria, { capture: { service: 'Print view', url: `${syria.canonicalUrl}?print=1`, capturedAt: null } });
    const file = withFields(syria, { capture: { service: 'Save Page As', url: 'file:///home/me/page.html', capturedAt: null } });
    for (const r of [local, print, file]) {
      expect(referenceOf(r).archive).toBeNull();
      expect(text(r, 'chicago')).not.toContain('Archived');
    }
    expect(referenceOf(syria, { archived: { url: 'javascript:alert(1)', capturedAt: null } }).archive).toBeNull();
  });

  it('without a capture date, the address alone', () => {
    const undated = { archived: { url: wayback, capturedAt: null } };
    expect(text(syria, 'apa', undated)).toContain(` Archived at ${wayback}`);
    expect(text(syria, 'mla', undated)).toContain(`. Wayback Machine, web.archive.org/`);
  });
});

describe('French citations (fr-FR)', () => {
  const fr = byName('2021-mondialisation-fr-crosspost');
  const opts = { locale: 'fr-FR' as const, accessed: '2024-05-03' };

  it('« » quotes, French months, "consulté le", French terms', () => {
    expect(text(fr, 'mla', opts)).toContain('«\u00a0Barrages hydroélectriques : la privatisation par la petite porte\u00a0». Mondialisation.ca, 3 juin 2021,');
    expect(text(fr, 'mla', opts)).toContain('Initialement publié dans Le Veilleur du Sud, 31 mai 2021');
    expect(text(fr, 'chicago', opts)).toContain('Mondialisation.ca, 3 juin 2021.');
    expect(text(fr, 'apa', opts)).toContain('(2021, 3 juin)');
    const undated = withFields(fr, { publishedAt: null });
    expect(text(undated, 'mla', opts)).toContain('Consulté le 3 mai 2024.');
    expect(text(undated, 'chicago', opts)).toContain('s.\u00a0d. Consulté le 3 mai 2024.');
    expect(text(undated, 'apa', opts)).toContain('(s.\u00a0d.)');
    expect(text(fr, 'mla', { ...opts, locale: 'en-US' })).toContain('“Barrages hydroélectriques : la privatisation par la petite porte.” Mondialisation.ca, 3 June 2021,');
  });

  it('the title keeps its language’s casing in every locale', () => {
    for (const locale of ['en-US', 'fr-FR'] as const) expect(text(fr, 'chicago', { locale })).toContain('la privatisation par la petite porte');
  });
});

describe('citationLocale: the setting, the article, the interface', () => {
  it.each([
    ['article', 'fr', 'en-US', 'fr-FR'],
    ['article', 'en', 'fr', 'en-US'],
    ['ui', 'en', 'fr-CA', 'fr-FR'],
    ['ui', 'fr', 'en-GB', 'en-US'],
    ['ui', 'fr', undefined, 'en-US'],
    ['en', 'fr', 'fr', 'en-US'],
  ] as const)('%s, article %s, interface %s → %s', (choice, article, ui, locale) => {
    expect(citationLocale(choice, article, ui)).toBe(locale);
  });
});
