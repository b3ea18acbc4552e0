// The popup for an article: what it is and who wrote it, the editorial actions, then its
// provenance, then the rest.
import type { ArticleRecord } from '../extract/record';
import { actionBar, type EditorDeps } from './action-bar';
import { el, joinNodes, link } from './dom';
import { extrasView } from './extras';
import { formatCount } from './format';
import { time } from './parts';
import { originalSourceView, rightsView } from './provenance';
import { siteName } from './site';

export function articleView(record: ArticleRecord, editor?: EditorDeps): HTMLElement {
  return el(
    'article',
    { class: 'record' },
    mastheadView(record),
    // The actions right under the title: what an editor came for, in view without scrolling.
    editor && actionBar(editor),
    originalSourceView(record),
    rightsView(record),
    ...extrasView(record),
    el('footer', { class: 'page-link' }, link(record.canonicalUrl, `Open the article on ${siteName(record.site)}`)),
  );
}

function mastheadView(r: ArticleRecord): HTMLElement {
  const authors = r.authors.map((a) => link(a.url, a.name, { class: 'author' }));
  return el(
    'header',
    { class: 'masthead' },
    // The site's own dateline: "Global Research, 19 February 2024".
    el('p', { class: 'dateline' }, siteName(r.site), r.publishedAt && ', ', r.publishedAt && time(r.publishedAt)),
    el('h1', { lang: r.lang }, r.title),
    r.subtitle && el('p', { class: 'subtitle', lang: r.lang }, r.subtitle),
    authors.length > 0 && el('p', { class: 'byline', lang: r.lang }, 'By ', ...joinNodes(authors, 'and')),
    el('p', { class: 'stats' }, `${formatCount(r.content.wordCount)} words · ${formatCount(r.content.readingMinutes)} min read`),
  );
}
