// The built Firefox extension in headless Firefox ESR, driven over Marionette, on the fixture
// pages served from loopback (the fixture server is Firefox's only proxy). A test cannot click
// the toolbar button of a headless browser, so the popup page is opened in a background tab of
// the window whose active tab is the fixture page: the popup's own code path (tabs.query,
// messaging, injection) with the permissions a user's install has.
// Run: npm run build:firefox && npm run e2e:firefox
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFixtures } from '../helpers/fixtures';
import { serveFixtures } from './fixture-server';
import { launchFirefox, type Marionette } from './marionette';
import { checker, checkPopup, READ_POPUP, type PopupSummary } from './popup-checks';

const EXTENSION = resolve('.output/firefox-mv3');
const EXTENSION_ID = 'gr-provenance@example.org';
const UUID = '6f1d8c2e-4b7a-4c55-9a0e-2f3b1d7c9e41';
const POPUP = `moz-extension://${UUID}/popup.html`;
const SHOT = '2024-crosspost-linked-source';
const { check, exitWithResult } = checker();

const fixtures = loadFixtures();
const server = await serveFixtures(fixtures);
const firefox = await launchFirefox(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 2828 + Math.floor(Math.random() * 1000), {
  // Every request goes to the fixture server, which serves the fixture pages only.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': server.port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': server.port,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  // A known moz-extension:// address for popup.html.
  'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: UUID }),
});
const m = firefox.marionette;

try {
  // A tab opened before the extension is installed: no content script runs in it.
  const early = fixtures.find((f) => f.name === SHOT)!;
  await m.send('WebDriver:Navigate', { url: serverUrl(early.expected.url) });
  const earlyTab = await currentTab(m);
  const installed = await m.send<{ value: string } | string>('Addon:Install', { path: EXTENSION, temporary: true });
  const id = typeof installed === 'string' ? installed : installed.value;
  check(id === EXTENSION_ID, `installed ${id}`);

  for (const fx of fixtures) {
    const { handle } = await m.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
    await m.send('WebDriver:SwitchToWindow', { handle, focus: true });
    await m.send('WebDriver:Navigate', { url: serverUrl(fx.expected.url) });
    const popup = await popupNextTo(m, handle);
    checkPopup(popup.summary, fx, check);
    if (fx.name === SHOT) await screenshot(m, popup.handle);
    await closeTab(m, popup.handle);
    await closeTab(m, handle);
    await m.send('WebDriver:SwitchToWindow', { handle: earlyTab, focus: true });
  }

  await m.send('WebDriver:SwitchToWindow', { handle: earlyTab, focus: true });
  const popup = await popupNextTo(m, earlyTab);
  checkPopup(popup.summary, early, check, 'tab opened before install');
} finally {
  await firefox.stop();
  await server.close();
}

exitWithResult();

function serverUrl(url: string): string {
  return url.replace(/^https:/, 'http:');
}

async function currentTab(mn: Marionette): Promise<string> {
  return (await mn.send<{ value: string }>('WebDriver:GetWindowHandle')).value;
}

/** popup.html in a background tab beside the active tab `active`; its summary once rendered. */
async function popupNextTo(mn: Marionette, active: string): Promise<{ handle: string; summary: PopupSummary }> {
  const before = new Set((await mn.send<string[]>('WebDriver:GetWindowHandles')) as string[]);
  await mn.send('Marionette:SetContext', { value: 'chrome' });
  await mn.run(
    `const win = Services.wm.getMostRecentWindow('navigator:browser');
     win.gBrowser.addTab(arguments[0], { inBackground: true, triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
    [POPUP],
  );
  await mn.send('Marionette:SetContext', { value: 'content' });
  let handle: string | undefined;
  for (let i = 0; i < 50 && !handle; i++) {
    handle = ((await mn.send<string[]>('WebDriver:GetWindowHandles')) as string[]).find((h) => !before.has(h));
    if (!handle) await new Promise((r) => setTimeout(r, 100));
  }
  if (!handle) throw new Error('the popup tab did not open');
  await mn.send('WebDriver:SwitchToWindow', { handle, focus: false });
  for (let i = 0; i < 200; i++) {
    const summary = await mn.run<PopupSummary>(`return ${READ_POPUP};`).catch(() => null);
    if (summary?.h1 != null) return { handle, summary };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the popup beside ${active} showed nothing`);
}

async function closeTab(mn: Marionette, handle: string): Promise<void> {
  await mn.send('WebDriver:SwitchToWindow', { handle, focus: true });
  await mn.send('WebDriver:CloseWindow');
}

/** The popup's 400 px body, as Firefox renders it. */
async function screenshot(mn: Marionette, handle: string): Promise<void> {
  await mn.send('WebDriver:SwitchToWindow', { handle, focus: true });
  // Tall enough for the whole popup: an element screenshot shows only what is in view.
  await mn.send('WebDriver:SetWindowRect', { width: 1000, height: 1400 });
  const { value: body } = await mn.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: 'body' });
  const { value } = await mn.send<{ value: string }>('WebDriver:TakeScreenshot', { id: Object.values(body)[0], full: false });
  writeFileSync('docs/popup-firefox.png', Buffer.from(value, 'base64'));
  console.log('saved docs/popup-firefox.png');
}
