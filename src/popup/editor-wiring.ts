// The editorial actions wired to the browser: the clipboard, downloads, the reader tab and
// the options page. The logic lives in action-bar.ts, action-panels.ts and actions.ts; this
// is the plumbing.
import { browser } from 'wxt/browser';
import type { ArticleRecord } from '../extract/record';
import type { EditorDeps } from './action-bar';
import { copyToClipboard } from './clipboard';
import { downloadFile } from './download';
import { todayIso } from './format';

export interface SourceTab {
  id: number;
  index?: number;
}

/** The reader page for a tab: the tab id is all it carries (the page asks that tab for the record). */
export function readerPath(tabId: number): `/reader.html?tab=${number}` {
  return `/reader.html?tab=${tabId}`;
}

export function browserEditor(record: ArticleRecord, tab: SourceTab): EditorDeps {
  let settings: ReturnType<EditorDeps['settings']> | undefined;
  return {
    record,
    // WXT storage (9 KB) loads with the first action, not with the popup.
    settings: () => (settings ??= import('../settings-store').then((m) => m.loadSettings())),
    copy: (payload) => copyToClipboard(payload),
    download: (file) => downloadFile(file),
    openReader: async () => {
      await browser.tabs.create({
        url: browser.runtime.getURL(readerPath(tab.id)),
        index: tab.index === undefined ? undefined : tab.index + 1,
        openerTabId: tab.id,
      });
      window.close();
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    today: () => todayIso(),
    uiLanguage: () => browser.i18n?.getUILanguage?.() ?? navigator.language,
  };
}
