// The suite's driver for headless Chromium (puppeteer-core over CDP). The popup is the real
// action popup, opened with chrome.action.openPopup() from the service worker.
// The service worker is reached through its own CDP sessions, not puppeteer's WebWorker: when
// it restarts (stopped, woken, extension reloaded) puppeteer keeps a stale handle, and the new
// worker waits for a debugger (puppeteer's auto-attach) until told to run.
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { POPUP_SETTLED, type BrowserDriver, type PopupView, type Tab } from './driver';
import { CLICK_RETRY, READ_POPUP, type PopupSummary } from './popup-checks';
import { sleep, waitUntil } from './scenario';

type TargetInfo = { targetId: string; type: string; url: string };

/** True in a service worker whose extension API is bound (false in one still starting). */
const WORKER_READY = `typeof chrome !== 'undefined' && typeof chrome.runtime?.id === 'string'`;
/** A cold worker start on a busy 2-core machine takes a few seconds at most. */
const WORKER_READY_MS = 20_000;

export class ChromeDriver implements BrowserDriver {
  readonly name = 'chrome';
  readonly injectsIntoOpenTabs = false;
  id = '';
  #root: CDPSession;
  #errors: string[] = [];
  #dialogs: string[] = [];
  #watchedWorkers = new Set<string>();
  #watchedPages = new WeakSet<Page>();

  constructor(
    readonly browser: Browser,
    readonly extensionPath: string,
    root: CDPSession,
  ) {
    this.#root = root;
  }

  static async create(browser: Browser, extensionPath: string): Promise<ChromeDriver> {
    const driver = new ChromeDriver(browser, extensionPath, await browser.target().createCDPSession());
    // The extension's other pages (reader view, options), whoever opens them, are watched too.
    browser.on('targetcreated', (target) => {
      if (driver.id && target.type() === 'page' && target.url().startsWith(`chrome-extension://${driver.id}/`)) {
        // A page that closes before it is attached to has nothing left to watch.
        void target
          .asPage()
          .then((page) => page && driver.#watchPage(page, `extension page ${new URL(target.url()).pathname}`, false))
          .catch(() => undefined);
      }
    });
    return driver;
  }

  get popupUrl(): string {
    return `chrome-extension://${this.id}/popup.html`;
  }

  async installExtension(): Promise<void> {
    this.id = await this.browser.installExtension(this.extensionPath);
    await this.waitForWorkerReady();
  }

  /**
   * Loads the same unpacked extension again: Chrome replaces the running one (same id, new
   * service worker), as for an update. (chrome.runtime.reload() would unload an extension
   * loaded over CDP without loading it back.)
   */
  async updateExtension(): Promise<void> {
    const before = (await this.#workerInfo())?.targetId;
    const id = await this.browser.installExtension(this.extensionPath);
    if (id !== this.id) throw new Error(`e2e: the update came back as another extension (${id})`);
    await until(async () => (await this.#workerInfo())?.targetId !== before, 10_000, 'the old service worker stayed after the update');
    await this.waitForWorkerReady();
  }

  async stopBackground(): Promise<boolean> {
    await this.#withPageSession((s) => s.send('ServiceWorker.stopAllWorkers'));
    return until(async () => (await this.#workerInfo()) === undefined, 5000).then(() => true, () => false);
  }

  async backgroundRunning(): Promise<boolean> {
    const info = await this.#workerInfo();
    if (info) await this.#watchWorker(info.targetId);
    return info !== undefined;
  }

  async openTab(url: string, waitForLoad = true): Promise<Tab> {
    const page = await this.browser.newPage();
    await this.#watchPage(page, 'content script', true);
    if (waitForLoad) await page.goto(url, { waitUntil: 'load' });
    else void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
    await page.bringToFront();
    return page;
  }

  async navigate(tab: Tab, url: string): Promise<void> {
    await (tab as Page).goto(url, { waitUntil: 'load' });
  }

  async back(tab: Tab): Promise<void> {
    await (tab as Page).goBack({ waitUntil: 'load', timeout: 10_000 });
  }

  async activate(tab: Tab): Promise<void> {
    await (tab as Page).bringToFront();
  }

  async closeTab(tab: Tab): Promise<void> {
    const page = tab as Page;
    if (!page.isClosed()) await page.close({ runBeforeUnload: false });
  }

  pageEval<T>(tab: Tab, expression: string): Promise<T> {
    return (tab as Page).evaluate(expression) as Promise<T>;
  }

  async badge(tab: Tab): Promise<string> {
    await this.activate(tab);
    return this.#evalInWorker<string>(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab.id });
    })()`);
  }

  /**
   * The action popup, opened by chrome.action.openPopup() in the service worker (started
   * first if it was stopped: the harness's only way to open it; a user's click needs no
   * worker). `page` is the popup's puppeteer page.
   */
  async openPopup(timeoutMs = 20_000): Promise<PopupView & { page: Page }> {
    const started = Date.now();
    // One popup at a time: one left open (by a check that opened its own) is closed first.
    for (const t of this.browser.targets().filter((t) => t.type() === 'page' && t.url() === this.popupUrl)) {
      await (await t.asPage())?.close().catch(() => undefined);
    }
    const before = new Set(this.browser.targets().filter((t) => t.url() === this.popupUrl));
    await this.#evalInWorker('chrome.action.openPopup()');
    const target = await this.browser.waitForTarget((t) => t.type() === 'page' && t.url() === this.popupUrl && !before.has(t), {
      timeout: Math.max(1000, timeoutMs - (Date.now() - started)),
    });
    const page = (await target.asPage())!;
    await this.#watchPage(page, 'popup', false);
    await page.waitForFunction(`${READ_POPUP} !== null`, { timeout: timeoutMs });
    const summary = (await page.evaluate(READ_POPUP)) as PopupSummary;
    return {
      summary,
      ms: Date.now() - started,
      page,
      // What the popup shows now, scrolled as it is (an open menu scrolls itself into view).
      // Chrome sizes the popup to its 400 px body; the scrollbar's gutter is clipped off.
      screenshot: async (path) => {
        const { y, height } = await page.evaluate(() => ({ y: window.scrollY, height: Math.min(window.innerHeight, document.documentElement.scrollHeight) }));
        await page.screenshot({ path, clip: { x: 0, y, width: 400, height } });
      },
      settle: (ms = 5000) => page.waitForFunction(POPUP_SETTLED, { timeout: ms }).then(() => true, () => false),
      retry: async (ms = 20_000) => {
        if (!(await page.evaluate(CLICK_RETRY))) throw new Error('e2e: no "Try again" button in the popup');
        await page.waitForFunction(`${READ_POPUP} !== null`, { timeout: ms });
        return (await page.evaluate(READ_POPUP)) as PopupSummary;
      },
      close: async () => {
        if (!page.isClosed()) await page.close().catch(() => undefined);
      },
    };
  }

  async extensionErrors(): Promise<string[]> {
    return [...this.#errors];
  }

  async dialogs(): Promise<string[]> {
    return [...this.#dialogs];
  }

  async #workerInfo(): Promise<TargetInfo | undefined> {
    const { targetInfos } = (await this.#root.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${this.id}/`));
  }

  /**
   * The extension's service worker once its global has the extension API (`chrome.runtime.id`),
   * started if it was stopped; its target id. A worker that is there but not yet bound (just
   * started, or being replaced) is polled until it is, or until a successor is; there is no
   * fixed wait. Any scenario that needs the worker (or a started background) can call this.
   */
  async waitForWorkerReady(timeoutMs = WORKER_READY_MS): Promise<string> {
    const { targetId, session } = await this.#readyWorker(timeoutMs);
    await session.detach().catch(() => undefined);
    return targetId;
  }

  /** A session on a worker that is ready (see waitForWorkerReady), watched for errors. */
  async #readyWorker(timeoutMs: number): Promise<{ targetId: string; session: CDPSession }> {
    const end = Date.now() + timeoutMs;
    let seen = 'no service worker';
    let startedAt = -Infinity;
    for (;;) {
      const info = await this.#workerInfo();
      // Asked to start again only if a start did not show a worker within a second (or it stopped since).
      if (!info && Date.now() - startedAt > 1000) {
        startedAt = Date.now();
        await this.#withPageSession((s) => s.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${this.id}/` })).catch(() => undefined);
      } else if (info) {
        const session = await this.#attach(info.targetId).catch(() => undefined);
        // A target that closes under us (the worker stopped or was replaced) reads as not ready.
        const ready = await session
          ?.send('Runtime.evaluate', { expression: WORKER_READY, returnByValue: true })
          .then((r) => (r.result as { value?: unknown }).value === true, () => false);
        if (session && ready) {
          await this.#watchWorker(info.targetId);
          return { targetId: info.targetId, session };
        }
        await session?.detach().catch(() => undefined);
        seen = `service worker ${info.targetId} without chrome.runtime.id`;
      }
      if (Date.now() > end) throw new Error(`e2e: no ready service worker within ${timeoutMs} ms (last seen: ${seen})`);
      await sleep(50);
    }
  }

  /** Runs `expression` in the service worker, once it is ready (see waitForWorkerReady). */
  async #evalInWorker<T = unknown>(expression: string): Promise<T> {
    const { session } = await this.#readyWorker(WORKER_READY_MS);
    try {
      const reply = (await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
        result: { value: T };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (reply.exceptionDetails) throw new Error(`service worker: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
      return reply.result.value;
    } finally {
      await session.detach().catch(() => undefined);
    }
  }

  async #attach(targetId: string): Promise<CDPSession> {
    const { sessionId } = (await this.#root.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const session = this.#root.connection()!.session(sessionId)!;
    await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
    return session;
  }

  /** One session per worker incarnation that stays attached and collects its errors. */
  async #watchWorker(targetId: string): Promise<void> {
    if (this.#watchedWorkers.has(targetId)) return;
    this.#watchedWorkers.add(targetId);
    await this.#collectErrors(await this.#attach(targetId), 'service worker', false);
  }

  async #watchPage(page: Page, where: string, extensionWorldsOnly: boolean): Promise<void> {
    if (this.#watchedPages.has(page)) return;
    this.#watchedPages.add(page);
    page.on('dialog', (dialog) => {
      this.#dialogs.push(`${where === 'popup' ? 'popup' : page.url()}: ${dialog.type()} "${dialog.message()}"`);
      void dialog.dismiss().catch(() => undefined);
    });
    await this.#collectErrors(await page.createCDPSession(), where, extensionWorldsOnly);
  }

  /**
   * Console errors and exceptions of a target. Runtime.enable reports the messages logged
   * before it, too. On a site page only the extension's own world (the content script) counts.
   */
  async #collectErrors(session: CDPSession, where: string, extensionWorldsOnly: boolean): Promise<void> {
    const ours = new Set<number>();
    // Read when the event comes: a tab opened before install learns the id later.
    const origin = () => `chrome-extension://${this.id}`;
    const counts = (contextId: number | undefined) => !extensionWorldsOnly || (contextId !== undefined && ours.has(contextId));
    session.on('Runtime.executionContextCreated', (e) => {
      if (e.context.origin === origin() || !extensionWorldsOnly) ours.add(e.context.id);
    });
    session.on('Runtime.consoleAPICalled', (e) => {
      if ((e.type === 'error' || e.type === 'assert') && counts(e.executionContextId)) {
        this.#errors.push(`${where}: console.${e.type} ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
      }
    });
    session.on('Runtime.exceptionThrown', (e) => {
      const d = e.exceptionDetails;
      if (counts(d.executionContextId) || (d.url ?? '').startsWith(origin())) this.#errors.push(`${where}: ${d.exception?.description ?? d.text}`);
    });
    await session.send('Runtime.enable');
  }

  async #withPageSession<T>(use: (s: CDPSession) => Promise<T>): Promise<T> {
    const page = (await this.browser.pages())[0] ?? (await this.browser.newPage());
    const session = await page.createCDPSession();
    try {
      await session.send('ServiceWorker.enable');
      return await use(session);
    } finally {
      await session.detach().catch(() => undefined);
    }
  }
}

async function until(ok: () => Promise<boolean>, ms: number, what = 'timed out'): Promise<void> {
  if (!(await waitUntil(ok, ms))) throw new Error(`e2e: ${what}`);
}
