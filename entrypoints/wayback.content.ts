import { servePage } from '../src/content/serve-page';
import { extract } from '../src/extract';
import { readCapture } from '../src/extract/capture';

// Wayback Machine captures of the sites' pages. Not in the manifest: registered at run time
// (src/background/wayback-script.ts) once the user allows web.archive.org, with its matches.
// It serves the popup as the site script does (serve-page.ts), with the readers of captures.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  // As the site script: nothing posted to the page at start.
  noScriptStartedPostMessage: true,
  main() {
    servePage((url) => extract(document, url, readCapture));
  },
});
