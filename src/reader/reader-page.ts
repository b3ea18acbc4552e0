// The reader page's states. The page knows only the id of the tab it was opened for
// (reader.html?tab=<id>); it asks that tab's content script for the record over the typed
// messaging (a timeout and an error value, never a wait forever), and shows what comes back.
import type { ArticleRecord, ExtractResult, NotArticle } from '../extract/record';
import { t } from '../i18n';
import { errorText, type Reply } from '../messaging';
import { failureText } from '../popup/state';
import { el } from '../popup/dom';
import { readerView } from './reader-view';

export type ReaderState =
  | { view: 'loading' }
  | { view: 'no-tab' }
  | { view: 'article'; record: ArticleRecord }
  | { view: 'not-article'; result: NotArticle }
  | { view: 'error'; error: string };

/** The source tab's id from the page's query string (?tab=<id>), or null. */
export function tabIdFrom(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** Never rejects. */
export async function loadReader(search: string, requestRecord: (tabId: number) => Promise<Reply<ExtractResult>>): Promise<ReaderState> {
  const tabId = tabIdFrom(search);
  if (tabId === null) return { view: 'no-tab' };
  try {
    const reply = await requestRecord(tabId);
    if (!reply.ok) return { view: 'error', error: /no tab with id/i.test(reply.error) ? t('reader.tabClosed') : failureText(reply) };
    return reply.value.kind === 'article' ? { view: 'article', record: reply.value } : { view: 'not-article', result: reply.value };
  } catch (err) {
    return { view: 'error', error: errorText(err) };
  }
}

export function readerStateView(state: ReaderState, actions: { retry?: () => void } = {}, win?: Window & typeof globalThis): HTMLElement {
  switch (state.view) {
    case 'loading':
      return message('loading', t('reader.loadingTitle'), t('reader.loadingText'));
    case 'no-tab':
      return message('no-tab', t('reader.noTabTitle'), t('reader.noTabText'));
    case 'not-article':
      return message('not-article', t('reader.notArticleTitle'), t('reader.notArticleText'));
    case 'error': {
      const retry = actions.retry && el('button', { type: 'button', class: 'button', 'data-action': 'retry' }, t('state.tryAgain'));
      if (retry) retry.addEventListener('click', actions.retry!);
      return message('error', t('reader.errorTitle'), t('reader.errorText', [state.error]), retry);
    }
    case 'article':
      return readerView(state.record, win);
  }
}

function message(kind: string, title: string, body: string, action?: Node | null): HTMLElement {
  return el(
    'section',
    { class: `state state-${kind}`, role: kind === 'error' ? 'alert' : undefined, 'aria-busy': kind === 'loading' ? 'true' : undefined },
    el('h1', {}, title),
    el('p', {}, body),
    action ?? undefined,
  );
}

/** The tab's title: the article's, so the tab strip and the print header say what it is. */
export function readerTitle(state: ReaderState): string {
  return state.view === 'article' ? t('reader.titleOf', [state.record.title]) : t('reader.pageTitle');
}
