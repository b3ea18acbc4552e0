// One view per popup state. Everything that is not an article says what the page is and
// what to do next.
import type { ArticleRecord, NotArticle } from '../extract/record';
import type { EditorDeps } from './action-bar';
import { articleView } from './article-view';
import { el, type Child } from './dom';
import { siteName } from './site';
import type { PopupState } from './state';

export interface ViewActions {
  retry?: () => void;
  /** The editorial actions for an article (copy, export, cite, reader view); none without it. */
  editor?: (record: ArticleRecord) => EditorDeps;
}

export function stateView(state: PopupState, actions: ViewActions = {}): HTMLElement {
  switch (state.view) {
    case 'loading':
      return message('loading', 'Reading the article…', 'Extracting its provenance from the page.');
    case 'other-site':
      return message(
        'other-site',
        'Open a Global Research article',
        'GR Provenance reads article pages on globalresearch.ca and mondialisation.ca. Open one, then click the toolbar button again.',
      );
    case 'not-article':
      return notArticleView(state.result);
    case 'error':
      return message(
        'error',
        'Could not read this page',
        el('span', {}, 'Reason: ', el('span', { class: 'reason' }, state.error), '. Reload the tab and try again.'),
        actions.retry && button('Try again', actions.retry),
      );
    case 'article':
      return articleView(state.record, actions.editor?.(state.record));
  }
}

/** The core's reasons for listing-type pages, said the way a reader would. */
const PAGE_KINDS: Record<string, string> = {
  'home page': 'the home page',
  'listing page': 'a listing page',
  'author page': 'an author page',
  'site page': 'a site page',
};

function notArticleView(result: NotArticle): HTMLElement {
  const site = siteName(hostOf(result.url));
  const kind = PAGE_KINDS[result.reason];
  return kind
    ? message('not-article', `This is ${kind}, not an article`, `Open an article on ${site} to see its source, copyright and republication terms.`)
    : message('not-article', 'No article on this page', el('span', {}, `Nothing on this ${site} page reads as an article. Reason: `, el('span', { class: 'reason' }, result.reason), '.'));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'button' }, text);
  b.addEventListener('click', onClick);
  return b;
}

function message(kind: string, title: string, body: string | Node, action?: Child): HTMLElement {
  return el(
    'section',
    { class: `state state-${kind}`, role: kind === 'error' ? 'alert' : undefined, 'aria-busy': kind === 'loading' ? 'true' : undefined },
    el('h1', {}, title),
    el('p', {}, body),
    action,
  );
}
