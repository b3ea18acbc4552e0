// The popup's hook for archived copies: the capture line and the Archive panel on an article,
// the offer to read Wayback captures where the popup can read nothing. Browser wiring only;
// the views (archive-panel.ts) load right after the record is on screen, so they add nothing
// to the popup's first paint.
import { browser } from 'wxt/browser';
import type { ArchiveDeps } from './archive-panel';
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

export async function mountArchive(root: HTMLElement, state: PopupState, rerun: () => void): Promise<void> {
  if (state.view !== 'article' && state.view !== 'other-site') return;
  const shown = root.firstElementChild;
  const views = await import('./archive-panel');
  if (!shown || root.firstElementChild !== shown) return; // another view replaced it meanwhile
  if (state.view === 'article') {
    const record = shown.matches('article.record') ? shown : shown.querySelector('article.record');
    if (!record) return;
    if (state.record.capture) {
      const line = views.captureLine(state.record.capture);
      const masthead = record.querySelector('.masthead');
      if (masthead) masthead.after(line);
      else record.prepend(line);
    }
    const panel = views.archivePanel(state.record, browserDeps());
    const footer = record.querySelector(':scope > footer');
    if (footer) footer.before(panel);
    else record.append(panel);
  } else {
    root.append(
      views.waybackOffer(browser.permissions, () => {
        // Register the Wayback script at once (the background does too), then read the tab again.
        void import('../background/wayback-script').then((m) => m.syncWaybackScript(browser)).finally(rerun);
      }),
    );
  }
}
