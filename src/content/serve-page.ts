// A content script's whole job, for the site script and the Wayback one alike: the page's
// record at its current address, served to the popup, its markup for a problem report, and
// the toolbar status reported when the page is idle and again after in-page navigation.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractResult } from '../extract/record';
import { servePageSource } from './page-source';
import { recordPerAddress, reportStatus, serveRecord } from './serve-record';

export function servePage(ctx: ContentScriptContext, extractPage: (url: string) => ExtractResult): void {
  const record = recordPerAddress(() => location.href, extractPage);
  ctx.onInvalidated(serveRecord(record));
  ctx.onInvalidated(servePageSource(document));
  // The badge needs the result before the popup asks: the first request is made when idle,
  // and again when the page changes its address in place (history.pushState), once idle.
  const report = () => ctx.requestIdleCallback(() => void reportStatus(record), { timeout: 3000 });
  report();
  ctx.addEventListener(window, 'wxt:locationchange', report);
}
