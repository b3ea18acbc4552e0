// Stale tabs and lifecycles (issue 7, item 5): the popup on a tab loaded before an update,
// after the background was stopped, after in-page navigation (history.pushState), after a
// real navigation and back, and on a page that stops answering (a visible error, in time).
import type { PopupView, Tab } from './driver';
import { checkPopup } from './popup-checks';
import { artifact, fixture, probe, REPORT_MS, sleep, waitForBadge, waitUntil, type Scenario } from './scenario';

/** A tab whose content script was cut off by an update: the popup injects a new one. */
export async function checkAfterUpdate(s: Scenario): Promise<void> {
  const { d, server, check } = s;
  const fx = fixture(s, '2023');
  const label = `${fx.name} (tab loaded before an update)`;
  const tab = await d.openTab(server.urlOf(fx));
  await waitForBadge(s, tab);
  await d.updateExtension();
  // Firefox runs the new content script in the open tab itself, soon after the update: the
  // popup is opened once it has (as a user would), not in a race with it.
  if (d.injectsIntoOpenTabs) await waitUntil(async () => (await probe(s, tab)).contentScriptStarts === 2, REPORT_MS);
  await d.activate(tab);
  const popup = await d.openPopup();
  checkPopup(popup.summary, fx, check, 'tab loaded before an update');
  await popup.close();
  const p = await probe(s, tab);
  check(p.contentScriptStarts === 2, `${label}: a second content script started in the tab after the update (${p.contentScriptStarts} starts)`);
  check(p.hashNow === p.hashAtReady, `${label}: page DOM unchanged (${p.hashNow})`);
  const badge = await waitForBadge(s, tab);
  check(badge === '✓', `${label}: the new content script reported (badge "${badge}")`);
  await d.closeTab(tab);
}

/**
 * The background stopped (Chrome stops an idle service worker after 30 s, Firefox an idle
 * event page): a new page's content script wakes it for the badge, and the popup, which talks
 * to the tab and not to the background, still reads a tab loaded before the stop.
 */
export async function checkStoppedBackground(s: Scenario): Promise<void> {
  const { d, server, check } = s;
  const first = fixture(s, '2015');
  const second = fixture(s, 'mondialisation');
  const tab = await d.openTab(server.urlOf(first));
  await waitForBadge(s, tab);

  check(await d.stopBackground(), 'background stopped');
  const woken = await d.openTab(server.urlOf(second));
  const running = await waitUntil(() => d.backgroundRunning(), REPORT_MS);
  check(running, `${second.name} loaded after the stop: its content script's message started the background again`);
  const badge = await waitForBadge(s, woken);
  check(badge === '✓', `${second.name} loaded after the stop: badge "${badge}"`);
  await d.closeTab(woken);

  check(await d.stopBackground(), 'background stopped again');
  await d.activate(tab);
  const popup = await d.openPopup();
  checkPopup(popup.summary, first, check, 'tab loaded before the background stopped');
  await popup.close();
  const kept = await d.badge(tab);
  check(kept === '✓', `${first.name}: badge kept across the stop ("${kept}")`);
  await d.closeTab(tab);
}

/**
 * In-page navigation: the page swaps in another article's document and pushes its address
 * (as a script-driven site does); the popup must show the new article, not the record of the
 * first one. Then a pushState to a listing (the badge follows), a real navigation to another
 * site's article, and back.
 */
export async function checkInPageNavigation(s: Scenario): Promise<void> {
  const { d, server, check } = s;
  const [start, next, home, french] = [fixture(s, '2024'), fixture(s, '2015'), fixture(s, 'home'), fixture(s, 'mondialisation')];
  const tab = await d.openTab(server.urlOf(start));
  await waitForBadge(s, tab);
  let popup = await d.openPopup();
  check(popup.summary.h1 === start.expected.title, `in-page navigation: the popup first shows ${start.name} ("${popup.summary.h1}")`);
  await popup.close();

  await d.pageEval(tab, swapTo(server.urlOf(next)));
  popup = await d.openPopup();
  checkPopup(popup.summary, next, check, 'after history.pushState from another article');
  await popup.close();

  await d.pageEval(tab, swapTo(server.urlOf(home)));
  const badge = await waitForBadge(s, tab, REPORT_MS, (b) => b === '–');
  check(badge === '–', `in-page navigation to the home page: badge "${badge}" follows the page`);
  popup = await d.openPopup();
  checkPopup(popup.summary, home, check, 'after history.pushState from an article');
  await popup.close();

  await d.navigate(tab, server.urlOf(french));
  popup = await d.openPopup();
  checkPopup(popup.summary, french, check, 'navigated in the same tab');
  await popup.close();

  await d.back(tab);
  const address = (await probe(s, tab)).href;
  popup = await d.openPopup();
  check(
    address === server.urlOf(home) && popup.summary.state === 'not-article',
    `back to ${address}: the popup shows that page again (${popup.summary.state} "${popup.summary.h1}")`,
  );
  await popup.close();
  const back = await waitForBadge(s, tab, REPORT_MS, (b) => b === '–');
  check(back === '–', `back to ${address}: badge "${back}"`);
  await d.closeTab(tab);
}

/** Main-world script: replace the document by the page at `url` (fetched from the same site) and push its address. */
function swapTo(url: string): string {
  const path = new URL(url).pathname;
  return `(async () => {
    const html = await (await fetch(${JSON.stringify(path)}, { cache: 'no-store' })).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.replaceChild(document.adoptNode(doc.documentElement), document.documentElement);
    history.pushState({}, '', ${JSON.stringify(path)});
    return location.href;
  })()`;
}

/**
 * A page that stops answering: its main thread busy after the content script started (the
 * getRecord timeout), and, where the popup injects into a page still loading, busy from the
 * start (the injection's timeout). The popup must show an error with its reason and a retry
 * button, never a spinner forever. It stays open until the page is back, so its message gets
 * an answer (closing it first, Firefox logs the dropped message as the popup's error).
 */
export async function checkHungPage(s: Scenario): Promise<void> {
  const { d, server, check } = s;
  const late = await d.openTab(server.busyUrl());
  const badge = await waitForBadge(s, late);
  check(badge === '–', `hung page: the content script ran before the page hung (badge "${badge}")`);
  const busyMs = 18_000;
  await d.pageEval(late, `__e2eBusySoon(${busyMs})`);
  const hungAt = Date.now();
  await sleep(500);
  let popup = await checkErrorView(s, late, 'hung page', /no answer within 15 s/);
  await sleep(Math.max(0, hungAt + busyMs + 500 - Date.now()));
  await checkRetry(s, popup, 'hung page');
  await popup.close();
  await d.closeTab(late);

  // Chromium holds the popup's message for the page that is still loading: the same getRecord
  // timeout as above. Firefox answers "no receiver" at once, so the popup injects the script,
  // and that injection waits for the page: its own timeout.
  if (d.name === 'chrome') return;
  const loadingMs = 14_000;
  const early = await d.openTab(server.busyUrl(loadingMs), false);
  const openedAt = Date.now();
  await sleep(1000);
  popup = await checkErrorView(s, early, 'page hung while loading', /did not let the extension in within 10 s/);
  await sleep(Math.max(0, openedAt + loadingMs - Date.now()));
  // Closed once its content script has reported (a tab closed while its message is on the
  // way makes Firefox log the dropped reply as the content script's error).
  const after = await waitForBadge(s, early);
  check(after === '–', `page hung while loading: once it is back, its content script reports (badge "${after}")`);
  await checkRetry(s, popup, 'page hung while loading');
  await popup.close();
  await d.closeTab(early);
}

async function checkErrorView(s: Scenario, tab: Tab, label: string, reason: RegExp): Promise<PopupView> {
  const { d, check } = s;
  await d.activate(tab);
  const popup = await d.openPopup(25_000);
  const { state, h1, reason: shown, hasRetry } = popup.summary;
  check(
    state === 'error' && reason.test(shown ?? '') && hasRetry,
    `${label}: the popup shows "${h1}", reason "${shown}", with "Try again" after ${(popup.ms / 1000).toFixed(1)} s`,
  );
  await popup.screenshot(artifact(s, label.replace(/\W+/g, '-')));
  return popup;
}

/** Once the page answers again, "Try again" gives the page's own view. */
async function checkRetry(s: Scenario, popup: PopupView, label: string): Promise<void> {
  const again = await popup.retry();
  s.check(again.state === 'not-article', `${label}: "Try again" once the page is back shows "${again.h1}"`);
}
