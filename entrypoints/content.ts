import { extract } from '../src/extract';
import { servePageSource } from '../src/content/page-source';
import { coalescedReporter, takeOver, watchAddress } from '../src/content/page-watch';
import { recordPerAddress, reportStatus, serveRecord } from '../src/content/serve-record';
import { SITE_MATCHES } from '../src/content/site-matches';

// Declared only for the sites the core has rules for (globalresearch.ca, mondialisation.ca),
// over https. Nothing here listens to an event the page can send (see page-watch.ts).
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // No window.postMessage to the page at start: it told the page this extension's event names.
  noScriptStartedPostMessage: true,
  main() {
    let stopped = false;
    const record = recordPerAddress(() => location.href, (url) => extract(document, url));
    const unserve = serveRecord(record);
    const unservePage = servePageSource(document);
    // The badge needs the result before the popup asks: reported when idle, and again when
    // the page changes its address in place (history.pushState), once per address.
    const whenIdle = (run: () => void) => requestIdleCallback(() => stopped || run(), { timeout: 3000 });
    const report = coalescedReporter(() => location.href, () => reportStatus(record), whenIdle);
    const unwatch = watchAddress(window, report);
    takeOver(() => {
      stopped = true;
      unserve();
      unservePage();
      unwatch();
    });
    report();
  },
});
