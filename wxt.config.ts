import { defineConfig } from 'wxt';

// Host access is limited to the two sites the extension understands.
const SITE_MATCHES = [
  '*://globalresearch.ca/*',
  '*://www.globalresearch.ca/*',
  '*://mondialisation.ca/*',
  '*://www.mondialisation.ca/*',
];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'GR Provenance',
    description:
      'Clean article and provenance — original source, tags, copyright and republication notice — for Global Research and Mondialisation.ca.',
    permissions: ['activeTab', 'scripting'],
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
          },
        }
      : {}),
  }),
});
