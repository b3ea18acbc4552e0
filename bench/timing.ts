// The timing loop shared by the Node measurements: warm-up, then measured runs, contestants
// interleaved (in a rotating order) so that drift of the machine touches them all alike.
import { summarize, type Summary } from './stats';

export const RUNS = Math.max(15, Number(process.env.BENCH_RUNS) || 15);
export const WARMUP = Math.max(1, Number(process.env.BENCH_WARMUP) || 3);
/** A task whose warm-up runs took this long is warm: one 400 ms run has compiled its code. */
const WARM_MS = 250;

type Gc = (options?: { type: 'major' | 'minor' }) => void;
const gc: Gc = (globalThis as { gc?: Gc }).gc ?? (() => {});
export const gcAvailable = () => typeof (globalThis as { gc?: unknown }).gc === 'function';

/**
 * Warms each task up (WARMUP runs, or fewer once WARM_MS are spent), then runs them RUNS times,
 * interleaved, and summarises the measured runs (milliseconds). A full collection precedes the
 * measured runs and a minor one (young generation, about 1 ms, untimed) precedes each run, so
 * that one contestant's fresh garbage is not charged to the next one.
 */
export function timeInterleaved<K extends string>(tasks: Record<K, () => unknown>): Record<K, Summary> {
  const names = Object.keys(tasks) as K[];
  for (const name of names) {
    for (let n = 0, spent = 0; n < WARMUP && spent < WARM_MS; n++) {
      const t0 = performance.now();
      tasks[name]();
      spent += performance.now() - t0;
    }
  }
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  gc();
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      gc({ type: 'minor' });
      const t0 = performance.now();
      tasks[name]();
      samples[name].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(samples[n])])) as Record<K, Summary>;
}
