// The popup's editorial actions wired to the browser (fakeBrowser): the settings the options
// page saved reach the popup, and Reader view opens the reader page for the article's tab.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserEditor } from '../../src/popup/editor-wiring';
import { saveSettings } from '../../src/settings-store';
import { articleFixtures } from '../format/articles';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the popup reading the settings', () => {
  it('reads what the options page saved, once per popup', async () => {
    await saveSettings({ defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'article' });
    const deps = browserEditor(articleFixtures()[0].record, { id: 3, index: 0 });
    const saved = { defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'article' };
    await expect(deps.settings()).resolves.toEqual(saved);
    await saveSettings({ includeCopyright: true });
    // One popup, one reading: what an action does does not change under the user's hands.
    await expect(deps.settings()).resolves.toEqual(saved);
  });
});

describe('the popup opening the reader view', () => {
  it('opens reader.html?tab=<id> beside the article’s tab, then closes the popup', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.fn();
    vi.stubGlobal('window', { close });
    try {
      await browserEditor(articleFixtures()[0].record, { id: 7, index: 2 }).openReader();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${fakeBrowser.runtime.id}/reader.html?tab=7`, index: 3, openerTabId: 7 });
    expect(close).toHaveBeenCalledOnce();
  });
});
