// "Report a problem with this page" as the popup runs it: with the page's HTML from the tab,
// the report of the page's own record and the article's correction saved as one JSON download
// named for the article; a tab that did not answer, or a refused download, is said, not thrown.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import type { Correction } from '../../src/corrections/correction';
import type { PageSource, Reply } from '../../src/messaging';
import type { DownloadFile } from '../../src/popup/download';
import { reportFileName, type Report } from '../../src/report/report';
import { saveReport, type ReportContext } from '../../src/report/save-report';
import { extractFixture, loadFixtures } from '../helpers/fixtures';

const fx = loadFixtures().find((f) => f.name === '2015-syria-strategic-culture')!;
const record = extractFixture(fx);
const correction: Correction = { title: 'Fixed title', updatedAt: '2025-01-15T10:04:00.000Z' };
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';

function context(download: ReportContext['download'] = () => ({ ok: true })) {
  const saved: DownloadFile[] = [];
  const c: ReportContext = {
    extension: { name: 'GR Provenance', version: '1.2.3' },
    userAgent: CHROME,
    now: new Date('2025-02-01T12:00:00.000Z'),
    parse: (html) => parseHtml(html, fx.expected.url),
    download: (file) => {
      saved.push(file);
      return download(file);
    },
  };
  return { c, saved };
}

const pageOf = (html: string): Reply<PageSource> => ({ ok: true, value: { url: fx.expected.url, html, doctype: ['html', '', ''] } });

describe('saving a problem report from the popup', () => {
  it('saves the report of the tab’s page with the record, the correction and the versions', () => {
    const { c, saved } = context();
    const status = saveReport(record, correction, pageOf(fx.html.replace('</body>', '<script>steal()</script></body>')), c);
    expect(saved).toHaveLength(1);
    const report = JSON.parse(saved[0].content) as Report;
    expect(saved[0].mime).toBe('application/json;charset=utf-8');
    expect(saved[0].name).toBe(reportFileName(report));
    expect(saved[0].name).toMatch(/^gr-report-.+-\d+\.json$/);
    expect(report).toMatchObject({ extension: { name: 'GR Provenance', version: '1.2.3' }, browser: 'Chrome 131.0.6778.85', createdAt: '2025-02-01T12:00:00.000Z', correction });
    expect(report.record).toEqual(JSON.parse(JSON.stringify(record)));
    expect(report.page.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(report.page.html).not.toContain('steal()');
    expect(status).toEqual({ ok: true, text: `Saved ${saved[0].name} to your downloads.` });
  });

  it('says why when the tab does not answer or the download is refused', () => {
    const silent = context();
    expect(saveReport(record, null, { ok: false, code: 'no-receiver', error: 'nothing answered' }, silent.c)).toEqual({ ok: false, text: 'Could not make the report: nothing answered.' });
    expect(silent.saved).toHaveLength(0);
    const refused = context(() => ({ ok: false, error: 'blocked' }));
    expect(saveReport(record, null, pageOf(fx.html), refused.c)).toEqual({ ok: false, text: 'Could not make the report: blocked.' });
  });
});
