// The Wayback content script exists only while its permission does: registered when access
// to web.archive.org is granted, unregistered when it is taken back (the browser's extension
// settings let the user do either at any time). Nothing is registered up front.
import type { WxtBrowser } from 'wxt/browser';
import { ARCHIVE_ORIGINS, CAPTURE_MATCHES } from '../archive/addresses';
import { WAYBACK_SCRIPT_FILE } from '../content/wayback-entry';

export const WAYBACK_SCRIPT_ID = 'wayback-captures';

type Api = {
  permissions: Pick<WxtBrowser['permissions'], 'contains'>;
  scripting: Pick<WxtBrowser['scripting'], 'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts'>;
};

/** Registers or unregisters the script to match the permission; returns whether it is allowed. */
export async function syncWaybackScript(api: Api): Promise<boolean> {
  const allowed = await api.permissions.contains({ origins: [ARCHIVE_ORIGINS[0]] });
  const registered = (await api.scripting.getRegisteredContentScripts({ ids: [WAYBACK_SCRIPT_ID] })).length > 0;
  if (allowed && !registered) {
    await api.scripting.registerContentScripts([
      { id: WAYBACK_SCRIPT_ID, matches: CAPTURE_MATCHES, js: [WAYBACK_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (!allowed && registered) {
    await api.scripting.unregisterContentScripts({ ids: [WAYBACK_SCRIPT_ID] });
  }
  return allowed;
}
