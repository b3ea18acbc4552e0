// What the popup loads with import() as it opens, while the page is asked for its record
// (corrections.ts): the article's stored correction (WXT storage and the checks), applied to
// the record before it is drawn; what a save or a reset does (store, then draw again); and
// the notes on each value (field-notes.ts, after the first paint). The form and the problem
// report load from here on their click, so the popup's first bundle names one lazy chunk; the
// report gets the page's HTML from the tab's content script (getPageHtml).
import { applyCorrection } from '../corrections/correction';
import { correctionFor, resetCorrection, saveCorrection } from '../corrections/store';
import type { ArticleRecord } from '../extract/record';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { sendToTab } from '../messaging';
import type { Status } from './action-bar';
import type { ArticleCorrections, Draw } from './corrections';
import { downloadFile } from './download';
import { annotate } from './field-notes';

/** Draws the article of tab `tabId` with its stored correction; every save or reset draws it again, `after` saying what was done. */
export async function drawCorrected(original: ArticleRecord, tabId: number, draw: Draw, after?: Status): Promise<void> {
  const url = original.canonicalUrl;
  const correction = await correctionFor(url);
  const again = (text: string) => drawCorrected(original, tabId, draw, { ok: true, text });
  const corrections: ArticleCorrections = {
    original,
    correction,
    after,
    save: async (values) => again((await saveCorrection(url, values)) ? t('correct.saved') : t('correct.removed')),
    reset: async () => {
      await resetCorrection(url);
      await again(t('correct.removed'));
    },
    report: async () => {
      const [{ saveReport }, page] = await Promise.all([import('../report/save-report'), sendToTab(tabId, 'getPageHtml')]);
      // The manifest's name is a message reference (__MSG_extName__): the name is the message.
      const extension = { name: t('extName'), version: browser.runtime.getManifest().version };
      return saveReport(original, correction, page, { extension, userAgent: navigator.userAgent, download: downloadFile });
    },
    edit: (view) => import('./correction-editor').then((m) => m.openEditor(view, corrections)),
    annotate: (view, record) => annotate(view, record, corrections),
  };
  draw(applyCorrection(original, correction).record, corrections);
}
