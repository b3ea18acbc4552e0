// A content script's whole job, for the site script and the Wayback one alike: the page's
// record at its current address, served to the popup, its markup for a problem report, and
// the toolbar status reported when the page is idle and again after in-page navigation.
// Nothing here listens to an event the page can send (see page-watch.ts); a script injected
// again (after an update) takes over from the one before it.
import type { ExtractResult } from '../extract/record';
import { servePageSource } from './page-source';
import { coalescedReporter, takeOver, watchAddress } from './page-watch';
import { recordPerAddress, reportStatus, serveRecord } from './serve-record';

export function servePage(extractPage: (url: string) => ExtractResult): void {
  let stopped = false;
  const record = recordPerAddress(() => location.href, extractPage);
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
}
