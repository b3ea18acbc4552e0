// The built extension (.output/chrome-mv3) in headless Chromium, through the shared suite
// (suite.ts): the site hosts resolve to the loopback fixture server (--host-resolver-rules),
// https with a throwaway certificate, every other host to nothing. With E2E_DOCS=1 it also refreshes the README screenshots.
// Run: npm run test:e2e (builds first), or npm run build:chrome && npm run e2e:chrome
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { loadFixtures } from '../helpers/fixtures';
import { browserPath } from './browsers';
import { ChromeDriver } from './chrome-driver';
import { chromiumSiteArgs, serveFixtures } from './fixture-server';
import { unpackedExtensionId, wxtStartEvent } from './page-probe';
import { checker } from './popup-checks';
import { checkEditorialChrome } from './editorial-chrome';
import { checkArchivedCopies } from './archive-checks';
import { chromiumProfileWithArchiveHosts } from './archive-grant';
import { checkCorrections, chromeCorrections, CORRECTIONS_FIXTURE } from './corrections';
import { runSuite } from './suite';

const EXTENSION = resolve('.output/chrome-mv3');
const SHOT = process.env.SCREENSHOT_FIXTURE ?? '2024-crosspost-linked-source';
const UPDATE_DOCS = process.env.E2E_DOCS === '1';
const { check, exitWithResult } = checker('chrome');

const server = await serveFixtures(loadFixtures(), undefined, [wxtStartEvent(unpackedExtensionId(EXTENSION))]);
const browser = await puppeteer.launch({
  executablePath: browserPath('chromium'),
  args: [...CHROMIUM_ARGS.filter((a) => a !== '--headless=new'), '--window-size=1200,900', '--screen-info={1600x1200}', ...chromiumSiteArgs(server.port)],
  headless: true,
  pipe: true,
  enableExtensions: true,
  // web.archive.org and archive.org granted, as after the user's "Allow" (archive-grant.ts).
  userDataDir: chromiumProfileWithArchiveHosts(EXTENSION),
  defaultViewport: { width: 1000, height: 800 },
});

try {
  const driver = await ChromeDriver.create(browser, EXTENSION);
  await runSuite(driver, server, check, {
    afterPopup: async (fx, popup) => {
      const page = (popup as typeof popup & { page: Page }).page;
      if (UPDATE_DOCS && fx.name === SHOT) await docsScreenshots(browser, page, driver.id);
      await checkEditorialChrome(driver, page.isClosed() ? (await driver.openPopup()).page : page, fx, check, UPDATE_DOCS && fx.name === SHOT);
      if (fx.name === CORRECTIONS_FIXTURE) await checkCorrections(chromeCorrections(driver, fx), fx, check);
    },
    afterAll: (s) =>
      checkArchivedCopies(s, server.archive, async () => {
        const view = await driver.openPopup();
        return { view, page: { click: (selector) => view.page.click(selector), evaluate: <T,>(expression: string) => view.page.evaluate(expression) as Promise<T> } };
      }),
  });
} catch (err) {
  check(false, `the run stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  await browser.close();
  await server.close();
}

exitWithResult();

/** docs/popup-chrome.png (light and dark) as the user sees it, and the whole popup for review. */
async function docsScreenshots(b: Browser, popup: Page, id: string): Promise<void> {
  const seen = async (path: string) => {
    const height = await popup.evaluate(() => Math.min(window.innerHeight, document.documentElement.scrollHeight));
    await popup.screenshot({ path, clip: { x: 0, y: 0, width: 400, height } });
  };
  await seen('docs/popup-chrome.png');
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await seen('docs/popup-chrome-dark.png');
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  // A popup cannot be scrolled into one screenshot, so the same markup goes into popup.html
  // opened in a 400 px tab (same stylesheet).
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
