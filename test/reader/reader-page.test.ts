// @vitest-environment jsdom
// The reader page gets its record from the source tab's content script over the typed
// messaging (fakeBrowser), by the tab id in its address; every failure is a visible state.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordOnce, serveRecord } from '../../src/content/serve-record';
import { fail, sendToTab, TIMEOUT_MS } from '../../src/messaging';
import { requestRecord } from '../../src/popup/request-record';
import { loadReader, readerStateView, readerTitle, tabIdFrom } from '../../src/reader/reader-page';
import { applyTheme, savedTheme } from '../../src/reader/theme';
import { routeTabMessages } from '../fake-tab';
import { articleFixtures } from '../format/articles';

const { record } = articleFixtures()[0];

beforeEach(() => {
  fakeBrowser.reset();
  routeTabMessages();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the source tab in the reader’s address', () => {
  it.each([
    ['?tab=12', 12],
    ['?tab=0', 0],
    ['?x=1&tab=7', 7],
  ])('%s → %s', (search, id) => expect(tabIdFrom(search)).toBe(id));

  it.each(['', '?tab=', '?tab=-1', '?tab=1.5', '?tab=abc', '?tab=12345678901', '?html=<p>x</p>'])('%j → no tab', (search) => {
    expect(tabIdFrom(search)).toBeNull();
  });
});

describe('loading the reader', () => {
  it('asks the tab’s content script for its record over the typed messaging', async () => {
    serveRecord(recordOnce(() => record));
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const state = await loadReader('?tab=5', (tabId) => requestRecord(tabId));
    expect(state).toEqual({ view: 'article', record });
    expect(send).toHaveBeenCalledWith(5, { protocol: 'gr-provenance/1', type: 'getRecord', data: undefined });
    expect(readerTitle(state)).toBe(`${record.title} · Reader view`);
  });

  it('without a tab id, asks nobody', async () => {
    const ask = vi.fn();
    await expect(loadReader('', ask)).resolves.toEqual({ view: 'no-tab' });
    expect(ask).not.toHaveBeenCalled();
  });

  it('a tab that now shows a page that is not an article', async () => {
    serveRecord(recordOnce(() => ({ kind: 'not-article', url: 'https://www.globalresearch.ca/', reason: 'home page' })));
    const state = await loadReader('?tab=5', (tabId) => sendToTab(tabId, 'getRecord'));
    expect(state).toMatchObject({ view: 'not-article' });
    expect(readerStateView(state).querySelector('h1')!.textContent).toBe('No article in that tab');
  });

  it('a closed tab, a timeout, a throwing channel: an error with its reason and a retry', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('No tab with id: 5.'));
    await expect(loadReader('?tab=5', (tabId) => sendToTab(tabId, 'getRecord'))).resolves.toEqual({ view: 'error', error: 'the article’s tab was closed' });

    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValue(new Promise(() => {}) as never);
    const pending = loadReader('?tab=5', (tabId) => sendToTab(tabId, 'getRecord'));
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS.getRecord);
    await expect(pending).resolves.toEqual({ view: 'error', error: `no answer within ${TIMEOUT_MS.getRecord / 1000} s` });
    vi.useRealTimers();

    await expect(loadReader('?tab=5', async () => Promise.reject(new Error('boom')))).resolves.toEqual({ view: 'error', error: 'boom' });
    await expect(loadReader('?tab=5', async () => fail('failed', 'could not read this tab: denied'))).resolves.toEqual({
      view: 'error',
      error: 'could not read this tab: denied',
    });

    const retry = vi.fn();
    const view = readerStateView({ view: 'error', error: 'boom' }, { retry });
    expect(view.getAttribute('role')).toBe('alert');
    expect(view.textContent).toContain('Reason: boom.');
    view.querySelector('button')!.click();
    expect(retry).toHaveBeenCalledOnce();
  });

  it('says what to do when opened without a tab, and while loading', () => {
    expect(readerStateView({ view: 'no-tab' }).textContent).toContain('Open the reader view from the GR Provenance popup');
    expect(readerStateView({ view: 'loading' }).getAttribute('aria-busy')).toBe('true');
    expect(readerTitle({ view: 'loading' })).toBe('Reader view · GR Provenance');
  });
});

describe('the reader’s theme', () => {
  it('follows the system unless chosen, and remembers the choice', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(savedTheme(storage)).toBe('auto');
    applyTheme('dark', document.documentElement, storage);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(savedTheme(storage)).toBe('dark');
    applyTheme('auto', document.documentElement, storage);
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    store.set('reader-theme', 'neon');
    expect(savedTheme(storage)).toBe('auto');
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(savedTheme(broken)).toBe('auto');
    expect(() => applyTheme('light', document.documentElement, broken)).not.toThrow();
  });
});
