// Small building blocks shared by the popup's views.
import { el, type Child } from './dom';
import { formatDate } from './format';

let ids = 0;

/** A region with a real heading, so screen readers can list and jump between sections. */
export function section(title: string, attrs: { class?: string } = {}, ...children: Child[]): HTMLElement {
  const id = `section-${++ids}`;
  return el('section', { class: attrs.class, 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

export function time(iso: string): HTMLTimeElement {
  return el('time', { datetime: iso }, formatDate(iso));
}

/** A label and its value, as in a definition list. */
export function field(label: string, ...value: Child[]): Node[] {
  return [el('dt', {}, label), el('dd', {}, ...value)];
}
