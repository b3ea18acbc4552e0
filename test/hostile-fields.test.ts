// Fields a page sets and no output used to check (security review item 6): a javascript:
// original source, a crafted article:published_time, an off-site canonical address, control
// characters in names. The core validates them at its boundary (src/extract/validate.ts) and
// each format escapes what it writes (BibTeX here).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/cli/dom';
import { extract, type ArticleRecord } from '../src/extract';
import { cleanName, isoDate } from '../src/extract/validate';
import { attribution } from '../src/format/attribution';
import { bibtex, bibtexKey, bibtexValue } from '../src/format/bibtex';
import { frontMatterData } from '../src/format/front-matter';
import { articlePage, paragraphs } from './helpers/synthetic';

const URL = 'https://www.globalresearch.ca/seed-patents/5000001';

function record(parts: Parameters<typeof articlePage>[0]): ArticleRecord {
  const title = parts.title ?? 'Seed Patents and the Small Farmer';
  const doc = parseHtml(articlePage({ body: paragraphs(6), ...parts, header: `<h1>${title}</h1>${parts.header ?? ''}` }), URL);
  const r = extract(doc, URL);
  doc.defaultView?.close();
  if (r.kind !== 'article') throw new Error(r.reason);
  return r;
}

const DATE_LINE = '<p>Global Research, October 02, 2015</p>';

describe('page-set fields are validated before they leave the core', () => {
  it('a javascript: link to the original source is dropped, the publisher kept', () => {
    const r = record({ header: `<p>By <a href="/author/jane-roe">Jane Roe</a></p>${DATE_LINE}<p><a href="javascript:alert(document.domain)">Evil Review</a> 28 September 2015</p>` });
    expect(r.originalSource?.publisher).toBe('Evil Review');
    expect(r.originalSource?.url).toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/javascript:/i);
    expect(JSON.stringify(frontMatterData(r))).not.toMatch(/javascript:/i);
  });

  it('a crafted article:published_time is no date, so BibTeX gets no field or key from it', () => {
    const r = record({
      head: '<meta property="article:published_time" content="}\\input{x}}"><meta name="author" content="Jane Roe">',
      header: '<p>By Jane Roe</p>',
    });
    expect(r.publishedAt).toBeNull();
    const bib = bibtex(r, { accessed: '2025-01-15' });
    expect(bib).not.toContain('\\input');
    expect(bib.split('\n')[0]).toMatch(/^@misc\{[A-Za-z0-9:_.-]+,$/);
    let depth = 0;
    for (const c of bib.replace(/\\[{}]/g, '')) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('an off-site canonical address gives way to the page address, in the record and the attribution', () => {
    const r = record({ head: '<link rel="canonical" href="https://evil.example/seed-patents/5000001">', header: DATE_LINE });
    expect(r.canonicalUrl).toBe(URL);
    expect(attribution(r).html).not.toContain('evil.example');
    const sister = record({ head: '<link rel="canonical" href="https://www.mondialisation.ca/brevets/5000001">', header: DATE_LINE });
    expect(sister.canonicalUrl).toBe('https://www.mondialisation.ca/brevets/5000001');
  });

  it('names and titles lose control and bidi-override characters', () => {
    const r = record({ title: 'Seed\u0007 Patents \u202eand the Farmer', header: `<p>By <a href="/author/x">Jane\u0000 Roe\u202e</a></p>${DATE_LINE}` });
    expect(r.authors.map((a) => a.name)).toEqual(['Jane Roe']);
    expect(r.title).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  });
});

describe('the checks and escapes themselves', () => {
  it('ISO dates: YYYY-MM-DD with a month and a day in range', () => {
    expect(isoDate('2015-10-02')).toBe('2015-10-02');
    for (const bad of ['2015-02-32', '2015-13-01', '}\\input{x}}', '2015-10-02T10:00', '', null]) expect(isoDate(bad)).toBeNull();
  });

  it('names: controls out, line breaks as spaces', () => {
    expect(cleanName('A\u0000B\nC\u202eD\u2066')).toBe('AB CD');
  });

  it('BibTeX values and keys: braces cannot escape their field', () => {
    // Braces and backslashes become text commands: no bare brace is left to close the field.
    expect(bibtexValue('}\\input{x}')).toBe('\\textbraceright{}\\textbackslash{}input\\textbraceleft{}x\\textbraceright{}');
    expect(bibtexKey('roe}\\inharvest')).toBe('roeinharvest');
    expect(bibtexKey('}{')).toBe('article');
  });
});
