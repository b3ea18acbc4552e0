// After the provenance: tags, the author, editorial notes, the image credit and the log of
// what was removed as boilerplate. Sections with nothing to say are left out.
import type { ArticleRecord, Removed } from '../extract/record';
import { el, link } from './dom';
import { firstWords } from './format';
import { field, section } from './parts';
import { tagSearchUrl } from './site';

export function extrasView(r: ArticleRecord): HTMLElement[] {
  const views = [tagsView(r), bioView(r), notesView(r), creditView(r), removedView(r.removed)];
  return views.filter((v): v is HTMLElement => v !== null);
}

function tagsView(r: ArticleRecord): HTMLElement | null {
  const groups: [string, string[]][] = [
    ['Region', r.regions],
    ['Theme', r.themes],
    ['In-depth Report', r.inDepthReports],
  ];
  const rows = groups
    .filter(([, tags]) => tags.length > 0)
    .flatMap(([label, tags]) =>
      field(
        label,
        el(
          'ul',
          { class: 'tags', lang: r.lang },
          ...tags.map((t) => el('li', {}, link(tagSearchUrl(r.canonicalUrl, t), t, { title: `Search the site for “${t}”` }))),
        ),
      ),
    );
  return rows.length ? section('Tags', { class: 'tags-section' }, el('dl', {}, ...rows)) : null;
}

function bioView(r: ArticleRecord): HTMLElement | null {
  return r.authorBio ? section(r.authors.length > 1 ? 'About the authors' : 'About the author', {}, el('p', { lang: r.lang }, r.authorBio)) : null;
}

function notesView(r: ArticleRecord): HTMLElement | null {
  if (!r.notes.length) return null;
  return section('Editorial notes', { class: 'notes' }, el('ul', { lang: r.lang }, ...r.notes.map((n) => el('li', {}, n))));
}

function creditView(r: ArticleRecord): HTMLElement | null {
  const credit = r.featuredImage?.credit;
  return credit ? section('Featured image', { class: 'credit' }, el('p', { lang: r.lang }, credit)) : null;
}

const KIND_LABELS: Record<Removed['kind'], string> = {
  'top-note': 'Top note',
  donation: 'Donation appeal',
  membership: 'Membership appeal',
  facebook: 'Facebook prompt',
  'source-line': 'Source line',
  copyright: 'Copyright line',
  disclaimer: 'Disclaimer',
  'fair-use': 'Fair-use notice',
  'media-inquiries': 'Media inquiries',
  'author-box': 'Author box',
  'share-prompt': 'Share prompt',
  other: 'Other',
};

function removedView(removed: Removed[]): HTMLElement | null {
  if (!removed.length) return null;
  const n = removed.length;
  return el(
    'details',
    { class: 'removed' },
    el('summary', {}, `${n} boilerplate block${n === 1 ? '' : 's'} removed`),
    el(
      'ol',
      {},
      ...removed.map((b) => el('li', {}, el('span', { class: 'kind' }, KIND_LABELS[b.kind] ?? b.kind), ' ', el('span', { class: 'words' }, firstWords(b.text)))),
    ),
  );
}
