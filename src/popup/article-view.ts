// The popup for an article, on one screen: what it is and who wrote it, both dates and the
// original source, the rights summary, the editorial actions; the rest behind "Details".
import type { ArticleRecord } from '../extract/record';
import { t } from '../i18n';
import { actionBar, type EditorDeps } from './action-bar';
import { annotateLater, editButton, type ArticleCorrections } from './corrections';
import { detailsView } from './details';
import { el, joinNodes, link } from './dom';
import { provenanceView, rightsView } from './provenance';
import { siteName } from './site';

export function articleView(record: ArticleRecord, editor?: EditorDeps, corrections?: ArticleCorrections): HTMLElement {
  const view = el(
    'article',
    { class: 'record' },
    // The essentials, in a 400 × 600 popup without scrolling (the e2e suite measures it):
    mastheadView(record, corrections && editButton(corrections)),
    provenanceView(record),
    rightsView(record),
    editor && actionBar(editor),
    // Below the fold: one line per panel.
    detailsView(record),
    el('footer', { class: 'page-link' }, link(record.canonicalUrl, t('popup.openOn', [siteName(record.site)]))),
  );
  // Where each value came from, the corrected marks, "Report a problem": after the first paint.
  annotateLater(view, record, corrections);
  return view;
}

function mastheadView(r: ArticleRecord, edit?: HTMLElement): HTMLElement {
  const authors = r.authors.map((a) => link(a.url, a.name, { class: 'author' }));
  return el(
    'header',
    { class: 'masthead' },
    edit,
    el('h1', { lang: r.lang, 'data-field': 'title' }, r.title),
    r.subtitle && el('p', { class: 'subtitle', lang: r.lang, 'data-field': 'subtitle' }, r.subtitle),
    authors.length > 0 && el('p', { class: 'byline', 'data-field': 'authors' }, t('popup.by'), ' ', ...joinNodes(authors, t('popup.and'))),
  );
}
