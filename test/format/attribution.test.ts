// The attribution the republication notice asks for, on every fixture record.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { attribution } from '../../src/format/attribution';
import { formatSiteDate } from '../../src/format/dates';
import { isCrossPost } from '../../src/format/locale';
import { articleFixtures, rows, withFields } from './articles';

const articles = articleFixtures();
const on = { includeCopyright: true };
const off = { includeCopyright: false };

/** The text a reader sees when the HTML is pasted, and its links. */
function rendered(html: string) {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  return { text: body.textContent ?? '', links: [...body.querySelectorAll('a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href') })) };
}

describe('attribution on every fixture', () => {
  it.each(rows(articles))('%s: title linked to the canonical URL, authors, site date', (_name, { record }) => {
    const a = attribution(record, on);
    const html = rendered(a.html);
    expect(html.links[0]).toEqual({ text: record.title, href: record.canonicalUrl });
    expect(a.text).toContain(record.canonicalUrl);
    expect(a.text.split('\n')[0]).toBe(record.title);
    for (const author of record.authors) {
      expect(a.text).toContain(author.name);
      expect(html.links).toContainEqual({ text: author.name, href: author.url });
    }
    const site = record.site === 'mondialisation.ca' ? 'Mondialisation.ca' : 'Global Research';
    const date = formatSiteDate(record.publishedAt, record.lang);
    const line = record.lang === 'fr' ? `Publié par ${site} le ${date}` : `${site}, ${date}`;
    expect(a.text).toContain(line);
    expect(html.text).toContain(line);
    expect(a.markdown).toContain(`](${record.canonicalUrl})`);
  });

  it.each(rows(articles))('%s: copyright line when asked, not otherwise', (_name, { record }) => {
    // Every article fixture but the interview prints a copyright line; with none, none is made up.
    if (record.copyright) {
      const copyright = record.copyright.text;
      expect(attribution(record, on).text).toContain(copyright);
      expect(rendered(attribution(record, on).html).text).toContain(copyright);
      expect(attribution(record, on).markdown).toContain('Copyright');
    } else for (const out of Object.values(attribution(record, on))) expect(out).not.toMatch(/Copyright|©/);
    for (const out of Object.values(attribution(record, off))) expect(out).not.toMatch(/Copyright|©/);
  });

  it.each(rows(articles))('%s: the original source of a cross-post, and only of a cross-post', (_name, { record }) => {
    const a = attribution(record, on);
    const source = record.originalSource;
    if (source && isCrossPost(record)) {
      expect(a.text).toContain(source.publisher);
      if (source.date) expect(a.text).toContain(formatSiteDate(source.date, record.lang)!);
      if (source.url) {
        expect(a.text).toContain(source.url);
        expect(rendered(a.html).links).toContainEqual({ text: source.publisher, href: source.url });
      }
    } else {
      expect(a.text).not.toMatch(/original source|source originale/i);
    }
  });

  it('finds the cross-posts among the fixtures', () => {
    const crossPosts = articles.filter((a) => isCrossPost(a.record)).map((a) => a.name);
    // The expected files say which pages first appeared elsewhere.
    const own = /^(?:Global Research|Mondialisation\.ca)$/;
    const expected = articles
      .filter((a) => {
        const source = a.fixture.expected.originalSource as { publisher: string } | null | undefined;
        return !!source && !own.test(source.publisher);
      })
      .map((a) => a.name);
    expect(crossPosts).toEqual(expected);
    expect(crossPosts.length).toBeGreaterThanOrEqual(6);
    const syria = attribution(articles.find((a) => a.name.startsWith('2015'))!.record, on);
    expect(syria.text).toContain('Global Research, October 02, 2015');
    expect(syria.text).toContain('The original source of this article is Strategic Culture Foundation, September 28, 2015');
  });

  it('speaks French on Mondialisation.ca, accents intact', () => {
    const fr = articles.find((a) => a.record.lang === 'fr')!;
    const a = attribution(fr.record, on);
    expect(a.text).toContain('Par Claire Vautrin-Morel');
    expect(a.text).toContain('Publié par Mondialisation.ca le 12 mars 2019');
    expect(a.text).not.toMatch(/\bBy\b|Global Research|original source/);
    expect(a.text).toContain('Déserts médicaux : quand la rentabilité redessine la carte des soins');
    expect(rendered(a.html).text).toContain('Déserts médicaux');
  });

  it('writes a French cross-post’s source line in French', () => {
    const fr = articles.find((a) => a.record.lang === 'fr')!;
    const crossPost = withFields(fr.record, { originalSource: { publisher: 'Le Veilleur du Sud', date: '2021-05-31', url: 'https://example.org/veilleur' } });
    const a = attribution(crossPost, on);
    // French puts a no-break space before a colon, the address's too.
    expect(a.text).toContain('Source originale\u00a0: Le Veilleur du Sud, 31 mai 2021\u00a0: https://example.org/veilleur');
    expect(rendered(a.html).text).toContain('Source originale\u00a0: Le Veilleur du Sud, 31 mai 2021');
    expect(rendered(a.html).links).toContainEqual({ text: 'Le Veilleur du Sud', href: 'https://example.org/veilleur' });
    const en = attribution(withFields(crossPost, { lang: 'en', site: 'globalresearch.ca' }), on);
    expect(en.text).toContain('The original source of this article is Le Veilleur du Sud, May 31, 2021: https://example.org/veilleur');
  });

  it('escapes the hostile title in HTML and Markdown, keeps it intact as text', () => {
    const { record } = articles.find((a) => a.name === '2022-hostile-markup')!;
    expect(record.title).toContain('<b>Bold</b>');
    const a = attribution(record, on);
    expect(a.html).not.toContain('<b>');
    expect(a.html).not.toContain('<i>');
    expect(a.html).toContain('&lt;b&gt;Bold&lt;/b&gt;');
    expect(rendered(a.html).links[0].text).toBe(record.title);
    expect(a.text.split('\n')[0]).toBe(record.title);
    expect(a.markdown).toContain('\\<b\\>Bold\\</b\\>');
  });

  it('never writes a link to a non-http URL, and escapes attribute values', () => {
    const { record } = articles[0];
    const hostile = withFields(record, {
      canonicalUrl: 'javascript:alert(1)',
      authors: [{ name: 'A "quoted" <name>', url: 'https://example.org/a?x="><script>' }],
    });
    const a = attribution(hostile, on);
    expect(a.html).not.toContain('javascript:');
    expect(a.html).not.toContain('<script');
    expect(a.markdown).not.toContain('](javascript:');
    expect(rendered(a.html).links).toEqual([{ text: 'A "quoted" <name>', href: 'https://example.org/a?x=%22%3E%3Cscript%3E' }]);
  });

  it('joins three authors the site’s way and survives missing fields', () => {
    const { record } = articles[0];
    const three = withFields(record, {
      authors: [{ name: 'A One', url: null }, { name: 'B Two', url: null }, { name: 'C Three', url: null }],
      publishedAt: null,
      copyright: null,
    });
    const a = attribution(three, on);
    expect(a.text).toContain('By A One, B Two and C Three');
    expect(a.text.split('\n')).toContain('Global Research');
    expect(a.text).not.toContain('Copyright');
    const none = attribution(withFields(record, { authors: [] }), on);
    expect(none.text).not.toMatch(/^By /m);
  });

  it('names the archived copy read or just made, with its date, in the article’s language; never a local copy', () => {
    const en = articles.find((a) => a.record.lang === 'en')!.record;
    const fr = articles.find((a) => a.record.lang === 'fr')!.record;
    const capture = `https://web.archive.org/web/20240229235959/${en.canonicalUrl}`;
    const read = attribution(withFields(en, { capture: { service: 'Wayback Machine', url: capture, capturedAt: '2024-02-29T23:59:59Z' } }), on);
    expect(read.text.split('\n').at(-1)).toBe(`Archived by the Wayback Machine on February 29, 2024: ${capture}`);
    expect(rendered(read.html).links.at(-1)).toEqual({ text: capture, href: capture });
    expect(read.markdown.split('  \n').at(-1)).toMatch(/^Archived by the Wayback Machine on February 29, 2024: \[.+\]\(https:\/\/web\.archive\.org\/web\/20240229235959\/.+\)$/);
    // The capture just made wins over the one the page was read from.
    const made = `https://web.archive.org/web/20250304101742/${en.canonicalUrl}`;
    const both = attribution(withFields(en, { capture: { service: 'Wayback Machine', url: capture, capturedAt: '2024-02-29T23:59:59Z' } }), { ...on, archived: { url: made, capturedAt: '2025-03-04T10:17:42Z' } });
    expect(both.text).toContain(`Archived by the Wayback Machine on March 04, 2025: ${made}`);
    expect(both.text).not.toContain(capture);
    const french = attribution(fr, { ...on, archived: { url: `https://archive.ph/AbCdE`, capturedAt: null } });
    expect(french.text.split('\n').at(-1)).toBe('Archivé par archive.today\u00a0: https://archive.ph/AbCdE');
    // A saved file, the print view on the site's own host, a non-http address: no archive line.
    for (const c of [
      { service: 'SingleFile', url: null, capturedAt: '2024-03-01T00:59:59Z' },
      { service: 'Print view', url: `${en.canonicalUrl}?print=1`, capturedAt: null },
      { service: 'Wayback Machine', url: 'javascript:alert(1)', capturedAt: null },
    ]) {
      expect(attribution(withFields(en, { capture: c }), on).text).toBe(attribution(en, on).text);
    }
  });
});
