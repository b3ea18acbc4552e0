import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendToBackground, sendToTab, TIMEOUT_MS } from '../src/messaging';
import { NO_RECEIVER, routeTabMessages } from './fake-tab';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the message contract', () => {
  it('carries a typed request and its reply as a value', async () => {
    onMessage('pageStatus', (status) => {
      expect(status).toEqual({ article: false, reason: 'home page' });
    });
    await expect(sendToBackground('pageStatus', { article: false, reason: 'home page' })).resolves.toEqual({ ok: true, value: undefined });
  });

  it('turns a throwing handler into a failure value', async () => {
    onMessage('pageStatus', () => {
      throw new Error('boom');
    });
    await expect(sendToBackground('pageStatus', { article: true })).resolves.toEqual({ ok: false, code: 'failed', error: 'boom' });
  });

  it('answers only its own message type and ignores foreign messages', async () => {
    const handler = vi.fn(() => undefined);
    onMessage('pageStatus', handler);
    await fakeBrowser.runtime.sendMessage({ type: 'pageStatus', data: { article: true } });
    expect(handler).not.toHaveBeenCalled();
    const tab = routeTabMessages();
    // A getRecord request reaches a context that only answers pageStatus: nothing answers it.
    await expect(sendToTab(1, 'getRecord')).resolves.toMatchObject({ ok: false, code: 'no-receiver' });
    expect(tab).toHaveBeenCalledOnce();
  });

  it('reports a tab without the content script as no-receiver', async () => {
    routeTabMessages();
    await expect(sendToTab(3, 'getRecord')).resolves.toEqual({ ok: false, code: 'no-receiver', error: NO_RECEIVER });
  });

  it('reports other send failures as failed', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('No tab with id: 3.'));
    await expect(sendToTab(3, 'getRecord')).resolves.toEqual({ ok: false, code: 'failed', error: 'No tab with id: 3.' });
  });

  it('gives up after the message timeout', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValue(new Promise(() => {}) as never);
    const reply = sendToTab(3, 'getRecord');
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS.getRecord);
    await expect(reply).resolves.toMatchObject({ ok: false, code: 'timeout' });
  });

  it('stops answering once unsubscribed', async () => {
    const stop = onMessage('pageStatus', () => undefined);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
