// The correction form, loaded when the editor clicks Edit (corrections.ts): the title, the
// authors, the Global Research date and the original source (publisher, date, link), in place
// of the masthead and the dates. Save keeps what differs from the page (edit.ts); each
// corrected field says what the page has and can take it back; "Use the page's values"
// removes the article's correction. Escape or Cancel closes the form without a change.
import { applyCorrection, correctedFields, type CorrectableField } from '../corrections/correction';
import { formCorrection, formFields, type FormField, type FormFields, type FormOutcome } from '../corrections/edit';
import { t } from '../i18n';
import { errorText } from '../messaging';
import type { ArticleCorrections } from './corrections';
import './corrections.css';
import { el, type Child } from './dom';
import { pageValue } from './field-notes';

/** The inputs of each correctable field. */
const INPUTS_OF: Record<CorrectableField, FormField[]> = {
  title: ['title'],
  authors: ['authors'],
  publishedAt: ['publishedAt'],
  originalSource: ['publisher', 'sourceDate', 'sourceUrl'],
};

/** Opens the form in the article view (once: a second click goes back to it). */
export function openEditor(view: HTMLElement, corrections: ArticleCorrections): void {
  const open = view.querySelector<HTMLElement>('form.correction-editor');
  if (open) return open.querySelector<HTMLElement>('textarea, input')?.focus();
  const replaced = [...view.querySelectorAll<HTMLElement>('.masthead, .provenance')];
  // The date's label as the view says it ("Published on Global Research").
  const dateLabel = view.querySelector('[data-field="publishedAt"] dt')?.textContent ?? '';
  const form = editorForm(corrections, dateLabel, () => {
    form.remove();
    for (const part of replaced) part.hidden = false;
    view.querySelector<HTMLElement>('[data-action="edit-correction"]')?.focus();
  });
  for (const part of replaced) part.hidden = true;
  (replaced[0] ?? view.firstChild)?.before(form);
  form.querySelector<HTMLElement>('textarea')?.focus();
}

export function editorForm(corrections: ArticleCorrections, dateLabel: string, close: () => void): HTMLFormElement {
  const { original, correction } = corrections;
  const record = applyCorrection(original, correction).record;
  const current = formFields(record);
  const page = formFields(original);
  const lang = original.lang;
  const inputs = {} as Record<FormField, HTMLInputElement | HTMLTextAreaElement>;
  const error = el('p', { class: 'form-error', id: 'correction-error', role: 'alert' });

  const input = (name: FormField, label: string, kind: 'text' | 'lines' | 'date' | 'url', hint?: string): HTMLElement => {
    const id = `correct-${name}`;
    const attrs = { id, name, lang: kind === 'text' || kind === 'lines' ? lang : undefined, 'aria-describedby': hint ? `${id}-hint` : undefined };
    const field =
      kind === 'text' || kind === 'lines'
        ? el('textarea', { ...attrs, rows: kind === 'text' ? '2' : String(Math.min(4, Math.max(2, current[name].split('\n').length))), spellcheck: 'true' })
        : el('input', { ...attrs, type: kind, inputmode: kind === 'url' ? 'url' : undefined, placeholder: kind === 'url' ? 'https://' : undefined });
    field.value = current[name];
    inputs[name] = field;
    return el('div', { class: 'form-field' }, el('label', { for: id }, label), field, hint && el('p', { class: 'hint', id: `${id}-hint` }, hint));
  };

  /** Under a corrected field: what the page says, and a button that puts it back in the form. */
  const pageNote = (field: CorrectableField): Child => {
    if (!correctedFields(correction).includes(field)) return null;
    const restore = el('button', { type: 'button', class: 'link-button', 'data-restore': field }, t('correct.usePageValue'));
    restore.addEventListener('click', () => {
      for (const name of INPUTS_OF[field]) inputs[name].value = page[name];
      inputs[INPUTS_OF[field][0]].focus();
    });
    return el('p', { class: 'page-value' }, t('evidence.onThePage', [pageValue(field, original)]), ' ', restore);
  };

  const save = el('button', { type: 'submit', class: 'button primary', 'data-action': 'save-correction' }, t('correct.save'));
  const cancel = el('button', { type: 'button', class: 'button', 'data-action': 'cancel-correction' }, t('correct.cancel'));
  cancel.addEventListener('click', close);
  const reset = correction && el('button', { type: 'button', class: 'link-button', 'data-action': 'reset-correction' }, t('correct.reset'));

  const form = el(
    'form',
    { class: 'correction-editor', 'aria-labelledby': 'correction-heading', novalidate: '' },
    el('h1', { id: 'correction-heading', tabindex: '-1' }, t('correct.heading')),
    el('p', { class: 'hint' }, t('correct.intro')),
    input('title', t('correct.title'), 'text'),
    pageNote('title'),
    input('authors', t('correct.authors'), 'lines', t('correct.authorsHint')),
    pageNote('authors'),
    input('publishedAt', dateLabel, 'date'),
    pageNote('publishedAt'),
    el(
      'fieldset',
      {},
      el('legend', {}, t('popup.originalSource')),
      input('publisher', t('correct.publisher'), 'text', t('correct.publisherHint')),
      el('div', { class: 'form-row' }, input('sourceDate', t('correct.sourceDate'), 'date'), input('sourceUrl', t('correct.sourceUrl'), 'url')),
      pageNote('originalSource'),
    ),
    error,
    el('div', { class: 'form-actions' }, save, cancel, reset),
  );

  const say = (text: string, field?: FormField) => {
    for (const i of Object.values(inputs)) i.removeAttribute('aria-invalid');
    error.textContent = text;
    if (!field) return;
    inputs[field].setAttribute('aria-invalid', 'true');
    inputs[field].setAttribute('aria-errormessage', error.id);
    inputs[field].focus();
  };
  let busy = false;
  const act = async (action: () => Promise<void>) => {
    if (busy) return;
    busy = true;
    try {
      await action(); // draws the article again: this form is gone
    } catch (err) {
      say(t('correct.failed', [errorText(err)]));
    } finally {
      busy = false;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // A date typed in part reads as empty: say so rather than save "no date".
    const partDate = (['publishedAt', 'sourceDate'] as const).find((name) => (inputs[name] as HTMLInputElement).validity?.badInput);
    if (partDate) return say(t('correct.errorDate'), partDate);
    const fields = Object.fromEntries(Object.entries(inputs).map(([name, i]) => [name, i.value])) as unknown as FormFields;
    const outcome = formCorrection(original, fields);
    if (!outcome.ok) return say(problemText(outcome), outcome.field);
    void act(() => corrections.save(outcome.values));
  });
  reset?.addEventListener('click', () => void act(() => corrections.reset()));
  // Escape closes the form and stays in the popup (the browser would close the popup).
  form.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  });
  return form;
}

function problemText(outcome: Extract<FormOutcome, { ok: false }>): string {
  if (outcome.problem === 'empty') return t('correct.errorEmptyTitle');
  if (outcome.problem === 'publisherMissing') return t('correct.errorPublisher');
  if (/address/.test(outcome.detail)) return t('correct.errorLink');
  if (/date/.test(outcome.detail)) return t('correct.errorDate');
  return t('correct.errorOther', [outcome.detail]);
}
