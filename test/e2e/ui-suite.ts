// The UI pass, in one browser and one UI language (ui-chrome.ts, ui-firefox.ts): for every
// fixture page the popup's essentials fit in 400 × 600 px (title, authors, both dates, the
// original source, the rights summary, the actions), its rights summary is the expected
// one, the UI speaks the browser's language, and axe-core (WCAG 2.2 AA) finds nothing, in
// light and dark; the same for the popup's other states (loading, not an article, another
// site, an error), the options page and the reader view. Screenshots of each go to
// test/e2e/artifacts/ (ui-<browser>-<lang>-<page>[-dark].png).
import { expectedForRights } from './expected-rights';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord } from '../../src/extract/record';
import { rightsSummary } from '../../src/format/rights';
import { loadFixtures, type Fixture } from '../helpers/fixtures';
import { getMessage, type Locale } from '../helpers/i18n';
import type { BrowserDriver, Tab } from './driver';
import type { FixtureServer } from './fixture-server';
import type { Check } from './popup-checks';
import { OPEN_EDITOR } from './corrections';
import { ARTIFACTS, sleep } from './scenario';

/** A page of the extension the test can run scripts in. */
export interface UiPage {
  /** Runs a JavaScript expression (a promise is awaited); gives its JSON value. */
  eval<T>(expression: string): Promise<T>;
  setDark(dark: boolean): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface UiDriver {
  d: BrowserDriver;
  lang: Locale;
  /** The popup for the active tab, at once (still "loading" on a busy page). */
  openPopupNow(): Promise<UiPage>;
  /** An extension page (options.html, reader.html?tab=…) in a tab of its own. */
  openPage(path: string): Promise<UiPage>;
  /** The browser's id of a tab, as the extension's pages know it. */
  tabId(url: string): Promise<number>;
  /** Keyboard checks with real key presses, where the driver can press keys in the real popup. */
  checkKeyboard?(check: Check, label: string): Promise<void>;
}

const AXE_SOURCE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Puts axe-core into the page (test only: it is never in the build). */
const AXE_INJECT = `(() => { if (!window.axe) (0, eval)(${JSON.stringify(AXE_SOURCE)}); return true; })()`;

/** Runs axe-core's WCAG 2.2 AA rules on the page. */
export const AXE_RUN = `(async () => {
  const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] });
  return {
    // Rules that found something to check (a run that checked nothing proves nothing).
    checked: result.passes.length + result.violations.length,
    scheme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    violations: result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160)).join(' | ')),
  };
})()`;

/** Where the popup's essentials end (CSS px from the top-left of the popup at 100 %). */
export const ESSENTIALS = `(() => {
  const box = (sel) => Array.from(document.querySelectorAll(sel)).filter((e) => e.getClientRects().length).map((e) => e.getBoundingClientRect());
  const parts = {
    title: box('.masthead h1'), authors: box('.masthead .byline'), dates: box('.provenance'),
    rights: box('.rights .rights-summary'), actions: box('.actions .action-bar > button'),
  };
  const out = {};
  for (const [name, rects] of Object.entries(parts)) {
    out[name] = rects.length ? { bottom: Math.ceil(Math.max(...rects.map((r) => r.bottom))), right: Math.ceil(Math.max(...rects.map((r) => r.right))) } : null;
  }
  return { parts: out, scrollY: window.scrollY, lang: document.documentElement.lang, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
})()`;

type Essentials = { parts: Record<string, { bottom: number; right: number } | null>; scrollY: number; lang: string; overflow: number };

const POPUP_TEXT = `(() => ({
  state: (document.querySelector('#app > *')?.className ?? ''),
  rights: document.querySelector('.rights .rights-summary')?.textContent.replace(/\\s+/g, ' ').trim() ?? null,
  rightsLang: document.querySelector('.rights .rights-summary')?.getAttribute('lang') ?? null,
  noticeLang: document.querySelector('.rights .notice')?.getAttribute('lang') ?? null,
  copy: document.querySelector('[data-action="copy-attribution"]')?.textContent ?? null,
  details: document.querySelector('details.more > summary')?.textContent ?? null,
  h1: document.querySelector('h1')?.textContent ?? null,
}))()`;

export async function runUiSuite(u: UiDriver, server: FixtureServer, check: Check): Promise<void> {
  const { d, lang } = u;
  const label = `${d.name} ${lang}`;
  const shot = (name: string, dark = false) => join(ARTIFACTS, `ui-${d.name}-${lang}-${name}${dark ? '-dark' : ''}.png`);
  await d.installExtension();

  const axe = async (page: UiPage, what: string, name: string) => {
    for (const dark of [false, true]) {
      await page.setDark(dark);
      if (!(await page.eval<boolean>('Boolean(window.axe)'))) await page.eval(AXE_INJECT);
      const { checked, scheme, violations } = await page.eval<{ checked: number; scheme: string; violations: string[] }>(AXE_RUN);
      const theme = dark ? 'dark' : 'light';
      check(
        violations.length === 0 && checked >= 10 && scheme === theme,
        `${label} ${what} (${theme}): axe WCAG 2.2 AA, ${checked} rules applied, ${violations.length} violation(s)${scheme === theme ? '' : `; the page was ${scheme}`}${violations.length ? `:\n    ${violations.join('\n    ')}` : ''}`,
      );
      await page.screenshot(shot(name, dark));
    }
    await page.setDark(false);
  };

  // The reader view is checked on the first article's tab, kept open for it.
  let readerTab: { tab: Tab; url: string } | null = null;
  for (const fx of loadFixtures()) {
    const tab = await d.openTab(server.urlOf(fx));
    const popup = await u.openPopupNow();
    await waitForView(popup);
    if (fx.expected.kind === 'article') await checkArticlePopup(u, popup, fx, check, label);
    await axe(popup, `${fx.name} popup`, fx.name);
    // The editing state (the correction form), once: on the first article.
    if (!readerTab && fx.expected.kind === 'article') {
      await popup.eval(OPEN_EDITOR);
      await axe(popup, `${fx.name} popup, correcting`, `${fx.name}-correcting`);
    }
    await popup.close();
    if (!readerTab && fx.expected.kind === 'article') await u.checkKeyboard?.(check, `${label} ${fx.name}`);
    if (!readerTab && fx.expected.kind === 'article') readerTab = { tab, url: server.urlOf(fx) };
    else await d.closeTab(tab);
  }

  // The other states: another site, loading (a busy page), an error (a page the browser could not load).
  const other = await d.openTab(server.otherSiteUrl);
  let popup = await u.openPopupNow();
  await waitForView(popup);
  check((await popup.eval<{ h1: string }>(POPUP_TEXT)).h1 === getMessage(lang, 'state_otherSiteTitle'), `${label} other site: "${getMessage(lang, 'state_otherSiteTitle')}"`);
  await axe(popup, 'other-site popup', 'other-site');
  await popup.close();
  await d.closeTab(other);

  const busy = await d.openTab(server.busyUrl());
  await sleep(1500);
  await d.pageEval(busy, '__e2eBusySoon(6000)');
  await sleep(300);
  popup = await u.openPopupNow();
  const loading = await popup.eval<string>(`document.querySelector('#app > *')?.className ?? ''`);
  check(loading.includes('state-loading'), `${label} busy page: the popup shows "loading" (${loading})`);
  await axe(popup, 'loading popup', 'loading');
  await popup.close();
  await sleep(6000);
  await d.closeTab(busy);

  // Nothing listens on port 1: the browser shows its own error page, where no extension runs.
  const broken = await d.openTab(server.urlOf(loadFixtures()[0]).replace(/^(https:\/\/[^/]+)\//, '$1:1/'), false);
  await sleep(1500);
  popup = await u.openPopupNow();
  await waitForView(popup);
  const error = await popup.eval<{ state: string }>(POPUP_TEXT);
  check(error.state.includes('state-error'), `${label} a page the browser could not load: the popup shows an error (${error.state})`);
  await axe(popup, 'error popup', 'error');
  await popup.close();
  await d.closeTab(broken);

  const options = await u.openPage('/options.html');
  await options.eval(`new Promise((ok) => { const wait = () => document.querySelector('form.options') ? ok(true) : setTimeout(wait, 50); wait(); })`);
  check((await options.eval<string>('document.documentElement.lang')) === lang, `${label} options page: lang="${lang}"`);
  await axe(options, 'options page', 'options');
  await options.close();

  if (readerTab) {
    const reader = await u.openPage(`/reader.html?tab=${await u.tabId(readerTab.url)}`);
    await reader.eval(`new Promise((ok) => { const wait = () => document.querySelector('.reader h1, .state-error') ? ok(true) : setTimeout(wait, 50); wait(); })`);
    const seen = await reader.eval<{ lang: string; article: string | null; print: string | null }>(
      `({ lang: document.documentElement.lang, article: document.querySelector('.reader')?.getAttribute('lang') ?? null, print: document.getElementById('print')?.textContent ?? null })`,
    );
    check(seen.lang === lang && seen.print === getMessage(lang, 'reader_print') && seen.article !== null, `${label} reader view: UI in ${seen.lang} ("${seen.print}"), article lang="${seen.article}"`);
    await axe(reader, 'reader view', 'reader');
    await reader.close();
    await d.closeTab(readerTab.tab);
  }
}

async function waitForView(page: UiPage): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const cls = await page.eval<string>(`document.querySelector('#app > *')?.className ?? ''`);
    if (cls && !cls.includes('state-loading')) return;
    await sleep(50);
  }
  throw new Error('e2e: the popup stayed on "loading"');
}

async function checkArticlePopup(u: UiDriver, popup: UiPage, fx: Fixture, check: Check, label: string): Promise<void> {
  const want = fx.expected as unknown as ArticleRecord;
  // The preview and the notes on the values fill in after the first paint: measure once they are there.
  await popup.eval(`new Promise((ok) => { let n = 0; const wait = () => ((document.querySelector('.attribution-preview:not([hidden])') && document.querySelector('.record[data-notes]')) || ++n > 100) ? ok(true) : setTimeout(wait, 50); wait(); })`);
  const fit = await popup.eval<Essentials>(ESSENTIALS);
  const missing = Object.entries(fit.parts).filter(([name, box]) => !box && !(name === 'authors' && want.authors.length === 0));
  const over = Object.entries(fit.parts).filter(([, box]) => box && (box.bottom > 600 || box.right > 400));
  const bottom = Math.max(...Object.values(fit.parts).map((b) => b?.bottom ?? 0));
  check(
    missing.length === 0 && over.length === 0 && fit.scrollY === 0 && fit.overflow <= 0,
    `${label} ${fx.name}: the essentials fit in 400 × 600 (they end at ${bottom} px; horizontal overflow ${fit.overflow} px, scrolled ${fit.scrollY}${over.length ? `; past it: ${over.map(([n, b]) => `${n} ${b!.bottom}×${b!.right}`).join(', ')}` : ''}${missing.length ? `; missing: ${missing.map(([n]) => n).join(', ')}` : ''})`,
  );
  const seen = await popup.eval<{ rights: string | null; rightsLang: string | null; noticeLang: string | null; copy: string | null; details: string | null }>(POPUP_TEXT);
  const rights = rightsSummary(expectedForRights(fx.expected), want.lang, { originalShown: true }).sentences.join(' ').replace(/\s+/g, ' ');
  check(seen.rights === rights && seen.rightsLang === want.lang, `${label} ${fx.name}: rights summary (lang="${seen.rightsLang}") "${seen.rights}"${seen.rights === rights ? '' : `, expected "${rights}"`}`);
  check(!want.republication || seen.noticeLang === want.lang, `${label} ${fx.name}: the notice is marked lang="${want.lang}" (${seen.noticeLang})`);
  const ui = { copy: getMessage(u.lang, 'actions_copyAttribution'), details: getMessage(u.lang, 'popup_details') };
  check(seen.copy === ui.copy && seen.details === ui.details && fit.lang === u.lang, `${label} ${fx.name}: UI in ${fit.lang} ("${seen.copy}", "${seen.details}")`);
}
