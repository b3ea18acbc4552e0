// Cite: CSL-JSON, BibTeX, RIS and APA / MLA / Chicago on every fixture record.
import { describe, expect, it } from 'vitest';
import { bibtex, escapeLatex } from '../../src/format/bibtex';
import { citation, CITATION_FORMATS } from '../../src/format/citation';
import { cslItem, cslJson } from '../../src/format/csl';
import { ris } from '../../src/format/ris';
import { formatReference } from '../../src/format/styles';
import { splitName } from '../../src/format/names';
import { articleFixtures, rows, withFields } from './articles';

const articles = articleFixtures();
const accessed = '2024-05-03';
const byName = (name: string) => articles.find((a) => a.name === name)!.record;

/** BibTeX fields of one entry (values with their outer braces removed). */
function bibFields(entry: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,]+),\n/.exec(entry)!;
  const fields: Record<string, string> = {};
  for (const m of entry.matchAll(/^ {2}(\w+)\s*= \{(.*)\},$/gm)) fields[m[1]] = m[2];
  return { type: head[1], key: head[2], fields };
}

/** RIS as [tag, value] pairs. */
const risPairs = (text: string) => text.split('\r\n').filter(Boolean).map((l) => [l.slice(0, 2), l.slice(6)] as const);

describe('CSL-JSON', () => {
  it.each(rows(articles))('%s: a newspaper article with the record’s fields', (_name, { record }) => {
    const [item] = JSON.parse(cslJson(record, { accessed }));
    expect(item).toEqual(cslItem(record, { accessed }));
    expect(item.type).toBe('article-newspaper');
    expect(item.title).toBe(record.title);
    expect(item['container-title']).toBe(record.site === 'mondialisation.ca' ? 'Mondialisation.ca' : 'Global Research');
    expect(item.URL).toBe(record.canonicalUrl);
    expect(item.language).toBe(record.lang);
    const [y, m, d] = record.publishedAt!.split('-').map(Number);
    expect(item.issued).toEqual({ 'date-parts': [[y, m, d]] });
    expect(item.accessed).toEqual({ 'date-parts': [[2024, 5, 3]] });
    expect(item.author).toHaveLength(record.authors.length);
    for (const name of item.author) {
      expect(JSON.stringify(name)).not.toMatch(/\b(?:Dr|Prof)\b/);
      expect(name.literal ?? name.family).toBeTruthy();
    }
  });

  it('names: organisations literal, honorifics dropped, accents kept', () => {
    expect(cslItem(byName('2012-legacy-global-research-news')).author).toEqual([{ literal: 'Global Research News' }]);
    expect(cslItem(byName('2024-crosspost-linked-source')).author).toEqual([{ family: 'Ferreira-Holt', given: 'Lucinda' }]);
    expect(cslItem(byName('2023-two-authors-gr-original')).author).toEqual([
      { family: 'Oyelaran', given: 'Marguerite' },
      { family: 'Kestrel', given: 'Daniel' },
    ]);
    const fr = cslItem(byName('2019-mondialisation-fr'));
    expect(fr.title).toBe('Déserts médicaux : quand la rentabilité redessine la carte des soins');
    expect(fr.author).toEqual([{ family: 'Vautrin-Morel', given: 'Claire' }]);
  });

  it('records the original publication of a cross-post', () => {
    const item = cslItem(byName('2015-syria-strategic-culture'));
    expect(item['original-publisher']).toBe('Strategic Culture Foundation');
    expect(item['original-date']).toEqual({ 'date-parts': [[2015, 9, 28]] });
    expect(item.note).toContain('https://www.strategic-culture.org/');
    expect(cslItem(byName('2023-two-authors-gr-original'))['original-publisher']).toBeUndefined();
  });

  it('reads no clock: without an access date there is none', () => {
    const record = byName('2015-syria-strategic-culture');
    expect(cslItem(record).accessed).toBeUndefined();
    expect(cslJson(record, { accessed })).toBe(cslJson(record, { accessed }));
  });
});

describe('BibTeX', () => {
  it.each(rows(articles))('%s: an @online entry with the record’s fields', (_name, { record }) => {
    const { type, key, fields } = bibFields(bibtex(record, { accessed }));
    expect(type).toBe('online');
    expect(key).toMatch(/^[a-z0-9]+$/);
    expect(key).toContain(record.publishedAt!.slice(0, 4));
    expect(fields.title).toBe(`{${escapeLatex(record.title)}}`);
    expect(fields.date).toBe(record.publishedAt);
    expect(fields.url).toBe(record.canonicalUrl);
    expect(fields.urldate).toBe(accessed);
    expect(fields.organization).toBe(record.site === 'mondialisation.ca' ? 'Mondialisation.ca' : 'Global Research');
    expect(fields.author.split(' and ')).toHaveLength(record.authors.length);
    expect(fields.author).not.toMatch(/\b(?:Dr|Prof)\b/);
  });

  it('writes names family first, organisations braced, accents in UTF-8', () => {
    expect(bibFields(bibtex(byName('2015-syria-strategic-culture'))).fields.author).toBe('Nazemroaya, Mahdi Darius');
    expect(bibFields(bibtex(byName('2012-legacy-global-research-news'))).fields.author).toBe('{Global Research News}');
    expect(bibFields(bibtex(byName('2023-two-authors-gr-original'))).fields.author).toBe('Oyelaran, Marguerite and Kestrel, Daniel');
    const fr = bibFields(bibtex(byName('2019-mondialisation-fr')));
    expect(fr.key).toBe('vautrinmorel2019deserts');
    expect(fr.fields.title).toBe('{Déserts médicaux : quand la rentabilité redessine la carte des soins}');
    expect(fr.fields.langid).toBe('french');
  });

  it('escapes LaTeX specials', () => {
    expect(escapeLatex('50% of $5 & #1 a_b {x} ~ ^ \\')).toBe(
      '50\\% of \\$5 \\& \\#1 a\\_b \\{x\\} \\textasciitilde{} \\^{} \\textbackslash{}',
    );
    const hostile = bibFields(bibtex(byName('2022-hostile-markup'))).fields.title;
    expect(hostile).toContain('\\&');
    expect(hostile).toContain('\\textless{}b\\textgreater{}Bold');
    const braces = bibtex(withFields(byName('2015-syria-strategic-culture'), { title: 'a } b { c' }));
    expect(braces.split('{').length).toBe(braces.split('}').length);
  });

  it('notes the original source of a cross-post', () => {
    const { fields } = bibFields(bibtex(byName('2024-crosspost-linked-source')));
    expect(fields.note).toBe('Originally published by Harbourline Review, 2024-02-12: \\url{https://harbourlinereview.org/2024/02/12/the-empty-antibiotic-pipeline/}');
  });
});

describe('RIS', () => {
  it.each(rows(articles))('%s: a NEWS record with the record’s fields', (_name, { record }) => {
    const text = ris(record, { accessed });
    expect(text).toMatch(/^TY {2}- NEWS\r\n/);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const pairs = risPairs(text);
    const get = (tag: string) => pairs.filter(([t]) => t === tag).map(([, v]) => v);
    expect(get('TI')).toEqual([record.title]);
    expect(get('UR')).toEqual([record.canonicalUrl]);
    expect(get('DA')).toEqual([`${record.publishedAt!.replace(/-/g, '/')}/`]);
    expect(get('PY')).toEqual([record.publishedAt!.slice(0, 4)]);
    expect(get('Y2')).toEqual(['2024/05/03/']);
    expect(get('LA')).toEqual([record.lang]);
    expect(get('AU')).toHaveLength(record.authors.length);
    for (const line of text.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('writes authors "Family, Given", organisations as is, accents intact', () => {
    const au = (name: string) => risPairs(ris(byName(name))).filter(([t]) => t === 'AU').map(([, v]) => v);
    expect(au('2023-two-authors-gr-original')).toEqual(['Oyelaran, Marguerite', 'Kestrel, Daniel']);
    expect(au('2024-crosspost-linked-source')).toEqual(['Ferreira-Holt, Lucinda']);
    expect(au('2012-legacy-global-research-news')).toEqual(['Global Research News']);
    expect(ris(byName('2019-mondialisation-fr'))).toContain('TI  - Déserts médicaux : quand la rentabilité redessine la carte des soins\r\n');
  });
});

describe('formatted references', () => {
  const syria = byName('2015-syria-strategic-culture');
  const url = syria.canonicalUrl;
  const title = syria.title;

  it('APA 7', () => {
    expect(formatReference(syria, 'apa').text).toBe(`Nazemroaya, M. D. (2015, October 2). ${title}. Global Research. ${url}`);
    expect(formatReference(byName('2023-two-authors-gr-original'), 'apa').text).toMatch(/^Oyelaran, M\., & Kestrel, D\. \(2023, March 14\)\. /);
    expect(formatReference(byName('2012-legacy-global-research-news'), 'apa').text).toMatch(/^Global Research News\. \(2009, July 21\)\. /);
    expect(formatReference(byName('2024-crosspost-linked-source'), 'apa').text).toMatch(/^Ferreira-Holt, L\. \(2024, February 19\)\. /);
  });

  it('MLA 9', () => {
    expect(formatReference(syria, 'mla').text).toBe(
      `Nazemroaya, Mahdi Darius. “${title}.” Global Research, 2 Oct. 2015, ${url.replace('https://', '')}.`,
    );
    expect(formatReference(byName('2023-two-authors-gr-original'), 'mla').text).toMatch(/^Oyelaran, Marguerite, and Daniel Kestrel\. “/);
  });

  it('Chicago 17 (bibliography)', () => {
    expect(formatReference(syria, 'chicago').text).toBe(`Nazemroaya, Mahdi Darius. “${title}.” Global Research, October 2, 2015. ${url}.`);
  });

  it('adds the access date only when the article has no date (MLA, Chicago)', () => {
    const undated = withFields(syria, { publishedAt: null });
    expect(formatReference(undated, 'mla', { accessed }).text).toContain('Accessed 3 May 2024.');
    expect(formatReference(undated, 'chicago', { accessed }).text).toContain('Accessed May 3, 2024.');
    expect(formatReference(undated, 'apa', { accessed }).text).toContain('(n.d.)');
    expect(formatReference(syria, 'mla', { accessed }).text).not.toContain('Accessed');
  });

  it.each(rows(articles))('%s: HTML italicises the container and escapes the rest', (_name, { record }) => {
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      const { text, html } = formatReference(record, style, { accessed });
      expect(html).toMatch(/<i>(?:Global Research|Mondialisation\.ca)<\/i>/);
      expect(html.replace(/<\/?i>|<a href="[^"]*">|<\/a>/g, '')).not.toMatch(/<|>/);
      expect(text).toContain(record.canonicalUrl.replace(style === 'mla' ? 'https://' : '', ''));
      // MLA names the first of three or more authors and adds "et al.".
      for (const a of style === 'mla' && record.authors.length > 2 ? record.authors.slice(0, 1) : record.authors) {
        const parts = splitName(a.name);
        expect(text).toContain(parts.literal ?? parts.family!);
      }
      if (record.lang === 'fr') expect(text).toContain(record.title.split(' ').slice(0, 2).join(' ')); // accents intact
    }
  });

  it('keeps the hostile title as text, quotes nested', () => {
    const { text, html } = formatReference(byName('2022-hostile-markup'), 'mla');
    expect(text).toContain('“Why ‘<b>Bold</b>’ & <i>Claims</i> Fail.”');
    expect(html).toContain('‘&lt;b&gt;Bold&lt;/b&gt;’ &amp; &lt;i&gt;Claims&lt;/i&gt;');
  });
});

describe('citation()', () => {
  it.each(rows(articles))('%s: every listed format answers', (_name, { record }) => {
    for (const format of CITATION_FORMATS) {
      const c = citation(record, format.id, { accessed });
      expect(c.text.length).toBeGreaterThan(40);
      expect(c.html === null).toBe(format.kind === 'data');
    }
  });
});
