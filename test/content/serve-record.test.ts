import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extract, type ExtractResult } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';
import { recordOnce, recordPerAddress, reportStatus, serveRecord, statusOf } from '../../src/content/serve-record';
import { onMessage, sendToTab, type PageStatus } from '../../src/messaging';
import { extractFixture, loadFixtures } from '../helpers/fixtures';
import { routeTabMessages } from '../fake-tab';

const fixtures = loadFixtures();
const notArticle: ExtractResult = { kind: 'not-article', url: 'https://www.globalresearch.ca/', reason: 'home page' };

beforeEach(() => {
  fakeBrowser.reset();
  routeTabMessages();
});
afterEach(() => vi.restoreAllMocks());

describe('the content script answering getRecord', () => {
  it('extracts on the first request and answers later ones from that result', async () => {
    const extractPage = vi.fn(() => notArticle);
    serveRecord(recordOnce(extractPage));
    const first = await sendToTab(1, 'getRecord');
    const second = await sendToTab(1, 'getRecord');
    expect(first).toEqual({ ok: true, value: notArticle });
    expect(second).toEqual(first);
    expect(extractPage).toHaveBeenCalledOnce();
  });

  it('serves the real record of a fixture page, read from a clone', async () => {
    const fx = fixtures.find((f) => f.expected.kind === 'article')!;
    const doc = parseHtml(fx.html, fx.expected.url);
    const before = doc.documentElement.outerHTML;
    serveRecord(recordOnce(() => extract(doc, fx.expected.url)));
    const reply = await sendToTab(1, 'getRecord');
    expect(reply.ok && reply.value.kind === 'article' && reply.value.url).toBe(fx.expected.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns an extraction error as a value and retries on the next request', async () => {
    const extractPage = vi
      .fn<() => ExtractResult>()
      .mockImplementationOnce(() => {
        throw new Error('page went away');
      })
      .mockReturnValue(notArticle);
    serveRecord(recordOnce(extractPage));
    await expect(sendToTab(1, 'getRecord')).resolves.toEqual({ ok: false, code: 'failed', error: 'page went away' });
    await expect(sendToTab(1, 'getRecord')).resolves.toEqual({ ok: true, value: notArticle });
    await sendToTab(1, 'getRecord');
    expect(extractPage).toHaveBeenCalledTimes(2);
  });

  it('stops answering when the script is invalidated (extension updated)', async () => {
    const stop = serveRecord(recordOnce(() => notArticle));
    stop();
    await expect(sendToTab(1, 'getRecord')).resolves.toMatchObject({ ok: false, code: 'no-receiver' });
  });
});

describe('the record after in-page navigation', () => {
  it('is extracted again when the page has changed its address, and only then', async () => {
    let address = 'https://www.globalresearch.ca/first-article/5000001';
    const extractPage = vi.fn((url: string): ExtractResult => ({ kind: 'not-article', url, reason: 'home page' }));
    serveRecord(recordPerAddress(() => address, extractPage));
    const first = await sendToTab(1, 'getRecord');
    await sendToTab(1, 'getRecord');
    address = 'https://www.globalresearch.ca/second-article/5000002'; // history.pushState
    const second = await sendToTab(1, 'getRecord');
    await sendToTab(1, 'getRecord');
    expect(first.ok && first.value.url).toBe('https://www.globalresearch.ca/first-article/5000001');
    expect(second.ok && second.value.url).toBe('https://www.globalresearch.ca/second-article/5000002');
    expect(extractPage.mock.calls).toEqual([['https://www.globalresearch.ca/first-article/5000001'], ['https://www.globalresearch.ca/second-article/5000002']]);
  });

  it('serves the new page of a document swapped in place, read at its new address', async () => {
    const [a, b] = fixtures.filter((f) => f.expected.kind === 'article');
    let doc = parseHtml(a.html, a.expected.url);
    let address = a.expected.url;
    serveRecord(recordPerAddress(() => address, (url) => extract(doc, url)));
    const before = await sendToTab(1, 'getRecord');
    doc = parseHtml(b.html, b.expected.url);
    address = b.expected.url;
    const after = await sendToTab(1, 'getRecord');
    expect(before.ok && before.value.kind === 'article' && before.value.title).toBe(a.expected.title);
    expect(after.ok && after.value.kind === 'article' && after.value.title).toBe(b.expected.title);
  });

  it('does not cache a failed extraction', async () => {
    const extractPage = vi
      .fn<(url: string) => ExtractResult>()
      .mockImplementationOnce(() => {
        throw new Error('page went away');
      })
      .mockReturnValue(notArticle);
    serveRecord(recordPerAddress(() => notArticle.url, extractPage));
    await expect(sendToTab(1, 'getRecord')).resolves.toMatchObject({ ok: false, code: 'failed' });
    await expect(sendToTab(1, 'getRecord')).resolves.toEqual({ ok: true, value: notArticle });
    expect(extractPage).toHaveBeenCalledTimes(2);
  });
});

describe('the page status sent for the toolbar button', () => {
  it('says whether an article was found', () => {
    expect(statusOf(notArticle)).toEqual({ article: false, reason: 'home page' });
    const fx = fixtures.find((f) => f.expected.kind === 'article')!;
    expect(statusOf(extractFixture(fx))).toEqual({ article: true });
  });

  it('reports through the same cached extraction the popup reads', async () => {
    const received: PageStatus[] = [];
    onMessage('pageStatus', (status) => {
      received.push(status);
    });
    const extractPage = vi.fn(() => notArticle);
    const record = recordOnce(extractPage);
    serveRecord(record);
    await reportStatus(record);
    await sendToTab(1, 'getRecord');
    expect(received).toEqual([{ article: false, reason: 'home page' }]);
    expect(extractPage).toHaveBeenCalledOnce();
  });

  it('reports a failed extraction as no article, with the reason', async () => {
    const received: PageStatus[] = [];
    onMessage('pageStatus', (status) => {
      received.push(status);
    });
    await reportStatus(() => {
      throw new Error('bad page');
    });
    expect(received).toEqual([{ article: false, reason: 'extraction failed: bad page' }]);
  });
});

describe('the content script declaration', () => {
  it('runs on the two sites, with and without www., over https only, and nowhere else', async () => {
    const { default: content } = await import('../../entrypoints/content');
    // Not http://: there a network attacker could pose as the site and feed the popup.
    expect([...(content.matches as string[])].sort()).toEqual([
      'https://globalresearch.ca/*',
      'https://mondialisation.ca/*',
      'https://www.globalresearch.ca/*',
      'https://www.mondialisation.ca/*',
    ]);
  });
});
