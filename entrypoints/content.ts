import { extract } from '../src/extract';
import { recordOnce, reportStatus, serveRecord } from '../src/content/serve-record';
import { SITE_MATCHES } from '../src/content/site-matches';

// Declared only for the sites the core has rules for (globalresearch.ca, mondialisation.ca).
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const record = recordOnce(() => extract(document, location.href));
    ctx.onInvalidated(serveRecord(record));
    // The badge needs the result before the popup asks: the first request is made when idle.
    ctx.requestIdleCallback(() => void reportStatus(record), { timeout: 3000 });
  },
});
