// The popup's request for the page's record, with the fallback for tabs opened before the
// extension was installed or updated: nothing answers there, so inject the content script
// and ask again.
import { browser } from 'wxt/browser';
import type { ExtractResult } from '../extract/record';
import { errorText, fail, sendToTab, type Reply } from '../messaging';

/** Where WXT writes the `content` entry point; the manifest declares the same file. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export interface RecordChannel {
  ask(tabId: number): Promise<Reply<ExtractResult>>;
  inject(tabId: number): Promise<unknown>;
}

export const browserChannel: RecordChannel = {
  ask: (tabId) => sendToTab(tabId, 'getRecord'),
  inject: (tabId) => browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }),
};

export async function requestRecord(tabId: number, channel: RecordChannel = browserChannel): Promise<Reply<ExtractResult>> {
  const first = await channel.ask(tabId);
  if (first.ok || first.code !== 'no-receiver') return first;
  try {
    await channel.inject(tabId);
  } catch (err) {
    return fail('failed', `could not read this tab: ${errorText(err)}`);
  }
  return channel.ask(tabId);
}
