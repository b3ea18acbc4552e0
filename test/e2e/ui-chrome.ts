// The UI pass (ui-suite.ts) in headless Chromium, in English and in French: Chromium takes
// the extension's _locales/<lang> from its UI language, set with --lang (Debian's Chromium
// has only en-US resources of its own; the extension's messages do not need more).
// Run: npm run test:e2e (builds first), or npm run build:chrome && npm run e2e:ui-chrome
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { loadFixtures } from '../helpers/fixtures';
import { LOCALES } from '../helpers/i18n';
import { browserPath } from './browsers';
import { ChromeDriver } from './chrome-driver';
import { hostRules, serveFixtures } from './fixture-server';
import { checker } from './popup-checks';
import { runUiSuite, type UiDriver, type UiPage } from './ui-suite';

declare const chrome: typeof import('wxt/browser').browser;

const EXTENSION = resolve('.output/chrome-mv3');
const { check, exitWithResult } = checker('chrome-ui');
const server = await serveFixtures(loadFixtures());

try {
  for (const lang of LOCALES) {
    const browser = await puppeteer.launch({
      executablePath: browserPath('chromium'),
      args: [...CHROMIUM_ARGS.filter((a) => a !== '--headless=new'), `--lang=${lang}`, '--window-size=1200,900', '--screen-info={1600x1200}', hostRules(server.port)],
      headless: true,
      pipe: true,
      enableExtensions: true,
      defaultViewport: { width: 1000, height: 800 },
    });
    try {
      const d = await ChromeDriver.create(browser, EXTENSION);
      await runUiSuite(chromeUi(browser, d, lang), server, check);
    } catch (err) {
      check(false, `chrome ${lang}: the run stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
exitWithResult();

function chromeUi(browser: Browser, d: ChromeDriver, lang: (typeof LOCALES)[number]): UiDriver {
  const ui = (page: Page, popup: boolean): UiPage => ({
    eval: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    setDark: (dark) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]),
    // The popup as the user sees it: 400 px wide, at most 600 px tall.
    screenshot: async (path) => {
      if (!popup) return void (await page.screenshot({ path, fullPage: true }));
      const height = await page.evaluate(() => Math.min(window.innerHeight, document.documentElement.scrollHeight));
      await page.screenshot({ path, clip: { x: 0, y: 0, width: 400, height } });
    },
    close: async () => {
      if (!page.isClosed()) await page.close().catch(() => undefined);
    },
  });
  return {
    d,
    lang,
    openPopupNow: async () => {
      const worker = await (await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${d.id}/`))).worker();
      const before = new Set(browser.targets());
      await worker!.evaluate(() => chrome.action.openPopup());
      const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url() === d.popupUrl && !before.has(t), { timeout: 10_000 });
      const page = (await target.asPage())!;
      await page.waitForSelector('#app > *');
      return ui(page, true);
    },
    openPage: async (path) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 900 });
      await page.goto(`chrome-extension://${d.id}${path}`);
      return ui(page, false);
    },
    tabId: async (url) => {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${d.id}/options.html`);
      const id = await page.evaluate(async (u) => (await chrome.tabs.query({ url: u.replace(/^https?/, '*') }))[0]?.id ?? -1, url);
      await page.close();
      return id;
    },
  };
}
