// The settings as they persist: one WXT storage item in `sync` storage (follows the user's
// browser profile), read through normalizeSettings so a missing, partial or corrupted value
// always comes back as complete, valid settings. Used by the popup and the options page.
//
//   loadSettings() → Settings      saveSettings(patch) → Settings      watchSettings(cb) → unwatch
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './format/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: { ...DEFAULT_SETTINGS } });

/** Never rejects: storage that cannot be read gives the defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Merges a change into the stored settings and returns what is now stored. Rejects if storage fails. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the new settings whenever they change (in any page of the extension). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
