// The popup's hooks for archived copies. Their code (archive-wiring.ts, wayback-tab.ts) comes
// with the actions' module (action-panels.ts), which the popup loads right after the record is
// shown anyway: nothing of it weighs on the popup's first load.
import type { RecordChannel } from './request-record';
import type { PopupState } from './state';

const loadArchive = () => import('./action-panels');

/** Places the capture line and the Archive panel (article), or the offer to read captures (other site). */
export function mountArchive(root: HTMLElement, state: PopupState, rerun: () => void): void {
  if (state.view !== 'article' && state.view !== 'other-site') return;
  const shown = root.firstElementChild;
  void loadArchive().then((m) => {
    // Another view may have replaced this one meanwhile.
    if (shown && root.firstElementChild === shown) m.mountArchive(root, shown, state, rerun);
  });
}

// The browser tells the popup the address of a web.archive.org tab only once the archive hosts are allowed.
const ARCHIVE_TAB = /^https:\/\/(?:web|wayback)\.archive\.org\/web\//i;

/** The Wayback content script's channel for a tab on a capture of a site page, else null. */
export async function captureChannel(url: string | undefined): Promise<RecordChannel | null> {
  if (!url || !ARCHIVE_TAB.test(url)) return null;
  const m = await loadArchive();
  return m.isSiteCapture(url) ? m.waybackChannel : null;
}
