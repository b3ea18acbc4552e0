import { defineConfig } from 'wxt';

// Permissions, the fewest that work (the README lists each and why):
// - the content script's `matches` (entrypoints/content.ts: the four site hosts) is the
//   only standing host access; both browsers grant it at install;
// - `activeTab`: when the user clicks the toolbar button, the popup may read that tab's
//   address and inject the content script into a tab opened before the extension was
//   installed or updated;
// - `scripting`: that injection (browser.scripting.executeScript).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox too: MV3 (WXT's default for Firefox is MV2).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'GR Provenance',
    description:
      'Clean article and provenance — original source, tags, copyright and republication notice — for Global Research and Mondialisation.ca.',
    permissions: ['activeTab', 'scripting'],
    action: { default_title: 'GR Provenance' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gr-provenance@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
