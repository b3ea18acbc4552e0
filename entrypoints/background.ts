import { browser } from 'wxt/browser';
import { badgeUpdater } from '../src/background/badge';
import { onMessage } from '../src/messaging';

// Per-tab toolbar state from the content script's result; nothing else lives here.
export default defineBackground(() => {
  const showPageStatus = badgeUpdater(browser.action);
  onMessage('pageStatus', async (status, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('pageStatus must come from a tab');
    await showPageStatus(tabId, status);
  });
});
