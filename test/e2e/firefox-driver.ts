// The suite's driver for headless Firefox ESR over Marionette (marionette.ts). A test cannot
// click the toolbar button of a headless Firefox, so the popup page is opened in a background
// tab of the window whose active tab is the page: the popup's own code path (tabs.query,
// messaging, injection) with the permissions a user's install has. The badge, the background
// and the console are read in the browser's chrome context, from the extension's parent side.
import { writeFileSync } from 'node:fs';
import { POPUP_SETTLED, type BrowserDriver, type PopupView, type Tab } from './driver';
import type { Marionette } from './marionette';
import { CLICK_RETRY, READ_POPUP, type PopupSummary } from './popup-checks';

// Prepended to every chrome-context script: the extension, the browser window, the WebExtension globals.
const PARENT = `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
const ext = ExtensionParent.GlobalManager.getExtension(arguments[0]);
const win = Services.wm.getMostRecentWindow('navigator:browser');
// A Marionette window handle is the id its NavigableManager gives the tab's <browser>.
const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
const tabOf = (handle) => {
  const tab = win.gBrowser.getTabForBrowser(NavigableManager.getBrowserById(handle));
  if (!tab) throw new Error('no tab for the window handle ' + handle);
  return tab;
};
`;

export class FirefoxDriver implements BrowserDriver {
  readonly name = 'firefox';
  readonly injectsIntoOpenTabs = true;
  #active: string | undefined;

  constructor(
    readonly m: Marionette,
    readonly extensionPath: string,
    readonly extensionId: string,
    readonly uuid: string,
  ) {}

  get popupUrl(): string {
    return `moz-extension://${this.uuid}/popup.html`;
  }

  async installExtension(): Promise<void> {
    const installed = await this.m.send<{ value: string } | string>('Addon:Install', { path: this.extensionPath, temporary: true });
    const id = typeof installed === 'string' ? installed : installed.value;
    if (id !== this.extensionId) throw new Error(`e2e: installed ${id}, expected ${this.extensionId}`);
  }

  /** Installing the temporary add-on again replaces the running one, as an update does. */
  updateExtension(): Promise<void> {
    return this.installExtension();
  }

  async stopBackground(): Promise<boolean> {
    return (await this.#parent<string>('return ext.terminateBackground().then(() => ext.backgroundState);')) === 'stopped';
  }

  async backgroundRunning(): Promise<boolean> {
    return (await this.#parent<string>('return ext.backgroundState;')) === 'running';
  }

  async openTab(url: string, waitForLoad = true): Promise<Tab> {
    const { handle } = await this.m.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
    await this.activate(handle);
    if (waitForLoad) await this.m.send('WebDriver:Navigate', { url });
    else {
      await this.#parent(
        `tabOf(arguments[1]).linkedBrowser.loadURI(Services.io.newURI(arguments[2]), { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
        [handle, url],
      );
    }
    return handle;
  }

  async navigate(tab: Tab, url: string): Promise<void> {
    await this.#switch(tab as string);
    await this.m.send('WebDriver:Navigate', { url });
  }

  async back(tab: Tab): Promise<void> {
    await this.#switch(tab as string);
    await this.m.send('WebDriver:Back');
  }

  async activate(tab: Tab): Promise<void> {
    await this.m.send('WebDriver:SwitchToWindow', { handle: tab as string, focus: true });
    this.#active = tab as string;
  }

  async closeTab(tab: Tab): Promise<void> {
    await this.#switch(tab as string);
    const left = await this.m.send<string[]>('WebDriver:CloseWindow');
    if (this.#active === tab) this.#active = undefined;
    // Marionette needs a live window for its next command: the one Firefox selected now.
    const selected = await this.#parent<string>(
      `const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
       return NavigableManager.getIdForBrowser(win.gBrowser.selectedBrowser);`,
    ).catch(() => left[0]);
    await this.#switch(selected ?? left[0]);
  }

  async pageEval<T>(tab: Tab, expression: string): Promise<T> {
    await this.#switch(tab as string);
    return this.m.run<T>(`return ${expression};`);
  }

  badge(tab: Tab): Promise<string> {
    return this.#parent<string>(`return ExtensionParent.apiManager.global.browserActionFor(ext).action.getProperty(tabOf(arguments[1]), 'badgeText');`, [tab]);
  }

  /** The popup page in its tab; `handle` is that tab's window handle. */
  async openPopup(timeoutMs = 20_000): Promise<PopupView & { handle: string }> {
    const started = Date.now();
    const beside = this.#active;
    const before = new Set(await this.m.send<string[]>('WebDriver:GetWindowHandles'));
    await this.#parent(
      `win.gBrowser.addTab(arguments[1], { inBackground: true, triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
      [this.popupUrl],
    );
    let handle: string | undefined;
    while (!handle && Date.now() - started < timeoutMs) {
      handle = (await this.m.send<string[]>('WebDriver:GetWindowHandles')).find((h) => !before.has(h));
      if (!handle) await sleep(50);
    }
    if (!handle) throw new Error('e2e: the popup tab did not open');
    await this.#switch(handle);
    const summary = await this.#readPopup(timeoutMs - (Date.now() - started));
    const popup = handle;
    return {
      summary,
      ms: Date.now() - started,
      handle: popup,
      screenshot: async (path) => {
        await this.m.send('WebDriver:SwitchToWindow', { handle: popup, focus: true });
        const { value: body } = await this.m.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: 'body' });
        const { value } = await this.m.send<{ value: string }>('WebDriver:TakeScreenshot', { id: Object.values(body)[0], full: false });
        writeFileSync(path, Buffer.from(value, 'base64'));
      },
      settle: async (ms = 5000) => {
        await this.#switch(popup);
        const end = Date.now() + ms;
        while (!(await this.m.run<boolean>(`return ${POPUP_SETTLED};`).catch(() => false))) {
          if (Date.now() > end) return false;
          await sleep(50);
        }
        return true;
      },
      retry: async (ms = 20_000) => {
        // The page is the active tab again (a screenshot brings the popup's tab to the front).
        if (beside) await this.activate(beside);
        await this.#switch(popup);
        if (!(await this.m.run<boolean>(`return ${CLICK_RETRY};`))) throw new Error('e2e: no "Try again" button in the popup');
        return this.#readPopup(ms);
      },
      close: async () => {
        await this.closeTab(popup);
        if (beside) await this.activate(beside);
      },
    };
  }

  /** The popup's view (Marionette is on its tab) once it is not "loading". */
  async #readPopup(timeoutMs: number): Promise<PopupSummary> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const summary = await this.m.run<PopupSummary | null>(`return ${READ_POPUP};`).catch(() => null);
      if (summary) return summary;
      if (Date.now() > end) throw new Error(`e2e: the popup still showed "loading" after ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  /** Console errors and uncaught errors whose source is one of the extension's files. */
  extensionErrors(): Promise<string[]> {
    return this.#parent<string[]>(
      `const origin = 'moz-extension://' + arguments[1] + '/';
       const out = [];
       const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
       for (const e of storage.getEvents()) {
         if ((e.addonId !== arguments[0] && !String(e.filename).startsWith(origin)) || (e.level !== 'error' && e.level !== 'assert')) continue;
         let text = '';
         try { text = Array.from(e.arguments || [], String).join(' '); } catch { text = '(unreadable arguments)'; }
         out.push('console.' + e.level + ' ' + text + ' (' + e.filename + ':' + e.lineNumber + ')');
       }
       for (const msg of Services.console.getMessageArray() || []) {
         if (!(msg instanceof Ci.nsIScriptError) || !String(msg.sourceName).startsWith(origin)) continue;
         if (msg.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) continue;
         out.push(msg.errorMessage + ' (' + msg.sourceName + ':' + msg.lineNumber + ')');
       }
       return out;`,
      [this.uuid],
    );
  }

  /** Any tab with a dialog open (WebDriver:GetAlertText answers "no such alert" otherwise). */
  async dialogs(): Promise<string[]> {
    const open: string[] = [];
    for (const handle of await this.m.send<string[]>('WebDriver:GetWindowHandles')) {
      await this.#switch(handle);
      const text = await this.m.send<{ value: string }>('WebDriver:GetAlertText').then((r) => r.value, () => null);
      if (text !== null) {
        open.push(`${handle}: "${text}"`);
        await this.m.send('WebDriver:DismissAlert').catch(() => undefined);
      }
    }
    return open;
  }

  /** Points Marionette's content commands at a tab without making it the active one (every time: other checks switch too). */
  async #switch(handle: string): Promise<void> {
    await this.m.send('WebDriver:SwitchToWindow', { handle, focus: false });
  }

  /** A script in the browser's chrome context; arguments[0] is the extension id, then `args`. */
  async #parent<T>(body: string, args: unknown[] = []): Promise<T> {
    await this.m.send('Marionette:SetContext', { value: 'chrome' });
    try {
      return await this.m.run<T>(`${PARENT}${body}`, [this.extensionId, ...args]);
    } finally {
      await this.m.send('Marionette:SetContext', { value: 'content' });
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
