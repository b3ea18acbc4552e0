// Runs inside the fixture page (bundled by bundle.ts as the global `__benchHarness`): times
// the contestants with performance.now() on the live document. Reads only page globals: the
// core (`__grCore`), Readability (`__grReadability`), Defuddle's UMD build (`Defuddle`) and,
// for the profile, the step clock (`__steps`) of the step-timed core.
export type Runs = Record<string, number[]>;

export interface TimingResult {
  samples: Runs;
  /** The first run of each contestant in this fresh page: its code not yet compiled or warm. */
  cold: Record<string, number>;
  errors: Record<string, string>;
  /** extract's result on this page, as JSON, to score it like the Node one. */
  result: unknown;
}

const OWN = "(extract's own code between steps)";

export interface ProfileResult {
  totals: number[];
  steps: Runs;
  calls: Record<string, number>;
  readability: number[];
}

const g = globalThis as unknown as Record<string, any>;

/**
 * A minor collection (young generation, untimed) before each run, as in Node (bench/timing.ts):
 * one contestant's fresh garbage is not charged to the next. (A full collection before each run
 * was tried: it slows every contestant by a third, cold caches, and is further from a content
 * script's single run.)
 */
const collect: () => void = typeof g.gc === 'function' ? () => g.gc({ type: 'minor' }) : () => {};

function tasksFor(url: string): Record<string, () => unknown> {
  return {
    extract: () => g.__grCore.extract(document, url),
    readability: () => new g.__grReadability.Readability(document.cloneNode(true)).parse(),
    defuddle: () => new g.Defuddle(document, { url }).parse(),
  };
}

/** Warm-up then measured runs, the contestants interleaved in a rotating order. */
export function timing(who: string[], url: string, warmup: number, runs: number): TimingResult {
  const tasks = tasksFor(url);
  const samples: Runs = {};
  const cold: Record<string, number> = {};
  const errors: Record<string, string> = {};
  let result: unknown = null;
  const live = who.filter((w) => {
    try {
      collect();
      const t0 = performance.now();
      const r = tasks[w]();
      cold[w] = performance.now() - t0;
      if (w === 'extract') result = r;
      samples[w] = [];
      return true;
    } catch (err) {
      errors[w] = String(err);
      return false;
    }
  });
  for (let i = 0; i < warmup + runs; i++) {
    for (let j = 0; j < live.length; j++) {
      const w = live[(i + j) % live.length];
      collect();
      const t0 = performance.now();
      tasks[w]();
      const dt = performance.now() - t0;
      if (i >= warmup) samples[w].push(dt);
    }
  }
  return { samples, cold, errors, result: JSON.parse(JSON.stringify(result)) };
}

/** extract with the step clock on, and bare Readability beside it for scale. */
export function profile(url: string, warmup: number, runs: number): ProfileResult {
  const steps = g.__steps;
  const tasks = tasksFor(url);
  const out: ProfileResult = { totals: [], steps: {}, calls: {}, readability: [] };
  steps.active = true;
  for (let i = 0; i < warmup + runs; i++) {
    steps.reset();
    collect();
    const t0 = performance.now();
    tasks.extract();
    const total = performance.now() - t0;
    const taken = { totals: steps.totals as Map<string, number>, calls: steps.calls as Map<string, number> };
    steps.active = false; // Readability's own clone is not a step of extract
    collect();
    const r0 = performance.now();
    tasks.readability();
    const readability = performance.now() - r0;
    steps.active = true;
    if (i < warmup) continue;
    out.totals.push(total);
    out.readability.push(readability);
    let stepped = 0;
    for (const [name, ms] of taken.totals) {
      (out.steps[name] ??= []).push(ms);
      stepped += ms;
    }
    // What extract spent outside every step, taken per run (a difference of medians would not be).
    (out.steps[OWN] ??= []).push(Math.max(0, total - stepped));
    out.calls[OWN] = 1;
    for (const [name, n] of taken.calls) out.calls[name] = n;
  }
  steps.active = false;
  // A step that some runs skipped counts as 0 ms in those runs.
  for (const samples of Object.values(out.steps)) while (samples.length < runs) samples.push(0);
  return out;
}
