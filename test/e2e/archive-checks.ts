// Archived copies in the real browsers, against the loopback archive mock (archive-mock.ts),
// with access to web.archive.org and archive.org granted in the test profile:
// - nothing reached the archives while the suite opened every fixture page and popup;
// - a Wayback capture of a fixture (an English cross-post, a French Mondialisation.ca page)
//   shows that fixture's record in the popup, with its capture line, read by the Wayback
//   content script (registered when the permission was granted);
// - Archive this page: a new capture (302), rate limited (429), and offline (connection
//   dropped), each said in the panel; Find archived copies: the capture nearest the date;
// - every archive request came after the click that asked for it.
import type { Fixture } from '../helpers/fixtures';
import type { ArchiveMock } from './archive-mock';
import type { PopupView, Tab } from './driver';
import { checkPopup } from './popup-checks';
import { artifact, fixture, waitForBadge, type Scenario } from './scenario';

/** The popup page, driven by the browser's own means (puppeteer, Marionette): trusted clicks. */
export interface PopupPage {
  click(selector: string): Promise<void>;
  /** A JavaScript expression's value in the popup page. */
  evaluate<T>(expression: string): Promise<T>;
}

export type OpenPopup = () => Promise<{ view: PopupView; page: PopupPage }>;

const ARCHIVE_API = /^https:\/\/(?:web\.archive\.org\/save\/|archive\.org\/wayback\/available)/;

async function until(page: PopupPage, expression: string, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await page.evaluate<boolean>(`!!(${expression})`).catch(() => false)) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const statusOf = (page: PopupPage) => page.evaluate<string>(`document.querySelector('.archive-status')?.textContent ?? ''`);

export async function checkArchivedCopies(s: Scenario, archive: ArchiveMock, openPopup: OpenPopup): Promise<void> {
  const { d, check } = s;
  const apiCalls = () => archive.log.filter((r) => ARCHIVE_API.test(r.url));
  check(apiCalls().length === 0, `archive: no request to Save Page Now or the availability API before any click (${JSON.stringify(apiCalls())})`);

  // A French capture of the other site first (its popup closed), then the cross-post, whose
  // popup goes on to the archive buttons.
  const french = await readCapture(s, archive, openPopup, fixture(s, '2019-mondialisation'));
  await french.view.close();
  await d.closeTab(french.tab);
  const fx = fixture(s, '2024-crosspost');
  const { view, page, tab, label } = await readCapture(s, archive, openPopup, fx);
  await view.screenshot(artifact(s, 'wayback-capture'));
  check(apiCalls().length === 0, `${label}: reading the captures sent nothing to the archives' APIs`);

  await archiveThisPage(s, archive, page, fx, label);
  await findArchivedCopies(s, archive, page, fx, label);
  await view.close();
  await d.closeTab(tab);
}

/** Opens the fixture's Wayback capture and checks its popup: the fixture's record, and the capture line. */
async function readCapture(s: Scenario, archive: ArchiveMock, openPopup: OpenPopup, fx: Fixture) {
  const { d, check } = s;
  const label = `${fx.name} (Wayback capture)`;
  const capture = archive.captureOf(fx);
  const tab: Tab = await d.openTab(capture);
  const badge = await waitForBadge(s, tab);
  check(badge === '✓', `${label}: the Wayback content script reported an article (badge "${badge}")`);

  const { view, page } = await openPopup();
  checkPopup(view.summary, fx, check, 'Wayback capture');
  // The capture line comes with the archive hooks, loaded after the record is drawn; the
  // attribution preview and the value notes after it too. Wait for all three: the French
  // popup is closed at once, and Firefox logs "Promise resolved after context unloaded" for
  // a page closed while its settings were being read for the preview.
  await until(page, `document.querySelector('.capture-line') && document.querySelector('.attribution-preview:not([hidden])') && document.querySelector('.record[data-notes="ready"]')`);
  const line = await page.evaluate<{ text: string; href: string | null } | null>(
    `(() => { const p = document.querySelector('.capture-line'); return p && { text: p.textContent, href: p.querySelector('a')?.getAttribute('href') ?? null }; })()`,
  );
  const stamp = /\/web\/(\d{4})(\d{2})(\d{2})/.exec(capture)!;
  check(!!line && /^Read from a Wayback Machine copy, captured /.test(line.text) && line.text.includes(stamp[1]), `${label}: capture line "${line?.text}"`);
  check(line?.href === capture, `${label}: the capture line links to ${capture} (${line?.href})`);
  return { view, page, tab, label };
}

async function archiveThisPage(s: Scenario, archive: ArchiveMock, page: PopupPage, fx: Fixture, label: string): Promise<void> {
  const { check } = s;
  const saves = () => archive.log.filter((r) => r.url.startsWith('https://web.archive.org/save/'));
  const newCapture = `https://web.archive.org/web/${archive.savedTimestamp}/${fx.expected.url}`;
  const idle = `!document.querySelector('#archive-page')?.getAttribute('aria-disabled')`;

  archive.saveMode = 'capture';
  let clicked = Date.now();
  await page.click('#archive-page');
  const done = await until(page, `document.querySelector('#archive-page') && ${idle} && document.querySelector('.archive-status')?.textContent`);
  const status = await statusOf(page);
  check(done && status.startsWith('Archived on the Wayback Machine'), `${label}: Archive this page succeeds ("${status}")`);
  const href = await page.evaluate<string | null>(`document.querySelector('.archive-results a.capture-url')?.getAttribute('href') ?? null`);
  check(href === newCapture, `${label}: the new capture's address is shown (${href})`);
  check(saves().length === 1 && saves()[0].at >= clicked && saves()[0].url === `https://web.archive.org/save/${fx.expected.url}`, `${label}: one Save Page Now request, after the click (${JSON.stringify(saves())})`);

  for (const [mode, want] of [
    ['rate-limited', /HTTP 429\)\. Try again in a few minutes\.$/],
    ['offline', /^Could not reach the Wayback Machine .*Try again later\.$/],
  ] as const) {
    archive.saveMode = mode;
    const before = saves().length;
    clicked = Date.now();
    await page.click('#archive-page');
    await until(page, `${idle} && document.querySelector('.archive-status')?.classList.contains('error')`);
    const answered = Date.now();
    const text = await statusOf(page);
    check(want.test(text), `${label}: Archive this page when ${mode}: "${text}"`);
    // The browser itself retries a dropped connection (Chromium once, Firefox up to ten times):
    // all within the click's one fetch, none after its outcome is shown.
    await new Promise((r) => setTimeout(r, 1000));
    const sent = saves().slice(before);
    const inTime = sent.every((r) => r.at >= clicked && r.at <= answered);
    check(sent.length >= 1 && inTime && (mode !== 'rate-limited' || sent.length === 1), `${label}: ${mode}: ${sent.length} request(s), all between the click and its outcome`);
  }
  archive.saveMode = 'capture';
}

async function findArchivedCopies(s: Scenario, archive: ArchiveMock, page: PopupPage, fx: Fixture, label: string): Promise<void> {
  const { check } = s;
  const lookups = () => archive.log.filter((r) => r.url.startsWith('https://archive.org/wayback/available'));
  const clicked = Date.now();
  await page.click('#find-archives');
  await until(page, `document.querySelector('.archive-found')`);
  const rows = await page.evaluate<string[][]>(`[...document.querySelectorAll('.archive-found dt')].map((dt) => [dt.textContent, dt.nextElementSibling.textContent])`);
  check(rows.length === 2 && rows[0][0] === 'Global Research page' && /UTC · Open$/.test(rows[0][1]), `${label}: Find archived copies shows the article's nearest capture (${JSON.stringify(rows)})`);
  check(rows[1]?.[0].startsWith('Original (') === true, `${label}: and a line for the original of the cross-post (${JSON.stringify(rows[1])})`);
  check(lookups().length === 2 && lookups().every((r) => r.at >= clicked), `${label}: two availability lookups, after the click (${lookups().length})`);
}
