// The editor's corrections and the evidence in the real popup, the same scenario in Chromium
// and Firefox (chrome.ts and firefox.ts hook it in after the editorial checks of one fixture):
// each value the record says the source of is described, a disagreement is marked; the title
// and the original's date are corrected in the form, the attribution and a citation copied
// and read back from the clipboard with the corrected values; the popup opened again still
// shows the correction; the problem report is saved as a download, its JSON read and made into
// a fixture draft with `npm run fixture`; the page's values are put back, and the clipboard
// has them again.
import type { Page } from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHtml } from '../../src/cli/dom';
import { applyCorrection, type CorrectedValues } from '../../src/corrections/correction';
import { extract } from '../../src/extract';
import type { ArticleRecord } from '../../src/extract/record';
import { sourceKey } from '../../src/popup/source-names';
import { compareWithExpected } from '../helpers/compare';
import type { Fixture } from '../helpers/fixtures';
import { getMessage } from '../helpers/i18n';
import type { ChromeDriver } from './chrome-driver';
import { clickAndRead as chromeClickAndRead, downloadsFolder, waitForFile } from './editorial-chrome';
import { expected, type ClipboardRead } from './editorial-expect';
import { click as firefoxClick, clickAndRead as firefoxClickAndRead, find, inChrome } from './editorial-firefox';
import type { FirefoxDriver } from './firefox-driver';
import type { Check } from './popup-checks';

/** The fixture the scenario runs on: a cross-post, so the original source is there to correct. */
export const CORRECTIONS_FIXTURE = '2015-syria-strategic-culture';

/** The popup, as the scenario drives it in either browser. */
interface Popup {
  /** A JavaScript expression run in the popup (a promise is awaited); its JSON value. */
  eval<T>(expression: string): Promise<T>;
  click(selector: string): Promise<void>;
  /** Replaces the text of an input as a user types it. */
  type(selector: string, text: string): Promise<void>;
  clickAndRead(selector: string): Promise<ClipboardRead>;
  close(): Promise<void>;
}

interface Browser {
  name: string;
  openPopup(): Promise<Popup>;
  /** The text of a file the browser downloaded, once it is there (null after a while). */
  downloaded(name: string): Promise<string | null>;
  /** Real pointer and keys: the tip on hover and on keyboard focus (Chromium). */
  pointerAndKeys?(popup: Popup, check: Check, label: string): Promise<void>;
}

const NEW_TITLE = 'Russia and Iran Coordinate in Syria (corrected in the e2e run)';
const NEW_SOURCE_DATE = '2015-09-27';
const en = (key: string, subs?: string[]) => getMessage('en', key, subs);
const sourceWords = (source: string) => {
  const key = sourceKey(source);
  return key ? en(key.replace('.', '_')) : source;
};

const WAIT = (condition: string, ms = 10_000) =>
  `new Promise((ok, fail) => { const end = Date.now() + ${ms}; const wait = () => { try { if (${condition}) return ok(true); } catch {} if (Date.now() > end) return fail(new Error('timed out: ' + ${JSON.stringify(condition)})); setTimeout(wait, 50); }; wait(); })`;
const NOTES_READY = WAIT(`document.querySelector('.record[data-notes="ready"]')`);
/** The record the popup's tab gave, asked again from the popup. */
const RECORD = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  const reply = await api.tabs.sendMessage(tab.id, { protocol: 'gr-provenance/1', type: 'getRecord' });
  return reply && reply.ok ? reply.value : null;
})()`;
/** Each row of a value: its field, its description, its mark, and whether the keyboard reaches it. */
const ROWS = `Array.from(document.querySelectorAll('.record [data-field]')).map((el) => ({
  field: el.dataset.field,
  mark: el.dataset.mark ?? null,
  description: (el.getAttribute('aria-describedby') || '').split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
  reachable: el.tabIndex >= 0 || !!el.querySelector('a[href], button, summary'),
}))`;
const STORED = `(globalThis.browser ?? globalThis.chrome).storage.local.get('corrections').then((s) => s.corrections ?? {})`;
/** For the UI pass (ui-suite.ts): the popup in its editing state, the correction form open. */
export const OPEN_EDITOR = `${NOTES_READY}.then(() => { document.querySelector('[data-action="edit-correction"]').click(); return ${WAIT(`document.querySelector('form.correction-editor textarea')`)}; })`;
type Row = { field: string; mark: string | null; description: string; reachable: boolean };
/** The corrected title's mark as drawn: its size and colour, the popup's muted colour, the title's own text. */
const MARK_STYLE = `(() => {
  const h1 = document.querySelector('.masthead h1[data-mark]');
  const after = getComputedStyle(h1, '::after');
  const probe = document.createElement('span');
  probe.style.color = 'var(--muted)';
  document.body.append(probe);
  const muted = getComputedStyle(probe).color;
  probe.remove();
  return { size: parseFloat(after.fontSize), color: after.color, muted, text: h1.textContent, mark: h1.dataset.mark };
})()`;
/** The tip as shown: its box, its font size and its number of lines. */
const TIP_BOX = `(() => {
  const t = document.querySelector('.field-tip');
  if (!t || t.hidden) return null;
  const box = t.getBoundingClientRect();
  const style = getComputedStyle(t);
  return { width: box.width, size: parseFloat(style.fontSize), lines: Math.round((box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - 2) / parseFloat(style.lineHeight)), text: t.textContent };
})()`;

/** The scenario, in one browser; a step that throws is one failed check, and the suite goes on. */
export async function checkCorrections(b: Browser, fx: Fixture, check: Check): Promise<void> {
  const label = `${fx.name}: corrections (${b.name})`;
  try {
    await scenario(b, fx, check, label);
  } catch (err) {
    check(false, `${label}: the scenario stopped: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function scenario(b: Browser, fx: Fixture, check: Check, label: string): Promise<void> {
  let popup = await b.openPopup();
  await popup.eval(NOTES_READY);
  const record = await popup.eval<ArticleRecord | null>(RECORD);
  check(record?.kind === 'article' && record.originalSource !== null, `${label}: the popup's tab has a cross-post's record`);
  if (record?.kind !== 'article' || !record.originalSource) return popup.close();

  // The evidence: every value shown whose source the record gives is described, reachable, and marked where sources disagree.
  const rows = await popup.eval<Row[]>(ROWS);
  const evidence = record.evidence as Record<string, string | undefined>;
  const sourced = rows.filter((r) => evidence[r.field]);
  check(sourced.length >= 5, `${label}: the record gives the source of the values shown (${sourced.map((r) => `${r.field}: ${evidence[r.field]}`).join(', ')})`);
  const undescribed = sourced.filter((r) => !r.description.includes(en('evidence_source', [sourceWords(evidence[r.field]!)])));
  check(undescribed.length === 0, `${label}: each value says where it came from${undescribed.length ? `; not: ${undescribed.map((r) => `${r.field} "${r.description}"`).join(', ')}` : ''}`);
  check(
    sourced.every((r) => r.reachable),
    `${label}: each described value is reached with the keyboard`,
  );
  const disagreeing = rows.filter((r) => evidence[`${r.field}.disagrees`]);
  check(
    disagreeing.every((r) => r.mark === '≠' && r.description.includes('Sources disagree')) && rows.filter((r) => r.mark).length === disagreeing.length,
    `${label}: a mark where the page's sources disagree, nowhere else (${disagreeing.map((r) => r.field).join(', ') || 'none on this page'})`,
  );

  // Correct the title and the original's date in the form, and save.
  await popup.click('[data-action="edit-correction"]');
  await popup.eval(WAIT(`document.querySelector('form.correction-editor textarea[name="title"]')`));
  await popup.type('form.correction-editor [name="title"]', NEW_TITLE);
  // A date input's typing order follows the locale: set its value as the date picker does.
  await popup.eval(`(() => { const i = document.querySelector('[name="sourceDate"]'); i.value = '${NEW_SOURCE_DATE}'; i.dispatchEvent(new Event('input', { bubbles: true })); i.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`);
  await popup.click('[data-action="save-correction"]');
  await popup.eval(WAIT(`document.querySelector('.masthead h1')?.textContent === ${JSON.stringify(NEW_TITLE)} && document.querySelector('.record[data-notes="ready"]')`));
  const correction: CorrectedValues = { title: NEW_TITLE, originalSource: { ...record.originalSource, date: NEW_SOURCE_DATE } };
  const corrected = applyCorrection(record, correction).record;
  const shown = await popup.eval<{ h1: string; source: string | null; status: string; marks: string[] }>(
    `${WAIT(`document.querySelector('.action-status').textContent !== ''`)}.then(() => ({
      h1: document.querySelector('.masthead h1').textContent,
      source: document.querySelector('[data-field="originalSource"] time')?.getAttribute('datetime') ?? null,
      status: document.querySelector('.action-status').textContent,
      marks: Array.from(document.querySelectorAll('[data-mark="corrected"]')).map((e) => e.dataset.field),
    }))`,
  );
  check(shown.h1 === NEW_TITLE && shown.source === NEW_SOURCE_DATE, `${label}: the popup shows the corrected title and date ("${shown.h1}", ${shown.source})`);
  check(shown.marks.join() === 'title,originalSource', `${label}: "corrected" marks on the title and the original source (${shown.marks.join(', ')})`);
  check(shown.status === en('correct_saved'), `${label}: "${shown.status}" said`);
  // The marks are subtle: small, in the muted grey of secondary text, never a colour of alarm, and the value's text unchanged.
  const mark = await popup.eval<{ size: number; color: string; muted: string; text: string; mark: string }>(MARK_STYLE);
  check(
    mark.size <= 11 && mark.color === mark.muted && mark.text === NEW_TITLE && mark.mark === en('evidence_correctedMark'),
    `${label}: the "corrected" mark is small and grey beside an unchanged title (${mark.size}px, ${mark.color}, muted ${mark.muted})`,
  );
  const stored = await popup.eval<Record<string, { title?: string }>>(STORED);
  check(Object.values(stored).length === 1 && Object.values(stored)[0].title === NEW_TITLE, `${label}: kept in local storage, by the article's address (${Object.keys(stored).join(', ')})`);

  // Every action uses it: the attribution and a citation on the clipboard.
  const want = expected(corrected);
  let read = await popup.clickAndRead('[data-action="copy-attribution"]');
  check(read.text === want.attribution.text && read.text.includes(NEW_TITLE) && !read.text.includes(record.title), `${label}: Copy attribution copies the corrected title and date`);
  await popup.click('[data-action="toggle-cite-panel"]');
  await popup.eval(WAIT(`document.querySelector('#cite-panel [data-action="copy-citation"]')`));
  read = await popup.clickAndRead('[data-action="copy-citation"]');
  const cite = want.citations[0];
  check(read.text === cite.text, `${label}: the ${cite.label} citation copied has the corrected values`);
  await b.pointerAndKeys?.(popup, check, label);
  await popup.close();

  // The popup opened again: the correction is still there.
  popup = await b.openPopup();
  await popup.eval(NOTES_READY);
  const again = await popup.eval<{ h1: string; title: Row | undefined }>(`({ h1: document.querySelector('.masthead h1').textContent, title: (${ROWS}).find((r) => r.field === 'title') })`);
  check(again.h1 === NEW_TITLE && again.title?.mark === 'corrected', `${label}: opened again, the popup shows the correction ("${again.h1}")`);
  check(again.title?.description.includes(en('evidence_onThePage', [record.title])) === true, `${label}: the corrected title says what the page has ("${again.title?.description}")`);

  // Details ▸ Report a problem: the report is saved as a download.
  await popup.click('details.more > summary');
  await popup.click('[data-action="report-problem"]');
  const said = await popup.eval<string>(`${WAIT(`document.querySelector('.report-status').textContent !== ''`)}.then(() => document.querySelector('.report-status').textContent)`);
  const name = /^Saved (gr-report-[\w.-]+\.json) to your downloads\.$/.exec(said)?.[1];
  check(name !== undefined, `${label}: "${said}"`);
  const file = name ? await b.downloaded(name) : null;
  const report = file ? (JSON.parse(file) as { format: string; record: ArticleRecord; correction: CorrectedValues | null; browser: string; page: { url: string; html: string } }) : null;
  check(
    report?.format === 'gr-provenance-report' && report.record.title === record.title && report.correction?.title === NEW_TITLE,
    `${label}: ${name} downloaded: the page's record and the correction (${report ? `"${report.record.title}", "${report.correction?.title}"` : 'no file'})`,
  );
  check(
    !!report && report.page.url === record.url && report.page.html.includes(record.title.slice(0, 30)) && !/<script(?![^>]*ld\+json)/i.test(report.page.html) && report.browser.startsWith(b.name === 'chrome' ? 'Chrome' : 'Firefox'),
    `${label}: the report holds the page's HTML without its scripts, and the browser (${report?.browser})`,
  );
  if (file) {
    // npm run fixture on the file the browser saved: the draft fails the fixture test on the fields the editor corrected
    // (the rules do not say them) and on nothing else; once reviewed (here: the editor's test values taken back), it passes.
    const draft = fixtureFromReport(file);
    check(draft.failing.join() === 'title,originalSource', `${label}: npm run fixture on the saved report: the draft fails the fixture test on the corrected fields only (${draft.failing.join(', ') || draft.error})`);
    check(draft.reviewed.length === 0, `${label}: the draft, reviewed, passes the fixture test${draft.reviewed.length ? `: ${draft.reviewed.join('; ')}` : ''}`);
  }

  // Reset: the page's values are back, on screen, in storage and on the clipboard.
  await popup.click('[data-action="edit-correction"]');
  await popup.eval(WAIT(`document.querySelector('[data-action="reset-correction"]')`));
  await popup.click('[data-action="reset-correction"]');
  await popup.eval(WAIT(`document.querySelector('.masthead h1')?.textContent === ${JSON.stringify(record.title)} && document.querySelector('.record[data-notes="ready"]')`));
  // The outcome is said a moment after the view is drawn (for screen readers): wait for it, so
  // that it cannot land in the middle of the copy below and pass for the copy's own status.
  const resetSaid = await popup.eval<string>(`${WAIT(`document.querySelector('.action-status').textContent !== ''`)}.then(() => document.querySelector('.action-status').textContent)`);
  check(resetSaid === en('correct_removed'), `${label}: "${resetSaid}" said`);
  const reset = await popup.eval<{ marks: number; stored: Record<string, unknown> }>(`${STORED}.then((stored) => ({ marks: document.querySelectorAll('[data-mark="corrected"]').length, stored }))`);
  check(reset.marks === 0 && Object.keys(reset.stored).length === 0, `${label}: reset: the page's values are back and nothing is stored`);
  read = await popup.clickAndRead('[data-action="copy-attribution"]');
  check(read.text === expected(record).attribution.text, `${label}: after the reset, the attribution has the page's title again${read.text === expected(record).attribution.text ? '' : ` (copied: ${JSON.stringify(read.text?.slice(0, 80) ?? null)})`}`);
  await popup.close();
}

/**
 * `npm run fixture -- report.json` on a report a browser saved, into a temporary directory; the fixture test's comparison of
 * the draft (the fields that fail), and of the draft once reviewed: the corrected fields' expected values replaced by what
 * the extraction says (a reviewer who finds the correction wrong; one who finds the rules wrong changes them instead).
 */
function fixtureFromReport(text: string): { failing: string[]; reviewed: string[]; error?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gr-e2e-fixture-'));
  writeFileSync(join(dir, 'report.json'), text);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/fixture-from-report.ts', join(dir, 'report.json'), '--dir', dir, '--name', 'from-report'], { encoding: 'utf8' });
  if (run.status !== 0) return { failing: [], reviewed: [], error: `exit ${run.status}: ${run.stderr.trim()}` };
  const html = readFileSync(join(dir, 'from-report.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, 'from-report.expected.json'), 'utf8')) as Record<string, unknown> & { url: string };
  const got = extract(parseHtml(html, expected.url), expected.url);
  const failing = compareWithExpected(expected, got).map((f) => f.split(':')[0]);
  if (got.kind === 'article') for (const field of failing) expected[field] = (got as unknown as Record<string, unknown>)[field];
  return { failing, reviewed: compareWithExpected(expected, got) };
}

/** The scenario in Chromium: the real action popup over the fixture's tab, real clicks and keys, the clipboard read in the popup. */
export function chromeCorrections(driver: ChromeDriver, fx: Fixture): Browser {
  let page: Page | undefined;
  const tip = `(() => { const t = document.querySelector('.field-tip'); return t && !t.hidden ? t.textContent : null; })()`;
  return {
    name: 'chrome',
    openPopup: async () => {
      const path = fx.expected.url.split('://')[1];
      const tab = await driver.browser.targets().find((t) => t.type() === 'page' && t.url().split('://')[1] === path)?.asPage();
      await tab?.bringToFront();
      const p = (page = (await driver.openPopup()).page);
      // The clipboard is written and read only by a focused document.
      await (await p.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
      return {
        eval: <T>(expression: string) => p.evaluate(expression) as Promise<T>,
        click: async (selector) => {
          await p.waitForSelector(selector, { visible: true });
          await p.click(selector);
        },
        type: async (selector, text) => {
          await p.$eval(selector, (el) => (el as HTMLTextAreaElement).select());
          await p.keyboard.type(text);
        },
        clickAndRead: (selector) => chromeClickAndRead(p, selector),
        close: async () => {
          if (!p.isClosed()) await p.close().catch(() => undefined);
        },
      };
    },
    downloaded: (name) => waitForFile(join(downloadsFolder(), name)),
    pointerAndKeys: async (_popup, check, label) => {
      if (!page) return;
      // A scroll hides the tip (it would no longer be beside its value): the title in view first.
      await page.evaluate(() => window.scrollTo(0, 0));
      await new Promise((r) => setTimeout(r, 200));
      await page.hover('.masthead h1');
      const hovered = (await page.evaluate(tip)) as string | null;
      check(hovered?.startsWith(en('evidence_corrected')) === true, `${label}: pointing at the corrected title shows its note ("${hovered}")`);
      const box = (await page.evaluate(TIP_BOX)) as { width: number; size: number; lines: number } | null;
      check(!!box && box.width <= 300 && box.size <= 12 && box.lines <= 4, `${label}: the note is small: ${box ? `${Math.round(box.width)} px wide, ${box.size} px text, ${box.lines} lines` : 'not shown'}`);
      // The tip can be hovered (WCAG 1.4.13), so it may cover the byline: the pointer leaves, the tip goes, then the byline.
      await page.mouse.move(0, 0);
      await new Promise((r) => setTimeout(r, 300));
      await page.hover('[data-field="authors"]');
      const source = (await page.evaluate(TIP_BOX)) as { lines: number; text: string } | null;
      check(source?.lines === 1 && source.text === en('evidence_source', [en('evidence_srcByline')]), `${label}: an uncorrected value's note is one line: "${source?.text}"`);
      await page.mouse.move(0, 0);
      await page.focus('[data-action="edit-correction"]');
      await page.keyboard.press('Tab');
      const focused = (await page.evaluate(tip)) as string | null;
      check(focused?.startsWith(en('evidence_corrected')) === true, `${label}: Tab from Edit to the title shows its note ("${focused}")`);
      await page.keyboard.press('Escape');
      await new Promise((r) => setTimeout(r, 200));
      const escaped = page.isClosed() ? 'the popup closed' : ((await page.evaluate(tip)) as string | null);
      check(escaped === null, `${label}: Escape hides the note and the popup stays open (${escaped ?? 'hidden'})`);
    },
  };
}

/** The scenario in Firefox: the popup page in a tab, clicks and typing over Marionette, the clipboard read from the browser's chrome. */
export function firefoxCorrections(driver: FirefoxDriver, downloads: string): Browser {
  const m = driver.m;
  return {
    name: 'firefox',
    openPopup: async () => {
      const view = await driver.openPopup();
      const on = () => m.send('WebDriver:SwitchToWindow', { handle: view.handle, focus: false });
      return {
        eval: async <T>(expression: string) => {
          await on();
          const { value } = await m.send<{ value: { ok: T } | { error: string } }>('WebDriver:ExecuteAsyncScript', {
            script: `const done = arguments[arguments.length - 1];
              Promise.resolve().then(() => ${expression}).then((ok) => done({ ok }), (e) => done({ error: String(e && e.stack || e) }));`,
            args: [],
          });
          if ('error' in value) throw new Error(`e2e: in the popup: ${value.error}`);
          return value.ok;
        },
        click: async (selector) => {
          await on();
          await firefoxClick(m, selector);
        },
        type: async (selector, text) => {
          await on();
          const id = await find(m, selector);
          await m.send('WebDriver:ElementClear', { id });
          await m.send('WebDriver:ElementSendKeys', { id, text });
        },
        clickAndRead: async (selector) => {
          await on();
          return firefoxClickAndRead(m, selector);
        },
        close: () => view.close(),
      };
    },
    downloaded: async (name) => {
      const { existsSync, readFileSync } = await import('node:fs');
      const path = join(downloads, name);
      for (let i = 0; i < 100; i++) {
        if (existsSync(path)) {
          const text = readFileSync(path, 'utf8');
          if (text.endsWith('}\n')) return text;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    },
  };
}

/** Firefox saves downloads to `dir` without asking (set in the browser's chrome before the scenario). */
export async function firefoxDownloadsTo(driver: FirefoxDriver, dir: string): Promise<void> {
  await inChrome(
    driver.m,
    `Services.prefs.setIntPref('browser.download.folderList', 2);
     Services.prefs.setStringPref('browser.download.dir', ${JSON.stringify(dir)});
     Services.prefs.setBoolPref('browser.download.useDownloadDir', true);
     Services.prefs.setBoolPref('browser.download.always_ask_before_handling_new_types', false);
     Services.prefs.setBoolPref('browser.download.alwaysOpenPanel', false);
     return true;`,
  );
}
