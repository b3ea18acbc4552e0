// capture.ts and capture-wayback.ts on their own: addresses, dates, the Wayback toolbar, and
// the cases the fixture copies do not cover (a live capture's address, odd or hostile marks).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { jsDateIso, readCapture } from '../../src/extract/capture';
import { articleAddress } from '../../src/extract/capture-print';
import { timestampIso, unwrapCapture, waybackAddress } from '../../src/extract/capture-wayback';
import { extract, type ArticleRecord } from '../../src/extract';
import { extractFixture, loadFixtures } from '../helpers/fixtures';
import { waybackCapture } from '../helpers/saved-copies';

const fixtures = loadFixtures();
const fx2015 = fixtures.find((f) => f.name.startsWith('2015-'))!;
const ARTICLE = fx2015.expected.url;
const TS = '20151003123456';
const CAPTURE = `https://web.archive.org/web/${TS}/${ARTICLE}`;

describe('waybackAddress', () => {
  it.each([
    [CAPTURE, { timestamp: TS, original: ARTICLE }],
    [`https://web.archive.org/web/${TS}im_/https://www.globalresearch.ca/a.jpg`, { timestamp: TS, original: 'https://www.globalresearch.ca/a.jpg' }],
    [`http://web.archive.org/web/${TS}id_/http:/www.globalresearch.ca/x/1`, { timestamp: TS, original: 'http://www.globalresearch.ca/x/1' }],
    [`https://web.archive.org/web/${TS}/www.globalresearch.ca/x/1?print=1`, { timestamp: TS, original: 'http://www.globalresearch.ca/x/1?print=1' }],
  ])('reads %s', (url, expected) => expect(waybackAddress(url)).toEqual(expected));

  it.each([
    'https://web.archive.org/web/2015/https://www.globalresearch.ca/x/1', // not one capture: Wayback redirects to one
    'https://web.archive.org/web/20151399123456/https://www.globalresearch.ca/x/1', // month 13
    'https://web.archive.org.evil.example/web/20151003123456/https://www.globalresearch.ca/x/1',
    'https://www.globalresearch.ca/web/20151003123456/x',
    'not a url',
  ])('refuses %s', (url) => expect(waybackAddress(url)).toBeNull());
});

describe('dates', () => {
  it('turns a Wayback timestamp into UTC ISO, refusing impossible dates', () => {
    expect(timestampIso('20240229235959')).toBe('2024-02-29T23:59:59Z');
    expect(timestampIso('20230229120000')).toBeNull();
    expect(timestampIso('20151003126056')).toBeNull();
  });

  it("reads SingleFile's Date.toString() in any time zone as UTC", () => {
    expect(jsDateIso('Thu Feb 29 2024 19:59:59 GMT-0500 (Eastern Standard Time)')).toBe('2024-03-01T00:59:59Z');
    expect(jsDateIso('Sat Oct 03 2015 14:34:56 GMT+0530 (India Standard Time)')).toBe('2015-10-03T09:04:56Z');
    expect(jsDateIso('2025-03-04T10:15:42+01:00')).toBe('2025-03-04T09:15:42Z');
    expect(jsDateIso('yesterday')).toBeNull();
    expect(jsDateIso('Sat Foo 03 2015 14:34:56 GMT+0000')).toBeNull();
  });
});

describe('the print view', () => {
  it('is the article without print=1, other parameters kept', () => {
    expect(articleAddress('https://www.globalresearch.ca/x/5479551?print=1')).toBe('https://www.globalresearch.ca/x/5479551');
    expect(articleAddress('https://www.globalresearch.ca/?aid=14708&print=1')).toBe('https://www.globalresearch.ca/?aid=14708');
    expect(articleAddress('https://www.globalresearch.ca/x/5479551?print=0')).toBe('https://www.globalresearch.ca/x/5479551?print=0');
  });
});

describe('extract() without readCapture (the site content script)', () => {
  it('knows the print view, and leaves Wayback and saved files to readCapture', () => {
    const print = `${ARTICLE}?print=1`;
    expect(extract(parseHtml(fx2015.html, print), print)).toMatchObject({ url: ARTICLE, canonicalUrl: ARTICLE, capture: { service: 'Print view', url: print } });
    const wayback = waybackCapture(fx2015.html, ARTICLE, TS);
    expect(extract(parseHtml(wayback, CAPTURE), CAPTURE)).toMatchObject({ url: CAPTURE });
  });
});

describe('a Wayback capture', () => {
  const capture = waybackCapture(fx2015.html, ARTICLE, TS);

  it('seen live at its own address (the extension) gives the record of the article, with its capture', () => {
    const doc = parseHtml(capture, CAPTURE);
    const before = doc.documentElement.outerHTML;
    const record = extract(doc, CAPTURE, readCapture) as ArticleRecord;
    expect(record).toEqual({ ...(extractFixture(fx2015) as ArticleRecord), capture: { service: 'Wayback Machine', url: CAPTURE, capturedAt: '2015-10-03T12:34:56Z' } });
    expect(doc.documentElement.outerHTML).toBe(before); // the live page is not touched
  });

  it('loses its toolbar, scripts, stylesheets and comments, and keeps the page', () => {
    const doc = parseHtml(capture, CAPTURE);
    const html = unwrapCapture(doc, ARTICLE).documentElement.outerHTML;
    for (const mark of ['wm-ipp', 'WAYBACK TOOLBAR', '_static/', '__wm.', 'archive_analytics', 'FILE ARCHIVED ON', 'playback timings', 'Wayback Rewrite', '/web/2015']) {
      expect(html, mark).not.toContain(mark);
    }
    expect(html).toContain(`<base href="${ARTICLE}">`);
    // The page's own scripts and stylesheets stay, at their original addresses.
    const live = parseHtml(fx2015.html, ARTICLE);
    const own = [...live.querySelectorAll('script[src], link[rel~="stylesheet"][href]')].map((e) => new URL(e.getAttribute('src') ?? e.getAttribute('href')!, ARTICLE).href);
    expect(own.length).toBeGreaterThan(0);
    const kept = unwrapCapture(doc, ARTICLE);
    const restored = [...kept.querySelectorAll('script[src], link[rel~="stylesheet"][href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href'));
    expect(restored).toEqual(own);
  });

  it('of a page that is not an article says so, at the original address', () => {
    const home = fixtures.find((f) => f.name === 'not-article-home')!;
    const url = `https://web.archive.org/web/${TS}/https://www.globalresearch.ca/`;
    expect(extract(parseHtml(waybackCapture(home.html, 'https://www.globalresearch.ca/', TS), url), url, readCapture)).toMatchObject({
      kind: 'not-article',
      url: 'https://www.globalresearch.ca/',
    });
  });

  it('saved by SingleFile is still a Wayback capture', () => {
    const saved = capture.replace(/<html\b[^>]*>/, (tag) => `${tag}<!--\n Page saved with SingleFile \n url: ${CAPTURE} \n saved date: Tue Mar 04 2025 10:15:42 GMT+0100 (CET)\n-->`);
    expect(readCapture(parseHtml(saved, 'file:///tmp/x.html'), 'file:///tmp/x.html')?.capture).toEqual({
      service: 'Wayback Machine',
      url: CAPTURE,
      capturedAt: '2015-10-03T12:34:56Z',
    });
  });
});

describe('pages that are not copies', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: no capture', (_, fx) => {
    const r = extractFixture(fx);
    if (r.kind === 'article') expect(r.capture).toBeNull();
    expect(readCapture(parseHtml(fx.html, fx.expected.url), fx.expected.url)).toBeNull();
  });

  it.each([
    ['a Mark of the Web that is not a web address', '<!-- saved from url=(0019)javascript:alert(1) -->'],
    ['a SingleFile comment inside the body', ''],
  ])('ignores %s', (_, comment) => {
    const html = `<!DOCTYPE html>${comment}<html><head><title>T</title></head><body><p><!-- Page saved with SingleFile \n url: https://evil.example/ --></p></body></html>`;
    expect(readCapture(parseHtml(html, 'file:///tmp/x.html'), 'file:///tmp/x.html')).toBeNull();
  });
});
