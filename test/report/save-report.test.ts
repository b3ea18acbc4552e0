// "Report a problem with this page" as the popup runs it: the page's HTML asked of the tab,
// the report of the page's own record and the article's correction saved as one JSON download
// named for the article; a tab that does not answer, or a refused download, is said, not thrown.
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import type { Correction } from '../../src/corrections/correction';
import type { PageSource, Reply } from '../../src/messaging';
import type { DownloadFile } from '../../src/popup/download';
import { reportFileName, type Report } from '../../src/report/report';
import { saveReport, type ReportEnv } from '../../src/report/save-report';
import { extractFixture, loadFixtures } from '../helpers/fixtures';

const fx = loadFixtures().find((f) => f.name === '2015-syria-strategic-culture')!;
const record = extractFixture(fx);
const correction: Correction = { title: 'Fixed title', updatedAt: '2025-01-15T10:04:00.000Z' };
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';

function env(page: Reply<PageSource>, download: ReportEnv['download'] = () => ({ ok: true })) {
  const saved: DownloadFile[] = [];
  const e: ReportEnv = {
    pageSource: vi.fn(async () => page),
    extension: () => ({ name: 'GR Provenance', version: '1.2.3' }),
    userAgent: CHROME,
    now: () => new Date('2025-02-01T12:00:00.000Z'),
    parse: (html) => parseHtml(html, fx.expected.url),
    download: (file) => {
      saved.push(file);
      return download(file);
    },
  };
  return { e, saved };
}

const pageOf = (html: string): Reply<PageSource> => ({ ok: true, value: { url: fx.expected.url, html, doctype: ['html', '', ''] } });

describe('saving a problem report from the popup', () => {
  it('asks the tab for its page and saves the report with the record, the correction and the versions', async () => {
    const { e, saved } = env(pageOf(fx.html.replace('</body>', '<script>steal()</script></body>')));
    const status = await saveReport(record, correction, 42, e);
    expect(e.pageSource).toHaveBeenCalledWith(42);
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

  it('says why when the tab does not answer or the download is refused', async () => {
    const silent = env({ ok: false, code: 'no-receiver', error: 'nothing answered' });
    await expect(saveReport(record, null, 1, silent.e)).resolves.toEqual({ ok: false, text: 'Could not make the report: nothing answered.' });
    expect(silent.saved).toHaveLength(0);
    const refused = env(pageOf(fx.html), () => ({ ok: false, error: 'blocked' }));
    await expect(saveReport(record, null, 1, refused.e)).resolves.toEqual({ ok: false, text: 'Could not make the report: blocked.' });
  });
});
