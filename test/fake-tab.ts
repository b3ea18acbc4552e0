// A tab for WXT's fakeBrowser, which does not implement tabs.sendMessage: messages to the
// tab reach this context's runtime.onMessage listeners (where the test's content script
// listens), and with no listener they fail the way Chrome and Firefox fail.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

export function routeTabMessages() {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: unknown) => {
    if (!fakeBrowser.runtime.onMessage.hasListeners()) throw new Error(NO_RECEIVER);
    return fakeBrowser.runtime.sendMessage(message);
  }) as never);
}

/** Delivers a message to runtime.onMessage as if sent from tab `tabId`, and resolves with the reply. */
export async function deliverFromTab(tabId: number, message: unknown): Promise<unknown> {
  let reply: unknown;
  const replied = new Promise<void>((resolve) => {
    const sendResponse = (r: unknown) => {
      reply = r;
      resolve();
    };
    void fakeBrowser.runtime.onMessage.trigger(message, { tab: { id: tabId } } as never, sendResponse);
  });
  await replied;
  return reply;
}
