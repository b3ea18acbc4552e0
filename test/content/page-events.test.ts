// @vitest-environment jsdom
// The page cannot drive the content script through events it can see or forge. The content
// script runs here as WXT starts it (its ContentScriptContext, made from the script's own
// options), and "the page" fires WXT's event names at it: a flood of location changes, and a
// forged "a newer content script started". Neither may produce messages nor switch it off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import background from '../../entrypoints/background';
import content from '../../entrypoints/content';
import { coalescedReporter, takeOver } from '../../src/content/page-watch';
import { sendToTab } from '../../src/messaging';
import { deliverFromTab, routeTabMessages } from '../fake-tab';
import { installArchiveApis } from '../helpers/fake-archive-apis';

/** WXT's own name for its "script started" event (private in its types, public at run time). */
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  fakeBrowser.reset();
  installArchiveApis(); // the background also keeps the Wayback script in step with its permission
  routeTabMessages();
  vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
  document.body.innerHTML = '<h1>Not an article</h1><p>Home page.</p>';
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Starts the content script the way WXT's isolated-world entry does. */
function start(): ContentScriptContext {
  const { main, ...options } = content;
  const ctx = new ContentScriptContext('content', options);
  void main(ctx);
  return ctx;
}

const pageStatusMessages = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([m]) => (m as { type?: string })?.type === 'pageStatus');

describe('events the page can fire at the content script', () => {
  it('posts nothing to the page when it starts (no extension id, no event names)', () => {
    const posted = vi.spyOn(window, 'postMessage');
    start();
    expect(posted).not.toHaveBeenCalled();
  });

  it('a flood of forged location changes sends no message to the background', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    start();
    await settle();
    expect(pageStatusMessages(sent)).toHaveLength(1); // the page's own status, once
    const locationChange = STARTED.replace('content-script-started', 'locationchange');
    for (let i = 0; i < 2000; i++) window.dispatchEvent(new Event(locationChange));
    for (let i = 0; i < 200; i++) (window as Window & { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('navigatesuccess'));
    await settle();
    expect(pageStatusMessages(sent)).toHaveLength(1);
  });

  it('a forged "newer content script started" event does not switch it off', async () => {
    start();
    document.dispatchEvent(
      new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged-by-the-page' } }),
    );
    const reply = await sendToTab(1, 'getRecord');
    expect(reply.ok && reply.value.kind).toBe('not-article');
  });

  it('a real newer instance takes over from the older one', () => {
    const first = vi.fn();
    const second = vi.fn();
    const scope = {};
    takeOver(first, scope);
    takeOver(second, scope);
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
  });
});

describe('status reports, coalesced', () => {
  it('one report per address, at most one in flight, the latest address last', async () => {
    let address = 'https://www.globalresearch.ca/a/1';
    const inFlight: (() => void)[] = [];
    const reported: string[] = [];
    const report = coalescedReporter(
      () => address,
      () => {
        reported.push(address);
        return new Promise<void>((resolve) => inFlight.push(resolve));
      },
      (run) => setTimeout(run, 0),
    );
    for (let i = 0; i < 1000; i++) report();
    await settle();
    expect(reported).toEqual(['https://www.globalresearch.ca/a/1']);
    for (let i = 0; i < 1000; i++) {
      address = `https://www.globalresearch.ca/a/${i + 2}`;
      report();
    }
    await settle();
    expect(reported).toHaveLength(1); // the first is still in flight
    inFlight.shift()!();
    await settle();
    expect(reported).toEqual(['https://www.globalresearch.ca/a/1', 'https://www.globalresearch.ca/a/1001']);
  });

  it('the background keeps one badge update in flight per tab, and shows the latest status', async () => {
    let running = 0;
    let most = 0;
    const slow = <T>(call: () => Promise<T>) =>
      new Promise<T>((resolve) => {
        running++;
        most = Math.max(most, running);
        setTimeout(() => {
          running--;
          resolve(call());
        }, 1);
      });
    const action = fakeBrowser.action;
    for (const name of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const) {
      const real = action[name].bind(action) as (details: never) => Promise<void>;
      vi.spyOn(action, name).mockImplementation(((details: never) => slow(() => real(details))) as never);
    }
    background.main();
    const flood: Promise<unknown>[] = [];
    for (let i = 0; i < 2000; i++) flood.push(deliverFromTab(1, { protocol: 'gr-provenance/1', type: 'pageStatus', data: { article: false, reason: `r${i}` } }));
    flood.push(deliverFromTab(1, { protocol: 'gr-provenance/1', type: 'pageStatus', data: { article: true } }));
    flood.push(deliverFromTab(2, { protocol: 'gr-provenance/1', type: 'pageStatus', data: { article: true } }));
    await Promise.all(flood);
    expect(most).toBeLessThanOrEqual(2 * 3); // two tabs, one update (three calls) each
    expect(await action.getBadgeText({ tabId: 1 })).toBe('✓');
    expect(await action.getBadgeText({ tabId: 2 })).toBe('✓');
  });
});
