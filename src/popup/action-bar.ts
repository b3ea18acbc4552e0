// The popup's editorial actions: Copy attribution (primary, with a preview of what it copies),
// Export ▾ (Markdown / HTML, copy or download), Cite ▾ (the citation formats), Reader view.
// Only the bar is in the popup's first bundle: what the actions build (attribution, panels,
// settings) is loaded with import() on first use, or right after the popup shows (the
// preview). The menus are disclosure panels, each right after its button in the tab order
// (buttons with aria-expanded; Escape on the button or in the panel closes); every outcome,
// failures included, is said in one status line, never left as an unhandled rejection.
import type { ArticleRecord } from '../extract/record';
import type { Settings } from '../format/settings';
import { t } from '../i18n';
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

type Panels = typeof import('./action-panels');
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
      say({ ok: false, text: t('actions.failed', [errorText(err)]) });
    } finally {
      button.removeAttribute('aria-disabled');
    }
  };

  const copyAttribution = button(t('actions.copyAttribution'), 'button primary', 'copy-attribution');
  copyAttribution.addEventListener('click', run(copyAttribution, async () => (await loadPanels()).copyAttribution(deps)));
  const preview = el('details', { class: 'attribution-preview', lang: deps.record.lang });
  preview.hidden = true;

  const menus = [
    menu('export-panel', t('actions.export'), t('actions.exportPanel'), (p) => p.exportPanel(deps, run)),
    menu('cite-panel', t('actions.cite'), t('actions.citePanel'), (p) => p.citePanel(deps, run)),
  ];
  for (const m of menus) {
    m.toggle.addEventListener('click', () => {
      const opening = m.toggle.getAttribute('aria-expanded') !== 'true';
      for (const other of menus) other.setOpen(false);
      if (opening) m.setOpen(true);
    });
  }

  const reader = button(t('actions.readerView'), 'button', 'open-reader');
  reader.title = t('actions.readerViewTitle');
  reader.addEventListener(
    'click',
    run(reader, async () => {
      await deps.openReader();
      return { ok: true, text: t('actions.readerOpened') };
    }),
  );

  const bar = el(
    'div',
    { class: 'actions', role: 'group', 'aria-label': t('actions.group') },
    // Each menu's panel follows its button in the DOM (and so in the tab order); the grid
    // shows the buttons in one row and the open panel under it.
    el('div', { class: 'action-bar' }, copyAttribution, preview, ...menus.flatMap((m) => [m.toggle, m.panel]), reader),
    status,
  );
  // Intent: load what the actions need while the pointer or the focus travels to a button.
  const warm = () => {
    void loadPanels().catch(() => undefined);
    void deps.settings().catch(() => undefined);
  };
  bar.addEventListener('pointerenter', warm, { once: true });
  bar.addEventListener('focusin', warm, { once: true });
  // The preview: after the first paint, so it never delays the popup.
  setTimeout(() => {
    loadPanels()
      .then((p) => p.attributionPreview(deps))
      .then((nodes) => {
        preview.replaceChildren(...nodes);
        preview.hidden = false;
      })
      .catch(() => undefined);
  }, 0);
  return bar;
}

interface Menu {
  toggle: HTMLButtonElement;
  panel: HTMLElement;
  setOpen(open: boolean): void;
}

/** A menu button and its panel, filled on first opening. Escape on either closes it, back onto the button. */
function menu(id: string, text: string, label: string, fill: (p: Panels) => Promise<Node[]>): Menu {
  const panel = el('div', { id, class: 'action-panel', role: 'group', 'aria-label': label }, el('p', { class: 'panel-hint' }, t('actions.loading')));
  panel.hidden = true;
  const toggle = el('button', { type: 'button', class: 'button menu-toggle', 'aria-expanded': 'false', 'aria-controls': id, 'data-action': `toggle-${id}` }, text);
  let filled = false;
  // An open menu sits under the fold of a full popup: bring it into view.
  const reveal = () => panel.scrollIntoView?.({ block: 'nearest' });
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open && filled) reveal();
    if (!open || filled) return;
    filled = true;
    loadPanels()
      .then(fill)
      .then(
        (nodes) => {
          panel.replaceChildren(...nodes);
          reveal();
        },
        (err: unknown) => {
          filled = false;
          panel.replaceChildren(el('p', { class: 'panel-hint error' }, t('actions.menuFailed', [errorText(err)])));
        },
      );
  };
  // Escape closes an open menu and stays in the popup (the browser would close the popup).
  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(false);
    toggle.focus();
  };
  toggle.addEventListener('keydown', onEscape);
  panel.addEventListener('keydown', onEscape);
  return { toggle, panel, setOpen };
}

function button(text: string, className: string, action: string): HTMLButtonElement {
  return el('button', { type: 'button', class: className, 'data-action': action }, text);
}
