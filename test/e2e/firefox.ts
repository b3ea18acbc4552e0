// The built extension (.output/firefox-mv3) in headless Firefox ESR over Marionette, through
// the shared suite (suite.ts). The loopback fixture server is Firefox's only proxy: https to the
// site hosts is tunnelled to its TLS port (a throwaway certificate, accepted by the Marionette
// session), everything else refused, so no request leaves the machine. With E2E_DOCS=1 it also
// refreshes docs/popup-firefox.png.
// Run: npm run test:e2e (builds first), or npm run build:firefox && npm run e2e:firefox
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadFixtures } from '../helpers/fixtures';
import { browserPath } from './browsers';
import { FirefoxDriver } from './firefox-driver';
import { EXTENSION, EXTENSION_ID, firefoxPrefs, UUID } from './firefox-prefs';
import { serveFixtures } from './fixture-server';
import { launchFirefox } from './marionette';
import { wxtStartEvent } from './page-probe';
import { checker } from './popup-checks';
import { checkEditorialFirefox } from './editorial-firefox';
import { checkArchivedCopies } from './archive-checks';
import { grantArchiveHostsInFirefox } from './archive-grant';
import { checkCorrections, CORRECTIONS_FIXTURE, firefoxCorrections, firefoxDownloadsTo } from './corrections';
import { runSuite } from './suite';

const SHOT = process.env.SCREENSHOT_FIXTURE ?? '2024-crosspost-linked-source';
const UPDATE_DOCS = process.env.E2E_DOCS === '1';
const { check, exitWithResult } = checker('firefox');

const server = await serveFixtures(loadFixtures(), undefined, [wxtStartEvent(EXTENSION_ID)]);
const firefox = await launchFirefox(browserPath('firefox'), 2828 + Math.floor(Math.random() * 1000), firefoxPrefs(server.proxyPort));

try {
  const m = firefox.marionette;
  // Tall enough for the whole popup in its screenshot (an element screenshot shows only what is in view).
  await m.send('WebDriver:SetWindowRect', { width: 1000, height: 1400 });
  const driver = new FirefoxDriver(m, EXTENSION, EXTENSION_ID, UUID);
  // web.archive.org and archive.org granted with the add-on, as after the user's "Allow" (archive-grant.ts).
  const install = driver.installExtension.bind(driver);
  driver.installExtension = async () => {
    await install();
    await grantArchiveHostsInFirefox(m, EXTENSION_ID);
  };
  const downloads = mkdtempSync(join(tmpdir(), 'gr-downloads-'));
  process.once('exit', () => rmSync(downloads, { recursive: true, force: true }));
  await firefoxDownloadsTo(driver, downloads);
  await runSuite(driver, server, check, {
    afterPopup: async (fx) => {
      if (UPDATE_DOCS && fx.name === SHOT) copyFileSync(`test/e2e/artifacts/firefox-${fx.name}.png`, 'docs/popup-firefox.png');
      // The popup's screenshot left Marionette on the popup tab.
      await checkEditorialFirefox(m, (await m.send<{ value: string }>('WebDriver:GetWindowHandle')).value, fx, check);
      if (fx.name === CORRECTIONS_FIXTURE) await checkCorrections(firefoxCorrections(driver, downloads), fx, check);
    },
    afterAll: (s) =>
      checkArchivedCopies(s, server.archive, async () => {
        const view = await driver.openPopup();
        const on = () => m.send('WebDriver:SwitchToWindow', { handle: view.handle, focus: false });
        const page = {
          click: async (selector: string) => {
            await on();
            const { value } = await m.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selector });
            await m.send('WebDriver:ElementClick', { id: Object.values(value)[0] });
          },
          evaluate: async <T>(expression: string) => {
            await on();
            return m.run<T>(`return ${expression};`);
          },
        };
        return { view, page };
      }),
  });
} catch (err) {
  check(false, `the run stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  await firefox.stop();
  await server.close();
}

exitWithResult();
