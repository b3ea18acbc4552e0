// Which view the popup shows, decided from the active tab and the content script's reply.
import type { ArticleRecord, ExtractResult, NotArticle } from '../extract/record';
import { t } from '../i18n';
import { errorText, type Failure, type Reply } from '../messaging';
import { browserChannel, type RecordChannel } from './request-record';
import { isSiteUrl } from './site';

export type PopupState =
  | { view: 'loading' }
  | { view: 'other-site' }
  | { view: 'article'; record: ArticleRecord }
  | { view: 'not-article'; result: NotArticle }
  | { view: 'error'; error: string };

export interface ActiveTab {
  id?: number;
  url?: string;
}

export interface StateSources {
  activeTab(): Promise<ActiveTab | undefined>;
  requestRecord(tabId: number): Promise<Reply<ExtractResult>>;
}

/** Never rejects: a failure to reach the tab is an error state with its reason. */
export async function loadState(sources: StateSources): Promise<PopupState> {
  try {
    const tab = await sources.activeTab();
    if (tab?.id === undefined || !(await isReadableTab(tab.url))) return { view: 'other-site' };
    return stateOf(await sources.requestRecord(tab.id));
  } catch (err) {
    return { view: 'error', error: errorText(err) };
  }
}

// Wayback captures of the sites' pages are read too (wayback-tab.ts). Its code loads only for
// a tab whose address the browser shows off the sites, which it does only once web.archive.org
// is allowed: the popup's first load on the sites does not carry it.
const waybackTab = () => import('./wayback-tab');

/** A site page, or a Wayback capture of one: a tab the popup can read. */
export async function isReadableTab(url: string | undefined): Promise<boolean> {
  return isSiteUrl(url) || (!!url && (await waybackTab()).isSiteCapture(url));
}

/** Which content script answers for the tab at `url`: the site one, or the Wayback one on a capture. */
export async function channelForTab(url: string | undefined): Promise<RecordChannel> {
  return isSiteUrl(url) || !url ? browserChannel : (await waybackTab()).channelFor(url);
}

export function stateOf(reply: Reply<ExtractResult>): PopupState {
  if (!reply.ok) return { view: 'error', error: failureText(reply) };
  return reply.value.kind === 'article' ? { view: 'article', record: reply.value } : { view: 'not-article', result: reply.value };
}

/** A failure said in the UI's language where the extension wrote it (a browser's own message stays as it is). */
export function failureText(f: Failure): string {
  if (f.code === 'timeout' && f.seconds !== undefined) return t('state.noAnswer', [String(f.seconds)]);
  if (f.code === 'no-receiver' && f.error === 'nothing answered') return t('state.nothingAnswered');
  return f.error;
}
