// The options page: the default export format and whether attributions carry the copyright
// line, saved as soon as they change; and the keyboard shortcut that opens the popup.
import type { ExportFormat, Settings } from '../format/settings';
import { t } from '../i18n';
import { errorText } from '../messaging';
import { el } from '../popup/dom';
import { citationLanguageField } from './citation-language';

export interface OptionsDeps {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
  /** The shortcut bound to the popup ("Alt+Shift+G"), "" when the user removed it. */
  shortcut(): Promise<string>;
  /** Where the browser lets the user change shortcuts, said as an instruction. */
  shortcutHelp: string;
}

const FORMATS = [
  { value: 'markdown', label: 'Markdown', hint: 'options.markdownHint' },
  { value: 'html', label: 'HTML', hint: 'options.htmlHint' },
] as const satisfies readonly { value: ExportFormat; label: string; hint: string }[];

export async function optionsView(deps: OptionsDeps): Promise<HTMLElement> {
  const settings = await deps.load();
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const save = async (patch: Partial<Settings>) => {
    try {
      await deps.save(patch);
      status.className = 'status';
      status.textContent = t('options.saved');
    } catch (err) {
      status.className = 'status error';
      status.textContent = t('options.saveFailed', [errorText(err)]);
    }
  };

  const formats = el(
    'fieldset',
    {},
    el('legend', {}, t('options.defaultFormat')),
    ...FORMATS.map((f) => {
      const input = el('input', { type: 'radio', name: 'defaultExportFormat', value: f.value, id: `format-${f.value}` });
      input.checked = settings.defaultExportFormat === f.value;
      input.addEventListener('change', () => input.checked && void save({ defaultExportFormat: f.value }));
      return el('div', { class: 'choice' }, input, el('label', { for: input.id }, el('strong', {}, f.label), el('span', { class: 'hint' }, t(f.hint))));
    }),
  );

  const copyright = el('input', { type: 'checkbox', name: 'includeCopyright', id: 'include-copyright' });
  copyright.checked = settings.includeCopyright;
  copyright.addEventListener('change', () => void save({ includeCopyright: copyright.checked }));
  const attribution = el(
    'fieldset',
    {},
    el('legend', {}, t('options.attribution')),
    el(
      'div',
      { class: 'choice' },
      copyright,
      el(
        'label',
        { for: copyright.id },
        el('strong', {}, t('options.includeCopyright')),
        el('span', { class: 'hint' }, t('options.includeCopyrightHint')),
      ),
    ),
  );

  const key = await deps.shortcut().catch(() => '');
  const shortcut = el(
    'section',
    { class: 'shortcut', 'aria-labelledby': 'shortcut-heading' },
    el('h2', { id: 'shortcut-heading' }, t('options.shortcut')),
    el('p', {}, ...(key ? [el('kbd', {}, key), ' ', t('options.shortcutOpens')] : [t('options.noShortcut')])),
    el('p', { class: 'hint' }, deps.shortcutHelp),
  );

  const citations = citationLanguageField(settings, (patch) => void save(patch));
  return el('form', { class: 'options', 'aria-label': t('options.formLabel') }, formats, attribution, citations, status, shortcut);
}
