// The popup's request for the page's record, with the fallback for tabs opened before the
// extension was installed or updated: nothing answers there, so inject the content script
// and ask again. Each step has a time limit: the message its own (messaging.ts), the
// injection INJECT_TIMEOUT_MS.
import { browser } from 'wxt/browser';
import type { ExtractResult } from '../extract/record';
import { t } from '../i18n';
import { errorText, fail, sendToTab, type Failure, type Reply } from '../messaging';

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

/**
 * How long the popup waits for the injection. The browser runs the script once the page is
 * idle, so a page that hangs while loading would keep the popup on "Reading…" forever.
 */
export const INJECT_TIMEOUT_MS = 10_000;

export async function requestRecord(tabId: number, channel: RecordChannel = browserChannel): Promise<Reply<ExtractResult>> {
  const first = await channel.ask(tabId);
  if (first.ok || first.code !== 'no-receiver') return first;
  const injected = await injectWithin(channel, tabId, INJECT_TIMEOUT_MS);
  return injected ?? channel.ask(tabId);
}

/** null once the script is in; else the failure to show. */
async function injectWithin(channel: RecordChannel, tabId: number, ms: number): Promise<Failure | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Failure>((resolve) => {
    timer = setTimeout(() => resolve(fail('timeout', t('state.injectTimeout', [String(ms / 1000)]))), ms);
  });
  const injection = Promise.resolve()
    .then(() => channel.inject(tabId))
    .then(
      () => null,
      (err: unknown) => fail('failed', t('state.cannotReadTab', [errorText(err)])),
    );
  try {
    return await Promise.race([injection, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
