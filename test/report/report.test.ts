// The problem report: what it holds (the cleaned page, the record, this article's
// correction, the versions), its file name, and that making it sends nothing anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import type { Correction } from '../../src/corrections/correction';
import { browserName, buildReport, reportFileName, reportJson, type ReportInput } from '../../src/report/report';
import { extractFixture, loadFixtures } from '../helpers/fixtures';

afterEach(() => vi.restoreAllMocks());

const fx = loadFixtures().find((f) => f.name === '2015-syria-strategic-culture')!;
const record = extractFixture(fx);
const correction: Correction = { publishedAt: '2015-10-03', updatedAt: '2025-01-15T10:04:00.000Z' };
const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  record,
  correction,
  page: { url: fx.expected.url, html: fx.html.replace('</body>', '<img src="https://tracker.example/p.gif" onerror="steal()"><iframe src="https://ads.example/f"></iframe></body>'), doctype: null },
  extension: { name: 'GR Provenance', version: '0.1.0' },
  browser: 'Firefox 140.0',
  createdAt: new Date('2025-01-16T08:00:00.000Z'),
  parse: (html) => parseHtml(html, fx.expected.url),
  ...overrides,
});

describe('a problem report', () => {
  it('holds the cleaned page, the record, the correction and the versions', () => {
    const report = buildReport(input());
    expect(report).toMatchObject({
      format: 'gr-provenance-report',
      version: 1,
      createdAt: '2025-01-16T08:00:00.000Z',
      extension: { name: 'GR Provenance', version: '0.1.0' },
      browser: 'Firefox 140.0',
      page: { url: fx.expected.url },
      correction,
    });
    expect(report.record).toBe(record);
    expect(report.page.html).toContain('Russia and Iran are Coordinating in Syria');
    expect(report.page.html).not.toMatch(/<script(?![^>]*ld\+json)|onerror|ads\.example/);
    expect(report.page.removed.handlers).toBeGreaterThanOrEqual(1);
    expect(report.page.removed.frames).toBe(1);
    expect(JSON.parse(reportJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('puts the page’s doctype back in front of its markup', () => {
    const html = '<html><head><title>T</title></head><body><p>x</p></body></html>';
    expect(buildReport(input({ page: { url: fx.expected.url, html, doctype: ['html', '', ''] } })).page.html).toMatch(/^<!DOCTYPE html>\n<html>/);
    const legacy = buildReport(input({ page: { url: fx.expected.url, html, doctype: ['html', '-//W3C//DTD HTML 4.01 Transitional//EN', ''] } }));
    expect(legacy.page.html).toMatch(/^<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD HTML 4\.01 Transitional\/\/EN">\n/);
    // An id cannot close the doctype early and smuggle markup in.
    const hostile = buildReport(input({ page: { url: fx.expected.url, html, doctype: ['html', 'x"><script>alert(1)</script>', ''] } }));
    expect(hostile.page.html).not.toContain('<script');
    expect(buildReport(input({ page: { url: fx.expected.url, html, doctype: null } })).page.html).toMatch(/^<html>/);
  });

  it('carries no correction for a page that is not an article', () => {
    const listing = { kind: 'not-article' as const, url: 'https://www.globalresearch.ca/region/middle-east', reason: 'listing' };
    const report = buildReport(input({ record: listing, page: { url: listing.url, html: '<p>x</p>', doctype: null } }));
    expect(report.correction).toBeNull();
    expect(reportFileName(report)).toBe('gr-report-globalresearch-ca-region-middle-east.json');
  });

  it('is named after the article', () => {
    expect(reportFileName(buildReport(input()))).toBe('gr-report-russia-and-iran-are-coordinating-in-syria-to-preserve-regional-stability-5479551.json');
  });

  it('sends nothing anywhere while it is made', () => {
    const fetchSpy = vi.fn();
    const beacon = vi.fn();
    const socket = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    vi.stubGlobal('WebSocket', socket);
    vi.stubGlobal('navigator', { sendBeacon: beacon });
    const xhr = vi.fn();
    vi.stubGlobal('XMLHttpRequest', xhr);
    buildReport(input());
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(beacon).not.toHaveBeenCalled();
    expect(socket).not.toHaveBeenCalled();
    expect(xhr).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('loads none of the page’s images, styles, frames or scripts while it cleans the page', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => (hits.push(req.url ?? ''), res.end('')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = fx.html.replace(
        '</head>',
        `<link rel="stylesheet" href="${origin}/s.css"><script src="${origin}/a.js"></script></head>`,
      ).replace('</body>', `<img src="${origin}/i.gif"><iframe src="${origin}/f"></iframe><video poster="${origin}/v.jpg"></video></body>`);
      const report = buildReport(input({ page: { url: fx.expected.url, html, doctype: null } }));
      expect(report.page.html).toContain(`${origin}/i.gif`); // kept, as data
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hits).toEqual([]);
      // The check can fail: a document that does load resources reaches the server.
      const loading = new JSDOM(`<img src="${origin}/i.gif"><link rel="stylesheet" href="${origin}/s.css">`, { resources: 'usable' });
      await vi.waitFor(() => expect(hits.length).toBeGreaterThan(0), { timeout: 5000 });
      loading.window.close();
    } finally {
      server.close();
    }
  });

  it('is made by code with no way to send: no network API, no extension API', () => {
    const root = join(__dirname, '../..');
    const files = [...readdirSync(join(root, 'src/report')).map((f) => join('src/report', f)), 'src/content/page-source.ts'];
    for (const f of files) {
      const source = readFileSync(join(root, f), 'utf8');
      expect(source, f).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|\b(?:browser|chrome|navigator)\.[a-z]/);
    }
  });
});

describe('browserName', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'Firefox 140.0'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36', 'Chrome 131.0.6778.85'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86', 'Edge 131.0.2903.86'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.85 Safari/537.36', 'Chrome 131.0.6778.85'],
    ['', 'unknown browser'],
  ])('%s → %s', (ua, name) => expect(browserName(ua)).toBe(name));
});
