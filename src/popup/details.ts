// Below the essentials, behind one "Details" disclosure: length, tags, the author, editorial
// notes (not the ones that only restate the original source, shown above), the image credit
// and the site notices the popup hides. Parts with nothing to say are left out.
import type { ArticleRecord, Removed } from '../extract/record';
import { t } from '../i18n';
import { el, link } from './dom';
import { firstWords, formatCount } from './format';
import { fieldRow, section } from './parts';
import { notesBeyondSource } from './notes';
import { tagSearchUrl } from './site';

export function detailsView(r: ArticleRecord): HTMLElement {
  const parts = [statsView(r), tagsView(r), bioView(r), notesView(r), creditView(r), removedView(r)];
  return el('details', { class: 'more' }, el('summary', {}, t('popup.details')), ...parts.filter((v): v is HTMLElement => v !== null));
}

function statsView(r: ArticleRecord): HTMLElement {
  const { wordCount, readingMinutes } = r.content;
  return el('p', { class: 'stats' }, t('popup.stats', [formatCount(wordCount), formatCount(readingMinutes)]));
}

function tagsView(r: ArticleRecord): HTMLElement | null {
  const groups: [string, string[]][] = [
    [t('popup.region'), r.regions],
    [t('popup.theme'), r.themes],
    [t('popup.inDepthReport'), r.inDepthReports],
  ];
  const rows = groups
    .filter(([, tags]) => tags.length > 0)
    .map(([label, tags]) =>
      fieldRow(
        'tags',
        label,
        el('ul', { class: 'tags', lang: r.lang }, ...tags.map((tag) => el('li', {}, link(tagSearchUrl(r.canonicalUrl, tag), tag)))),
      ),
    );
  return rows.length ? section(t('popup.tags'), { class: 'tags-section' }, el('dl', {}, ...rows)) : null;
}

function bioView(r: ArticleRecord): HTMLElement | null {
  return r.authorBio ? section(t('popup.aboutAuthor', r.authors.length), { class: 'bio' }, el('p', { lang: r.lang, 'data-field': 'authorBio' }, r.authorBio)) : null;
}

function notesView(r: ArticleRecord): HTMLElement | null {
  const notes = notesBeyondSource(r);
  if (!notes.length) return null;
  return section(t('popup.notes'), { class: 'notes' }, el('ul', { lang: r.lang, 'data-field': 'notes' }, ...notes.map((n) => el('li', {}, n))));
}

function creditView(r: ArticleRecord): HTMLElement | null {
  const credit = r.featuredImage?.credit;
  return credit ? section(t('popup.featuredImage'), { class: 'credit' }, el('p', { lang: r.lang, 'data-field': 'featuredImage' }, credit)) : null;
}

const KIND_KEYS = {
  'top-note': 'kind.topNote',
  donation: 'kind.donation',
  membership: 'kind.membership',
  facebook: 'kind.facebook',
  'source-line': 'kind.sourceLine',
  copyright: 'kind.copyright',
  disclaimer: 'kind.disclaimer',
  'fair-use': 'kind.fairUse',
  'media-inquiries': 'kind.mediaInquiries',
  'author-box': 'kind.authorBox',
  'share-prompt': 'kind.sharePrompt',
  other: 'kind.other',
} as const satisfies Record<Removed['kind'], string>;

/** "13 site notices hidden": what the popup leaves out of the article, each with its first words. */
function removedView(r: ArticleRecord): HTMLElement | null {
  const { removed } = r;
  if (!removed.length) return null;
  return el(
    'details',
    { class: 'removed', 'data-field': 'removed' },
    el('summary', {}, t('popup.noticesHidden', removed.length, [formatCount(removed.length)])),
    el(
      'ol',
      {},
      ...removed.map((b) =>
        el('li', {}, el('span', { class: 'kind' }, KIND_KEYS[b.kind] ? t(KIND_KEYS[b.kind]) : b.kind), ' ', el('span', { class: 'words', lang: r.lang }, firstWords(b.text))),
      ),
    ),
  );
}
