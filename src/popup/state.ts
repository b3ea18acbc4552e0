// Which view the popup shows, decided from the active tab and the content script's reply.
import type { ArticleRecord, ExtractResult, NotArticle } from '../extract/record';
import { t } from '../i18n';
import { errorText, type Failure, type Reply } from '../messaging';
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
  /** Whether a tab off the sites shows a capture of a site page (archive-mount.ts). */
  isCapture?(url: string): Promise<boolean>;
}

/** Never rejects: a failure to reach the tab is an error state with its reason. */
export async function loadState(sources: StateSources): Promise<PopupState> {
  try {
    const tab = await sources.activeTab();
    const readable = isSiteUrl(tab?.url) || (!!tab?.url && !!(await sources.isCapture?.(tab.url)));
    if (tab?.id === undefined || !readable) return { view: 'other-site' };
    return stateOf(await sources.requestRecord(tab.id));
  } catch (err) {
    return { view: 'error', error: errorText(err) };
  }
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
