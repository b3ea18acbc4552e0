// Small building blocks shared by the popup's views (and the reader's).
import type { EvidenceField } from '../extract/record';
import { uiLang } from '../i18n';
import { el, type Child } from './dom';
import { formatDate } from './format';

let ids = 0;

/** A region with a real heading, so screen readers can list and jump between sections. */
export function section(title: string, attrs: { class?: string } = {}, ...children: Child[]): HTMLElement {
  const id = `section-${++ids}`;
  return el('section', { class: attrs.class, 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

/** A calendar date, written in the UI's language. */
export function time(iso: string): HTMLTimeElement {
  return el('time', { datetime: iso }, formatDate(iso, uiLang()));
}

/** A field of the record the popup shows with a label (the record's names, and the log of hidden notices). */
export type FieldName = EvidenceField | 'fairUse' | 'disclaimer' | 'stats' | 'removed';

/**
 * One labelled value of the record, as a row of a <dl>: the one place the popup draws a field.
 * `data-field` names the record's field, so what belongs to a field (where its value came
 * from, a correction) attaches to this row and nowhere else.
 */
export function fieldRow(name: FieldName, label: Child, ...value: Child[]): HTMLElement {
  return el('div', { class: 'field', 'data-field': name }, el('dt', {}, label), el('dd', {}, ...value));
}
