// The UI pass (ui-suite.ts) in headless Firefox ESR, in English and in French. Firefox gives
// an extension the _locales of its UI language, which is the requested locale
// (intl.locale.requested) only when Firefox has that language: Debian's firefox-esr-l10n-fr
// language pack (.ci/run installs it). Without it Firefox stays in English; the French run
// then fails with a line saying so, never passes silently. Dark is the content colour-scheme
// override. The popup is opened as firefox-driver.ts does: popup.html in a background tab.
// Run: npm run test:e2e (builds first), or npm run build:firefox && npm run e2e:ui-firefox
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFixtures } from '../helpers/fixtures';
import { LOCALES } from '../helpers/i18n';
import { browserPath } from './browsers';
import { FirefoxDriver } from './firefox-driver';
import { EXTENSION_ID, firefoxPrefs, UUID } from './firefox-prefs';
import { serveFixtures } from './fixture-server';
import { launchFirefox, type Marionette } from './marionette';
import { checker } from './popup-checks';
import { sleep } from './scenario';
import { runUiSuite, type UiDriver, type UiPage } from './ui-suite';

const EXTENSION = resolve('.output/firefox-mv3');
const ORIGIN = `moz-extension://${UUID}`;
const { check, exitWithResult } = checker('firefox-ui');
const server = await serveFixtures(loadFixtures());

try {
  for (const lang of LOCALES) {
    const firefox = await launchFirefox(browserPath('firefox'), 2828 + Math.floor(Math.random() * 1000), { ...firefoxPrefs(server.proxyPort), 'intl.locale.requested': lang });
    try {
      const m = firefox.marionette;
      await m.send('WebDriver:SetWindowRect', { width: 1000, height: 1000 });
      const locale = await chrome<string>(m, 'return Services.locale.appLocaleAsBCP47;');
      check(locale.split('-')[0] === lang, `firefox ${lang}: Firefox runs in ${locale}${locale.startsWith(lang) ? '' : ` (for ${lang}: apt-get install firefox-esr-l10n-${lang})`}`);
      const d = new FirefoxDriver(m, EXTENSION, EXTENSION_ID, UUID);
      await runUiSuite(firefoxUi(m, d, lang), server, check);
    } catch (err) {
      check(false, `firefox ${lang}: the run stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } finally {
      await firefox.stop();
    }
  }
} finally {
  await server.close();
}
exitWithResult();

/** A script in the browser's chrome context. */
async function chrome<T>(m: Marionette, body: string, args: unknown[] = []): Promise<T> {
  await m.send('Marionette:SetContext', { value: 'chrome' });
  try {
    return await m.run<T>(body, args);
  } finally {
    await m.send('Marionette:SetContext', { value: 'content' });
  }
}

function handles(m: Marionette): Promise<string[]> {
  return m.send<string[]>('WebDriver:GetWindowHandles');
}

function firefoxUi(m: Marionette, d: FirefoxDriver, lang: (typeof LOCALES)[number]): UiDriver {
  const ui = (handle: string): UiPage => ({
    eval: async <T>(expression: string) => {
      await m.send('WebDriver:SwitchToWindow', { handle, focus: false });
      const { value } = await m.send<{ value: { ok: T } | { error: string } }>('WebDriver:ExecuteAsyncScript', {
        script: `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => ${expression}).then((ok) => done({ ok }), (e) => done({ error: String(e && e.stack || e) }));`,
        args: [],
      });
      if ('error' in value) throw new Error(`e2e: in ${handle}: ${value.error}`);
      return value.ok;
    },
    // The colour scheme Firefox reports to pages: 0 dark, 1 light.
    setDark: async (dark) => {
      await chrome(m, `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${dark ? 0 : 1});`);
      await sleep(100);
    },
    screenshot: async (path) => {
      await m.send('WebDriver:SwitchToWindow', { handle, focus: true });
      const { value: body } = await m.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: 'body' });
      const { value } = await m.send<{ value: string }>('WebDriver:TakeScreenshot', { id: Object.values(body)[0], full: false });
      writeFileSync(path, Buffer.from(value, 'base64'));
    },
    close: () => d.closeTab(handle),
  });
  return {
    d,
    lang,
    openPopupNow: async () => {
      const before = new Set(await handles(m));
      await chrome(m, `Services.wm.getMostRecentWindow('navigator:browser').gBrowser.addTab(arguments[0], { inBackground: true, triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`, [
        `${ORIGIN}/popup.html`,
      ]);
      for (let i = 0; i < 100; i++) {
        const handle = (await handles(m)).find((h) => !before.has(h));
        if (handle) {
          const page = ui(handle);
          // Its own view once the page has its script (a new tab starts on about:blank).
          for (let j = 0; j < 100 && !(await page.eval<boolean>(`location.href.startsWith('${ORIGIN}') && !!document.querySelector('#app > *')`).catch(() => false)); j++) await sleep(50);
          return page;
        }
        await sleep(50);
      }
      throw new Error('e2e: the popup tab did not open');
    },
    openPage: async (path) => {
      const { handle } = await m.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
      await m.send('WebDriver:SwitchToWindow', { handle, focus: true });
      await m.send('WebDriver:Navigate', { url: `${ORIGIN}${path}` });
      return ui(handle);
    },
    tabId: async (url) => {
      const page = await firefoxUi(m, d, lang).openPage('/options.html');
      const id = await page.eval<number>(`browser.tabs.query({ url: ${JSON.stringify(url.replace(/^https?/, '*'))} }).then((t) => (t[0] ? t[0].id : -1))`);
      await page.close();
      return id;
    },
  };
}
