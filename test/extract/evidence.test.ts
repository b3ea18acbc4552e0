// The record's evidence (SPEC.md): on every fixture, each field with a value says where it came
// from, in the field's own vocabulary, and what the page itself shows agrees with it; on crafted
// pages, each source is named and a disagreement between the page's sources is flagged.
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';
import { extractFixture, loadFixtures } from '../helpers/fixtures';

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
    // What the page shows says the same (read here from the page, not from the core).
    const doc = parseHtml(fx.html, fx.expected.url);
    const h1 = Array.from(doc.querySelectorAll('h1')).some((h) => h.textContent!.replace(/\s+/g, ' ').trim() === r.title);
    expect(r.evidence.title === 'h1', 'title from the page’s h1').toBe(h1);
    const og = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
    if (r.featuredImage) expect(r.evidence.featuredImage === 'og:image').toBe(!!og && new URL(og, fx.expected.url).href === r.featuredImage.src);
    expect(r.evidence.canonicalUrl === 'canonical link').toBe(!!doc.querySelector('link[rel~="canonical"]'));
    expect(r.evidence.lang === 'html lang').toBe(!!doc.documentElement.getAttribute('lang'));
    // Fixtures whose sources agree carry no disagreement.
    expect(Object.keys(r.evidence).filter((k) => k.endsWith('.disagrees'))).toEqual([]);
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
