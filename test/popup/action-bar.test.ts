// @vitest-environment jsdom
// The popup's action bar as a user drives it (clicks, keys), with the browser parts replaced:
// the right payload reaches the clipboard for every fixture, downloads get their file, the
// settings apply, and every failure ends as a visible status, never a rejection.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleRecord } from '../../src/extract/record';
import { attribution } from '../../src/format/attribution';
import { citation } from '../../src/format/citation';
import { htmlDocument } from '../../src/format/html-document';
import { markdownExport } from '../../src/format/markdown';
import { DEFAULT_SETTINGS, type Settings } from '../../src/format/settings';
import type { EditorDeps } from '../../src/popup/action-bar';
import type { ClipboardPayload } from '../../src/popup/clipboard';
import type { DownloadFile } from '../../src/popup/download';
import { stateView } from '../../src/popup/state-views';
import { articleFixtures, rows } from '../format/articles';

const articles = articleFixtures();

function editor(record: ArticleRecord, settings: Settings = DEFAULT_SETTINGS, overrides: Partial<EditorDeps> = {}) {
  const copied: ClipboardPayload[] = [];
  const saved: DownloadFile[] = [];
  const deps: EditorDeps = {
    record,
    settings: vi.fn(async () => settings),
    copy: vi.fn(async (p: ClipboardPayload) => {
      copied.push(p);
      return { ok: true as const, rich: p.html !== null };
    }),
    download: vi.fn((f: DownloadFile) => {
      saved.push(f);
      return { ok: true as const };
    }),
    openReader: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    today: () => '2025-03-01',
    ...overrides,
  };
  const root = stateView({ view: 'article', record }, { editor: () => deps });
  document.body.replaceChildren(root);
  return { root, deps, copied, saved };
}

const q = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T & HTMLElement>(sel)!;
const status = () => q('.action-status');
/** Lets pending promises (lazy imports, the action itself) settle. */
const settle = () => vi.waitFor(() => expect(status().textContent).not.toBe(''), { timeout: 5000 });

async function click(sel: string): Promise<void> {
  status().textContent = '';
  q<HTMLButtonElement>(sel).click();
  await settle();
}

async function openMenu(toggle: string, ready: string): Promise<void> {
  q<HTMLButtonElement>(`[data-action="${toggle}"]`).click();
  await vi.waitFor(() => expect(document.querySelector(ready)).not.toBeNull(), { timeout: 5000 });
}

function choose(value: string): void {
  const input = q<HTMLInputElement>(`input[type=radio][value="${value}"]`);
  input.checked = true;
  input.dispatchEvent(new Event('change'));
}

afterEach(() => vi.restoreAllMocks());

describe('the action bar on every fixture', () => {
  it.each(rows(articles))('%s: a labelled toolbar after the rights, each menu panel right after its button', (_name, { record }) => {
    const { root } = editor(record);
    const bar = root.querySelector('.actions')!;
    expect(bar.getAttribute('role')).toBe('group');
    expect(bar.getAttribute('aria-label')).toBe('Editorial actions');
    expect(root.querySelector('.rights')!.nextElementSibling).toBe(bar);
    const buttons = Array.from(bar.querySelectorAll('.action-bar > button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Copy attribution', 'Export', 'Cite', 'Reader view']);
    for (const b of buttons) expect(b.getAttribute('type')).toBe('button');
    // DOM (and tab) order: Copy, its preview, Export, the Export panel, Cite, the Cite panel, Reader view.
    const order = Array.from(bar.querySelector('.action-bar')!.children).map((c) => c.getAttribute('data-action') || c.id || c.className);
    expect(order).toEqual(['copy-attribution', 'attribution-preview', 'toggle-export-panel', 'export-panel', 'toggle-cite-panel', 'cite-panel', 'open-reader']);
    expect(q('[data-action="toggle-export-panel"]').getAttribute('aria-controls')).toBe('export-panel');
    expect(q('#export-panel').hidden).toBe(true);
  });

  it.each(rows(articles))('%s: a preview of exactly what Copy attribution copies, in the article’s language', async (_name, { record }) => {
    const { copied } = editor(record);
    const preview = q<HTMLDetailsElement>('details.attribution-preview');
    await vi.waitFor(() => expect(preview.hidden).toBe(false), { timeout: 5000 });
    expect(preview.getAttribute('lang')).toBe(record.lang);
    expect(preview.open).toBe(false);
    const text = attribution(record, { includeCopyright: true }).text;
    expect(preview.querySelector('.preview-line')!.textContent).toBe(text.split('\n').join(' · '));
    expect(preview.querySelector('.preview-label')!.textContent).toBe('Copies:');
    expect(preview.querySelector('pre')!.textContent).toBe(text);
    await click('[data-action="copy-attribution"]');
    expect(copied[0].text).toBe(preview.querySelector('pre')!.textContent);
  });

  it.each(rows(articles))('%s: Copy attribution puts the linked credit and its text on the clipboard', async (_name, { record }) => {
    const { copied } = editor(record);
    await click('[data-action="copy-attribution"]');
    const a = attribution(record, { includeCopyright: true });
    expect(copied).toEqual([{ text: a.text, html: a.html }]);
    expect(status().textContent).toBe('Attribution copied.');
    expect(status().classList.contains('error')).toBe(false);
  });

  it.each(rows(articles))('%s: Export copies and downloads Markdown (the default), then HTML', async (_name, { record }) => {
    const { copied, saved } = editor(record);
    await openMenu('toggle-export-panel', '[data-action="copy-export"]');
    expect(q('[data-action="toggle-export-panel"]').getAttribute('aria-expanded')).toBe('true');
    expect(q('#export-panel').hidden).toBe(false);
    expect(q<HTMLInputElement>('#export-panel input[value="markdown"]').checked).toBe(true);
    expect(q('[data-action="copy-export"]').textContent).toBe('Copy Markdown');
    await click('[data-action="copy-export"]');
    expect(copied.at(-1)).toEqual({ text: markdownExport(record, { includeCopyright: true }), html: null });
    expect(status().textContent).toBe('Markdown copied.');
    await click('[data-action="download-export"]');
    expect(saved.at(-1)).toMatchObject({ mime: 'text/markdown;charset=utf-8', content: markdownExport(record, { includeCopyright: true }) });
    expect(saved.at(-1)!.name).toMatch(/\.md$/);
    expect(status().textContent).toBe(`Saving ${saved.at(-1)!.name}`);

    choose('html');
    expect(q('[data-action="copy-export"]').textContent).toBe('Copy HTML');
    expect(q('[data-action="download-export"]').textContent).toBe('Download .html');
    await click('[data-action="copy-export"]');
    expect(copied.at(-1)!.text).toBe(htmlDocument(record, { includeCopyright: true }));
    expect(copied.at(-1)!.html).toContain(attribution(record, { includeCopyright: true }).html);
    expect(status().textContent).toBe('HTML copied.');
    await click('[data-action="download-export"]');
    expect(saved.at(-1)).toMatchObject({ mime: 'text/html;charset=utf-8', content: htmlDocument(record, { includeCopyright: true }) });
  });

  it.each(rows(articles))('%s: Cite shows and copies each format', async (_name, { record }) => {
    const { copied, saved } = editor(record);
    await openMenu('toggle-cite-panel', '[data-action="copy-citation"]');
    const radios = Array.from(document.querySelectorAll<HTMLInputElement>('#cite-panel input[type=radio]'));
    expect(radios.map((r) => r.value)).toEqual(['apa', 'mla', 'chicago', 'bibtex', 'biblatex', 'ris', 'csl-json']);
    expect(radios.map((r) => r.labels![0].textContent)).toEqual(['APA 7', 'MLA 9', 'Chicago 17', 'BibTeX', 'BibLaTeX', 'RIS', 'CSL-JSON']);
    for (const r of radios) {
      choose(r.value);
      const want = citation(record, r.value as never, { accessed: '2025-03-01' });
      await vi.waitFor(() => expect(q('.citation-preview').textContent).toBe(want.text));
      await click('[data-action="copy-citation"]');
      expect(copied.at(-1)).toEqual(want);
      expect(status().textContent).toBe(`${r.labels![0].textContent} copied.`);
      expect(q('[data-action="download-citation"]').hidden).toBe(want.html !== null);
    }
    await click('[data-action="download-citation"]');
    expect(saved.at(-1)).toMatchObject({ mime: 'application/vnd.citationstyles.csl+json;charset=utf-8' });
    expect(saved.at(-1)!.name).toMatch(/\.json$/);
  });
});

describe('menus and keys', () => {
  const { record } = articles[0];

  it('opens one menu at a time, toggles, and closes on Escape with the focus back on its button', async () => {
    editor(record);
    await openMenu('toggle-export-panel', '[data-action="copy-export"]');
    await openMenu('toggle-cite-panel', '[data-action="copy-citation"]');
    expect(q('#export-panel').hidden).toBe(true);
    expect(q('[data-action="toggle-export-panel"]').getAttribute('aria-expanded')).toBe('false');
    expect(q('#cite-panel').hidden).toBe(false);
    q<HTMLButtonElement>('[data-action="copy-citation"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(q('#cite-panel').hidden).toBe(true);
    expect(document.activeElement).toBe(q('[data-action="toggle-cite-panel"]'));
    q<HTMLButtonElement>('[data-action="toggle-cite-panel"]').click();
    expect(q('#cite-panel').hidden).toBe(false);
    q<HTMLButtonElement>('[data-action="toggle-cite-panel"]').click();
    expect(q('#cite-panel').hidden).toBe(true);
  });

  it('Escape on an open menu’s button closes the menu and is kept from the browser (which would close the popup)', async () => {
    editor(record);
    await openMenu('toggle-export-panel', '[data-action="copy-export"]');
    const toggle = q<HTMLButtonElement>('[data-action="toggle-export-panel"]');
    toggle.focus();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    toggle.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(true);
    expect(q('#export-panel').hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    // A closed menu leaves Escape to the browser: it closes the popup as usual.
    const again = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    toggle.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('Reader view opens the reader for the tab; the options link opens the options page', async () => {
    const { deps } = editor(record);
    await click('[data-action="open-reader"]');
    expect(deps.openReader).toHaveBeenCalledOnce();
    expect(status().textContent).toBe('Reader view opened in a new tab.');
    await openMenu('toggle-export-panel', '.link-button');
    q<HTMLButtonElement>('.link-button').click();
    expect(deps.openOptions).toHaveBeenCalledOnce();
  });

  it('loads nothing while the popup first paints; the settings and the action code after it (the preview), or at once on pointer or focus', async () => {
    const { deps } = editor(record);
    expect(deps.settings).not.toHaveBeenCalled();
    q('.actions').dispatchEvent(new Event('focusin'));
    expect(deps.settings).toHaveBeenCalledOnce();
    const later = editor(record);
    expect(later.deps.settings).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(later.deps.settings).toHaveBeenCalled(), { timeout: 5000 });
  });
});

describe('settings applied', () => {
  const { record } = articles.find((a) => a.record.copyright)!;
  const custom: Settings = { defaultExportFormat: 'html', includeCopyright: false, citationLanguage: 'article' };

  it('the attribution leaves out the copyright line when the settings say so', async () => {
    const { copied } = editor(record, custom);
    await click('[data-action="copy-attribution"]');
    expect(copied[0].text).toBe(attribution(record, { includeCopyright: false }).text);
    expect(copied[0].text).not.toContain('Copyright');
  });

  it('Export starts on the default format and follows the copyright setting', async () => {
    const { copied } = editor(record, custom);
    await openMenu('toggle-export-panel', '[data-action="copy-export"]');
    expect(q<HTMLInputElement>('#export-panel input[value="html"]').checked).toBe(true);
    expect(q('[data-action="copy-export"]').textContent).toBe('Copy HTML');
    expect(q('#export-panel .panel-hint').textContent).toContain('without copyright');
    await click('[data-action="copy-export"]');
    expect(copied[0].text).toBe(htmlDocument(record, { includeCopyright: false }));
  });

  it('Cite writes in the language the settings ask for, and carries an archive just made', async () => {
    const fr = articles.find((a) => a.record.lang === 'fr')!.record;
    const en = articles.find((a) => a.record.lang === 'en')!.record;
    const archived = { url: `https://web.archive.org/web/20250301120000/${en.canonicalUrl}`, capturedAt: '2025-03-01T12:00:00Z' };
    const cases = [
      { record: fr, language: 'article', ui: 'en-US', archived: null, locale: 'fr-FR' },
      { record: en, language: 'article', ui: 'fr', archived: null, locale: 'en-US' },
      { record: en, language: 'ui', ui: 'fr-CA', archived, locale: 'fr-FR' },
      { record: fr, language: 'en', ui: 'fr', archived, locale: 'en-US' },
    ] as const;
    for (const c of cases) {
      const { copied } = editor(c.record, { ...custom, citationLanguage: c.language }, { uiLanguage: () => c.ui, archived: () => c.archived });
      await openMenu('toggle-cite-panel', '[data-action="copy-citation"]');
      choose('mla');
      const want = citation(c.record, 'mla', { accessed: '2025-03-01', locale: c.locale, archived: c.archived });
      await vi.waitFor(() => expect(q('.citation-preview').textContent).toBe(want.text));
      await click('[data-action="copy-citation"]');
      expect(copied.at(-1)).toEqual(want);
      expect(want.text.includes('«\u00a0')).toBe(c.locale === 'fr-FR');
      expect(want.text.includes('web.archive.org')).toBe(!!c.archived);
    }
  });
});

describe('failures are shown, never thrown', () => {
  const { record } = articles[0];

  it('rich text the browser took as plain text only', async () => {
    editor(record, DEFAULT_SETTINGS, { copy: async () => ({ ok: true, rich: false }) });
    await click('[data-action="copy-attribution"]');
    expect(status().textContent).toBe('Attribution copied as plain text.');
  });

  it('a refused clipboard', async () => {
    editor(record, DEFAULT_SETTINGS, { copy: async () => ({ ok: false, error: 'the popup lost focus; click the button again' }) });
    await click('[data-action="copy-attribution"]');
    expect(status().textContent).toBe('Could not copy: the popup lost focus; click the button again.');
    expect(status().classList.contains('error')).toBe(true);
    expect(status().getAttribute('role')).toBe('status');
  });

  it('a failed download, a reader tab that cannot open, settings that cannot be read', async () => {
    editor(record, DEFAULT_SETTINGS, {
      download: () => ({ ok: false, error: 'blocked' }),
      openReader: async () => Promise.reject(new Error('No tab with id: 7')),
    });
    await click('[data-action="open-reader"]');
    expect(status().textContent).toBe('Something went wrong: No tab with id: 7.');
    await openMenu('toggle-export-panel', '[data-action="download-export"]');
    await click('[data-action="download-export"]');
    expect(status().textContent).toMatch(/^Could not save .+\.md: blocked\.$/);

    editor(record, DEFAULT_SETTINGS, { settings: async () => Promise.reject(new Error('storage is off')) });
    await click('[data-action="copy-attribution"]');
    expect(status().textContent).toBe('Something went wrong: storage is off.');
    q<HTMLButtonElement>('[data-action="toggle-export-panel"]').click();
    await vi.waitFor(() => expect(q('#export-panel').textContent).toBe('Could not open this menu: storage is off.'));
  });

  it('a second click while an action runs is ignored', async () => {
    let release!: () => void;
    const copy = vi.fn(() => new Promise<{ ok: true; rich: boolean }>((r) => (release = () => r({ ok: true, rich: true }))));
    editor(record, DEFAULT_SETTINGS, { copy });
    const button = q<HTMLButtonElement>('[data-action="copy-attribution"]');
    button.click();
    await vi.waitFor(() => expect(copy).toHaveBeenCalledOnce());
    expect(button.getAttribute('aria-disabled')).toBe('true');
    button.click();
    release();
    await settle();
    expect(copy).toHaveBeenCalledOnce();
    expect(button.hasAttribute('aria-disabled')).toBe(false);
  });
});

describe('without the editor', () => {
  it('renders no action bar (the views alone, as in the render tests)', () => {
    const root = stateView({ view: 'article', record: articles[0].record });
    expect(root.querySelector('.actions')).toBeNull();
  });
});
