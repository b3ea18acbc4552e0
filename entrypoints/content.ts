import { servePage } from '../src/content/serve-page';
import { extract } from '../src/extract';
import { SITE_MATCHES } from '../src/content/site-matches';

// Declared only for the sites the core has rules for (globalresearch.ca, mondialisation.ca),
// over https. Nothing here listens to an event the page can send (see page-watch.ts).
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // No window.postMessage to the page at start: it told the page this extension's event names.
  noScriptStartedPostMessage: true,
  main() {
    servePage((url) => extract(document, url));
  },
});
