import { browser } from 'wxt/browser';
import { badgeUpdater } from '../src/background/badge';
import { syncWaybackScript } from '../src/background/wayback-script';
import { onMessage } from '../src/messaging';

// Per-tab toolbar state from the content script's result, and the Wayback content script
// kept in step with its optional permission; nothing else lives here.
export default defineBackground(() => {
  const syncWayback = () => void syncWaybackScript(browser).catch(() => undefined);
  browser.permissions.onAdded.addListener(syncWayback);
  browser.permissions.onRemoved.addListener(syncWayback);
  syncWayback();
  const showPageStatus = badgeUpdater(browser.action);
  onMessage('pageStatus', async (status, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('pageStatus must come from a tab');
    await showPageStatus(tabId, status);
  });
});
