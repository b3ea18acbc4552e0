import { servePage } from '../src/content/serve-page';
import { SITE_MATCHES } from '../src/content/site-matches';
import { extract } from '../src/extract';

// Declared only for the sites the core has rules for (globalresearch.ca, mondialisation.ca).
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    servePage(ctx, (url) => extract(document, url));
  },
});
