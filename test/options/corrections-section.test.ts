// @vitest-environment jsdom
// The options page's corrections (WXT storage on fakeBrowser): the count, the export as a
// JSON download that imports back to the same corrections, the import of a file, and a bad
// file refused with its reason and nothing stored.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { correctionsFile, parseCorrectionsFile } from '../../src/corrections/file';
import { importCorrections, loadCorrections, saveCorrection, watchCorrections } from '../../src/corrections/store';
import { correctionsSection, type CorrectionsDeps } from '../../src/options/corrections-section';
import type { DownloadFile } from '../../src/popup/download';

beforeEach(() => fakeBrowser.reset());

const NOW = new Date('2025-03-01T09:30:00.000Z');
const downloads: DownloadFile[] = [];
const deps = (overrides: Partial<CorrectionsDeps> = {}): CorrectionsDeps => ({
  load: loadCorrections,
  import: importCorrections,
  watch: watchCorrections,
  download: (file) => (downloads.push(file), { ok: true }),
  now: () => NOW,
  ...overrides,
});

async function mount(d = deps()) {
  downloads.length = 0;
  const view = await correctionsSection(d);
  document.body.replaceChildren(view);
  return view;
}
const button = (text: RegExp) => Array.from(document.querySelectorAll('button')).find((b) => text.test(b.textContent ?? ''))!;
const status = () => document.querySelector('.status')!;
async function pick(name: string, content: string) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(status().textContent).not.toBe(''));
}

describe('corrections on the options page', () => {
  it('says how many articles are corrected, and follows changes made elsewhere', async () => {
    await saveCorrection('https://www.globalresearch.ca/a/1', { title: 'One' });
    const view = await mount();
    expect(view.querySelector('h2')!.textContent).toBe('Corrections');
    expect(view.textContent).toContain('1 article corrected.');
    await saveCorrection('https://www.globalresearch.ca/a/2', { publishedAt: null });
    await vi.waitFor(() => expect(view.textContent).toContain('2 articles corrected.'));
  });

  it('exports every correction as a JSON file that imports back unchanged', async () => {
    await saveCorrection('https://www.globalresearch.ca/a/1', { title: 'One', authors: [{ name: 'A. Writer', url: null }] });
    await saveCorrection('https://www.mondialisation.ca/b/2', { originalSource: { publisher: 'Le Monde diplomatique', date: '2019-03-01', url: null } });
    await mount();
    button(/^Export corrections/).click();
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file.name).toBe('gr-provenance-corrections-2025-03-01.json');
    expect(file.mime).toBe('application/json;charset=utf-8');
    expect(JSON.parse(file.content)).toMatchObject({ format: 'gr-provenance-corrections', version: 1, exportedAt: NOW.toISOString() });
    expect(parseCorrectionsFile(file.content)).toEqual({ ok: true, value: await loadCorrections() });
    expect(status().textContent).toBe('Saved gr-provenance-corrections-2025-03-01.json.');
  });

  it('says so when there is nothing to export, and downloads nothing', async () => {
    await mount();
    button(/^Export corrections/).click();
    await vi.waitFor(() => expect(status().textContent).toBe('There are no corrections to export.'));
    expect(downloads).toEqual([]);
  });

  it('imports a file and says what it did', async () => {
    await saveCorrection('https://www.globalresearch.ca/a/1', { title: 'Mine' }, new Date('2025-01-01T00:00:00Z'));
    await mount();
    const file = correctionsFile(
      {
        'https://www.globalresearch.ca/a/1': { title: 'Theirs', updatedAt: '2025-02-01T00:00:00.000Z' },
        'https://www.globalresearch.ca/a/3': { publishedAt: '2020-05-04', updatedAt: '2025-02-01T00:00:00.000Z' },
      },
      '2025-02-02T00:00:00.000Z',
    );
    await pick('from-laptop.json', JSON.stringify(file));
    expect(status().textContent).toBe('Imported: 1 new, 1 updated.');
    expect(status().className).toBe('status');
    const all = await loadCorrections();
    expect(all['https://globalresearch.ca/a/1'].title).toBe('Theirs');
    expect(all['https://globalresearch.ca/a/3'].publishedAt).toBe('2020-05-04');
  });

  it.each([
    ['not JSON', 'hello', 'the file is not JSON'],
    ['markup in a title', JSON.stringify(correctionsFile({ 'https://www.globalresearch.ca/a/9': { title: '<img src=x onerror=alert(1)>', updatedAt: '2025-02-01T00:00:00Z' } }, '2025-02-02T00:00:00Z')), 'contains markup'],
  ])('refuses a file with %s, names the reason and stores nothing', async (_what, content, reason) => {
    await saveCorrection('https://www.globalresearch.ca/a/1', { title: 'Mine' });
    const before = await loadCorrections();
    await mount();
    await pick('bad.json', content);
    expect(status().className).toBe('status error');
    expect(status().textContent).toMatch(new RegExp(`^Nothing imported from bad\\.json: .*${reason}`));
    await expect(loadCorrections()).resolves.toEqual(before);
  });

  it('opens the file picker from its button, and every control is labelled', async () => {
    const view = await mount();
    const input = view.querySelector<HTMLInputElement>('input[type=file]')!;
    const clicked = vi.fn();
    input.addEventListener('click', clicked);
    button(/^Import corrections/).click();
    expect(clicked).toHaveBeenCalledOnce();
    for (const b of view.querySelectorAll('button')) expect(document.getElementById(b.getAttribute('aria-describedby')!)).not.toBeNull();
  });
});
