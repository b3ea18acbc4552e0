// The content script's answer to getPageHtml: the page's doctype and markup as they are now,
// over the typed messaging; a page too large to report is a failure value, not a hang.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHtml } from '../../src/cli/dom';
import { MAX_PAGE_CHARS, pageSource, servePageSource } from '../../src/content/page-source';
import { sendToTab } from '../../src/messaging';
import { loadFixtures } from '../helpers/fixtures';
import { routeTabMessages } from '../fake-tab';

beforeEach(() => {
  fakeBrowser.reset();
  routeTabMessages();
});
afterEach(() => vi.restoreAllMocks());

describe('the content script answering getPageHtml', () => {
  it('gives the page as it is now, and its doctype, at its address', async () => {
    const fx = loadFixtures().find((f) => f.expected.kind === 'article')!;
    const doc = parseHtml(fx.html, fx.expected.url);
    doc.body.append(doc.createElement('ins')); // something the site's scripts added after load
    const stop = servePageSource(doc);
    const reply = await sendToTab(1, 'getPageHtml');
    expect(reply).toMatchObject({ ok: true });
    if (!reply.ok) return;
    expect(reply.value.url).toBe(fx.expected.url);
    expect(reply.value.doctype).toEqual(['html', '', '']);
    expect(reply.value.html).toMatch(/^<html/);
    expect(reply.value.html).toContain('<ins></ins></body>');
    expect(parseHtml(reply.value.html, fx.expected.url).documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
    stop();
    expect((await sendToTab(1, 'getPageHtml')).ok).toBe(false);
  });

  it('says when a page has no doctype, and gives a legacy one whole', () => {
    expect(pageSource(parseHtml('<p>x</p>', 'https://www.globalresearch.ca/a/1')).doctype).toBeNull();
    const legacy = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><p>x';
    expect(pageSource(parseHtml(legacy, 'https://www.globalresearch.ca/a/1')).doctype).toEqual([
      'html',
      '-//W3C//DTD HTML 4.01 Transitional//EN',
      'http://www.w3.org/TR/html4/loose.dtd',
    ]);
  });

  it('refuses a page too large to report, as a failure value', async () => {
    const doc = parseHtml('<p>x</p>', 'https://www.globalresearch.ca/a/1');
    doc.body.textContent = 'x'.repeat(MAX_PAGE_CHARS);
    servePageSource(doc);
    const reply = await sendToTab(1, 'getPageHtml');
    expect(reply).toMatchObject({ ok: false, code: 'failed', error: 'the page is too large to report' });
  });
});
