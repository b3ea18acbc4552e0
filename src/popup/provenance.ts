// Provenance and rights, at the top of the popup: both dates with what they are ("Published on
// Global Research", "First published by …"), then the rights summary (what the page's notice
// allows, whose the copyright is), with the page's own lines one click away.
import type { ArticleRecord } from '../extract/record';
import { plainMailbox } from '../link-policy';
import { rightsSummary } from '../format/rights';
import { t } from '../i18n';
import { el, link, type Child } from './dom';
import { fieldRow, section, time } from './parts';
import { siteName } from './site';

/** The Global Research date and where the article first appeared, each labelled. */
export function provenanceView(r: ArticleRecord): HTMLElement {
  return el('dl', { class: 'provenance' }, fieldRow('publishedAt', t('popup.publishedOn', [siteName(r.site)]), date(r.publishedAt)), originalSourceRow(r));
}

function originalSourceRow(r: ArticleRecord): HTMLElement {
  const src = r.originalSource;
  if (!src) return fieldRow('originalSource', t('popup.originalSource'), el('span', { class: 'muted' }, t('popup.notStated')));
  // One link to the original: the publisher's name (an original has none: this page is it).
  const publisher = link(src.url, src.publisher, { class: 'source-name', title: t('popup.readOriginalOn', [src.publisher]) });
  return fieldRow('originalSource', t('popup.firstPublishedBy'), publisher, ', ', date(src.date));
}

function date(iso: string | null): Child {
  return iso ? time(iso) : el('span', { class: 'muted' }, t('popup.dateNotGiven'));
}

/** The rights summary in the article's language, the contact its one link; the page's own lines behind "Full notice". */
export function rightsView(r: ArticleRecord): HTMLElement {
  // The "First published by" row above says where and when: the summary does not repeat it.
  const summary = rightsSummary(r, r.lang, { originalShown: true });
  // Only a plain address becomes a mailto: link (no header injection through `?`).
  const contact = plainMailbox(summary.contact);
  const text = summary.sentences.join(' ');
  const at = contact ? text.indexOf(contact) : -1;
  const sentences: Child[] = at < 0 ? [text] : [text.slice(0, at), link(`mailto:${contact}`, contact, { class: 'contact' }), text.slice(at + contact!.length)];
  return section(
    t('popup.rights'),
    { class: 'card rights' },
    el('p', { class: 'rights-summary', lang: summary.lang }, ...sentences),
    fullNotice(r),
  );
}

/** The copyright line, the republication notice, and the fair-use notice and disclaimer the page carried. */
function fullNotice(r: ArticleRecord): HTMLElement | null {
  const quoted = (cls: string, text: string) => el('span', { class: cls, lang: r.lang }, text);
  const removed = (kind: 'fair-use' | 'disclaimer') =>
    r.removed
      .filter((b) => b.kind === kind)
      .map((b) => b.text)
      .join(' ');
  const rows = [
    r.copyright && fieldRow('copyright', t('popup.copyrightLine'), quoted('copyright', r.copyright.text)),
    r.republication && fieldRow('republication', t('popup.republicationNotice'), quoted('notice', r.republication.notice)),
    removed('fair-use') && fieldRow('fairUse', t('popup.fairUseNotice'), quoted('fair-use', removed('fair-use'))),
    removed('disclaimer') && fieldRow('disclaimer', t('popup.disclaimer'), quoted('disclaimer', removed('disclaimer'))),
  ].filter((row): row is HTMLElement => Boolean(row));
  if (!rows.length) return null;
  return el('details', { class: 'full-notice' }, el('summary', {}, t('popup.fullNotice')), el('dl', {}, ...rows));
}
