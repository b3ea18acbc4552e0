import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { badgeFor, showPageStatus } from '../../src/background/badge';
import { deliverFromTab } from '../fake-tab';
import { installArchiveApis } from '../helpers/fake-archive-apis';

beforeEach(() => {
  fakeBrowser.reset();
  installArchiveApis(); // the background also keeps the Wayback script in step with its permission
});

describe('the toolbar button state', () => {
  it('marks an article and a page without one differently', () => {
    const found = badgeFor({ article: true });
    const none = badgeFor({ article: false, reason: 'listing page' });
    expect(found.text).toBe('✓');
    expect(none.text).not.toBe(found.text);
    expect(none.color).not.toBe(found.color);
    expect(none.title).toContain('listing page');
  });

  it('sets badge and title for that tab only', async () => {
    await showPageStatus(fakeBrowser.action, 7, { article: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toContain('article found');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('is set by the background from the content script message', async () => {
    background.main();
    const reply = await deliverFromTab(5, { protocol: 'gr-provenance/1', type: 'pageStatus', data: { article: false, reason: 'home page' } });
    expect(reply).toEqual({ ok: true, value: undefined });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('–');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toContain('home page');
  });
});
