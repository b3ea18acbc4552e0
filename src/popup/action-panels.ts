// What the action bar's buttons do, loaded on first use (action-bar.ts imports this module
// with import()): the attribution on the clipboard, and the contents of the Export and Cite
// menus. The exports and citations themselves come from their own lazy modules (actions.ts).
import type { CitationFormatInfo, CitationOptions } from '../format/citation';
import { citationLocale, EXPORT_FORMATS, type ExportFormat } from '../format/settings';
import type { EditorDeps, Run, Status } from './action-bar';
import {
  attributionPayload,
  citationDownload,
  citationFormats,
  citationPayload,
  EXPORT_LABELS,
  exportDownload,
  exportPayload,
  preloadExport,
} from './actions';
import './panels.css';
import { t, uiLang } from '../i18n';
import { justArchived } from './just-archived';
import type { ClipboardPayload } from './clipboard';
import { el } from './dom';
import type { DownloadFile } from './download';

// Archived copies travel with the actions, loaded after the record is shown (archive-mount.ts).
export { mount as mountArchive } from './archive-wiring';
export { isSiteCapture, waybackChannel } from './wayback-tab';

/** The capture just made with Archive this page (just-archived.ts), unless the editor's deps say otherwise. */
const archivedCopy = (deps: EditorDeps) => (deps.archived ? deps.archived() : justArchived());

export async function copyAttribution(deps: EditorDeps): Promise<Status> {
  // A capture made with Archive this page since the popup opened joins the credit.
  return copyPayload(deps, t('actions.attribution'), attributionPayload(deps.record, await deps.settings(), archivedCopy(deps)));
}

/**
 * What Copy attribution copies, as it will be pasted: one line under the button ("Copies:
 * title · authors · …", cut to the width), the whole text when opened. The contents of a
 * <details> (the bar gives the element, in the article's language).
 */
export async function attributionPreview(deps: EditorDeps): Promise<Node[]> {
  const { text } = attributionPayload(deps.record, await deps.settings());
  return [
    el('summary', { lang: uiLang() }, el('span', { class: 'preview-label' }, t('actions.copies')), ' ', el('span', { class: 'preview-line', lang: deps.record.lang }, text.split('\n').join(' · '))),
    el('pre', { class: 'preview-text', tabindex: '0', 'aria-label': t('actions.attributionText') }, text),
  ];
}

/** Format (default from the settings), then Copy or Download. */
export async function exportPanel(deps: EditorDeps, run: Run): Promise<Node[]> {
  const settings = await deps.settings();
  let format: ExportFormat = settings.defaultExportFormat;
  void preloadExport(format);
  const copy = button('button primary', 'copy-export');
  const save = button('button', 'download-export');
  const relabel = () => {
    copy.textContent = t('actions.copyFormat', [EXPORT_LABELS[format]]);
    save.textContent = t('actions.downloadFile', [format === 'markdown' ? 'md' : 'html']);
  };
  relabel();
  const choices = radioGroup(t('actions.format'), 'export-format', EXPORT_FORMATS.map((f) => ({ value: f, label: EXPORT_LABELS[f] })), format, (value) => {
    format = value as ExportFormat;
    relabel();
    void preloadExport(format);
  });
  copy.addEventListener('click', run(copy, async () => copyPayload(deps, EXPORT_LABELS[format], await exportPayload(deps.record, format, settings))));
  save.addEventListener('click', run(save, async () => saved(await exportDownload(deps.record, format, settings), deps)));
  const options = el('button', { type: 'button', class: 'link-button' }, t('actions.options'));
  options.addEventListener('click', () => deps.openOptions());
  const hint = settings.includeCopyright ? t('actions.exportHintWithCopyright', [EXPORT_LABELS[settings.defaultExportFormat]]) : t('actions.exportHintWithoutCopyright', [EXPORT_LABELS[settings.defaultExportFormat]]);
  return [choices, el('div', { class: 'panel-actions' }, copy, save), el('p', { class: 'panel-hint' }, hint, ' · ', options)];
}

/** The formats, a preview of the chosen one, Copy (and Download for the data formats). */
export async function citePanel(deps: EditorDeps, run: Run): Promise<Node[]> {
  const formats = await citationFormats();
  const settings = await deps.settings();
  // Read at each use: an archive made after the menu opened joins the citations.
  const options = (): CitationOptions => ({
    accessed: deps.today(),
    locale: citationLocale(settings.citationLanguage, deps.record.lang, deps.uiLanguage?.()),
    archived: archivedCopy(deps),
  });
  let current: CitationFormatInfo = formats[0];
  const preview = el('pre', { class: 'citation-preview', tabindex: '0', 'aria-label': t('actions.citationPreview') });
  const copy = button('button primary', 'copy-citation');
  const save = button('button', 'download-citation');
  const show = async () => {
    const shown = current;
    copy.textContent = t('actions.copyFormat', [shown.label]);
    save.textContent = t('actions.downloadFile', [shown.extension]);
    save.hidden = shown.kind !== 'data';
    preview.classList.toggle('data', shown.kind === 'data');
    const { text } = await citationPayload(deps.record, shown.id, options());
    if (shown === current) preview.textContent = text;
  };
  const choices = radioGroup(t('actions.format'), 'cite-format', formats.map((f) => ({ value: f.id, label: f.label })), current.id, (value) => {
    current = formats.find((f) => f.id === value) ?? formats[0];
    void show();
  });
  copy.addEventListener('click', run(copy, async () => copyPayload(deps, current.label, await citationPayload(deps.record, current.id, options()))));
  save.addEventListener('click', run(save, async () => saved(await citationDownload(deps.record, current, options()), deps)));
  await show();
  return [choices, preview, el('div', { class: 'panel-actions' }, copy, save)];
}

/** Copies, and says so; "as plain text" only when rich text was meant but the browser took the text alone. */
async function copyPayload(deps: EditorDeps, what: string, payload: ClipboardPayload): Promise<Status> {
  const outcome = await deps.copy(payload);
  if (!outcome.ok) return { ok: false, text: t('actions.copyFailed', [outcome.error]) };
  return { ok: true, text: payload.html !== null && !outcome.rich ? t('actions.copiedAsText', [what]) : t('actions.copied', [what]) };
}

function saved(file: DownloadFile, deps: EditorDeps): Status {
  const outcome = deps.download(file);
  return outcome.ok ? { ok: true, text: t('actions.saving', [file.name]) } : { ok: false, text: t('actions.saveFailed', [file.name, outcome.error]) };
}

function button(className: string, action: string): HTMLButtonElement {
  return el('button', { type: 'button', class: className, 'data-action': action });
}

let groups = 0;

/** A labelled group of native radio buttons (arrow keys move the choice), drawn as chips. */
function radioGroup(legend: string, name: string, options: { value: string; label: string }[], checked: string, onChange: (value: string) => void): HTMLElement {
  const id = `${name}-${++groups}`;
  return el(
    'fieldset',
    { class: 'segmented' },
    el('legend', {}, legend),
    ...options.map((o) => {
      const input = el('input', { type: 'radio', name: id, value: o.value, id: `${id}-${o.value}` });
      input.checked = o.value === checked;
      input.addEventListener('change', () => input.checked && onChange(o.value));
      return el('label', { for: `${id}-${o.value}` }, input, el('span', {}, o.label));
    }),
  );
}
