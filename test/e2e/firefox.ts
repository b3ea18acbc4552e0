// The built extension (.output/firefox-mv3) in headless Firefox ESR over Marionette, through
// the shared suite (suite.ts). The loopback fixture server is Firefox's only proxy, for http
// and https (which it refuses), so no request leaves the machine. With E2E_DOCS=1 it also
// refreshes docs/popup-firefox.png.
// Run: npm run test:e2e (builds first), or npm run build:firefox && npm run e2e:firefox
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFixtures } from '../helpers/fixtures';
import { browserPath } from './browsers';
import { FirefoxDriver } from './firefox-driver';
import { proxyPrefs, serveFixtures } from './fixture-server';
import { launchFirefox } from './marionette';
import { checker } from './popup-checks';
import { checkEditorialFirefox } from './editorial-firefox';
import { runSuite } from './suite';

const EXTENSION = resolve('.output/firefox-mv3');
// The add-on id as the build declares it (wxt.config.ts).
const EXTENSION_ID: string = JSON.parse(readFileSync(resolve(EXTENSION, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
// A known moz-extension:// address for popup.html.
const UUID = '6f1d8c2e-4b7a-4c55-9a0e-2f3b1d7c9e41';
const SHOT = process.env.SCREENSHOT_FIXTURE ?? '2024-crosspost-linked-source';
const UPDATE_DOCS = process.env.E2E_DOCS === '1';
const { check, exitWithResult } = checker('firefox');

const server = await serveFixtures(loadFixtures());
const firefox = await launchFirefox(browserPath('firefox'), 2828 + Math.floor(Math.random() * 1000), {
  // Every request goes to the fixture server, which serves the fixture pages only.
  ...proxyPrefs(server.port),
  // The hung-page check keeps a page busy for 18 s: no "slow script" interruption.
  'dom.max_script_run_time': 0,
  'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: UUID }),
});

try {
  const m = firefox.marionette;
  // Tall enough for the whole popup in its screenshot (an element screenshot shows only what is in view).
  await m.send('WebDriver:SetWindowRect', { width: 1000, height: 1400 });
  const driver = new FirefoxDriver(m, EXTENSION, EXTENSION_ID, UUID);
  await runSuite(driver, server, check, {
    afterPopup: async (fx) => {
      if (UPDATE_DOCS && fx.name === SHOT) copyFileSync(`test/e2e/artifacts/firefox-${fx.name}.png`, 'docs/popup-firefox.png');
      // The popup's screenshot left Marionette on the popup tab.
      await checkEditorialFirefox(m, (await m.send<{ value: string }>('WebDriver:GetWindowHandle')).value, fx, check);
    },
  });
} catch (err) {
  check(false, `the run stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  await firefox.stop();
  await server.close();
}

exitWithResult();
