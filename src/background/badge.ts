// The toolbar button's per-tab state: whether the content script found an article. Chrome
// and Firefox reset per-tab badge and title when the tab loads a new page.
import type { WxtBrowser } from 'wxt/browser';
import { t } from '../i18n';
import { PAGE_KINDS } from '../page-kinds';
import type { PageStatus } from '../messaging';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

export function badgeFor(status: PageStatus): BadgeState {
  if (status.article) return { text: '✓', color: '#1f7a4d', title: t('badge.article') };
  const kind = PAGE_KINDS[status.reason];
  return { text: '–', color: '#6b6f76', title: kind ? t('badge.pageKind', [t(kind)]) : t('badge.noArticle') };
}

type Action = WxtBrowser['action'];
type ActionApi = Pick<Action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> & Partial<Pick<Action, 'setBadgeTextColor'>>;

export async function showPageStatus(action: ActionApi, tabId: number, status: PageStatus): Promise<void> {
  const badge = badgeFor(status);
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    // Not in every browser version: white text on the badge where it can be set.
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}

/**
 * `showPageStatus` with at most one update in flight per tab: statuses that arrive meanwhile
 * are folded into one more update, with the latest of them. A page that floods the
 * background with reports delays no other tab's badge.
 */
export function badgeUpdater(action: ActionApi): (tabId: number, status: PageStatus) => Promise<void> {
  const tabs = new Map<number, { latest: PageStatus; running: Promise<void> }>();
  return (tabId, status) => {
    const tab = tabs.get(tabId);
    if (tab) {
      tab.latest = status;
      return tab.running;
    }
    const state = { latest: status, running: Promise.resolve() };
    state.running = (async () => {
      try {
        for (let shown: PageStatus | null = null; shown !== state.latest; ) {
          shown = state.latest;
          await showPageStatus(action, tabId, shown);
        }
      } finally {
        tabs.delete(tabId);
      }
    })();
    tabs.set(tabId, state);
    return state.running;
  };
}
