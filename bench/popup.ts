// Popup latency in Chromium, with the built extension: the article tab is the fixture at its
// real address (answered from memory, nothing leaves the machine), and the popup page is
// opened in a background tab so that the article stays the active tab it asks about. Time runs
// from the popup's navigation start (performance.timeOrigin) to the moment the record's title
// is in its DOM (a MutationObserver installed before the popup's own scripts run).
//  - cached: the content script has already extracted (the toolbar badge is set) when the popup opens;
//  - uncached: the tab was opened before the extension was installed, so the popup injects the
//    content script and the extraction runs on its request (first use after install).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page, WebWorker } from 'puppeteer-core';
import type { Fixture } from '../test/helpers/fixtures';
import { launchChromium, loopbackPage } from './chromium';
import { summarize, type Summary } from './stats';

export interface PopupLatency {
  page: string;
  cached: Summary | null;
  /** The first cached opening after install (cold popup code), kept out of `cached`. */
  firstCached: number | null;
  uncached: Summary | null;
  /** performance marks the popup sets itself (name @ ms), if any. */
  marks: string[];
  notes: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Records, in the popup, when the title first appears: runs before any of the popup's scripts. */
const observer = (title: string) => `(() => {
  const title = ${JSON.stringify(title)};
  const seen = () => {
    if (window.__dataShown === undefined && document.body && document.body.textContent.includes(title)) {
      window.__dataShown = performance.now();
      watch.disconnect();
    }
  };
  const watch = new MutationObserver(seen);
  watch.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

class ExtensionSession {
  private id = '';
  private worker: WebWorker | null = null;

  constructor(
    private browser: Browser,
    private cdp: CDPSession,
    private dir: string,
    private popupFile: string,
  ) {}

  async install(): Promise<void> {
    this.id = await this.browser.installExtension(this.dir);
    const target = await this.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${this.id}/`), { timeout: 10_000 });
    this.worker = await target.worker();
  }

  async uninstall(): Promise<void> {
    if (this.id) await this.browser.uninstallExtension(this.id);
    this.id = '';
    this.worker = null;
  }

  /** Waits until the content script has told the background its result (the badge is set). */
  async waitForBadge(url: string, timeoutMs = 10_000): Promise<boolean> {
    const read = `(async () => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)});
      return tab ? chrome.action.getBadgeText({ tabId: tab.id }) : '';
    })()`;
    for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(20)) {
      if (await this.worker?.evaluate(read)) return true;
    }
    return false;
  }

  /** Opens the popup page in a background tab; returns ms from its navigation start to the title shown. */
  async openPopup(title: string): Promise<{ ms: number; marks: string[] }> {
    const { targetId } = await this.cdp.send('Target.createTarget', { url: 'about:blank', background: true });
    const target = await this.browser.waitForTarget((t) => (t as unknown as { _targetId: string })._targetId === targetId);
    const popup = (await target.page()) as Page;
    try {
      await popup.evaluateOnNewDocument(observer(title));
      await popup.goto(`chrome-extension://${this.id}/${this.popupFile}`);
      await popup.waitForFunction('window.__dataShown !== undefined', { timeout: 20_000, polling: 10 });
      const ms = (await popup.evaluate('window.__dataShown')) as number;
      const marks = (await popup.evaluate(`performance.getEntriesByType('mark').map((m) => m.name + ' @ ' + m.startTime.toFixed(1) + ' ms')`)) as string[];
      return { ms, marks };
    } finally {
      await popup.close();
    }
  }
}

async function articleTab(browser: Browser, fx: Fixture): Promise<Page> {
  const tab = await loopbackPage(browser, { [fx.expected.url]: fx.html });
  await tab.goto(fx.expected.url, { waitUntil: 'load' });
  await tab.bringToFront();
  return tab;
}

export async function measurePopup(extensionDir: string, fixtures: Fixture[], runs: number): Promise<PopupLatency[]> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const popupFile: string = manifest.action?.default_popup ?? 'popup.html';
  const browser = await launchChromium({ extensions: true });
  try {
    const ext = new ExtensionSession(browser, await browser.target().createCDPSession(), extensionDir, popupFile);
    const out: PopupLatency[] = [];
    for (const fx of fixtures) {
      const title = String(fx.expected.title);
      const notes: string[] = [];
      const marks = new Set<string>();

      // Cached: one article tab, extracted at idle; the popup is opened `runs` times over it.
      await ext.install();
      const tab = await articleTab(browser, fx);
      if (!(await ext.waitForBadge(fx.expected.url))) notes.push('the badge was never set: the cached runs may include the extraction');
      const cached: number[] = [];
      let firstCached: number | null = null;
      for (let i = 0; i < runs + 1; i++) {
        const r = await ext.openPopup(title);
        r.marks.forEach((m) => marks.add(m));
        if (i === 0) firstCached = r.ms; // cold: the popup's code is not cached yet
        else cached.push(r.ms);
      }
      await tab.close();
      await ext.uninstall();

      // Uncached: each run a fresh tab, then a fresh install, then the popup.
      const uncached: number[] = [];
      for (let i = 0; i < runs; i++) {
        const fresh = await articleTab(browser, fx);
        await ext.install();
        uncached.push((await ext.openPopup(title)).ms);
        await ext.uninstall();
        await fresh.close();
      }
      out.push({ page: fx.name, cached: summarize(cached), firstCached, uncached: summarize(uncached), marks: [...marks], notes });
    }
    return out;
  } finally {
    await browser.close();
  }
}
