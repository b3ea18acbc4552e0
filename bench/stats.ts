// Summaries of repeated timings: the median and the spread a reader can trust on a busy machine.

export interface Summary {
  runs: number;
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
}

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return { runs: s.length, median: quantile(s, 0.5), p25: quantile(s, 0.25), p75: quantile(s, 0.75), min: s[0], max: s[s.length - 1] };
}

/** "12.3 ms (11.9–13.0)": median and interquartile range. */
export function formatMs(s: Summary | undefined): string {
  if (!s) return 'n/a';
  return `${ms(s.median)} (${ms(s.p25)}–${ms(s.p75)})`;
}

export function ms(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function ratio(a: Summary | undefined, b: Summary | undefined): number | null {
  return a && b && b.median > 0 ? a.median / b.median : null;
}
