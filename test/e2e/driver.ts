// What the shared suite (suite.ts) needs from a browser: chrome-driver.ts drives Chromium over
// CDP (puppeteer), firefox-driver.ts drives Firefox ESR over Marionette.
import type { PopupSummary } from './popup-checks';

/** A tab of the browser (a puppeteer Page, a Marionette window handle): only its driver looks inside. */
export type Tab = object | string;

/** True once an article's popup has drawn what follows its first paint (PopupView.settle). */
export const POPUP_SETTLED = `!!(document.querySelector('.attribution-preview:not([hidden])') && document.querySelector('.record[data-notes="ready"]'))`;

export interface PopupView {
  summary: PopupSummary;
  /** How long it took from opening to a view other than "loading". */
  ms: number;
  screenshot(path: string): Promise<void>;
  /** Waits (up to `timeoutMs`) for what an article's popup draws after its first paint: the attribution preview and the value notes. */
  settle(timeoutMs?: number): Promise<boolean>;
  /** Clicks "Try again" and gives the view that follows "loading". */
  retry(timeoutMs?: number): Promise<PopupSummary>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: 'chrome' | 'firefox';
  /**
   * Firefox runs the declared content scripts in open matching tabs when an extension is
   * installed or updated; Chrome does not (the popup injects the script there).
   */
  readonly injectsIntoOpenTabs: boolean;
  installExtension(): Promise<void>;
  /** The extension restarts from its files, as after an update (its old content scripts are cut off). */
  updateExtension(): Promise<void>;
  /** Stops the background (Chrome's service worker, Firefox's event page); true once it is stopped. */
  stopBackground(): Promise<boolean>;
  /** Whether the background runs now (looked at without waking it). */
  backgroundRunning(): Promise<boolean>;

  /** A new tab, made the active one, at `url`; waits for its load unless told not to. */
  openTab(url: string, waitForLoad?: boolean): Promise<Tab>;
  /** Loads `url` in the tab (a real navigation) and waits for the load. */
  navigate(tab: Tab, url: string): Promise<void>;
  /** The tab's session history, one step back; waits for the page to show. */
  back(tab: Tab): Promise<void>;
  activate(tab: Tab): Promise<void>;
  closeTab(tab: Tab): Promise<void>;
  /** Runs a JavaScript expression in the page's main world; gives its (JSON) value. */
  pageEval<T>(tab: Tab, expression: string): Promise<T>;
  /** The toolbar button's badge text for the tab ("" when none). */
  badge(tab: Tab): Promise<string>;

  /** The popup, opened for the active tab, once it shows a view other than "loading". */
  openPopup(timeoutMs?: number): Promise<PopupView>;

  /** Console errors and uncaught exceptions of the extension's own pages and scripts so far. */
  extensionErrors(): Promise<string[]>;
  /** Dialogs (alert, confirm, prompt, beforeunload) any page opened so far. */
  dialogs(): Promise<string[]>;
}
