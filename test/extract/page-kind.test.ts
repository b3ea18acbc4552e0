import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';
import { articlePage } from '../helpers/synthetic';

const article = articlePage({ header: '<h1>Seed Patents and the Small Farmer</h1><p>Global Research, July 21, 2009</p>' });
const reasonOf = (html: string, url: string) => {
  const r = extract(parseHtml(html, url), url);
  return r.kind === 'not-article' ? r.reason : 'article';
};

describe('not-article detection', () => {
  it.each([
    ['https://www.globalresearch.ca/', 'home page'],
    ['https://www.globalresearch.ca/region/middle-east', 'listing page'],
    ['https://www.globalresearch.ca/theme/global-economy/page/2', 'listing page'],
    ['https://www.globalresearch.ca/indepthreport/syria', 'listing page'],
    ['https://www.globalresearch.ca/author/michel-chossudovsky', 'author page'],
    ['https://www.mondialisation.ca/author/claire-vautrin-morel', 'author page'],
    ['https://www.globalresearch.ca/category/italiano', 'listing page'],
  ])('%s is a %s, even when Readability would accept it', (url, reason) => {
    expect(reasonOf(article, url)).toBe(reason);
  });

  it('accepts the same page at an article address, new and legacy', () => {
    expect(reasonOf(article, 'https://www.globalresearch.ca/seed-patents/5000123')).toBe('article');
    expect(reasonOf(article, 'https://www.globalresearch.ca/index.php?context=va&aid=14708')).toBe('article');
  });

  it('uses og:type and JSON-LD when the address says nothing (a saved file)', () => {
    const website = article.replace('<head>', '<head><meta property="og:type" content="website">');
    expect(reasonOf(website, 'file:///tmp/page.html')).toMatch(/not an article/);
    const collection = article.replace('<head>', '<head><script type="application/ld+json">{"@type":"CollectionPage"}</script>');
    expect(reasonOf(collection, 'file:///tmp/page.html')).toBe('listing page');
    expect(reasonOf(article, 'file:///tmp/page.html')).toBe('article');
  });

  it('calls a page of teasers a listing', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<article><h2>Story ${i}</h2><p>${'A teaser sentence about the story that runs on for a while. '.repeat(3)}</p></article>`).join('');
    expect(reasonOf(`<html><head><title>Archives</title></head><body><h1>Archives</h1>${teasers}</body></html>`, 'file:///tmp/a.html')).toBe('listing page');
  });

  it.each([
    ['an empty document', ''],
    ['a frameset', '<html><frameset><frame src="a.html"></frameset></html>'],
    ['a body without text', '<html><body><div><img src="a.png"></div></body></html>'],
    ['a title and nothing else', '<html><head><title>Only a title</title></head><body><h1>Only a title</h1></body></html>'],
  ])('returns not-article for %s, without throwing', (_what, html) => {
    const r = extract(parseHtml(html, 'https://www.globalresearch.ca/x/1'), 'https://www.globalresearch.ca/x/1');
    expect(r.kind).toBe('not-article');
    expect(r.kind === 'not-article' && r.reason.length).toBeGreaterThan(0);
  });
});

describe('pathological pages', () => {
  const url = 'https://www.globalresearch.ca/big/5000001';
  it('declines a page far larger than any article page, quickly', () => {
    const html = `<html><head><title>Big</title></head><body><h1>Big</h1>${'<p>x</p>'.repeat(70_000)}</body></html>`;
    const doc = parseHtml(html, url);
    const t = performance.now();
    const r = extract(doc, url);
    const ms = performance.now() - t;
    expect(r).toMatchObject({ kind: 'not-article', reason: expect.stringMatching(/too large/) });
    expect(ms).toBeLessThan(5_000); // a bound, not a benchmark: the refusal must not read the page
  });

  it('reads an article under a 1 MB <title> and among many deep wrappers', () => {
    const big = articlePage({ header: '<h1>Seed Patents and the Small Farmer</h1><p>Global Research, July 21, 2009</p>' })
      .replace(/<title>[^<]*<\/title>/, `<title>${'x'.repeat(1 << 20)}</title><meta property="og:title" content="Seed Patents and the Small Farmer">`)
      .replace('<table', `${'<div>'.repeat(400)}<table`)
      .replace('</table>', `</table>${'</div>'.repeat(400)}`);
    const r = extract(parseHtml(big, url), url);
    expect(r.kind).toBe('article');
    expect(r.kind === 'article' && r.title).toBe('Seed Patents and the Small Farmer');
  });

  it('reads an XHTML page', () => {
    const xhtml = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n${article.replace('<html lang="en">', '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">')}`;
    const r = extract(parseHtml(xhtml, url), url);
    expect(r.kind).toBe('article');
  });
});
