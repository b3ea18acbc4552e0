import { servePage } from '../src/content/serve-page';
import { extract } from '../src/extract';
import { readCapture } from '../src/extract/capture';

// Wayback Machine captures of the sites' pages. Not in the manifest: registered at run time
// (src/background/wayback-script.ts) once the user allows web.archive.org, with its matches.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    servePage(ctx, (url) => extract(document, url, readCapture));
  },
});
