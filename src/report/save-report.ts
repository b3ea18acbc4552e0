// "Report a problem with this page" in the popup: the report of the page (its HTML as the
// tab's content script gave it), the record as the page gave it and the editor's correction
// (report.ts), saved as a download. Nothing is sent anywhere. Loaded on the click; the popup
// gives it what only the browser knows (article-corrections.ts).
//
//   saveReport(record, correction, page, context) → Status (what the popup says)
import type { Correction } from '../corrections/correction';
import type { ExtractResult } from '../extract/record';
import { t } from '../i18n';
import type { PageSource, Reply } from '../messaging';
import type { Status } from '../popup/action-bar';
import type { DownloadFile, DownloadOutcome } from '../popup/download';
import { browserName, buildReport, reportFileName, reportJson } from './report';

export interface ReportContext {
  extension: { name: string; version: string };
  userAgent: string;
  now?: Date;
  download(file: DownloadFile): DownloadOutcome;
  /** An inert parser; the popup's DOMParser by default (its document runs no script and loads nothing). */
  parse?(html: string): Document;
}

export function saveReport(record: ExtractResult, correction: Correction | null, page: Reply<PageSource>, context: ReportContext): Status {
  if (!page.ok) return { ok: false, text: t('report.failed', [page.error]) };
  const report = buildReport({
    record,
    correction,
    page: page.value,
    extension: context.extension,
    browser: browserName(context.userAgent),
    createdAt: context.now ?? new Date(),
    parse: context.parse ?? ((html) => new DOMParser().parseFromString(html, 'text/html')),
  });
  const name = reportFileName(report);
  const saved = context.download({ name, mime: 'application/json;charset=utf-8', content: reportJson(report) });
  return saved.ok ? { ok: true, text: t('report.saved', [name]) } : { ok: false, text: t('report.failed', [saved.error]) };
}
