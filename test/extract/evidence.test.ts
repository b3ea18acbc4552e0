// The record's evidence (SPEC.md): on every fixture, each field with a value says where it came
// from, in the field's own vocabulary, and what the page itself shows agrees with it; on crafted
// pages, each source is named and a disagreement between the page's sources is flagged.
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';
import { extractFixture, loadFixtures } from '../helpers/fixtures';
import { evidenceHolds, jsonLd } from '../helpers/page-sources';

const VOCABULARY: Record<string, string[]> = {
  title: ['h1', 'heading', 'title line', 'og:title', 'json-ld', '<title>'],
  subtitle: ['dek'],
  authors: ['byline', 'microdata', 'rel=author', 'json-ld', 'meta'],
  publishedAt: ['date line', 'time element', 'microdata', 'header date', 'meta', 'json-ld'],
  originalSource: ['publisher line', 'source footer', 'note', 'first published note'],
  tags: ['labels'],
  copyright: ['copyright line'],
  republication: ['disclaimer'],
  authorBio: ['about the author', 'in-body bio'],
  featuredImage: ['og:image', 'json-ld', 'top image', 'article image'],
  notes: ['notes'],
  canonicalUrl: ['canonical link', 'og:url', 'url'],
  lang: ['html lang', 'site'],
};

const hasValue = (r: ArticleRecord, field: string): boolean => {
  if (field === 'tags') return r.regions.length + r.themes.length + r.inDepthReports.length > 0;
  const v = (r as unknown as Record<string, unknown>)[field];
  return Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== '';
};

describe('evidence on every fixture', () => {
  const articles = loadFixtures()
    .map((fx) => ({ fx, r: extractFixture(fx) }))
    .filter((x): x is { fx: (typeof x)['fx']; r: ArticleRecord } => x.r.kind === 'article');

  it.each(articles.map((a) => [a.fx.name, a] as const))('%s: a source for each value, from its vocabulary', (_name, { fx, r }) => {
    for (const [field, words] of Object.entries(VOCABULARY)) {
      const source = (r.evidence as Record<string, string>)[field];
      if (hasValue(r, field)) expect(words, `${field}: ${source}`).toContain(source);
      else expect(source, `${field} has no value`).toBeUndefined();
    }
    // What the page shows says the same (read here from the page, not from the core): each source named holds.
    const doc = parseHtml(fx.html, fx.expected.url);
    const wrong = Object.entries(r.evidence)
      .filter(([k]) => !k.endsWith('.disagrees'))
      .map(([field, source]) => evidenceHolds(doc, r, field, source!))
      .filter(Boolean);
    expect(wrong).toEqual([]);
    // A heading, an image, a canonical link or a lang the page has is the source named, not a fallback.
    const h1 = Array.from(doc.querySelectorAll('h1')).some((h) => h.textContent!.replace(/\s+/g, ' ').trim() === r.title);
    expect(r.evidence.title === 'h1', 'title from the page’s h1').toBe(h1);
    const og = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
    if (r.featuredImage) expect(r.evidence.featuredImage === 'og:image').toBe(!!og && new URL(og, fx.expected.url).href === r.featuredImage.src);
    expect(r.evidence.canonicalUrl === 'canonical link').toBe(!!doc.querySelector('link[rel~="canonical"]'));
    expect(r.evidence.lang === 'html lang').toBe(!!doc.documentElement.getAttribute('lang'));
    // A disagreement is flagged exactly where the page's JSON-LD or meta date differs from the date kept.
    const otherDates = [...jsonLd(doc).flatMap((o) => (typeof o.datePublished === 'string' ? [o.datePublished] : [])), ...Array.from(doc.querySelectorAll('meta[property="article:published_time"]'), (m) => m.getAttribute('content') ?? '')]
      .filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d))
      .map((d) => d.slice(0, 10));
    const differs = otherDates.some((d) => d !== r.publishedAt);
    expect(r.evidence['publishedAt.disagrees'] !== undefined, `dates on the page: ${otherDates.join(', ') || 'none'}`).toBe(differs && r.evidence.publishedAt !== 'json-ld' && r.evidence.publishedAt !== 'meta');
    // Fixtures whose sources agree carry no other disagreement.
    expect(Object.keys(r.evidence).filter((k) => k.endsWith('.disagrees') && k !== 'publishedAt.disagrees')).toEqual([]);
  });
});

/** Each field's value changed to one no page shows: the check of its source must then fail. */
const ELSEWHERE: Record<string, (r: ArticleRecord) => ArticleRecord> = {
  title: (r) => ({ ...r, title: `${r.title} (a title not on the page)` }),
  subtitle: (r) => ({ ...r, subtitle: 'A dek the page does not have' }),
  authors: (r) => ({ ...r, authors: [{ name: 'Nobody Onthepage', url: null }, ...r.authors.slice(1)] }),
  publishedAt: (r) => ({ ...r, publishedAt: '1999-01-31' }),
  originalSource: (r) => ({ ...r, originalSource: { publisher: 'The Nowhere Press', date: r.originalSource!.date, url: null } }),
  tags: (r) => ({ ...r, themes: [...r.themes, 'A Theme Not Here'] }),
  copyright: (r) => ({ ...r, copyright: { ...r.copyright!, holders: ['Nobody Onthepage'] } }),
  republication: (r) => ({ ...r, republication: { notice: 'A notice the page never gave, long enough to be searched for in its text.', contact: null } }),
  authorBio: (r) => ({ ...r, authorBio: 'A biography the page never gave, long enough to be searched for.' }),
  featuredImage: (r) => ({ ...r, featuredImage: { src: 'https://www.globalresearch.ca/wp-content/uploads/nowhere.jpg', credit: null } }),
  notes: (r) => ({ ...r, notes: ['A note the page never gave, long enough to be searched for in its text.'] }),
};

describe('the evidence check reads the page (it can fail)', () => {
  const articles = loadFixtures()
    .map((fx) => ({ fx, r: extractFixture(fx) }))
    .filter((x): x is { fx: (typeof x)['fx']; r: ArticleRecord } => x.r.kind === 'article');

  it.each(articles.map((a) => [a.fx.name, a] as const))('%s: a value the page does not show fails its source', (_name, { fx, r }) => {
    const doc = parseHtml(fx.html, fx.expected.url);
    for (const [field, change] of Object.entries(ELSEWHERE)) {
      const source = (r.evidence as Record<string, string>)[field];
      if (source) expect(evidenceHolds(doc, change(r), field, source), `${field}: ${source}`).not.toBeNull();
    }
  });

  it.each([
    ['2015-syria-strategic-culture', 'title', 'og:title'],
    ['2015-syria-strategic-culture', 'originalSource', 'note'],
    ['2015-syria-strategic-culture', 'originalSource', 'first published note'],
    ['2015-syria-strategic-culture', 'canonicalUrl', 'url'],
    ['2015-syria-strategic-culture', 'lang', 'site'],
    ['2021-long-article', 'title', 'h1'],
    ['2021-long-article', 'originalSource', 'publisher line'],
    ['2019-mondialisation-fr', 'originalSource', 'publisher line'],
    ['2016-interview-no-tags', 'canonicalUrl', 'canonical link'],
  ])('%s: %s from "%s" is refused (the page does not give it so)', (name, field, source) => {
    const { fx, r } = articles.find((a) => a.fx.name === name)!;
    expect(evidenceHolds(parseHtml(fx.html, fx.expected.url), r, field, source)).not.toBeNull();
  });
});

const URL_ = 'https://www.globalresearch.ca/a-crafted-page/5000123';
const BODY = Array.from({ length: 4 }, (_, i) => `<p>${'Paragraph of running article text that is long enough to count as the body of a real article. '.repeat(2)}${i}</p>`).join('');

function read(head: string, header: string): ArticleRecord {
  const html = `<!DOCTYPE html><html lang="en"><head><title>A Crafted Page - Global Research</title>${head}</head><body><article><h1>A Crafted Page</h1>${header}${BODY}</article></body></html>`;
  const r = extract(parseHtml(html, URL_), URL_);
  if (r.kind !== 'article') throw new Error(r.reason);
  return r;
}

describe('evidence on crafted pages', () => {
  it('names the date line and flags a JSON-LD date that differs', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A Crafted Page","datePublished":"2021-03-10T08:00:00Z","author":{"@type":"Person","name":"Ann Author"}}</script>`;
    const r = read(ld, '<p>By <a href="/author/ann-author">Ann Author</a></p><p>Global Research, March 09, 2021</p>');
    expect(r.publishedAt).toBe('2021-03-09');
    expect(r.evidence.publishedAt).toBe('date line');
    expect(r.evidence['publishedAt.disagrees']).toBe('json-ld: 2021-03-10');
    expect(r.evidence['authors.disagrees']).toBeUndefined();
  });

  it('flags an og:title that differs from the heading, and JSON-LD authors the byline does not name', () => {
    const head = `<meta property="og:title" content="An Older Title"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Someone Else"}]}</script>`;
    const r = read(head, '<p>By <a href="/author/ann-author">Ann Author</a></p><p>Global Research, March 09, 2021</p>');
    expect(r.evidence.title).toBe('h1');
    expect(r.evidence['title.disagrees']).toBe('og:title: An Older Title');
    expect(r.evidence['authors.disagrees']).toBe('json-ld: Someone Else');
  });

  it('names microdata authors and a <time> element', () => {
    const r = read('', '<div><span itemprop="author" itemscope><span itemprop="name">Ann Author</span></span> · <time datetime="2021-03-09">9 March 2021</time></div>');
    expect(r.authors.map((a) => a.name)).toEqual(['Ann Author']);
    expect(r.evidence.authors).toBe('microdata');
    expect(r.evidence.publishedAt).toBe('time element');
  });

  it('falls back on JSON-LD and says so', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A Crafted Page","datePublished":"2021-03-10","author":{"@type":"Person","name":"Ann Author"},"image":"https://www.globalresearch.ca/wp-content/uploads/x.jpg"}</script>`;
    const r = read(ld, '');
    expect(r.evidence.authors).toBe('json-ld');
    expect(r.evidence.publishedAt).toBe('json-ld');
    expect(r.evidence.featuredImage).toBe('json-ld');
    expect(r.evidence['publishedAt.disagrees']).toBeUndefined();
  });

  it('names the original source’s clue: publisher line, source footer, note', () => {
    const line = read('', '<p>By Ann Author</p><p>Global Research, March 09, 2021</p><p><a href="https://example.net/x">The Example Review</a> 1 March 2021</p>');
    expect(line.originalSource).toEqual({ publisher: 'The Example Review', date: '2021-03-01', url: 'https://example.net/x' });
    expect(line.evidence.originalSource).toBe('publisher line');
    const note = read('', `<p>By Ann Author</p><p>Global Research, March 09, 2021</p>${BODY}<p><em>This article was originally published on The Example Review.</em></p>`);
    expect(note.evidence.originalSource).toBe('note');
  });
});

describe('the README documents the evidence vocabulary', () => {
  it('lists, for each field, the sources this test accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.split('### Where each value came from (`evidence`)')[1]?.split('\n### ')[0] ?? '';
    const documented: Record<string, string[]> = {};
    for (const [, fields, sources] of section.matchAll(/^\| (`[^|]+`) \| ([^|]+) \|$/gm)) {
      const names = fields.split(' / ').map((f) => f.replaceAll('`', '').trim());
      const lists = sources.split(' / ').map((l) => l.split(',').map((x) => x.replaceAll('`', '').trim()));
      names.forEach((n, i) => (documented[n] = lists[names.length === lists.length ? i : 0]));
    }
    expect(documented).toEqual(VOCABULARY);
  });
});
