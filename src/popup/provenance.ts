// Provenance, shown first: where the article first appeared, its copyright and the terms
// on which it may be republished.
import type { ArticleRecord } from '../extract/record';
import { plainMailbox } from '../link-policy';
import { el, link } from './dom';
import { section, time } from './parts';
import { isOwnPublisher } from './site';

export function originalSourceView(record: ArticleRecord): HTMLElement {
  const src = record.originalSource;
  if (!src) {
    return section('Original source', { class: 'card source' }, el('p', { class: 'muted' }, 'The page does not say where this article first appeared.'));
  }
  if (src.url === null && isOwnPublisher(src.publisher)) {
    return section(
      'Original source',
      { class: 'card source original' },
      el('p', { class: 'source-name' }, `First published by ${src.publisher}`),
      src.date && el('p', { class: 'source-date' }, 'on ', time(src.date)),
    );
  }
  return section(
    'Original source',
    { class: 'card source crosspost' },
    el('p', { class: 'source-name' }, link(src.url, src.publisher)),
    src.date && el('p', { class: 'source-date' }, 'Published ', time(src.date)),
    src.url
      ? el('p', { class: 'source-link' }, link(src.url, 'Read the original', { class: 'button', 'aria-label': `Read the original on ${src.publisher}` }))
      : el('p', { class: 'muted' }, 'The page gives no link to the original.'),
  );
}

export function rightsView(record: ArticleRecord): HTMLElement {
  const { copyright, republication } = record;
  // Only a plain address becomes a mailto: link (no header injection through `?`).
  const contact = plainMailbox(republication?.contact);
  return section(
    'Republication',
    { class: 'card rights' },
    copyright ? el('p', { class: 'copyright' }, copyright.text) : el('p', { class: 'muted' }, 'No copyright line on the page.'),
    republication
      ? el('p', { class: 'notice' }, republication.notice)
      : el('p', { class: 'muted' }, 'No republication notice on the page.'),
    contact
      ? el('p', { class: 'contact' }, 'Contact: ', link(`mailto:${contact}`, contact, { 'aria-label': `E-mail ${contact} about republication` }))
      : republication?.contact && el('p', { class: 'contact' }, `Contact: ${republication.contact}`),
  );
}
