// What the scenarios of suite.ts and lifecycles.ts share: the driver, the server, the check
// function, the fixtures by name, and the reading of the page's probe.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Fixture } from '../helpers/fixtures';
import type { BrowserDriver, Tab } from './driver';
import type { FixtureServer } from './fixture-server';
import { READ_PROBE, type ProbeState } from './page-probe';
import type { Check } from './popup-checks';

export const ARTIFACTS = resolve('test/e2e/artifacts');

export interface Scenario {
  d: BrowserDriver;
  server: FixtureServer;
  check: Check;
  fixtures: Fixture[];
}

/** The fixture whose name contains `part` (the suite names the pages it needs by era and kind). */
export function fixture(s: Scenario, part: string): Fixture {
  const fx = s.fixtures.find((f) => f.name.includes(part));
  if (!fx) throw new Error(`e2e: no fixture named like "${part}" in test/fixtures`);
  return fx;
}

/** test/e2e/artifacts/<browser>-<name>.png */
export function artifact(s: Scenario, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${s.d.name}-${name}.png`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function probe(s: Scenario, tab: Tab): Promise<ProbeState> {
  const json = await s.d.pageEval<string>(tab, READ_PROBE);
  const state = JSON.parse(json) as ProbeState | null;
  if (!state) throw new Error('e2e: the page has no probe (was it served by the fixture server?)');
  return state;
}

/**
 * How long a content script may take to report on a busy 2-core machine (it reports when
 * the page is idle, within 3 s, then extracts). Only a failing check waits this long.
 */
export const REPORT_MS = 20_000;

/** The badge once the content script has reported (or what it is after `ms`). */
export async function waitForBadge(s: Scenario, tab: Tab, ms = REPORT_MS, until: (badge: string) => boolean = Boolean): Promise<string> {
  let badge = '';
  await waitUntil(async () => until((badge = await s.d.badge(tab))), ms);
  return badge;
}

/** Polls `ok` every 100 ms until it holds (true) or `ms` have passed (false). */
export async function waitUntil(ok: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await ok()) return true;
    if (Date.now() > end) return false;
    await sleep(100);
  }
}

export interface ProbeExpectation {
  /** Content scripts that announced themselves in the page. */
  starts: number;
  /** The page's body hash before any extraction (default: the probe's own, at DOMContentLoaded). */
  hashBefore?: string | null;
  trips?: string[];
}

/** The page's side: the content script ran (or not), the DOM is untouched, nothing of the page was run. */
export function checkProbe(s: Scenario, label: string, p: ProbeState, want: ProbeExpectation): void {
  const { check } = s;
  const starts = `${p.contentScriptStarts} content script start(s) seen by the page`;
  check(p.contentScriptStarts === want.starts && p.startsBeforeReady === 0, `${label}: ${starts} (expected ${want.starts}, none before DOMContentLoaded)`);
  const before = want.hashBefore === undefined ? p.hashAtReady : want.hashBefore;
  check(before !== null && p.hashNow === before, `${label}: page DOM unchanged (body hash ${before} before, ${p.hashNow} after)`);
  check(p.mutationsAfterReady === 0, `${label}: no DOM mutation after DOMContentLoaded (${p.mutationsAfterReady})`);
  const trips = want.trips ?? [];
  check(JSON.stringify(p.trips) === JSON.stringify(trips), `${label}: tripwires ${JSON.stringify(p.trips)} (expected ${JSON.stringify(trips)})`);
  check(p.dialogs.length === 0, `${label}: no alert/confirm/prompt from the page (${JSON.stringify(p.dialogs)})`);
}
