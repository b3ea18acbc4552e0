// The content script's side of the contract: the page's record, extracted once (by the core,
// on its own clone of the page) and then served from memory.
import type { ExtractResult } from '../extract/record';
import { errorText, onMessage, sendToBackground, type PageStatus } from '../messaging';

/** `extractPage` runs on the first call only; a throw is not cached, so a later request retries. */
export function recordOnce(extractPage: () => ExtractResult): () => ExtractResult {
  let record: ExtractResult | undefined;
  return () => (record ??= extractPage());
}

/**
 * The record of the page at its current address: extracted on the first call, and again
 * only when the address has changed since (in-page navigation, history.pushState), so the
 * popup never gets the record of the article the tab showed before. A throw is not cached.
 */
export function recordPerAddress(address: () => string, extractPage: (url: string) => ExtractResult): () => ExtractResult {
  let cached: { url: string; record: ExtractResult } | undefined;
  return () => {
    const url = address();
    if (cached?.url !== url) cached = { url, record: extractPage(url) };
    return cached.record;
  };
}

/** Answers getRecord in this tab until the returned function is called. */
export function serveRecord(record: () => ExtractResult): () => void {
  return onMessage('getRecord', () => record());
}

export function statusOf(result: ExtractResult): PageStatus {
  return result.kind === 'article' ? { article: true } : { article: false, reason: result.reason };
}

/** Tells the background what the page is, so the toolbar button shows it before any click. */
export async function reportStatus(record: () => ExtractResult): Promise<void> {
  let status: PageStatus;
  try {
    status = statusOf(record());
  } catch (err) {
    status = { article: false, reason: `extraction failed: ${errorText(err)}` };
  }
  await sendToBackground('pageStatus', status);
}
