// The UI pass (ui-suite.ts) in headless Chromium, in English and in French: Chromium takes
// the extension's _locales/<lang> from its UI language, set with --lang (Debian's Chromium
// has only en-US resources of its own; the extension's messages do not need more).
// Run: npm run test:e2e (builds first), or npm run build:chrome && npm run e2e:ui-chrome
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { loadFixtures } from '../helpers/fixtures';
import { LOCALES } from '../helpers/i18n';
import { browserPath } from './browsers';
import { ChromeDriver } from './chrome-driver';
import { chromiumSiteArgs, serveFixtures } from './fixture-server';
import { checker } from './popup-checks';
import { ARTIFACTS } from './scenario';
import { runUiSuite, type UiDriver, type UiPage } from './ui-suite';

declare const chrome: typeof import('wxt/browser').browser;

const EXTENSION = resolve('.output/chrome-mv3');
const { check, exitWithResult } = checker('chrome-ui');
const server = await serveFixtures(loadFixtures());

try {
  for (const lang of LOCALES) {
    const browser = await puppeteer.launch({
      executablePath: browserPath('chromium'),
      args: [...CHROMIUM_ARGS.filter((a) => a !== '--headless=new'), `--lang=${lang}`, '--window-size=1200,900', '--screen-info={1600x1200}', ...chromiumSiteArgs(server.port)],
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
if (process.env.E2E_DOCS === '1') copyDocs();
exitWithResult();

/** The README's screenshots: a cross-post in the English UI, a Mondialisation.ca article in the French UI, light and dark. */
function copyDocs(): void {
  const pages = { en: '2024-crosspost-linked-source', fr: '2019-mondialisation-fr' } as const;
  for (const [lang, page] of Object.entries(pages)) {
    for (const dark of ['', '-dark']) copyFileSync(join(ARTIFACTS, `ui-chrome-${lang}-${page}${dark}.png`), `docs/popup-${lang}${dark}.png`);
  }
  console.log('saved docs/popup-en.png, docs/popup-en-dark.png, docs/popup-fr.png, docs/popup-fr-dark.png');
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

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
  /** The real action popup, opened from the service worker (a user's click needs no worker). */
  const openPopup = async () => {
    const worker = await (await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${d.id}/`))).worker();
    const before = new Set(browser.targets());
    await worker!.evaluate(() => chrome.action.openPopup());
    const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url() === d.popupUrl && !before.has(t), { timeout: 10_000 });
    const page = (await target.asPage())!;
    await page.waitForSelector('#app > *');
    return page;
  };
  return {
    d,
    lang,
    openPopupNow: async () => ui(await openPopup(), true),
    openPage: async (path) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 900 });
      await page.goto(`chrome-extension://${d.id}${path}`);
      return ui(page, false);
    },
    checkKeyboard: async (check, label) => {
      const page = await openPopup();
      await page.waitForSelector('[data-action="toggle-export-panel"]');
      const state = () =>
        page.evaluate(() => ({
          open: !(document.getElementById('export-panel') as HTMLElement).hidden,
          focus: document.activeElement?.getAttribute('data-action') ?? null,
          inPanel: Boolean(document.activeElement?.closest('#export-panel')),
        }));
      await page.focus('[data-action="toggle-export-panel"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#export-panel input', { visible: true });
      await page.keyboard.press('Tab');
      const tabbed = await state();
      check(tabbed.open && tabbed.inPanel, `${label}: Tab from the open Export button goes into its panel (${JSON.stringify(tabbed)})`);
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await page.keyboard.press('Escape');
      await sleep(300);
      const closed = page.isClosed() ? null : await state();
      check(closed !== null && !closed.open && closed.focus === 'toggle-export-panel', `${label}: Escape on the open menu's button closes the menu, the popup stays open (${JSON.stringify(closed)})`);
      if (!page.isClosed()) await page.close();
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
