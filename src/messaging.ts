// The one typed message contract between popup, content script and background. Each
// message's payload and reply are declared once in ProtocolMap; every request has a timeout
// and every reply is a value (Reply), so no end ever waits forever or sees a rejection.
//
// Written over browser.runtime / browser.tabs (the webextension-polyfill through
// `wxt/browser`) rather than @webext-core/messaging 4: its tab path calls
// chrome.tabs.sendMessage without reading lastError, so "nothing listens in this tab" (a tab
// opened before install) is not told apart from other failures, and the popup needs exactly
// that signal to inject the content script.
import { browser, type Browser } from 'wxt/browser';
import type { ExtractResult } from './extract/record';

export interface ProtocolMap {
  /** popup → content script: the page's record (extracted once, then cached). */
  getRecord(): ExtractResult;
  /** content script → background: what the page is, for the toolbar button. */
  pageStatus(status: PageStatus): void;
  /** popup → content script: the page's HTML as the content script sees it, for a problem report. */
  getPageHtml(): PageSource;
}

export type PageStatus = { article: true } | { article: false; reason: string };
export interface PageSource {
  url: string;
  /** The document's markup as it is now (scripts and all: the report cleans it). */
  html: string;
  /** The doctype's name, public and system ids (which decide quirks mode), or null: none. */
  doctype: [string, string, string] | null;
}

/** How long a sender waits for each message's reply. Extraction of a long page takes a second at most. */
export const TIMEOUT_MS: Record<MessageName, number> = { getRecord: 15_000, pageStatus: 5_000, getPageHtml: 15_000 };

export type Reply<T> = { ok: true; value: T } | Failure;
/** `no-receiver`: nothing in that tab listens (the content script is not there). A timeout says how long it waited. */
export type Failure = { ok: false; code: 'no-receiver' | 'timeout' | 'failed'; error: string; seconds?: number };

export type MessageName = keyof ProtocolMap;
export type DataOf<K extends MessageName> = Parameters<ProtocolMap[K]>[0];
export type ValueOf<K extends MessageName> = ReturnType<ProtocolMap[K]>;
type Sender = Browser.runtime.MessageSender;

const PROTOCOL = 'gr-provenance/1';
interface Envelope<K extends MessageName = MessageName> {
  protocol: typeof PROTOCOL;
  type: K;
  data: DataOf<K>;
}

export const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
export const fail = (code: Failure['code'], error: string): Failure => ({ ok: false, code, error });

/** Ask the content script of a tab. */
export function sendToTab<K extends MessageName>(tabId: number, type: K, ...[data]: Parameters<ProtocolMap[K]>): Promise<Reply<ValueOf<K>>> {
  return request(type, () => browser.tabs.sendMessage(tabId, envelope(type, data as DataOf<K>)));
}

/** Tell the background (service worker / event page). */
export function sendToBackground<K extends MessageName>(type: K, ...[data]: Parameters<ProtocolMap[K]>): Promise<Reply<ValueOf<K>>> {
  return request(type, () => browser.runtime.sendMessage(envelope(type, data as DataOf<K>)));
}

/** Answer one message type in this context; a throwing handler answers with a failure. Returns the unsubscribe. */
export function onMessage<K extends MessageName>(
  type: K,
  handler: (data: DataOf<K>, sender: Sender) => ValueOf<K> | Promise<ValueOf<K>>,
): () => void {
  // sendResponse + `return true` is the one reply style that native Firefox, the Chrome
  // polyfill and WXT's fakeBrowser all honour.
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: Reply<ValueOf<K>>) => void): true | undefined => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    Promise.resolve()
      .then(() => handler(message.data as DataOf<K>, sender))
      .then((value) => sendResponse(ok(value)), (err: unknown) => sendResponse(fail('failed', errorText(err))));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

async function request<K extends MessageName>(type: K, send: () => Promise<unknown>): Promise<Reply<ValueOf<K>>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Failure>((resolve) => {
    const seconds = TIMEOUT_MS[type] / 1000;
    timer = setTimeout(() => resolve({ ...fail('timeout', `no answer within ${seconds} s`), seconds }), TIMEOUT_MS[type]);
  });
  const answer = Promise.resolve()
    .then(send)
    .then(
      (reply): Reply<ValueOf<K>> => (isReply(reply) ? (reply as Reply<ValueOf<K>>) : fail('no-receiver', 'nothing answered')),
      (err: unknown): Failure => fail(NO_RECEIVER.test(errorText(err)) ? 'no-receiver' : 'failed', errorText(err)),
    );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Chrome and Firefox both say "Could not establish connection. Receiving end does not exist."
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

function envelope<K extends MessageName>(type: K, data: DataOf<K>): Envelope<K> {
  return { protocol: PROTOCOL, type, data };
}

function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && (m as Envelope).protocol === PROTOCOL && typeof (m as Envelope).type === 'string';
}

function isReply(r: unknown): r is Reply<unknown> {
  return typeof r === 'object' && r !== null && typeof (r as Reply<unknown>).ok === 'boolean';
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : typeof err === 'string' ? err : 'unknown error';
}
