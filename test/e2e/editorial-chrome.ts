// The editorial actions in the real Chromium popup, for one fixture page: Copy attribution,
// Export (Markdown and HTML, copy and download), every citation format, and the reader view. The
// clipboard is read back in the popup (clipboard permissions granted to the extension's
// origin over CDP), downloads land in a temporary folder, and the reader tab is inspected.
// Called by chrome.ts with the popup it opened for the fixture's tab.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { ArticleRecord, ExtractResult } from '../../src/extract/record';
import type { Fixture } from '../helpers/fixtures';
import { expected, htmlKeeps, htmlMisses, markdownAgrees, type ClipboardRead } from './editorial-expect';
import type { ChromeDriver } from './chrome-driver';
import type { Check } from './popup-checks';

declare const chrome: typeof import('wxt/browser').browser;

const prepared = new WeakSet<Browser>();
let downloads = '';
/** Where Chromium saves downloads in this run (set with the first article's editorial checks). */
export const downloadsFolder = (): string => downloads;

export async function checkEditorialChrome(driver: ChromeDriver, popup: Page, fx: Fixture, check: Check, screenshots = false): Promise<void> {
  const { browser, id } = driver;
  const label = `${fx.name}: editorial`;
  if (fx.expected.kind !== 'article') {
    check((await popup.$('.actions')) === null, `${label}: no actions on a page that is not an article`);
    return;
  }
  if (!prepared.has(browser)) {
    prepared.add(browser);
    await browser.defaultBrowserContext().overridePermissions(`chrome-extension://${id}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    downloads = mkdtempSync(join(tmpdir(), 'gr-downloads-'));
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    process.once('exit', () => rmSync(downloads, { recursive: true, force: true }));
  }
  // The clipboard is written and read only by a focused document.
  const session = await popup.createCDPSession();
  await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });

  const record = await recordSeenBy(popup, fx.expected.url);
  check(record?.kind === 'article', `${label}: the popup's tab has an article record`);
  if (record?.kind !== 'article') return;
  const want = expected(record);

  // Copy attribution: rich HTML and plain text.
  let read = await clickAndRead(popup, '[data-action="copy-attribution"]');
  check(read.text === want.attribution.text, `${label}: attribution text/plain on the clipboard`);
  const misses = htmlMisses(read.html, want.attribution.html);
  check(misses === null, `${label}: attribution text/html (linked title and source) on the clipboard${misses ? `: ${misses}` : ''}`);
  check(await statusIs(popup, 'Attribution copied.'), `${label}: "Attribution copied." shown`);

  // Export ▾: Markdown is the default; then HTML.
  await popup.click('[data-action="toggle-export-panel"]');
  await popup.waitForSelector('[data-action="copy-export"]', { visible: true });
  check((await popup.$eval('[data-action="copy-export"]', (b) => b.textContent)) === 'Copy Markdown', `${label}: Markdown is the default export`);
  read = await clickAndRead(popup, '[data-action="copy-export"]');
  check(markdownAgrees(read.text, want.markdown), `${label}: Markdown export on the clipboard (${read.text?.length} chars, want ${want.markdown.length})`);
  await popup.click('#export-panel input[value="html"] + span');
  read = await clickAndRead(popup, '[data-action="copy-export"]');
  check(read.text === want.htmlDocument, `${label}: HTML document source as text/plain`);
  check(htmlKeeps(read.html, want.attribution.html), `${label}: the article with its attribution as text/html`);
  await popup.click('[data-action="download-export"]');
  const saved = await waitForFile(join(downloads, want.htmlFile));
  check(saved === want.htmlDocument, `${label}: downloaded ${want.htmlFile}`);
  if (screenshots) await popupShot(popup, 'docs/popup-export.png');

  // Cite ▾: each format, copied.
  await popup.click('[data-action="toggle-cite-panel"]');
  await popup.waitForSelector('[data-action="copy-citation"]', { visible: true });
  check(!(await popup.$eval('#export-panel', (p) => !(p as HTMLElement).hidden)), `${label}: one menu open at a time`);
  for (const c of want.citations) {
    await popup.click(`#cite-panel input[value="${c.id}"] + span`);
    await popup.waitForFunction((l) => document.querySelector('[data-action="copy-citation"]')?.textContent === `Copy ${l}`, {}, c.label);
    read = await clickAndRead(popup, '[data-action="copy-citation"]');
    check(read.text === c.text, `${label}: ${c.label} citation on the clipboard`);
    if (c.html) check(htmlKeeps(read.html, c.html), `${label}: ${c.label} citation as rich text`);
    if (screenshots && c.id === 'apa') await popupShot(popup, 'docs/popup-cite.png');
  }

  await readerView(browser, popup, id, record, label, check, screenshots);
  if (fx.name === SETTINGS_FIXTURE) await settingsApplied(driver, fx, record, check);
}

/** The fixture on which the options page is used, and its effect on the popup checked. */
const SETTINGS_FIXTURE = '2024-crosspost-linked-source';

/** The record the popup got: asked again, from the popup page, of the fixture tab's content script. */
function recordSeenBy(popup: Page, url: string): Promise<ExtractResult | null> {
  return popup.evaluate(async (path) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url?.replace(/^https?:\/\//, '') === path);
    if (tab?.id === undefined) return null;
    const reply = (await chrome.tabs.sendMessage(tab.id, { protocol: 'gr-provenance/1', type: 'getRecord' })) as { ok: boolean; value: ExtractResult };
    return reply?.ok ? reply.value : null;
  }, url.replace(/^https?:\/\//, ''));
}

/** Clears the clipboard, clicks, waits for the status line, and reads the clipboard back. */
export async function clickAndRead(popup: Page, selector: string): Promise<ClipboardRead> {
  await popup.evaluate(() => navigator.clipboard.writeText(''));
  await popup.evaluate(() => {
    const status = document.querySelector('.action-status');
    if (status) status.textContent = '';
  });
  await popup.click(selector);
  await popup.waitForFunction(() => document.querySelector('.action-status')?.textContent !== '', { timeout: 10_000 });
  return popup.evaluate(async () => {
    const out: { text: string | null; html: string | null } = { text: null, html: null };
    for (const item of await navigator.clipboard.read()) {
      if (item.types.includes('text/plain')) out.text = await (await item.getType('text/plain')).text();
      if (item.types.includes('text/html')) out.html = await (await item.getType('text/html')).text();
    }
    return out;
  });
}

async function statusIs(popup: Page, text: string): Promise<boolean> {
  return (await popup.$eval('.action-status', (s) => s.textContent)) === text;
}

export async function waitForFile(path: string): Promise<string | null> {
  for (let i = 0; i < 100; i++) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      if (text) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function popupShot(popup: Page, path: string): Promise<void> {
  mkdirSync('docs', { recursive: true });
  // What the popup shows now (an open menu scrolls itself into view).
  const { y, height } = await popup.evaluate(() => ({ y: window.scrollY, height: Math.min(600, window.innerHeight) }));
  await popup.screenshot({ path, clip: { x: 0, y, width: 400, height } });
  console.log(`saved ${path}`);
}

/**
 * The options page saves the settings (HTML by default, no copyright line) in sync storage;
 * a popup opened afterwards applies them. The defaults are put back at the end.
 */
async function settingsApplied(driver: ChromeDriver, fx: Fixture, record: ArticleRecord, check: Check): Promise<void> {
  const { browser, id } = driver;
  const label = `${fx.name}: settings`;
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.waitForSelector('#format-html');
  const shown = await options.evaluate(() => ({
    markdown: (document.querySelector('#format-markdown') as HTMLInputElement).checked,
    copyright: (document.querySelector('#include-copyright') as HTMLInputElement).checked,
    shortcut: document.querySelector('kbd')?.textContent ?? null,
  }));
  check(shown.markdown && shown.copyright, `${label}: the options page starts on the defaults (Markdown, copyright line)`);
  check(shown.shortcut === 'Alt+Shift+G', `${label}: the options page shows the shortcut "${shown.shortcut}"`);
  await options.click('label[for="format-html"]');
  await options.waitForFunction(() => document.querySelector('.status')?.textContent === 'Saved.');
  await options.evaluate(() => (document.querySelector('.status')!.textContent = ''));
  await options.click('label[for="include-copyright"]');
  await options.waitForFunction(() => document.querySelector('.status')?.textContent === 'Saved.');
  await options.close();

  const tab = (await (await browser.waitForTarget((t) => t.url().split('://')[1] === fx.expected.url.split('://')[1])).asPage())!;
  await tab.bringToFront();
  const { page: popup } = await driver.openPopup();
  const session = await popup.createCDPSession();
  await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  const want = expected(record, false);
  const read = await clickAndRead(popup, '[data-action="copy-attribution"]');
  check(read.text === want.attribution.text && !read.text.includes('Copyright'), `${label}: the attribution leaves out the copyright line`);
  await popup.click('[data-action="toggle-export-panel"]');
  await popup.waitForSelector('[data-action="copy-export"]', { visible: true });
  check((await popup.$eval('[data-action="copy-export"]', (b) => b.textContent)) === 'Copy HTML', `${label}: HTML is now the default export`);
  const html = await clickAndRead(popup, '[data-action="copy-export"]');
  check(html.text === want.htmlDocument, `${label}: the HTML export follows the copyright setting`);
  // From the keyboard: Enter opens a menu, arrow keys pick, Escape closes it back onto its button.
  await popup.focus('[data-action="toggle-cite-panel"]');
  await popup.keyboard.press('Enter');
  await popup.waitForSelector('#cite-panel input[value="apa"]', { visible: false });
  await popup.focus('#cite-panel input[value="apa"]');
  await popup.keyboard.press('ArrowRight');
  await popup.waitForFunction(() => document.querySelector('[data-action="copy-citation"]')?.textContent === 'Copy MLA 9');
  await popup.keyboard.press('Escape');
  const keys = await popup.evaluate(() => ({
    hidden: (document.querySelector('#cite-panel') as HTMLElement).hidden,
    focus: document.activeElement?.getAttribute('data-action') ?? null,
  }));
  check(keys.hidden && keys.focus === 'toggle-cite-panel', `${label}: the Cite menu works from the keyboard (Enter, arrows, Escape)`);
  await popup.evaluate(() => chrome.storage.sync.clear());
  await popup.close();
}

async function readerView(browser: Browser, popup: Page, id: string, record: ArticleRecord, label: string, check: Check, screenshots: boolean): Promise<void> {
  const opened = browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${id}/reader.html?tab=`), { timeout: 10_000 });
  // The popup closes itself once the reader tab is open, which can be before the click's last
  // input event is acknowledged: that close is the click's effect, not a failure.
  await popup.click('[data-action="open-reader"]').catch((err: unknown) => {
    if (!(err instanceof Error && err.name === 'TargetCloseError')) throw err;
  });
  const reader = (await (await opened).asPage())!;
  await reader.waitForSelector('.reader h1, .state-error', { timeout: 20_000 });
  const seen = await reader.evaluate(() => ({
    h1: document.querySelector('.reader h1')?.textContent ?? null,
    title: document.title,
    notice: document.querySelector('.notice .notice-text')?.textContent ?? null,
    provenance: document.querySelector('.provenance')?.textContent ?? '',
    words: document.querySelector('.reader-body')?.textContent?.split(/\s+/).filter(Boolean).length ?? 0,
    unsafe: document.querySelectorAll('.reader-body script, .reader-body iframe, .reader-body style, .reader-body form').length,
    handlers: Array.from(document.querySelectorAll('.reader-body *')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  check(seen.h1 === record.title, `${label}: reader view shows the title`);
  check(seen.title === `${record.title} · Reader view`, `${label}: reader tab title "${seen.title}"`);
  check(record.republication === null || seen.notice === record.republication.notice, `${label}: reader view ends with the republication notice`);
  check(!record.originalSource || seen.provenance.includes(record.originalSource.publisher), `${label}: reader header names the original source`);
  check(Math.abs(seen.words - record.content.wordCount) <= record.content.wordCount * 0.05 + 10, `${label}: reader body has the article (${seen.words} words)`);
  check(seen.unsafe === 0 && seen.handlers === 0, `${label}: no script, frame, style, form or handler in the reader body`);
  check(seen.overflow <= 0, `${label}: reader view has no horizontal scroll`);
  if (screenshots) {
    mkdirSync('docs', { recursive: true });
    await reader.setViewport({ width: 1000, height: 1100 });
    await reader.screenshot({ path: 'docs/reader-view.png' });
    await reader.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await reader.screenshot({ path: 'docs/reader-view-dark.png' });
    await reader.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await reader.emulateMediaType('print');
    mkdirSync('test/e2e/artifacts', { recursive: true });
    await reader.screenshot({ path: 'test/e2e/artifacts/chrome-reader-print.png', fullPage: true });
    console.log('saved docs/reader-view.png, docs/reader-view-dark.png, test/e2e/artifacts/chrome-reader-print.png');
  }
  await reader.close();
}
