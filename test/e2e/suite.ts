// The real-browser suite, the same scenarios in Chromium and Firefox (chrome.ts, firefox.ts
// give it a driver): every fixture page served under its real host name from loopback, the
// content script there and not on another site, the popup against the fixture's
// expected.json, the live page untouched and never executed, then the lifecycles
// (lifecycles.ts) and no error from the extension's own pages.
import { loadFixtures, type Fixture } from '../helpers/fixtures';
import type { BrowserDriver, PopupView, Tab } from './driver';
import type { FixtureServer } from './fixture-server';
import { checkAfterUpdate, checkHungPage, checkInPageNavigation, checkStoppedBackground } from './lifecycles';
import { TRIPS_OF_THE_PAGE_ITSELF, type ProbeState } from './page-probe';
import { checkOtherSitePopup, checkPopup, type Check } from './popup-checks';
import { artifact, checkProbe, fixture, probe, sleep, waitForBadge, type Scenario } from './scenario';
import { storeScreenshots } from './store-screenshots';

export interface SuiteHooks {
  /** More checks on the popup of each fixture page, in this browser only (closing it is fine). */
  afterPopup?(fx: Fixture, popup: PopupView): Promise<void>;
}

export async function runSuite(d: BrowserDriver, server: FixtureServer, check: Check, hooks: SuiteHooks = {}): Promise<void> {
  const s: Scenario = { d, server, check, fixtures: loadFixtures() };
  const hostile = fixture(s, 'hostile');

  // A tab loaded before the extension exists: its DOM hash now is the "before" of its
  // extraction. (A query of its own: no other tab has its address.)
  const early = await d.openTab(`${server.urlOf(hostile)}?utm_source=before-install`);
  const beforeInstall = await probe(s, early);
  await d.installExtension();

  for (const fx of s.fixtures) await checkFixturePage(s, fx, hooks);
  await checkOtherSite(s);
  await checkTabOpenedBeforeInstall(s, early, beforeInstall, hostile);

  await checkAfterUpdate(s);
  await checkStoppedBackground(s);
  await checkInPageNavigation(s);
  await checkHungPage(s);
  await storeScreenshots(s);

  const dialogs = await d.dialogs();
  check(dialogs.length === 0, `no dialog opened in any tab (${JSON.stringify(dialogs)})`);
  const errors = await d.extensionErrors();
  check(errors.length === 0, `no console error from the extension's pages, background or content script${errors.length ? `:\n    ${errors.join('\n    ')}` : ''}`);
  const refused = server.refused();
  console.log(`info loopback server: ${refused.length} request(s) refused (page assets on https or unknown paths), none answered from anywhere else`);
}

async function checkFixturePage(s: Scenario, fx: Fixture, hooks: SuiteHooks): Promise<void> {
  const { d, server, check } = s;
  const url = server.urlOf(fx);
  const tab = await d.openTab(url);
  check(server.served(url), `${fx.name}: served from loopback as ${url}`);
  const badge = await waitForBadge(s, tab);
  const want = fx.expected.kind === 'article' ? '✓' : '–';
  check(badge === want, `${fx.name}: the content script reported to the toolbar button (badge "${badge}", expected "${want}")`);

  const popup = await d.openPopup();
  checkPopup(popup.summary, fx, check);
  await popup.screenshot(artifact(s, fx.name));
  await hooks.afterPopup?.(fx, popup);
  await popup.close();

  const p = await probe(s, tab);
  check(p.href === url, `${fx.name}: the page's own address is ${p.href}`);
  checkProbe(s, fx.name, p, { starts: 1, trips: fx.name.includes('hostile') ? TRIPS_OF_THE_PAGE_ITSELF : [] });
  await d.closeTab(tab);
}

/** An article page (a fixture's markup) on www.example.org: no content script, no badge, the "other site" view. */
async function checkOtherSite(s: Scenario): Promise<void> {
  const { d, server, check } = s;
  const label = 'other site (www.example.org)';
  const url = server.otherSiteUrl;
  const opened = Date.now();
  const tab = await d.openTab(url);
  check(server.served(url), `${label}: served from loopback as ${url}`);
  const popup = await d.openPopup();
  checkOtherSitePopup(popup.summary, check, label);
  await popup.screenshot(artifact(s, 'other-site'));
  await popup.close();
  // Time enough for a content script to have shown itself (it reports within a second on the sites).
  await sleep(Math.max(0, 2000 - (Date.now() - opened)));
  const badge = await d.badge(tab);
  check(badge === '', `${label}: no badge ("${badge}")`);
  checkProbe(s, label, await probe(s, tab), { starts: 0 });
  await d.closeTab(tab);
}

/**
 * The hostile page, loaded before install. Chromium leaves it alone until the popup injects
 * the content script; Firefox runs the declared script in it at install. Either way the popup
 * shows its record, and the body hash taken before the extension existed is unchanged.
 */
async function checkTabOpenedBeforeInstall(s: Scenario, tab: Tab, before: ProbeState, fx: Fixture): Promise<void> {
  const { d, check } = s;
  const label = `${fx.name} (tab opened before install)`;
  await d.activate(tab);
  check(before.contentScriptStarts === 0, `${label}: no content script before install (${before.contentScriptStarts})`);
  if (!d.injectsIntoOpenTabs) {
    const pre = await probe(s, tab);
    const badge = await d.badge(tab);
    check(pre.contentScriptStarts === 0 && badge === '', `${label}: still no content script and no badge before the popup opens (${pre.contentScriptStarts}, "${badge}")`);
  }
  const popup = await d.openPopup();
  checkPopup(popup.summary, fx, check, 'tab opened before install');
  await popup.close();
  checkProbe(s, label, await probe(s, tab), { starts: 1, hashBefore: before.hashAtReady, trips: TRIPS_OF_THE_PAGE_ITSELF });
  const badge = await waitForBadge(s, tab);
  check(badge === '✓', `${label}: its content script reported (badge "${badge}")`);
  await d.closeTab(tab);
}
