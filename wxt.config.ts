import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './src/content/site-matches';

// Permissions, the fewest that work (the README lists each and why):
// - host access to the four site hosts only, the same as the content script's matches (so
//   no wider install warning): the popup may read a site tab's address (other tabs stay
//   hidden: "Open a Global Research article") and inject the content script there;
// - `scripting`: that injection, for a tab opened before the extension was installed or
//   updated (browser.scripting.executeScript).
// Not `activeTab`: it would only repeat this access, on a click.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox too: MV3 (WXT's default for Firefox is MV2).
  manifestVersion: 3,
  // The sources zip (for AMO review) is what rebuilds the extension: no logs, test output,
  // screenshots or local scratch files.
  zip: {
    excludeSources: ['**/*.log', '**/*.tmp.*', 'coverage/**', 'test/e2e/artifacts/**', 'bench/_scratch/**', 'docs/**'],
  },
  manifest: ({ browser }) => ({
    name: 'GR Provenance',
    description:
      'Clean article and provenance — original source, tags, copyright and republication notice — for Global Research and Mondialisation.ca.',
    permissions: ['scripting'],
    host_permissions: SITE_MATCHES,
    action: { default_title: 'GR Provenance' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gr-provenance@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions came to Firefox for Android in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
