// The popup's editorial actions: Copy attribution (primary), Export ▾ (Markdown / HTML, copy
// or download), Cite ▾ (six formats), Reader view. Only the bar is in the popup's first
// bundle: what the actions build (attribution, panels, settings) is loaded with import() on
// first use, or as soon as the pointer or the focus comes near the bar. The menus are
// disclosure panels under the bar (buttons with aria-expanded; Escape closes); every outcome,
// failures included, is said in one status line, never left as an unhandled rejection.
import type { ArticleRecord } from '../extract/record';
import type { Settings } from '../format/settings';
import { errorText } from '../messaging';
import type { ClipboardPayload, CopyOutcome } from './clipboard';
import { el } from './dom';
import type { DownloadFile, DownloadOutcome } from './download';

export interface EditorDeps {
  record: ArticleRecord;
  /** The stored settings (read when an action first needs them). */
  settings(): Promise<Settings>;
  copy(payload: ClipboardPayload): Promise<CopyOutcome>;
  download(file: DownloadFile): DownloadOutcome;
  /** Opens the reader page for the popup's tab (rejects with the reason it could not). */
  openReader(): Promise<void>;
  openOptions(): void;
  /** The access date for citations, "YYYY-MM-DD". */
  today(): string;
  /** The interface's language ("fr", "en-GB"), for citations in the UI's language. */
  uiLanguage?(): string;
  /** A capture just made with "Archive this page", cited as the archived copy. */
  archived?(): { url: string; capturedAt: string | null } | null;
}

export type Status = { ok: boolean; text: string };
/** Wraps an action for a button: one run at a time, its outcome said in the status line. */
export type Run = (button: HTMLButtonElement, action: () => Promise<Status>) => () => Promise<void>;

const loadPanels = () => import('./action-panels');

export function actionBar(deps: EditorDeps): HTMLElement {
  const status = el('p', { class: 'action-status', role: 'status', 'aria-live': 'polite' });
  const say = ({ ok, text }: Status) => {
    status.classList.toggle('error', !ok);
    status.textContent = text;
  };
  const run: Run = (button, action) => async () => {
    if (button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    try {
      say(await action());
    } catch (err) {
      say({ ok: false, text: `Something went wrong: ${errorText(err)}.` });
    } finally {
      button.removeAttribute('aria-disabled');
    }
  };

  const copyAttribution = button('Copy attribution', 'button primary', 'copy-attribution');
  copyAttribution.title = 'The credit the republication notice asks for: linked title, authors, date, original source, copyright';
  copyAttribution.addEventListener(
    'click',
    run(copyAttribution, async () => (await loadPanels()).copyAttribution(deps)),
  );

  const exportPanel = panel('export-panel', 'Export the clean article');
  const citePanel = panel('cite-panel', 'Cite the article');
  const menus = [
    { toggle: menuToggle('Export', exportPanel), panel: exportPanel, fill: (p: typeof import('./action-panels')) => p.exportPanel(deps, run) },
    { toggle: menuToggle('Cite', citePanel), panel: citePanel, fill: (p: typeof import('./action-panels')) => p.citePanel(deps, run) },
  ];
  for (const menu of menus) {
    let filled = false;
    menu.toggle.addEventListener('click', async () => {
      const opening = menu.toggle.getAttribute('aria-expanded') !== 'true';
      for (const other of menus) setOpen(other.toggle, other.panel, false);
      if (!opening) return;
      setOpen(menu.toggle, menu.panel, true);
      if (filled) return;
      filled = true;
      try {
        menu.panel.replaceChildren(...(await menu.fill(await loadPanels())));
      } catch (err) {
        filled = false;
        menu.panel.replaceChildren(el('p', { class: 'panel-hint error' }, `Could not open this menu: ${errorText(err)}.`));
      }
    });
    menu.panel.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      setOpen(menu.toggle, menu.panel, false);
      menu.toggle.focus();
    });
  }

  const reader = button('Reader view', 'button', 'open-reader');
  reader.title = 'Open the clean article in a new tab';
  reader.addEventListener(
    'click',
    run(reader, async () => {
      await deps.openReader();
      return { ok: true, text: 'Reader view opened in a new tab.' };
    }),
  );

  const bar = el(
    'div',
    { class: 'actions', role: 'group', 'aria-label': 'Editorial actions' },
    el('div', { class: 'action-bar' }, copyAttribution, menus[0].toggle, menus[1].toggle, reader),
    exportPanel,
    citePanel,
    status,
  );
  // Intent: load what the actions need while the pointer or the focus travels to a button.
  const warm = () => {
    void loadPanels().catch(() => undefined);
    void deps.settings().catch(() => undefined);
  };
  bar.addEventListener('pointerenter', warm, { once: true });
  bar.addEventListener('focusin', warm, { once: true });
  return bar;
}

function button(text: string, className: string, action: string): HTMLButtonElement {
  return el('button', { type: 'button', class: className, 'data-action': action }, text);
}

function panel(id: string, label: string): HTMLElement {
  const p = el('div', { id, class: 'action-panel', role: 'group', 'aria-label': label }, el('p', { class: 'panel-hint' }, 'Loading…'));
  p.hidden = true;
  return p;
}

function menuToggle(text: string, controls: HTMLElement): HTMLButtonElement {
  return el('button', { type: 'button', class: 'button menu-toggle', 'aria-expanded': 'false', 'aria-controls': controls.id, 'data-action': `toggle-${controls.id}` }, text);
}

function setOpen(toggle: HTMLButtonElement, panel: HTMLElement, open: boolean): void {
  toggle.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
}
