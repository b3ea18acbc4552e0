// Corrections as stored with WXT storage (fakeBrowser's storage.local): per article, by
// canonical address; saved, reset field by field, imported with the later edit winning,
// watched; damaged entries never come back out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { correctionsFile, parseCorrectionsFile } from '../../src/corrections/file';
import {
  correctionFor,
  correctionsItem,
  importCorrections,
  loadCorrections,
  resetCorrection,
  saveCorrection,
  watchCorrections,
  withStoredCorrection,
} from '../../src/corrections/store';
import { articleFixtures } from '../format/articles';

const ARTICLE = 'https://www.globalresearch.ca/russia-and-iran/5479551';
const KEY = 'https://globalresearch.ca/russia-and-iran/5479551';
const T1 = new Date('2025-01-15T10:00:00.000Z');
const T2 = new Date('2025-01-16T10:00:00.000Z');
const source = { publisher: 'Strategic Culture Foundation', date: '2015-09-28', url: null };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('corrections in local storage', () => {
  it('are none until the editor corrects something', async () => {
    await expect(loadCorrections()).resolves.toEqual({});
    await expect(correctionFor(ARTICLE)).resolves.toBeNull();
  });

  it('are kept per article under local:corrections, found again at another spelling of its address', async () => {
    const saved = await saveCorrection(ARTICLE, { title: 'Corrected', originalSource: source }, T1);
    expect(saved).toEqual({ title: 'Corrected', originalSource: source, updatedAt: '2025-01-15T10:00:00.000Z' });
    expect(await fakeBrowser.storage.local.get('corrections')).toEqual({ corrections: { [KEY]: saved } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await expect(correctionFor('http://globalresearch.ca/russia-and-iran/5479551/#top')).resolves.toEqual(saved);
    await expect(correctionFor('https://www.globalresearch.ca/other/1')).resolves.toBeNull();
  });

  it('refuse a bad value and keep what was stored', async () => {
    await saveCorrection(ARTICLE, { title: 'Good' }, T1);
    await expect(saveCorrection(ARTICLE, { title: '<script>x</script>' })).rejects.toThrow('correction.title: contains markup');
    await expect(saveCorrection(ARTICLE, { publishedAt: '2015-02-30' })).rejects.toThrow(/not a calendar date/);
    await expect(saveCorrection('file:///tmp/a.html', { title: 'x' })).rejects.toThrow(/not http\(s\)/);
    await expect(correctionFor(ARTICLE)).resolves.toMatchObject({ title: 'Good' });
  });

  it('reset one field, then the rest; nothing left removes the entry', async () => {
    await saveCorrection(ARTICLE, { title: 'Corrected', publishedAt: '2015-10-03' }, T1);
    await expect(resetCorrection(ARTICLE, 'title', T2)).resolves.toEqual({ publishedAt: '2015-10-03', updatedAt: T2.toISOString() });
    await expect(resetCorrection(ARTICLE, 'publishedAt', T2)).resolves.toBeNull();
    await expect(loadCorrections()).resolves.toEqual({});
    await saveCorrection(ARTICLE, { title: 'Again', authors: [] }, T1);
    await expect(resetCorrection(ARTICLE)).resolves.toBeNull();
    await expect(correctionFor(ARTICLE)).resolves.toBeNull();
    await expect(resetCorrection(ARTICLE)).resolves.toBeNull();
  });

  it('leave out whatever in storage is damaged or hand-made, and keep the rest', async () => {
    await fakeBrowser.storage.local.set({
      corrections: {
        [KEY]: { title: 'Fine', updatedAt: T1.toISOString() },
        'https://globalresearch.ca/a/2': { title: '<img src=x onerror=alert(1)>', updatedAt: T1.toISOString() },
        'javascript:alert(1)': { title: 'x', updatedAt: T1.toISOString() },
        'https://globalresearch.ca/a/3': 'garbage',
      },
    });
    await expect(loadCorrections()).resolves.toEqual({ [KEY]: { title: 'Fine', updatedAt: T1.toISOString() } });
    await fakeBrowser.storage.local.set({ corrections: 'garbage' });
    await expect(loadCorrections()).resolves.toEqual({});
  });

  it('give none when storage cannot be read', async () => {
    vi.spyOn(correctionsItem, 'getValue').mockRejectedValue(new Error('storage is off'));
    await expect(loadCorrections()).resolves.toEqual({});
  });

  it('import a file: new articles added, older stored ones replaced, newer stored ones kept', async () => {
    await saveCorrection('https://www.globalresearch.ca/a/1', { title: 'Stored, older' }, T1);
    await saveCorrection('https://www.globalresearch.ca/a/2', { title: 'Stored, newer' }, T2);
    const text = JSON.stringify(
      correctionsFile(
        {
          'https://www.globalresearch.ca/a/1': { title: 'From the file', updatedAt: '2025-01-15T12:00:00Z' },
          'https://www.globalresearch.ca/a/2': { title: 'From the file, older', updatedAt: '2025-01-15T12:00:00Z' },
          'https://www.mondialisation.ca/b/3': { publishedAt: null, updatedAt: '2025-01-15T12:00:00Z' },
        },
        '2025-01-17T00:00:00Z',
      ),
    );
    const parsed = parseCorrectionsFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    await expect(importCorrections(parsed.value)).resolves.toEqual({ added: 1, replaced: 1, keptNewer: 1 });
    const all = await loadCorrections();
    expect(Object.keys(all).sort()).toEqual(['https://globalresearch.ca/a/1', 'https://globalresearch.ca/a/2', 'https://mondialisation.ca/b/3']);
    expect(all['https://globalresearch.ca/a/1'].title).toBe('From the file');
    expect(all['https://globalresearch.ca/a/2'].title).toBe('Stored, newer');
  });

  it('an export imported into an empty profile gives the same corrections', async () => {
    await saveCorrection(ARTICLE, { title: 'One', authors: [{ name: 'A. Writer', url: null }] }, T1);
    await saveCorrection('https://www.mondialisation.ca/x/2', { originalSource: null }, T2);
    const exported = JSON.stringify(correctionsFile(await loadCorrections(), T2.toISOString()));
    const before = await loadCorrections();
    fakeBrowser.reset();
    const parsed = parseCorrectionsFile(exported);
    if (!parsed.ok) throw new Error(parsed.error);
    await importCorrections(parsed.value);
    await expect(loadCorrections()).resolves.toEqual(before);
  });

  it('tell watchers about a change, in checked form', async () => {
    const seen = vi.fn();
    const unwatch = watchCorrections(seen);
    await saveCorrection(ARTICLE, { title: 'Watched' }, T1);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ [KEY]: { title: 'Watched', updatedAt: T1.toISOString() } }));
    unwatch();
  });

  it('give the reader the article as corrected, and leave other pages alone', async () => {
    const record = articleFixtures().find((a) => a.name === '2015-syria-strategic-culture')!.record;
    await saveCorrection(record.canonicalUrl, { title: 'As the editor wrote it' }, T1);
    const shown = await withStoredCorrection(record);
    expect(shown.kind === 'article' && shown.title).toBe('As the editor wrote it');
    const other = { ...record, canonicalUrl: 'https://www.globalresearch.ca/other/1' };
    await expect(withStoredCorrection(other)).resolves.toBe(other);
    const listing = { kind: 'not-article' as const, url: record.canonicalUrl, reason: 'listing' };
    await expect(withStoredCorrection(listing)).resolves.toBe(listing);
  });
});
