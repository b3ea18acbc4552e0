import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtractResult } from '../../src/extract';
import { recordOnce, serveRecord } from '../../src/content/serve-record';
import { fail, ok } from '../../src/messaging';
import { CONTENT_SCRIPT_FILE, INJECT_TIMEOUT_MS, requestRecord, type RecordChannel } from '../../src/popup/request-record';
import { routeTabMessages } from '../fake-tab';

const record: ExtractResult = { kind: 'not-article', url: 'https://www.globalresearch.ca/author/someone', reason: 'author page' };

beforeEach(() => {
  fakeBrowser.reset();
  routeTabMessages();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('asking a tab for its record', () => {
  it('asks the content script that is already there, without injecting', async () => {
    serveRecord(recordOnce(() => record));
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    await expect(requestRecord(4)).resolves.toEqual({ ok: true, value: record });
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects the built content script into a tab opened before install, then asks again', async () => {
    // executeScript runs the content script, which starts listening in the tab.
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
      serveRecord(recordOnce(() => record));
      return [{ frameId: 0, result: undefined }];
    }) as never);
    await expect(requestRecord(4)).resolves.toEqual({ ok: true, value: record });
    expect(inject).toHaveBeenCalledOnce();
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 4 }, files: [CONTENT_SCRIPT_FILE] });
  });

  it('says why when the script cannot be injected', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    await expect(requestRecord(4)).resolves.toEqual({
      ok: false,
      code: 'failed',
      error: 'could not read this tab: Cannot access contents of the page.',
    });
  });

  it('gives up on an injection that never finishes (a page hung while loading), with the reason', async () => {
    vi.useFakeTimers();
    const channel: RecordChannel = { ask: vi.fn(async () => fail('no-receiver', 'nothing')), inject: vi.fn(() => new Promise(() => {})) };
    const reply = requestRecord(4, channel);
    await vi.advanceTimersByTimeAsync(INJECT_TIMEOUT_MS - 1);
    let settled = false;
    void reply.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(reply).resolves.toEqual({ ok: false, code: 'timeout', error: `the page did not let the extension in within ${INJECT_TIMEOUT_MS / 1000} s` });
    expect(channel.ask).toHaveBeenCalledOnce();
  });

  it('does not inject after a timeout or a failed extraction (the script is there)', async () => {
    for (const failure of [fail('timeout', 'no answer'), fail('failed', 'boom')]) {
      const channel: RecordChannel = { ask: vi.fn(async () => failure), inject: vi.fn(async () => undefined) };
      await expect(requestRecord(4, channel)).resolves.toEqual(failure);
      expect(channel.inject).not.toHaveBeenCalled();
    }
  });

  it('asks once more only, whatever the second answer', async () => {
    const channel: RecordChannel = {
      ask: vi.fn().mockResolvedValueOnce(fail('no-receiver', 'nothing')).mockResolvedValueOnce(fail('no-receiver', 'still nothing')).mockResolvedValue(ok(record)),
      inject: vi.fn(async () => undefined),
    };
    await expect(requestRecord(4, channel)).resolves.toEqual(fail('no-receiver', 'still nothing'));
    expect(channel.ask).toHaveBeenCalledTimes(2);
  });
});
