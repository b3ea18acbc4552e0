// The store listing's images, taken from the real extension at the end of the suite (one call
// in suite.ts), at the sizes scripts/store/limits.ts gives: in Chromium the CWS screenshots
// (the popup over the article, the Cite menu, the reader view) and the 440×280 promo tile; in
// Firefox ESR the AMO screenshots (the popup over the article, the reader view). A screenshot
// of the popup over the page is composed in a blank tab of the same browser, since a headless
// browser draws no toolbar: the page at 1280×800, the popup's own screenshot where a toolbar
// popup opens. Every run writes them to test/e2e/artifacts/store/ and checks their sizes;
// E2E_DOCS=1 also refreshes store/screenshots/.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { LIMITS } from '../../scripts/store/limits';
import { pngSize } from '../../scripts/store/manifest-policy';
import { ChromeDriver } from './chrome-driver';
import { FirefoxDriver } from './firefox-driver';
import { ARTIFACTS, fixture, sleep, type Scenario } from './scenario';

const SHOT = process.env.SCREENSHOT_FIXTURE ?? '2024-crosspost-linked-source';
const OUT = join(ARTIFACTS, 'store');
const STORE = 'store/screenshots';
const [W, H] = LIMITS.images.amoScreenshot;
/** The article's headline at the top of the page behind the popup (the test pages load no site styles). */
const SCROLL_TO_TITLE = `document.querySelector('h1')?.scrollIntoView({ block: 'start' }); window.scrollBy(0, -16);`;

export async function storeScreenshots(s: Scenario): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const saved = s.d instanceof ChromeDriver ? await chromeShots(s, s.d) : s.d instanceof FirefoxDriver ? await firefoxShots(s, s.d) : [];
  for (const [name, [w, h]] of saved) {
    const size = pngSize(readFileSync(join(OUT, name)));
    s.check(size?.[0] === w && size?.[1] === h, `store screenshot ${name} is ${w}×${h} (${size?.join('×') ?? 'not a PNG'})`);
    if (process.env.E2E_DOCS === '1') copyFileSync(join(OUT, name), join(STORE, name));
  }
  if (process.env.E2E_DOCS === '1') console.log(`saved ${saved.map(([n]) => `${STORE}/${n}`).join(', ')}`);
}

type Saved = [name: string, size: readonly [number, number]][];

/** A page with the article's screenshot under a dimming veil and the popup's where the toolbar popup opens. */
function composition(page: string, popup: string): string {
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${W}px; height: ${H}px; overflow: hidden; background: #fff; }
    .page { position: absolute; inset: 0; width: ${W}px; height: ${H}px; }
    .veil { position: absolute; inset: 0; background: rgba(20, 22, 26, 0.28); }
    .popup { position: absolute; top: 10px; right: 24px; max-height: ${H - 28}px; overflow: hidden; border-radius: 10px;
             box-shadow: 0 12px 36px rgba(0, 0, 0, 0.38), 0 0 0 1px rgba(0, 0, 0, 0.14); }
    .popup img { display: block; }
  </style></head><body>
    <img class="page" src="data:image/png;base64,${page}" alt="">
    <div class="veil"></div>
    <div class="popup"><img src="data:image/png;base64,${popup}" alt=""></div>
  </body></html>`;
}

/** The CWS small promo tile: the icon, the name and what it does, no screenshot. */
function promoTile(): string {
  const [w, h] = LIMITS.images.chromeSmallPromoTile;
  const icon = readFileSync('public/icon/128.png').toString('base64');
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${w}px; height: ${h}px; overflow: hidden; }
    body { display: flex; align-items: center; gap: 22px; padding: 0 30px; box-sizing: border-box;
           background: linear-gradient(135deg, #9c1c1c, #5e0f0f); color: #fff;
           font: 15px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    img { width: 96px; height: 96px; flex: none; filter: drop-shadow(0 4px 10px rgba(0,0,0,.35)); }
    h1 { margin: 0 0 8px; font-size: 30px; line-height: 1.1; font-weight: 700; }
    p { margin: 0; opacity: .92; }
  </style></head><body>
    <img src="data:image/png;base64,${icon}" alt="">
    <div><h1>GR Provenance</h1><p>Original source, copyright and republication notice of Global Research articles; copy, export, cite.</p></div>
  </body></html>`;
}

async function chromeShots(s: Scenario, d: ChromeDriver): Promise<Saved> {
  const fx = fixture(s, SHOT);
  const tab = (await d.openTab(s.server.urlOf(fx))) as Page;
  await tab.setViewport({ width: W, height: H });
  await tab.evaluate(SCROLL_TO_TITLE);
  const page = Buffer.from(await tab.screenshot({ encoding: 'binary' })).toString('base64');

  // All of the popup's part first: a toolbar popup closes as soon as another page takes focus.
  const popup = await d.openPopup();
  const popupShot = async () => {
    const file = join(OUT, 'chrome-popup-alone.png');
    await popup.screenshot(file);
    return readFileSync(file).toString('base64');
  };
  const plain = await popupShot();
  await popup.page.click('[data-action="toggle-cite-panel"]');
  await popup.page.waitForSelector('[data-action="copy-citation"]', { visible: true });
  // The whole panel, its preview included, in view (as the menu itself scrolls it).
  await popup.page.evaluate(() => document.getElementById('cite-panel')?.scrollIntoView({ block: 'end' }));
  const cite = await popupShot();
  const opened = d.browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${d.id}/reader.html?tab=`), { timeout: 10_000 });
  await popup.page.click('[data-action="open-reader"]');
  const reader = (await (await opened).asPage())!;
  await reader.setViewport({ width: W, height: H });
  await reader.waitForSelector('.reader h1', { timeout: 20_000 });
  await reader.screenshot({ path: join(OUT, 'chrome-2-reader.png') });
  await reader.close();
  await popup.close();

  const canvas = await d.browser.newPage();
  await canvas.setViewport({ width: W, height: H });
  for (const [name, popupPng] of [
    ['chrome-1-popup.png', plain],
    ['chrome-3-cite.png', cite],
  ] as const) {
    await canvas.setContent(composition(page, popupPng), { waitUntil: 'load' });
    await canvas.screenshot({ path: join(OUT, name) });
  }
  const [tw, th] = LIMITS.images.chromeSmallPromoTile;
  await canvas.setViewport({ width: tw, height: th });
  await canvas.setContent(promoTile(), { waitUntil: 'load' });
  await canvas.screenshot({ path: join(OUT, `chrome-promo-${tw}x${th}.png`) });
  await canvas.close();
  await d.closeTab(tab);
  const shot = LIMITS.images.chromeScreenshot[0];
  return [
    ['chrome-1-popup.png', shot],
    ['chrome-2-reader.png', shot],
    ['chrome-3-cite.png', shot],
    [`chrome-promo-${tw}x${th}.png`, LIMITS.images.chromeSmallPromoTile],
  ];
}

async function firefoxShots(s: Scenario, d: FirefoxDriver): Promise<Saved> {
  const { m } = d;
  const fx = fixture(s, SHOT);
  const tab = (await d.openTab(s.server.urlOf(fx))) as string;
  // The popup first, while the window is tall enough for all of it.
  const popupFile = join(OUT, 'firefox-popup-alone.png');
  const popup = await d.openPopup();
  await popup.screenshot(popupFile);
  const rect = await m.send<{ width: number; height: number }>('WebDriver:GetWindowRect');
  const before = new Set(await m.send<string[]>('WebDriver:GetWindowHandles'));
  await m.send('WebDriver:SwitchToWindow', { handle: popup.handle, focus: true });
  // The popup closes itself after opening the reader; in a tab that would close the tab.
  await m.run(`window.close = () => {};`);
  await m.run(`document.querySelector('[data-action="open-reader"]').click();`);
  let reader: string | undefined;
  for (let i = 0; i < 100 && !reader; i++) {
    reader = (await m.send<string[]>('WebDriver:GetWindowHandles')).find((h) => !before.has(h));
    if (!reader) await sleep(100);
  }
  if (!reader) throw new Error('e2e: the reader view did not open');

  // A viewport of exactly 1280×800: the window is that plus Firefox's own frame.
  await m.send('WebDriver:SwitchToWindow', { handle: tab, focus: true });
  for (let i = 0; i < 3; i++) {
    const inner = await m.run<[number, number]>('return [window.innerWidth, window.innerHeight];');
    if (inner[0] === W && inner[1] === H) break;
    const outer = await m.send<{ width: number; height: number }>('WebDriver:GetWindowRect');
    await m.send('WebDriver:SetWindowRect', { width: outer.width + W - inner[0], height: outer.height + H - inner[1] });
  }
  const viewport = async () => (await m.send<{ value: string }>('WebDriver:TakeScreenshot', { full: false })).value;
  await m.run(SCROLL_TO_TITLE);
  const page = await viewport();

  await m.send('WebDriver:SwitchToWindow', { handle: reader, focus: true });
  for (let i = 0; i < 200 && !(await m.run<boolean>(`return !!document.querySelector('.reader h1');`)); i++) await sleep(100);
  writeFileSync(join(OUT, 'amo-2-reader.png'), Buffer.from(await viewport(), 'base64'));

  const canvas = (await d.openTab('about:blank')) as string;
  await m.send('WebDriver:SwitchToWindow', { handle: canvas, focus: true });
  await m.run(`document.open(); document.write(arguments[0]); document.close();`, [composition(page, readFileSync(popupFile).toString('base64'))]);
  await m.run(`return Promise.all([...document.images].map((i) => i.decode()));`);
  writeFileSync(join(OUT, 'amo-1-popup.png'), Buffer.from(await viewport(), 'base64'));

  for (const handle of [canvas, reader]) await d.closeTab(handle);
  await popup.close();
  await d.closeTab(tab);
  await m.send('WebDriver:SetWindowRect', { width: rect.width, height: rect.height });
  return [
    ['amo-1-popup.png', LIMITS.images.amoScreenshot],
    ['amo-2-reader.png', LIMITS.images.amoScreenshot],
  ];
}
