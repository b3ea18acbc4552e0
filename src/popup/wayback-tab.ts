// A tab on a Wayback Machine capture of one of the sites' pages: the popup reads it through
// the Wayback content script (registered once web.archive.org is allowed, injected otherwise).
// Loaded with the actions' module (archive-mount.ts), only for a tab off the sites.
import { browser } from 'wxt/browser';
import { WAYBACK_SCRIPT_FILE } from '../content/wayback-entry';
import { waybackAddress } from '../extract/wayback-address';
import { sendToTab } from '../messaging';
import type { RecordChannel } from './request-record';
import { isSiteUrl } from './site';

export function isSiteCapture(url: string | undefined): boolean {
  const capture = url ? waybackAddress(url) : null;
  // The capture itself is served over https by web.archive.org: the original's scheme (often
  // http:// in older captures) says nothing about this tab, its host says which site it is.
  return capture !== null && isSiteUrl(capture.original.replace(/^http:/i, 'https:'));
}

export const waybackChannel: RecordChannel = {
  ask: (tabId) => sendToTab(tabId, 'getRecord'),
  inject: (tabId) => browser.scripting.executeScript({ target: { tabId }, files: [WAYBACK_SCRIPT_FILE] }),
};
