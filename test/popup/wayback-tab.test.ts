// Which tabs the popup reads, now that Wayback captures of the sites' pages are among them,
// and through which content script.
import { describe, expect, it, vi } from 'vitest';
import { browserChannel } from '../../src/popup/request-record';
import { captureChannel } from '../../src/popup/archive-mount';
import { loadState } from '../../src/popup/state';
import { isSiteCapture, waybackChannel } from '../../src/popup/wayback-tab';

const ARTICLE = 'https://www.globalresearch.ca/russia-and-iran-are-coordinating-in-syria-to-preserve-regional-stability/5479551';

describe('isSiteCapture', () => {
  it.each([
    [`https://web.archive.org/web/20151003123456/${ARTICLE}`, true],
    ['https://web.archive.org/web/20190314081500/http://mondialisation.ca/x/5668231', true],
    ['https://web.archive.org/web/20151003123456/https://www.example.org/x/1', false],
    ['https://web.archive.org/web/2015*/globalresearch.ca*', false], // the calendar, not a capture
    [ARTICLE, false],
    [undefined, false],
  ])('%s: %s', (url, expected) => expect(isSiteCapture(url)).toBe(expected));
});

describe('the popup on a capture', () => {
  it('reads it through the Wayback content script, and a site page through the site one', async () => {
    expect(await captureChannel(`https://web.archive.org/web/20151003123456/${ARTICLE}`)).toBe(waybackChannel);
    expect(await captureChannel(ARTICLE)).toBeNull(); // requestRecord's default: the site script (browserChannel)
    expect(await captureChannel('https://web.archive.org/web/20151003123456/https://www.example.org/x/1')).toBeNull();
    expect(await captureChannel(undefined)).toBeNull();
    expect(browserChannel).not.toBe(waybackChannel);
  });

  it('asks for the record of a capture tab, and calls any other tab another site', async () => {
    const requestRecord = vi.fn(async () => ({ ok: false as const, code: 'timeout' as const, error: 'no answer' }));
    const isCapture = async (url: string) => (await captureChannel(url)) !== null;
    await loadState({ activeTab: async () => ({ id: 3, url: `https://web.archive.org/web/20151003123456/${ARTICLE}` }), requestRecord, isCapture });
    expect(requestRecord).toHaveBeenCalledWith(3);
    const other = { id: 5, url: 'https://web.archive.org/web/20151003123456/https://www.example.org/x/1' };
    expect(await loadState({ activeTab: async () => other, requestRecord, isCapture })).toEqual({ view: 'other-site' });
    // Without access to web.archive.org the browser hides the address: the popup cannot read the tab.
    expect(await loadState({ activeTab: async () => ({ id: 4 }), requestRecord, isCapture })).toEqual({ view: 'other-site' });
    expect(requestRecord).toHaveBeenCalledTimes(1);
  });
});
