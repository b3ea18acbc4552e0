// One view per popup state. Everything that is not an article says what the page is and
// what the user can do next.
import type { ArticleRecord, NotArticle } from '../extract/record';
import { t } from '../i18n';
import { PAGE_KINDS } from '../page-kinds';
import type { EditorDeps } from './action-bar';
import { articleView } from './article-view';
import type { ArticleCorrections } from './corrections';
import { el, type Child } from './dom';
import { siteName } from './site';
import type { PopupState } from './state';

export interface ViewActions {
  retry?: () => void;
  /** The editorial actions for an article (copy, export, cite, reader view); none without it. */
  editor?: (record: ArticleRecord) => EditorDeps;
  /** The editor's corrections of the article shown (its record is the corrected one). */
  corrections?: ArticleCorrections;
}

export function stateView(state: PopupState, actions: ViewActions = {}): HTMLElement {
  switch (state.view) {
    case 'loading':
      return message('loading', t('state.loadingTitle'), t('state.loadingText'));
    case 'other-site':
      return message('other-site', t('state.otherSiteTitle'), t('state.otherSiteText'));
    case 'not-article':
      return notArticleView(state.result);
    case 'error':
      return message(
        'error',
        t('state.errorTitle'),
        el('span', {}, t('state.errorReason'), ' ', el('span', { class: 'reason' }, state.error), '. ', t('state.errorWhatToDo')),
        actions.retry && retryButton(actions.retry),
      );
    case 'article':
      return articleView(state.record, actions.editor?.(state.record), actions.corrections);
  }
}

/**
 * A page of the site that is not an article. A kind of page the user knows is named; any
 * other reason (no title or body found, too large) becomes what to try, the core's own words
 * one click away for a bug report.
 */
function notArticleView(result: NotArticle): HTMLElement {
  const site = siteName(hostOf(result.url));
  const kind = PAGE_KINDS[result.reason];
  if (kind) return message('not-article', t('state.notAnArticleTitle', [t(kind)]), t('state.notAnArticleText', [site]));
  return message(
    'not-article',
    t('state.noArticleTitle'),
    t('state.noArticleText', [site]),
    el('details', { class: 'why' }, el('summary', {}, t('state.why')), el('p', {}, el('span', { class: 'reason', lang: 'en' }, result.reason))),
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function retryButton(onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'button', 'data-action': 'retry' }, t('state.tryAgain'));
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
