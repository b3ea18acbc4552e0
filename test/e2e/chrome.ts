// The built extension in headless Chromium, on the fixture pages served from loopback:
// content script, badge, popup (opened with chrome.action.openPopup) and the injection
// fallback in a tab opened before the extension was installed. Saves the README screenshots.
// Run: npm run build:chrome && npm run e2e:chrome
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { loadFixtures } from '../helpers/fixtures';
import { hostRules, serveFixtures } from './fixture-server';
import { checker, checkPopup, READ_POPUP, type PopupSummary } from './popup-checks';

// Functions passed to evaluate() run in the extension, where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

const EXTENSION = resolve('.output/chrome-mv3');
const SHOT = process.env.SCREENSHOT_FIXTURE ?? '2024-crosspost-linked-source';
const { check, exitWithResult } = checker();

const fixtures = loadFixtures();
const server = await serveFixtures(fixtures);
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS.filter((a) => a !== '--headless=new'), '--window-size=1200,900', '--screen-info={1600x1200}', hostRules(server.port)],
  headless: true,
  pipe: true,
  enableExtensions: true,
  defaultViewport: { width: 1000, height: 800 },
});

try {
  // A tab opened before the extension exists: no content script runs in it.
  const early = fixtures.find((f) => f.name === SHOT)!;
  const earlyTab = await browser.newPage();
  await earlyTab.goto(server.urlOf(early), { waitUntil: 'load' });

  const id = await browser.installExtension(EXTENSION);
  const worker = await serviceWorker(browser, id);

  for (const fx of fixtures) {
    const page = await browser.newPage();
    await page.goto(server.urlOf(fx), { waitUntil: 'load' });
    await page.bringToFront();
    const badge = await waitForBadge(worker);
    check(badge === (fx.expected.kind === 'article' ? '✓' : '–'), `${fx.name}: badge "${badge}"`);
    const popup = await openPopup(browser, worker, id);
    checkPopup(await summary(popup), fx, check);
    if (fx.name === SHOT) await screenshots(browser, popup, id);
    // A popup closes itself when another tab takes the focus.
    if (!popup.isClosed()) await popup.close().catch(() => undefined);
    await page.close();
  }

  // Back to the tab opened before install: no content script ran there (no badge), so the
  // popup injects it and asks again.
  await earlyTab.bringToFront();
  check((await badgeNow(worker)) === '', 'tab opened before install: no badge before the popup opens');
  const popup = await openPopup(browser, worker, id);
  checkPopup(await summary(popup), early, check, 'tab opened before install');
  await popup.close();

  // A page on another site (loopback, not a site host): no content script, no injection.
  const other = await browser.newPage();
  await other.goto(`http://127.0.0.1:${server.port}/elsewhere`);
  await other.bringToFront();
  const otherPopup = await openPopup(browser, worker, id);
  const h1 = await otherPopup.$eval('h1', (h) => h.textContent);
  check(h1 === 'Open a Global Research article', `another site: popup "${h1}"`);
  await otherPopup.close();
} finally {
  await browser.close();
  await server.close();
}

exitWithResult();

async function serviceWorker(b: Browser, id: string): Promise<WebWorker> {
  const target = await b.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`));
  return (await target.worker())!;
}

async function waitForBadge(worker: WebWorker): Promise<string> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    for (let i = 0; i < 50; i++) {
      const text = await chrome.action.getBadgeText({ tabId: tab.id });
      if (text) return text;
      await new Promise((r) => setTimeout(r, 100));
    }
    return '';
  });
}

async function badgeNow(worker: WebWorker): Promise<string> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab.id });
  });
}

async function openPopup(b: Browser, worker: WebWorker, id: string): Promise<Page> {
  await worker.evaluate(() => chrome.action.openPopup());
  const target = await b.waitForTarget((t) => t.type() === 'page' && t.url() === `chrome-extension://${id}/popup.html`);
  const page = (await target.asPage())!;
  await page.waitForFunction(`${READ_POPUP}.h1 !== null`, { timeout: 20_000 });
  return page;
}

function summary(popup: Page): Promise<PopupSummary> {
  return popup.evaluate(READ_POPUP) as Promise<PopupSummary>;
}

async function screenshots(b: Browser, popup: Page, id: string): Promise<void> {
  mkdirSync('docs', { recursive: true });
  // The popup as the user sees it. Chrome sizes it to the 400 px body (plus the scrollbar's
  // gutter when the content is taller than the popup's 600 px, clipped off here: headless
  // Chromium does not paint scrollbars).
  const seen = async (path: string) => {
    const height = await popup.evaluate(() => Math.min(window.innerHeight, document.documentElement.scrollHeight));
    await popup.screenshot({ path, clip: { x: 0, y: 0, width: 400, height } });
  };
  await seen('docs/popup-chrome.png');
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await seen('docs/popup-chrome-dark.png');
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  // The whole popup, for review: a popup cannot be scrolled into one screenshot, so the same
  // markup goes into popup.html opened in a 400 px tab (same stylesheet).
  const markup = await popup.$eval('#app', (app) => app.innerHTML);
  const tab = await b.newPage();
  await tab.setViewport({ width: 400, height: 600 });
  await tab.goto(`chrome-extension://${id}/popup.html`);
  await tab.$eval('#app', (app, html) => void (app.innerHTML = html), markup);
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  await tab.setViewport({ width: 400, height });
  await tab.screenshot({ path: 'docs/popup-chrome-full.png' });
  await tab.close();
  console.log('saved docs/popup-chrome.png, docs/popup-chrome-dark.png, docs/popup-chrome-full.png');
}
