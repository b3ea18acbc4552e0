import { describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '../../src/extract';
import { fail, ok } from '../../src/messaging';
import { loadState } from '../../src/popup/state';
import { isSiteUrl } from '../../src/popup/site';

const home: ExtractResult = { kind: 'not-article', url: 'https://www.globalresearch.ca/', reason: 'home page' };
const sources = (url: string | undefined, reply = ok(home)) => ({
  activeTab: async () => ({ id: 9, url }),
  requestRecord: vi.fn(async () => reply),
});

describe('which popup state a tab gets', () => {
  it('knows the four site hosts over https only', () => {
    for (const url of ['https://www.globalresearch.ca/a/1', 'https://globalresearch.ca/', 'https://mondialisation.ca/x', 'https://www.mondialisation.ca/']) {
      expect(isSiteUrl(url), url).toBe(true);
    }
    for (const url of ['http://www.globalresearch.ca/a/1', 'http://mondialisation.ca/x', 'https://example.org/', 'https://globalresearch.ca.evil.example/', 'file:///www.globalresearch.ca/', 'chrome://newtab/', undefined, 'not a url']) {
      expect(isSiteUrl(url), String(url)).toBe(false);
    }
  });

  it('asks for an article on another site, without messaging the tab', async () => {
    const s = sources('https://example.org/page');
    await expect(loadState(s)).resolves.toEqual({ view: 'other-site' });
    expect(s.requestRecord).not.toHaveBeenCalled();
    await expect(loadState({ ...s, activeTab: async () => undefined })).resolves.toEqual({ view: 'other-site' });
  });

  it('shows what the content script answers on a site page', async () => {
    const s = sources('https://www.globalresearch.ca/');
    await expect(loadState(s)).resolves.toEqual({ view: 'not-article', result: home });
    expect(s.requestRecord).toHaveBeenCalledWith(9);
  });

  it('turns failures into an error state with the reason', async () => {
    await expect(loadState(sources('https://www.globalresearch.ca/a/1', fail('timeout', 'no answer within 15 s')))).resolves.toEqual({
      view: 'error',
      error: 'no answer within 15 s',
    });
    const broken = { activeTab: async () => Promise.reject(new Error('tabs unavailable')), requestRecord: vi.fn() };
    await expect(loadState(broken)).resolves.toEqual({ view: 'error', error: 'tabs unavailable' });
  });
});
