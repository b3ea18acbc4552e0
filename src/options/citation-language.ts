// The options page's "Citations" choice: which language citations are written in (terms,
// month names, quotation marks; the title stays in the article's language). Kept apart from
// options-form.ts so its words move to the i18n catalogue in one piece.
import type { CitationLanguage } from '../format/citation-locale';
import type { Settings } from '../format/settings';
import { el } from '../popup/dom';

export const CITATION_LANGUAGE_CHOICES: { value: CitationLanguage; label: string; hint: string }[] = [
  { value: 'ui', label: 'In the browser’s language', hint: 'French when your browser is in French, else English' },
  { value: 'article', label: 'In the article’s language', hint: 'Mondialisation.ca articles in French: « guillemets », “consulté le”, French month names' },
  { value: 'en', label: 'Always in English', hint: '“Accessed”, English month names and quotation marks, whatever the article' },
];

export const CITATION_LANGUAGE_LEGEND = 'Citations';

export function citationLanguageField(settings: Settings, save: (patch: Partial<Settings>) => void): HTMLElement {
  return el(
    'fieldset',
    {},
    el('legend', {}, CITATION_LANGUAGE_LEGEND),
    ...CITATION_LANGUAGE_CHOICES.map((c) => {
      const input = el('input', { type: 'radio', name: 'citationLanguage', value: c.value, id: `citation-language-${c.value}` });
      input.checked = settings.citationLanguage === c.value;
      input.addEventListener('change', () => input.checked && save({ citationLanguage: c.value }));
      return el('div', { class: 'choice' }, input, el('label', { for: input.id }, el('strong', {}, c.label), el('span', { class: 'hint' }, c.hint)));
    }),
  );
}
