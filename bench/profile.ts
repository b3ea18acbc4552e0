// Where `extract`'s time goes, in Chromium: the step-timed bundle (see bundle.ts) run on a page,
// the median of each step over the measured runs, and what is left in extract's own body.
import type { Browser } from 'puppeteer-core';
import type { Fixture } from '../test/helpers/fixtures';
import type { Bundles } from './bundle';
import type { Served } from './serve';
import { callHarness, openFixture } from './speed-browser';
import { summarize, type Summary } from './stats';
import { RUNS, WARMUP } from './timing';

export interface StepProfile {
  page: string;
  /** extract's whole time with the step clock on. */
  total: Summary;
  /** Steps by median time, largest first; `calls` is per extract. */
  steps: { name: string; median: number; share: number; calls: number }[];
  /** Bare Readability on the same page, for scale. */
  readability: Summary;
}

export async function profileSteps(browser: Browser, server: Served, urls: Record<keyof Bundles, string>, fx: Fixture): Promise<StepProfile> {
  const page = await openFixture(browser, server, fx, [urls.harness, urls.profiledCore, urls.readability]);
  const raw = await callHarness(page, 'profile', fx.expected.url, WARMUP, RUNS);
  await page.close();
  const total = summarize(raw.totals);
  const steps = Object.entries(raw.steps).map(([name, samples]) => {
    const median = summarize(samples).median;
    return { name, median, share: median / total.median, calls: raw.calls[name] };
  });
  steps.sort((a, b) => b.median - a.median);
  return { page: fx.name, total, steps, readability: summarize(raw.readability) };
}
