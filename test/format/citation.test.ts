// Cite: CSL-JSON, BibTeX, BibLaTeX and RIS on every fixture record, each read back by a
// maintained parser (the CSL-JSON schema with ajv, @retorquere/bibtex-parser as Better
// BibTeX reads BibTeX, citation-js's RIS reader), and the provenance chain in each format.
import { parse as parseBibtex, type Entry } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { biblatex } from '../../src/format/biblatex';
import { bibtex } from '../../src/format/bibtex';
import { citation, CITATION_FORMATS } from '../../src/format/citation';
import { cslItem, cslJson } from '../../src/format/csl';
import { referenceOf } from '../../src/format/reference';
import { ris } from '../../src/format/ris';
import { splitName } from '../../src/format/names';
import { articleFixtures, rows, withFields } from './articles';

const articles = articleFixtures();
const accessed = '2024-05-03';
const byName = (name: string) => articles.find((a) => a.name === name)!.record;
const syria = byName('2015-syria-strategic-culture');
const siteName = (site: string) => (site === 'mondialisation.ca' ? 'Mondialisation.ca' : 'Global Research');

const schema = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'csl/csl-data.json'), 'utf8'));
const validateCsl = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** One entry as Better BibTeX's parser reads it (no sentence-casing unless asked). */
function readBib(text: string, sentenceCase = false): Entry {
  const lib = parseBibtex(text, sentenceCase ? {} : { english: false });
  expect(lib.errors).toEqual([]);
  expect(lib.entries).toHaveLength(1);
  return lib.entries[0];
}

/** The RIS record as citation-js reads it (CSL-JSON). */
const readRis = (text: string) => new Cite(text).data as Record<string, unknown>[];

describe('CSL-JSON', () => {
  it.each(rows(articles))('%s: a valid newspaper article with the record’s fields', (_name, { record }) => {
    const json = JSON.parse(cslJson(record, { accessed }));
    expect(validateCsl(json), JSON.stringify(validateCsl.errors)).toBe(true);
    const [item] = json;
    expect(item).toEqual(cslItem(record, { accessed }));
    expect(item.type).toBe('article-newspaper');
    expect(item.title).toBe(referenceOf(record).sentenceTitle);
    if (record.lang !== 'en') expect(item.title).toBe(record.title);
    expect(item['container-title']).toBe(siteName(record.site));
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
    // never "2015/2015": an original date only in another year than the issued one
    if (item['original-date']) expect(item['original-date']['date-parts'][0][0]).not.toBe(y);
  });

  it('names: organisations literal, honorifics dropped, particles in their fields', () => {
    expect(cslItem(byName('2012-legacy-global-research-news')).author).toEqual([{ literal: 'Global Research News' }]);
    expect(cslItem(byName('2024-crosspost-linked-source')).author).toEqual([{ family: 'Ferreira-Holt', given: 'Lucinda' }]);
    const names = cslItem(withFields(syria, { authors: ['Jean-Baptiste de La Fontaine', 'Vincent van Gogh'].map((name) => ({ name, url: null })) })).author;
    expect(names).toEqual([
      { family: 'La Fontaine', given: 'Jean-Baptiste', 'dropping-particle': 'de' },
      { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' },
    ]);
    const fr = cslItem(byName('2019-mondialisation-fr'));
    expect(fr.title).toBe('Déserts médicaux : quand la rentabilité redessine la carte des soins');
  });

  it('a same-year cross-post: original-publisher, no original-date, the full date and link in note', () => {
    const item = cslItem(syria);
    expect(item['original-publisher']).toBe('Strategic Culture Foundation');
    expect(item['original-date']).toBeUndefined();
    expect(item.note).toBe(`Originally published by Strategic Culture Foundation, September 28, 2015: ${syria.originalSource!.url}`);
  });

  it('an original from another year: original-date; the site’s own original: no original-publisher', () => {
    const older = cslItem(withFields(syria, { originalSource: { ...syria.originalSource!, date: '2014-12-30' } }));
    expect(older['original-date']).toEqual({ 'date-parts': [[2014, 12, 30]] });
    const own = cslItem(byName('2023-two-authors-gr-original'));
    expect(own['original-publisher']).toBeUndefined();
    expect(own['original-date']).toEqual({ 'date-parts': [[2022, 11, 4]] });
    expect(cslItem(byName('2019-mondialisation-fr'))).not.toHaveProperty('note');
  });

  it('original-title when a note gives another title', () => {
    const retitled = withFields(syria, { notes: ['This article was originally published under the title “Tehran and Moscow in Syria”.'] });
    expect(cslItem(retitled)['original-title']).toBe('Tehran and Moscow in Syria');
    expect(cslItem(withFields(syria, { notes: [`First published under the title "${syria.title}".`] }))).not.toHaveProperty('original-title');
  });

  it('reads no clock: without an access date there is none', () => {
    expect(cslItem(syria).accessed).toBeUndefined();
    expect(cslJson(syria, { accessed })).toBe(cslJson(syria, { accessed }));
  });
});

describe('BibTeX (classic)', () => {
  it.each(rows(articles))('%s: a @misc with year, month, \\url in howpublished, the access date in note', (_name, { record }) => {
    const text = bibtex(record, { accessed });
    const entry = readBib(text);
    expect(entry.type).toBe('misc');
    expect(entry.key).toMatch(/^[a-z0-9]+$/);
    expect(entry.fields.year).toBe(record.publishedAt!.slice(0, 4));
    expect(entry.fields.month).toBe(String(Number(record.publishedAt!.slice(5, 7))));
    expect(text).toMatch(/^ {2}month += [a-z]{3},$/m); // the bare month macro classic styles expect
    expect(text).toContain(`howpublished = {\\url{${record.canonicalUrl}}}`);
    expect(entry.fields.note).toContain(siteName(record.site));
    expect(entry.fields.note).toContain('Accessed May 3, 2024');
    expect(readBib(bibtex(record, { accessed, locale: 'fr-FR' })).fields.note).toContain('Consulté le 3 mai 2024');
    expect(entry.fields.author).toHaveLength(record.authors.length);
    expect(entry.fields.title).toBe(record.title);
  });

  // Better BibTeX lowers a stop word that opens a subtitle ("…: a market failure"), where APA
  // capitalises it; the rest must match the project's APA title.
  const subtitleStart = (title: string) => title.replace(/: (\p{L})/gu, (_m, c: string) => `: ${c.toLowerCase()}`);

  it.each(rows(articles.filter((a) => a.record.lang === 'en' && !/["<]/.test(a.record.title))))(
    '%s: sentence-cased as Better BibTeX does, proper nouns and acronyms keep their capitals',
    (_name, { record }) => {
      expect(subtitleStart(readBib(bibtex(record), true).fields.title!)).toBe(subtitleStart(referenceOf(record).sentenceTitle));
    },
  );

  it('braces proper nouns only, never the whole title', () => {
    const text = bibtex(syria);
    expect(text).toContain('title        = {Russia and {Iran} are Coordinating in {Syria} to Preserve Regional Stability},');
    expect(text).not.toMatch(/title += \{\{/);
    expect(readBib(bibtex(withFields(syria, { title: 'Why NATO Is Coordinating in Syria' })), true).fields.title).toBe('Why NATO is coordinating in Syria');
  });

  it('notes the provenance: the original and an archived copy', () => {
    const original = 'https://harbourlinereview.org/2024/02/12/the-empty-antibiotic-pipeline/';
    const archive = 'https://web.archive.org/web/20240503101500/https://www.globalresearch.ca/empty-antibiotic-pipeline-market-failure/5851937';
    const text = bibtex(byName('2024-crosspost-linked-source'), { accessed, archived: { url: archive, capturedAt: '2024-05-03T10:15:00Z' } });
    expect(text).toContain(`Originally published by Harbourline Review, February 12, 2024: \\url{${original}}`);
    expect(text).toContain(`Archived by the Wayback Machine on May 3, 2024: \\url{${archive}}`);
    const { note } = readBib(text).fields;
    expect(note).toContain(`Originally published by Harbourline Review, February 12, 2024: <a href="${original}">`);
  });
});

describe('BibLaTeX', () => {
  it.each(rows(articles))('%s: an @online entry with date, url, urldate, langid', (_name, { record }) => {
    const entry = readBib(biblatex(record, { accessed }));
    expect(entry.type).toBe('online');
    expect(entry.fields.date).toBe(record.publishedAt);
    expect(entry.fields.url).toBe(record.canonicalUrl);
    expect(entry.fields.urldate).toBe(accessed);
    expect(entry.fields.organization).toEqual([siteName(record.site)]);
    expect(entry.fields.langid).toBe(record.lang === 'fr' ? 'french' : 'english');
    expect(entry.fields.title).toBe(record.title);
    expect(entry.fields.author!.map((a) => a.lastName ?? a.name)).toEqual(
      record.authors.map((a) => {
        const n = splitName(a.name);
        return n.literal ?? n.family;
      }),
    );
  });

  it('origpublisher; origdate only in another year; the site’s own original has no origpublisher', () => {
    const same = readBib(biblatex(syria)).fields;
    expect(same.origpublisher).toEqual(['Strategic Culture Foundation']);
    expect(same.origdate).toBeUndefined();
    expect(same.note).toContain('September 28, 2015');
    const own = readBib(biblatex(byName('2023-two-authors-gr-original'))).fields;
    expect(own.origdate).toBe('2022-11-04');
    expect(own.origpublisher).toBeUndefined();
  });

  it('names: particles where biblatex expects them, compound family names kept whole', () => {
    const names = ['Jean-Baptiste de La Fontaine', "Valéry Giscard d'Estaing", 'Gabriel García Márquez', 'Vincent van Gogh', 'Prof Michel Chossudovsky', 'Global Research News'];
    const entry = readBib(biblatex(withFields(syria, { authors: names.map((name) => ({ name, url: null })) })));
    expect(entry.fields.author).toEqual([
      { lastName: 'La Fontaine', firstName: 'Jean-Baptiste', prefix: 'de' },
      { lastName: "Giscard d'Estaing", firstName: 'Valéry' },
      { lastName: 'García Márquez', firstName: 'Gabriel' },
      { lastName: 'Gogh', firstName: 'Vincent', prefix: 'van' },
      { lastName: 'Chossudovsky', firstName: 'Michel' },
      { name: 'Global Research News' },
    ]);
  });
});

describe('BibTeX and BibLaTeX with hostile values', () => {
  const hostile = withFields(syria, {
    title: 'a } b { c \\input{x} 50% #1 $x$ ^_~ & <tag>\u0007\u2028end',
    authors: [{ name: 'Eve}\\input{/etc/passwd} Mallory', url: null }, { name: 'Research and Policy Institute', url: null }],
    publishedAt: '2015-10-02}\\input{x}',
    originalSource: { publisher: 'Evil} Press %', date: '2014-01-01}\\x', url: 'https://evil.example/a}b%c#d\\e' },
  });

  it.each([
    ['bibtex', bibtex],
    ['biblatex', biblatex],
  ] as const)('%s: every value escaped, the entry parses and reads back as the text', (_format, write) => {
    const text = write(hostile, { accessed });
    expect(text).not.toMatch(/\\input\{/);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028]/);
    expect(text).not.toMatch(/(?<!\\)%/); // an unescaped % would comment out the rest of the line
    const entry = readBib(text);
    expect(entry.fields.title).toBe('a } b { c \\input{x} 50% #1 $x$ ^_~ & <tag> end');
    expect(entry.fields.author![0]).toMatchObject({ lastName: 'Mallory' });
    expect(entry.fields.author![1]).toEqual({ name: 'Research and Policy Institute' });
    if (entry.fields.date) expect(entry.fields.date).toBe('2015-10-02');
    if (entry.fields.year) expect(entry.fields.year).toBe('2015');
    expect(Object.keys(entry.fields)).not.toContain('x');
  });
});

describe('RIS', () => {
  it.each(rows(articles))('%s: a NEWS record that citation-js reads back', (_name, { record }) => {
    const text = ris(record, { accessed });
    expect(text).toMatch(/^TY {2}- NEWS\r\n/);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    for (const line of text.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const [item] = readRis(text);
    expect(item.type).toBe('article-newspaper');
    expect(item.title).toBe(record.title);
    expect(item['container-title']).toBe(siteName(record.site));
    expect(item.URL).toBe(record.canonicalUrl);
    expect(item.language).toBe(record.lang);
    expect(item.accessed).toEqual({ 'date-parts': [[2024, 5, 3]] });
    expect(text).toContain(`DA  - ${record.publishedAt!.replace(/-/g, '/')}/\r\n`);
    expect([(item.reporter ?? item.author) as unknown].flat()).toHaveLength(record.authors.length);
  });

  it('the original in N1', () => {
    const [item] = readRis(ris(byName('2024-crosspost-linked-source')));
    expect(item.note).toBe('Originally published by Harbourline Review, February 12, 2024: https://harbourlinereview.org/2024/02/12/the-empty-antibiotic-pipeline/');
  });

  it('a value never breaks the record: control characters and line breaks become spaces', () => {
    const text = ris(withFields(syria, { title: 'One\r\nER  - \r\nTY  - JOUR\u0007two' }));
    expect(text.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(readRis(text)).toHaveLength(1);
  });
});

describe('citation()', () => {
  it('lists BibTeX and BibLaTeX separately, each labelled for what it is', () => {
    const byId = new Map(CITATION_FORMATS.map((f) => [f.id, f]));
    expect(byId.get('bibtex')!.label).toBe('BibTeX');
    expect(byId.get('biblatex')!.label).toBe('BibLaTeX');
    expect(citation(syria, 'bibtex').text).toMatch(/^@misc\{/);
    expect(citation(syria, 'biblatex').text).toMatch(/^@online\{/);
  });

  it.each(rows(articles))('%s: every listed format answers', (_name, { record }) => {
    for (const format of CITATION_FORMATS) {
      const c = citation(record, format.id, { accessed });
      expect(c.text.length).toBeGreaterThan(40);
      expect(c.html === null).toBe(format.kind === 'data');
    }
  });
});
