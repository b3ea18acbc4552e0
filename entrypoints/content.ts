import { extract } from '../src/extract';
import { servePageSource } from '../src/content/page-source';
import { recordPerAddress, reportStatus, serveRecord } from '../src/content/serve-record';
import { SITE_MATCHES } from '../src/content/site-matches';

// Declared only for the sites the core has rules for (globalresearch.ca, mondialisation.ca).
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const record = recordPerAddress(() => location.href, (url) => extract(document, url));
    ctx.onInvalidated(serveRecord(record));
    ctx.onInvalidated(servePageSource(document));
    // The badge needs the result before the popup asks: the first request is made when idle,
    // and again when the page changes its address in place (history.pushState), once idle.
    const report = () => ctx.requestIdleCallback(() => void reportStatus(record), { timeout: 3000 });
    report();
    ctx.addEventListener(window, 'wxt:locationchange', report);
  },
});
