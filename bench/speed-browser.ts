// Speed in headless Chromium, inside the real page: the fixture is served from loopback and
// loaded, the bundles are injected, and each contestant is timed there with performance.now(),
// interleaved, on the live document (each clones what it changes, as in a content script).
import type { Browser, Page } from 'puppeteer-core';
import type { ExtractResult } from '../src/extract';
import type { Fixture } from '../test/helpers/fixtures';
import type { Bundles } from './bundle';
import type * as Harness from './page/harness';
import { loopbackPage } from './chromium';
import { CONTESTANTS, type Contestant } from './contestants';
import { checkResult } from './fidelity';
import type { Served } from './serve';
import type { PageSpeed } from './speed-node';
import { summarize, type Summary } from './stats';
import { RUNS, WARMUP } from './timing';

/** Serves the bundles once; returns their URLs. */
export function serveBundles(server: Served, bundles: Bundles): Record<keyof Bundles, string> {
  return {
    core: server.put('/bundles/core.js', bundles.core),
    readability: server.put('/bundles/readability.js', bundles.readability),
    defuddle: server.put('/bundles/defuddle.js', bundles.defuddle),
    profiledCore: server.put('/bundles/profiled-core.js', bundles.profiledCore),
    harness: server.put('/bundles/harness.js', bundles.harness),
  };
}

export const pagePath = (fx: Fixture) => `/pages/${fx.name.replace(/[^\w-]+/g, '-')}.html`;

export async function openFixture(browser: Browser, server: Served, fx: Fixture, scripts: string[]): Promise<Page> {
  const page = await loopbackPage(browser);
  await page.goto(server.put(pagePath(fx), fx.html), { waitUntil: 'load' });
  for (const url of scripts) await page.addScriptTag({ url });
  return page;
}

/** Calls a function of page/harness.ts in the page (by name: nothing of Node's code is serialised). */
export async function callHarness<K extends keyof typeof Harness>(page: Page, name: K, ...args: Parameters<(typeof Harness)[K]>) {
  const call = `__benchHarness.${name}(...${JSON.stringify(args)})`;
  return (await page.evaluate(call)) as ReturnType<(typeof Harness)[K]>;
}

export async function measureBrowserSpeed(browser: Browser, server: Served, urls: Record<keyof Bundles, string>, pages: Fixture[]): Promise<PageSpeed[]> {
  const out: PageSpeed[] = [];
  for (const [i, fx] of pages.entries()) {
    const page = await openFixture(browser, server, fx, [urls.harness, urls.core, urls.readability, urls.defuddle]);
    // The first (cold) runs go in a rotating order from page to page: none is always first in.
    const order = CONTESTANTS.map((_, j) => CONTESTANTS[(i + j) % CONTESTANTS.length]);
    const got = await callHarness(page, 'timing', order, fx.expected.url, WARMUP, RUNS);
    await page.close();
    const times: Partial<Record<Contestant, Summary>> = {};
    for (const [who, samples] of Object.entries(got.samples)) times[who as Contestant] = summarize(samples as number[]);
    out.push({
      page: fx.name,
      times,
      cold: got.cold,
      errors: got.errors,
      extractChecks: got.result ? checkResult(fx.expected, got.result as ExtractResult) : { passed: 0, total: 1, failures: [`extract threw: ${got.errors.extract}`] },
    });
  }
  return out;
}
