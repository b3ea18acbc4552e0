// Archived copies wired to the browser: the capture line and the Archive panel placed in the
// article view, the offer to read Wayback captures under the "other site" view. Loaded by
// archive-mount.ts once the record is on screen; the views are in archive-panel.ts.
import './archive-panel.css';
import { browser } from 'wxt/browser';
import { archivePanel, captureLine, waybackOffer, type ArchiveDeps } from './archive-panel';
import { copyToClipboard } from './clipboard';
import { setJustArchived } from './just-archived';
import type { PopupState } from './state';

const browserDeps = (): ArchiveDeps => ({
  permissions: browser.permissions,
  fetch: (input, init) => fetch(input, init),
  online: () => navigator.onLine,
  copy: (text) => copyToClipboard({ text, html: null }),
  onArchived: setJustArchived,
});

/** `shown`: the view the state rendered in `root`. */
export function mount(root: HTMLElement, shown: Element, state: PopupState, rerun: () => void): void {
  if (state.view === 'article') {
    const record = shown.matches('article.record') ? shown : shown.querySelector('article.record');
    if (!record) return;
    if (state.record.capture) {
      const line = captureLine(state.record.capture);
      const masthead = record.querySelector('.masthead');
      if (masthead) masthead.after(line);
      else record.prepend(line);
    }
    const panel = archivePanel(state.record, browserDeps());
    const footer = record.querySelector(':scope > footer');
    if (footer) footer.before(panel);
    else record.append(panel);
  } else if (state.view === 'other-site') {
    root.append(
      waybackOffer(browser.permissions, () => {
        // Register the Wayback script at once (the background does too), then read the tab again.
        void import('../background/wayback-script').then((m) => m.syncWaybackScript(browser)).finally(rerun);
      }),
    );
  }
}
