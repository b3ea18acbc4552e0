// `npm start`: try the extension in one command, with no network. It builds the extension,
// serves the bundled sample pages at their real addresses from loopback (the e2e suite's
// fixture server), and opens Chromium / Chrome (or Firefox with --firefox) with a throwaway
// profile, the extension loaded and every host but the samples' unreachable, on a start page
// that lists the samples. Ctrl+C (or closing the browser) stops it all and removes the profile.
//
// `--headless [--screenshot popup.png]`, for CI or a machine without a display: opens the
// seed article, opens the real popup, saves its screenshot, prints the title and the original
// source it shows, and exits (0 when the popup showed the article).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { loadFixtures } from '../../test/helpers/fixtures';
import { findBrowser, notFound, type BrowserName } from '../../test/e2e/browsers';
import { ChromeDriver } from '../../test/e2e/chrome-driver';
import type { BrowserDriver } from '../../test/e2e/driver';
import { FirefoxDriver } from '../../test/e2e/firefox-driver';
import { chromiumSiteArgs, firefoxSitePrefs, serveFixtures } from '../../test/e2e/fixture-server';
import { launchFirefox } from '../../test/e2e/marionette';
import { REPORT_MS, waitUntil } from '../../test/e2e/scenario';
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { chooseSamples, startPage } from './samples';

/** The headless run ends within this, whatever happens. */
const HEADLESS_LIMIT_MS = 120_000;

const { values: opts } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log('npm start [-- --firefox] [--headless [--screenshot popup.png]]');
  process.exit(0);
}
const name: BrowserName = opts.firefox ? 'firefox' : 'chromium';
const smoke = opts.headless || opts.screenshot !== undefined;
const say = (line: string) => console.log(`npm start: ${line}`);

const browserBinary = findBrowser(name);
if (!browserBinary) {
  console.error(`npm start: ${notFound(name)}`);
  process.exit(1);
}
if (!opts.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm start: no display here; try npm start -- --headless --screenshot popup.png');
  process.exit(1);
}

const target = opts.firefox ? 'firefox' : 'chrome';
const extension = resolve(`.output/${target}-mv3`);
say(`building the extension (${extension})`);
if (spawnSync('npm', ['run', '--silent', `build:${target}`], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' }).status !== 0) {
  console.error(`npm start: the build failed; run npm run build:${target} to see why`);
  process.exit(1);
}

const fixtures = loadFixtures();
const samples = chooseSamples(fixtures);
const seed = samples.find((s) => s.fixture.expected.kind === 'article')!.fixture;
const work = mkdtempSync(join(tmpdir(), 'gr-provenance-start-'));
const server = await serveFixtures(fixtures);
const stops: (() => Promise<unknown>)[] = [() => server.close()];
let stopping: Promise<void> | undefined;

/** Browser, server and throwaway files, once, however it ends. */
function stop(code: number): Promise<void> {
  stopping ??= (async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
    process.exit(code);
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!smoke) say('stopping: the browser, the server and the profile');
    void stop(smoke ? 1 : 0);
  });
}

try {
  const start = startPage(samples, (fx) => server.urlOf(fx), fixtures.filter((fx) => !samples.some((s) => s.fixture === fx)), name);
  const startUrl = pathToFileURL(join(work, 'start.html')).href;
  writeFileSync(join(work, 'start.html'), start);
  say(`${browserBinary.path}, with the samples served from 127.0.0.1:${server.port}`);
  if (smoke) {
    const timer = setTimeout(() => {
      console.error(`npm start: no popup within ${HEADLESS_LIMIT_MS / 1000} s`);
      void stop(1);
    }, HEADLESS_LIMIT_MS);
    const driver = opts.firefox ? await firefoxDriver(opts.headless) : await chromeDriver(opts.headless);
    const ok = await showPopup(driver, server.urlOf(seed), opts.screenshot);
    clearTimeout(timer);
    await stop(ok ? 0 : 1);
  } else {
    if (opts.firefox) {
      const driver = await firefoxDriver(false);
      await driver.installExtension();
      await driver.m.send('WebDriver:Navigate', { url: startUrl });
    } else {
      const browser = await launchChromium(false);
      await browser.installExtension(extension);
      const [page] = await browser.pages();
      await page.goto(startUrl);
    }
    say('ready: open a sample on the start page; Ctrl+C here stops it all');
  }
} catch (err) {
  console.error(`npm start: ${err instanceof Error ? err.message : String(err)}`);
  await stop(1);
}

/** The seed article, its popup, the screenshot; the title and original source the popup shows. */
async function showPopup(d: BrowserDriver, url: string, screenshot: string | undefined): Promise<boolean> {
  await d.installExtension();
  const tab = await d.openTab(url);
  await waitUntil(async () => (await d.badge(tab)) !== '', REPORT_MS);
  const popup = await d.openPopup();
  const { state, h1, source } = popup.summary;
  if (screenshot) {
    // The whole popup: its attribution preview and value notes come just after the first paint.
    if (state === 'article') await popup.settle();
    // Relative to where `npm start` was typed (npm runs scripts from the package root).
    const path = resolve(process.env.INIT_CWD ?? process.cwd(), screenshot);
    mkdirSync(dirname(path), { recursive: true });
    await popup.screenshot(path);
    console.log(`screenshot: ${path}`);
  }
  console.log(`title: ${h1}`);
  console.log(`original source: ${[source.name ?? source.muted, source.date, source.link].filter(Boolean).join(', ') || '(none shown)'}`);
  if (state !== 'article') console.error(`npm start: the popup shows "${state}", not the article`);
  return state === 'article' && !!h1;
}

/** Chromium with the project's flags, a profile in `work`, and the sample hosts mapped to the server. */
async function launchChromium(headless: boolean): Promise<Browser> {
  // A desktop browser keeps its sandbox and GPU (the sandbox needs a non-root user).
  const desktopDrops = ['--no-sandbox', '--disable-gpu'].filter((f) => f !== '--no-sandbox' || process.getuid?.() !== 0);
  const args = CHROMIUM_ARGS.filter((a) => a !== '--headless=new' && (headless || !desktopDrops.includes(a)));
  const browser = await puppeteer.launch({
    executablePath: browserBinary!.path,
    headless,
    pipe: true,
    enableExtensions: true,
    userDataDir: join(work, 'profile'),
    // No "controlled by automated test software" bar for a person trying it.
    ignoreDefaultArgs: headless ? [] : ['--enable-automation'],
    // The server is the proxy for every request (an IP address too, which no host mapping
    // sees), the site hosts map to it, every other name resolves to nothing. --test-type: no
    // "unsupported command-line flag" bar.
    args: [
      ...args,
      // Headless: a screen tall enough for the popup's 600 px (the default cut it at 510).
      ...(headless ? ['--screen-info={1600x1200}'] : ['--test-type']),
      `--proxy-server=http://127.0.0.1:${server.proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      ...chromiumSiteArgs(server.port),
      '--no-default-browser-check',
      '--window-size=1200,900',
    ],
    defaultViewport: headless ? { width: 1000, height: 800 } : null,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  stops.push(() => browser.close());
  browser.on('disconnected', () => {
    if (!stopping && !smoke) say('the browser was closed: stopping the server, removing the profile');
    void stop(smoke ? 1 : 0);
  });
  return browser;
}

async function chromeDriver(headless: boolean): Promise<ChromeDriver> {
  return ChromeDriver.create(await launchChromium(headless), extension);
}

async function firefoxDriver(headless: boolean): Promise<FirefoxDriver> {
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const id = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const firefox = await launchFirefox(
    browserBinary!.path,
    2828 + Math.floor(Math.random() * 1000),
    { ...firefoxSitePrefs(server.proxyPort), 'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }) },
    { headless },
  );
  stops.push(() => firefox.stop());
  void firefox.exited.then(() => {
    if (!stopping && !smoke) say('the browser was closed: stopping the server, removing the profile');
    return stop(smoke ? 1 : 0);
  });
  // Tall enough for the whole popup in its screenshot.
  if (smoke) await firefox.marionette.send('WebDriver:SetWindowRect', { width: 1000, height: 1400 });
  return new FirefoxDriver(firefox.marionette, extension, id, uuid);
}
