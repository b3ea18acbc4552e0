// The options page's corrections: how many articles the editor has corrected, all of them
// saved as one JSON file, and a file of corrections imported (from another browser or
// profile, or a colleague). The file is checked strictly before anything is stored; a bad
// file changes nothing and the page says why.
import type { CorrectionMap } from '../corrections/correction';
import { correctionsFile, correctionsFileName, parseCorrectionsFile } from '../corrections/file';
import { importCorrections, loadCorrections, watchCorrections, type ImportOutcome } from '../corrections/store';
import { t } from '../i18n';
import { errorText } from '../messaging';
import { el } from '../popup/dom';
import { downloadFile, type DownloadFile, type DownloadOutcome } from '../popup/download';

/** The words that need more than a message: a count, and an import's outcome. */
const STRINGS = {
  count: (n: number) => (n === 0 ? t('corrections.none') : t('corrections.count', n, [String(n)])),
  imported: (o: ImportOutcome) =>
    o.keptNewer ? t('corrections.importedKept', [String(o.added), String(o.replaced), String(o.keptNewer)]) : t('corrections.imported', [String(o.added), String(o.replaced)]),
};

export interface CorrectionsDeps {
  load(): Promise<CorrectionMap>;
  import(corrections: CorrectionMap): Promise<ImportOutcome>;
  /** Calls back when the stored corrections change (the popup is open in another window). */
  watch(callback: (corrections: CorrectionMap) => void): () => void;
  download(file: DownloadFile): DownloadOutcome;
  now(): Date;
}

export async function correctionsSection(deps: CorrectionsDeps): Promise<HTMLElement> {
  const count = el('p', {}, STRINGS.count(Object.keys(await deps.load()).length));
  deps.watch((all) => (count.textContent = STRINGS.count(Object.keys(all).length)));
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const say = (text: string, error = false) => {
    status.className = error ? 'status error' : 'status';
    status.textContent = text;
  };

  const exportButton = el('button', { type: 'button', class: 'button', 'aria-describedby': 'corrections-export-hint' }, t('corrections.export'));
  exportButton.addEventListener('click', async () => {
    const all = await deps.load();
    if (!Object.keys(all).length) return say(t('corrections.nothingToExport'), true);
    const at = deps.now().toISOString();
    const file = { name: correctionsFileName(at), mime: 'application/json;charset=utf-8', content: `${JSON.stringify(correctionsFile(all, at), null, 2)}\n` };
    const outcome = deps.download(file);
    if (outcome.ok) say(t('corrections.exported', [file.name]));
    else say(t('corrections.failed', [outcome.error]), true);
  });

  const picker = el('input', { type: 'file', accept: '.json,application/json', id: 'corrections-file', class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
  const importButton = el('button', { type: 'button', class: 'button', 'aria-describedby': 'corrections-import-hint' }, t('corrections.import'));
  importButton.addEventListener('click', () => picker.click());
  picker.addEventListener('change', async () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    try {
      const parsed = parseCorrectionsFile(await file.text());
      if (!parsed.ok) return say(t('corrections.refused', [file.name, parsed.error]), true);
      say(STRINGS.imported(await deps.import(parsed.value)));
    } catch (err) {
      say(t('corrections.failed', [errorText(err)]), true);
    }
  });

  return el(
    'section',
    { class: 'corrections', 'aria-labelledby': 'corrections-heading' },
    el('h2', { id: 'corrections-heading' }, t('corrections.heading')),
    el('p', { class: 'hint' }, t('corrections.intro')),
    count,
    el('div', { class: 'row' }, exportButton, el('span', { class: 'hint', id: 'corrections-export-hint' }, t('corrections.exportHint'))),
    el('div', { class: 'row' }, importButton, el('span', { class: 'hint', id: 'corrections-import-hint' }, t('corrections.importHint')), picker),
    status,
  );
}

/** The options page's hook: the section with the extension's storage, appended to `root`. */
export async function mountCorrections(root: HTMLElement): Promise<void> {
  root.append(
    await correctionsSection({
      load: loadCorrections,
      import: importCorrections,
      watch: watchCorrections,
      download: (file) => downloadFile(file),
      now: () => new Date(),
    }),
  );
}
