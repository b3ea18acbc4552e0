// The HTML export: a complete, self-contained, script-free document on every fixture.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { attribution } from '../../src/format/attribution';
import { articleHtml, DOCUMENT_CSP, htmlDocument } from '../../src/format/html-document';
import { articleFixtures, rows, withFields } from './articles';
import { vi } from 'vitest';

// The HTML export and the clipboard sanitise again, in the window they run in: jsdom's stands in for the popup's.
vi.stubGlobal('window', new JSDOM('').window);

const articles = articleFixtures();
const on = { includeCopyright: true };
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('HTML document of every fixture', () => {
  it.each(rows(articles))('%s: a complete document with a strict CSP and no scripts', (_name, { record }) => {
    const html = htmlDocument(record, on);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="')).toBe(true);
    const doc = parse(html);
    expect(doc.documentElement.lang).toBe(record.lang);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(DOCUMENT_CSP);
    expect(DOCUMENT_CSP).toMatch(/default-src 'none'/);
    expect(DOCUMENT_CSP).not.toMatch(/script-src/);
    expect(doc.querySelectorAll('script, iframe, object, embed, link[rel="stylesheet"]').length).toBe(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(doc.querySelector('style')).not.toBeNull();
    expect(doc.title).toBe(record.title);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(record.canonicalUrl);
    expect([...doc.querySelectorAll('meta[name="author"]')].map((m) => m.getAttribute('content'))).toEqual(record.authors.map((a) => a.name));
  });

  it.each(rows(articles))('%s: title and attribution at the top, article, notice at the end', (_name, a) => {
    const { record } = a;
    const doc = parse(htmlDocument(record, on));
    expect(doc.querySelector('header h1')?.textContent).toBe(record.title);
    expect(doc.querySelector('header .subtitle')?.textContent ?? null).toBe(record.subtitle);
    const credit = doc.querySelector('header .attribution')!;
    expect(credit.querySelector('a')?.getAttribute('href')).toBe(record.canonicalUrl);
    if (record.copyright) expect(collapse(credit.textContent!)).toContain(record.copyright.text);
    else expect(credit.textContent).not.toContain('©');
    expect(collapse(credit.textContent!)).toBe(collapse(parse(`<p>${attribution(record, on).html}</p>`).body.textContent!));
    const article = collapse(doc.querySelector('article')!.textContent!);
    for (const s of a.mustContain) expect(article).toContain(collapse(s));
    for (const s of a.mustNotContain) expect(article).not.toContain(collapse(s));
    const footer = doc.querySelector('footer.republication');
    expect(collapse(footer!.textContent!).trim()).toBe(record.republication!.notice);
    expect(doc.body.lastElementChild).toBe(footer);
  });

  it('leaves the copyright line out when asked', () => {
    const { record } = articles[1];
    const doc = parse(htmlDocument(record, { includeCopyright: false }));
    expect(doc.querySelector('header .attribution')!.textContent).not.toContain('Copyright');
  });

  it('escapes the hostile title everywhere it is written', () => {
    const { record } = articles.find((a) => a.name === '2022-hostile-markup')!;
    const html = htmlDocument(record, on);
    const doc = parse(html);
    expect(doc.querySelectorAll('header b, header i, title b').length).toBe(0);
    expect(doc.title).toBe(record.title);
    expect(doc.querySelector('h1')!.textContent).toBe(record.title);
    expect(html).toContain('<title>Why &quot;&lt;b&gt;Bold&lt;/b&gt;&quot; &amp; &lt;i&gt;Claims&lt;/i&gt; Fail</title>');
  });

  it('cannot be broken out of by metadata', () => {
    const { record } = articles[0];
    const hostile = withFields(record, {
      title: '</title><script>alert(1)</script>',
      lang: 'en" onload="x',
      authors: [{ name: '"><script>alert(2)</script>', url: 'javascript:alert(3)' }],
      republication: { notice: '</footer><script>alert(4)</script>', contact: null },
    });
    const doc = parse(htmlDocument(hostile, on));
    expect(doc.querySelectorAll('script').length).toBe(0);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.title).toBe(hostile.title);
    expect(doc.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('gives the reader view the same body', () => {
    const { record } = articles[0];
    expect(htmlDocument(record, on)).toContain(articleHtml(record, on));
  });
});
