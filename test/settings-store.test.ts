// The settings as stored with WXT storage (fakeBrowser's storage.sync): defaults, changes,
// repair of bad values, change notifications.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../src/format/settings';
import { loadSettings, saveSettings, settingsItem, watchSettings } from '../src/settings-store';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('settings in sync storage', () => {
  it('are the defaults until something is saved', async () => {
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
  });

  it('persist a change under sync:settings, merged with the rest', async () => {
    await expect(saveSettings({ includeCopyright: false })).resolves.toEqual({ defaultExportFormat: 'markdown', includeCopyright: false, citationLanguage: 'ui' });
    await saveSettings({ defaultExportFormat: 'html' });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'ui' } });
    await expect(loadSettings()).resolves.toEqual({ defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'ui' });
  });

  it('repair whatever is stored (an older version, a hand edit) field by field', async () => {
    await fakeBrowser.storage.sync.set({ settings: { defaultExportFormat: 'pdf', includeCopyright: false, citationLanguage: 'article', extra: 1 } });
    await expect(loadSettings()).resolves.toEqual({ defaultExportFormat: 'markdown', includeCopyright: false, citationLanguage: 'article' });
    // settings saved before the citation language existed get the default one
    await fakeBrowser.storage.sync.set({ settings: { defaultExportFormat: 'html', includeCopyright: false } });
    await expect(loadSettings()).resolves.toEqual({ defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'ui' });
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('fall back to the defaults when storage cannot be read', async () => {
    vi.spyOn(settingsItem, 'getValue').mockRejectedValue(new Error('storage is off'));
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('tell watchers about a change', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await saveSettings({ defaultExportFormat: 'html' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ defaultExportFormat: 'html', includeCopyright: true, citationLanguage: 'ui' }));
    unwatch();
  });
});
