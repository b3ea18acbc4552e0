// The Firefox profile prefs every e2e run needs: the loopback fixture server as the only proxy
// (https to the site hosts tunnelled to its TLS port, everything else refused: nothing leaves
// the machine), no slow-script interruption, and the extension at a known moz-extension://
// address.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { firefoxSitePrefs } from './fixture-server';

export const EXTENSION = resolve('.output/firefox-mv3');
/** The add-on id as the build declares it (wxt.config.ts). */
export const EXTENSION_ID: string = JSON.parse(readFileSync(resolve(EXTENSION, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
/** A known moz-extension:// address for popup.html. */
export const UUID = '6f1d8c2e-4b7a-4c55-9a0e-2f3b1d7c9e41';

export function firefoxPrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    ...firefoxSitePrefs(proxyPort),
    // The hung-page check keeps a page busy for 18 s: no "slow script" interruption.
    'dom.max_script_run_time': 0,
    'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: UUID }),
  };
}
