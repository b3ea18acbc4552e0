// @vitest-environment jsdom
// The options page: shows the stored settings, saves each change at once (WXT storage on
// fakeBrowser), says so, and shows the shortcut that opens the popup.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { optionsView, type OptionsDeps } from '../../src/options/options-form';
import { loadSettings, saveSettings } from '../../src/settings-store';

beforeEach(() => fakeBrowser.reset());

const deps = (overrides: Partial<OptionsDeps> = {}): OptionsDeps => ({
  load: loadSettings,
  save: saveSettings,
  shortcut: async () => 'Alt+Shift+G',
  shortcutHelp: 'To change it: open chrome://extensions/shortcuts.',
  ...overrides,
});

async function mount(d: OptionsDeps) {
  const view = await optionsView(d);
  document.body.replaceChildren(view);
  return view;
}
const input = (sel: string) => document.querySelector<HTMLInputElement>(sel)!;
function change(el: HTMLInputElement, checked: boolean) {
  el.checked = checked;
  el.dispatchEvent(new Event('change'));
}

describe('the options page', () => {
  it('shows the stored settings, labelled', async () => {
    await saveSettings({ defaultExportFormat: 'html', includeCopyright: false });
    const view = await mount(deps());
    expect(input('#format-html').checked).toBe(true);
    expect(input('#format-markdown').checked).toBe(false);
    expect(input('#include-copyright').checked).toBe(false);
    for (const i of view.querySelectorAll('input')) expect(i.labels!.length).toBe(1);
    expect(Array.from(view.querySelectorAll('legend'), (l) => l.textContent)).toEqual(['Default export format', 'Attribution', 'Citations']);
    expect(input('#citation-language-ui').checked).toBe(true);
  });

  it('saves each change at once and says so', async () => {
    await mount(deps());
    change(input('#format-html'), true);
    await vi.waitFor(async () => expect(await loadSettings()).toEqual({ defaultExportFormat: 'html', includeCopyright: true, citationLanguage: 'ui' }));
    change(input('#include-copyright'), false);
    await vi.waitFor(async () => expect(await loadSettings()).toEqual({ defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'ui' }));
    change(input('#citation-language-article'), true);
    await vi.waitFor(async () => expect(await loadSettings()).toEqual({ defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'article' }));
    expect(document.querySelector('.status')!.textContent).toBe('Saved.');
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'article' } });
  });

  it('shows a failed save', async () => {
    await mount(deps({ save: async () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')) }));
    change(input('#include-copyright'), false);
    await vi.waitFor(() => expect(document.querySelector('.status')!.textContent).toBe('Could not save: QUOTA_BYTES_PER_ITEM quota exceeded.'));
    expect(document.querySelector('.status')!.classList.contains('error')).toBe(true);
  });

  it('shows the shortcut that opens the popup, or that there is none', async () => {
    await mount(deps());
    expect(document.querySelector('kbd')!.textContent).toBe('Alt+Shift+G');
    expect(document.querySelector('.shortcut')!.textContent).toContain('chrome://extensions/shortcuts');
    await mount(deps({ shortcut: async () => '' }));
    expect(document.querySelector('kbd')).toBeNull();
    expect(document.querySelector('.shortcut')!.textContent).toContain('No shortcut is set');
    await mount(deps({ shortcut: async () => Promise.reject(new Error('no commands API')) }));
    expect(document.querySelector('.shortcut')!.textContent).toContain('No shortcut is set');
  });
});
