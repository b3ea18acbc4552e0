// "Report a problem with this page" in the popup: the page's HTML asked of the tab's content
// script (getPageHtml), the report built with the record as the page gave it and the editor's
// correction (report.ts), saved as a download. Nothing is sent anywhere. Loaded on the click.
//
//   saveReport(record, correction, tabId) → Status (what the popup says)
import { browser } from 'wxt/browser';
import type { Correction } from '../corrections/correction';
import type { ExtractResult } from '../extract/record';
import { t } from '../i18n';
import { sendToTab, type PageSource, type Reply } from '../messaging';
import type { Status } from '../popup/action-bar';
import { downloadFile, type DownloadFile, type DownloadOutcome } from '../popup/download';
import { browserName, buildReport, reportFileName, reportJson } from './report';

export interface ReportEnv {
  pageSource(tabId: number): Promise<Reply<PageSource>>;
  extension(): { name: string; version: string };
  userAgent: string;
  now(): Date;
  /** An inert parser: nothing in the page runs or loads. */
  parse(html: string): Document;
  download(file: DownloadFile): DownloadOutcome;
}

const browserEnv = (): ReportEnv => ({
  pageSource: (tabId) => sendToTab(tabId, 'getPageHtml'),
  extension: () => {
    const m = browser.runtime.getManifest();
    // The manifest's name is a message reference (__MSG_extName__): the name itself is the message.
    return { name: t('extName'), version: m.version };
  },
  userAgent: navigator.userAgent,
  now: () => new Date(),
  // A DOMParser document runs no script and loads nothing: the report cleans it before it is written.
  parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
  download: (file) => downloadFile(file),
});

export async function saveReport(record: ExtractResult, correction: Correction | null, tabId: number, env: ReportEnv = browserEnv()): Promise<Status> {
  const page = await env.pageSource(tabId);
  if (!page.ok) return { ok: false, text: t('report.failed', [page.error]) };
  const report = buildReport({
    record,
    correction,
    page: page.value,
    extension: env.extension(),
    browser: browserName(env.userAgent),
    createdAt: env.now(),
    parse: env.parse,
  });
  const name = reportFileName(report);
  const saved = env.download({ name, mime: 'application/json;charset=utf-8', content: reportJson(report) });
  return saved.ok ? { ok: true, text: t('report.saved', [name]) } : { ok: false, text: t('report.failed', [saved.error]) };
}
