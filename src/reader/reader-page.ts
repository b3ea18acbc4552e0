// The reader page's states. The page knows only the id of the tab it was opened for
// (reader.html?tab=<id>); it asks that tab's content script for the record over the typed
// messaging (a timeout and an error value, never a wait forever), and shows what comes back.
import type { ArticleRecord, ExtractResult, NotArticle } from '../extract/record';
import { errorText, type Reply } from '../messaging';
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
    if (!reply.ok) return { view: 'error', error: /no tab with id/i.test(reply.error) ? 'the article’s tab was closed' : reply.error };
    return reply.value.kind === 'article' ? { view: 'article', record: reply.value } : { view: 'not-article', result: reply.value };
  } catch (err) {
    return { view: 'error', error: errorText(err) };
  }
}

export function readerStateView(state: ReaderState, actions: { retry?: () => void } = {}, win?: Window & typeof globalThis): HTMLElement {
  switch (state.view) {
    case 'loading':
      return message('loading', 'Loading the article…', 'Asking the article’s tab for its clean text.');
    case 'no-tab':
      return message('no-tab', 'No article to show', 'Open the reader view from the GR Provenance popup, on a Global Research article.');
    case 'not-article':
      return message('not-article', 'No article in that tab', `The tab now shows a page that is not an article (${state.result.reason}).`);
    case 'error': {
      const retry = actions.retry && el('button', { type: 'button', class: 'button' }, 'Try again');
      if (retry) retry.addEventListener('click', actions.retry!);
      return message('error', 'Could not load the article', `Reason: ${state.error}. Keep the article’s tab open and try again.`, retry);
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
  return state.view === 'article' ? `${state.record.title} · Reader view` : 'Reader view · GR Provenance';
}
