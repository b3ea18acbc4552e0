import { defineConfig } from 'wxt';
import { ARCHIVE_ORIGINS } from './src/archive/addresses';
import { SITE_IMAGE_SOURCES, SITE_MATCHES } from './src/content/site-matches';

// Permissions, the fewest that work (the README lists each and why):
// - host access to the four site hosts only, the same as the content script's matches (so
//   no wider install warning): the popup may read a site tab's address (other tabs stay
//   hidden: "Open a Global Research article") and inject the content script there;
// - `scripting`: that injection, for a tab opened before the extension was installed or
//   updated (browser.scripting.executeScript).
// - `storage`: the settings (default export format, copyright line in the attribution), in
//   `sync` storage.
// Not `activeTab`: it would only repeat this access, on a click. Not `clipboardWrite`: the
// popup writes the clipboard on a click (a user gesture), which needs no permission in Chrome
// or Firefox. Not `downloads`: exports are saved through <a download>.
// Optional, asked for by the click that needs it and never at install: web.archive.org and
// archive.org, for reading Wayback captures and for Archive this page / Find archived copies.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // i18n: locales/en.yml and fr.yml become _locales/<lang>/messages.json; the browser picks one by
  // its UI language (the popup, options, reader, badge and manifest strings).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Firefox too: MV3 (WXT's default for Firefox is MV2).
  manifestVersion: 3,
  // No modulepreload polyfill in the pages' first chunk (~700 bytes of the popup's first load):
  // both browsers preload modules natively (Chrome 66, Firefox 115; the manifests ask for more).
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  // The sources zip (for AMO review) is what rebuilds the extension, with SOURCE.md saying how:
  // no tests, test pages, benchmarks, screenshots, listing material, logs or scratch files.
  zip: {
    excludeSources: ['**/*.log', '**/*.tmp.*', 'coverage/**', 'test/**', 'bench/**', 'docs/**', 'store/**'],
  },
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['scripting', 'storage'],
    host_permissions: SITE_MATCHES,
    optional_host_permissions: ARCHIVE_ORIGINS,
    action: { default_title: '__MSG_extName__' },
    // Extension pages run only their own bundled scripts: no inline or remote script, no eval,
    // no plugins, no <base> rewriting, no framing by a web page, no form posts; images from the
    // extension itself and, in the reader once the user asks, from the sites' own https hosts.
    content_security_policy: {
      extension_pages: `script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; img-src 'self' ${SITE_IMAGE_SOURCES}`,
    },
    // Opens the popup from the keyboard. Alt+Shift+G is free in Chrome and Firefox; users
    // can change it (chrome://extensions/shortcuts, Firefox: about:addons ▸ ⚙ ▸ Manage Extension Shortcuts).
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Permanent: AMO ties every published version to it. A GUID, since the project owns no domain.
              id: '{4a1f8b13-ab0c-424a-90b2-84f237ae149b}',
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
