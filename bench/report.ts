// The Markdown report: targets first, then fidelity, speed (with the profile), popup latency
// and size (the sections are in report-sections.ts). Pure: data in, text out.
import type { BuildState } from './build';
import { sumTallies, type PageFidelity } from './fidelity';
import type { PopupLatency } from './popup';
import type { StepProfile } from './profile';
import {
  failedKind,
  fidelitySection,
  fidelityTotals,
  frac,
  kb,
  popupSection,
  profileSection,
  sizeSection,
  speedTable,
  table,
  x,
} from './report-sections';
import type { BuildSize } from './size';
import type { PageSpeed } from './speed-node';
import { ms, ratio } from './stats';

export interface Meta {
  date: string;
  node: string;
  chromium: string;
  cpu: string;
  os: string;
  load: { start: number[]; end: number[] };
  versions: Record<string, string>;
  runs: number;
  warmup: number;
  gc: boolean;
  wallMs: number;
  stages: Record<string, number>;
}

export interface SpeedEnv {
  env: string;
  pages: PageSpeed[];
}

export type Maybe<T> = { ok: true; value: T } | { ok: false; why: string };

export interface BenchData {
  meta: Meta;
  fidelity: PageFidelity[];
  speed: Maybe<SpeedEnv>[];
  profiles: Maybe<StepProfile[]>;
  popup: Maybe<PopupLatency[]>;
  build: BuildState;
  sizes: Maybe<BuildSize[]>;
  bundles: { name: string; bytes: number; gzip: number }[];
}

/** Budgets in SI kilobytes (1 KB = 1,000 bytes), the stricter reading. */
export const TARGETS = {
  ratioToReadability: 1.25,
  longArticleMs: 60,
  popupCachedMs: 100,
  contentScriptBytes: 110_000,
  popupBytes: 45_000,
};


const yes = (ok: boolean) => (ok ? '✅ met' : '❌ missed');

interface TargetRow {
  target: string;
  measured: string;
  ok: boolean | null;
}

export function targetRows(data: BenchData): TargetRow[] {
  const rows: TargetRow[] = [];
  const chromium = data.speed.find((s) => s.ok && s.value.env.startsWith('Chromium'));
  if (chromium?.ok) {
    const pages = chromium.value.pages;
    const ratios = pages.map((p) => ({ page: p.page, r: ratio(p.times.extract, p.times.readability) }));
    const over = ratios.filter((q, i) => q.r === null || q.r > TARGETS.ratioToReadability || failedKind(pages[i]));
    const worst = ratios.reduce((a, b) => ((b.r ?? Infinity) > (a.r ?? -Infinity) ? b : a));
    rows.push({
      target: `\`extract\` ≤ ${TARGETS.ratioToReadability}× bare Readability on every page (Chromium)`,
      measured: over.length ? `over on ${over.length} of ${pages.length} pages; worst ${x(worst.r)} (${worst.page})` : `worst ${x(worst.r)} (${worst.page})`,
      ok: over.length === 0,
    });
    const slower = pages.filter((p) => !p.times.extract || !p.times.defuddle || p.times.extract.median >= p.times.defuddle.median);
    const dr = pages.map((p) => ({ page: p.page, r: ratio(p.times.extract, p.times.defuddle) }));
    const worstD = dr.reduce((a, b) => ((b.r ?? Infinity) > (a.r ?? -Infinity) ? b : a));
    rows.push({
      target: '`extract` faster than Defuddle on every page (Chromium)',
      measured: slower.length ? `not faster on ${slower.map((p) => p.page).join(', ')}; worst ${x(worstD.r)}` : `worst extract/Defuddle ${x(worstD.r)} (${worstD.page})`,
      ok: slower.length === 0,
    });
    const long = pages.find((p) => /long/.test(p.page));
    rows.push({
      target: `Long article: \`extract\` < ${TARGETS.longArticleMs} ms median (Chromium)`,
      measured: long?.times.extract ? `${ms(long.times.extract.median)} ms` : 'n/a',
      ok: long?.times.extract ? long.times.extract.median < TARGETS.longArticleMs : null,
    });
  } else {
    rows.push({ target: 'Speed targets (Chromium)', measured: chromium && !chromium.ok ? chromium.why : 'Chromium not measured', ok: null });
  }
  if (data.popup.ok) {
    const worst = Math.max(...data.popup.value.map((p) => p.cached?.median ?? Infinity));
    rows.push({ target: `Popup shows data ≤ ${TARGETS.popupCachedMs} ms after opening, page already extracted`, measured: `${ms(worst)} ms median (worst page)`, ok: worst <= TARGETS.popupCachedMs });
  } else rows.push({ target: `Popup shows data ≤ ${TARGETS.popupCachedMs} ms (cached)`, measured: data.popup.why, ok: null });
  if (data.sizes.ok) {
    for (const s of data.sizes.value) {
      const cs = s.entries.find((e) => e.entry === 'content script');
      const popup = s.entries.find((e) => e.entry === 'popup');
      rows.push({ target: `${s.target}: content script ≤ ${kb(TARGETS.contentScriptBytes)} minified`, measured: cs ? kb(cs.bytes) : 'n/a', ok: cs ? cs.bytes <= TARGETS.contentScriptBytes : null });
      rows.push({ target: `${s.target}: popup ≤ ${kb(TARGETS.popupBytes)} without lazy chunks (html + js + css)`, measured: popup ? kb(popup.bytes) : 'n/a', ok: popup ? popup.bytes <= TARGETS.popupBytes : null });
    }
  } else rows.push({ target: 'Size budgets', measured: data.sizes.why, ok: null });
  const fixtures = data.fidelity.filter((p) => !p.generated);
  const imperfect = fixtures.filter((p) => {
    const t = sumTallies(p.scores.extract);
    return t.passed !== t.total;
  });
  const tot = fidelityTotals(fixtures, 'extract');
  rows.push({
    target: 'Fidelity: 100% of checks on every fixture',
    measured: `${frac(tot)}; Readability alone ${frac(fidelityTotals(fixtures, 'readability'))}, Defuddle ${frac(fidelityTotals(fixtures, 'defuddle'))}${imperfect.length ? `; below 100%: ${imperfect.map((p) => p.page).join(', ')}` : ''}`,
    ok: imperfect.length === 0,
  });
  return rows;
}

export function renderReport(data: BenchData): string {
  const m = data.meta;
  const speedParts = data.speed.map((s) =>
    s.ok ? `### ${s.value.env}\n\n${speedTable(s.value)}\n` : `### (not measured)\n\n${s.why}\n`,
  );
  return [
    '# gr-provenance benchmark report',
    '',
    `Generated ${m.date} by \`npm run bench\` (bench/run.ts) in ${(m.wallMs / 1000).toFixed(0)} s.`,
    '',
    `- Node ${m.node}; ${m.chromium}; ${m.cpu}; ${m.os}`,
    `- Load average (1/5/15 min) at start ${m.load.start.map((l) => l.toFixed(2)).join(' / ')}, at end ${m.load.end.map((l) => l.toFixed(2)).join(' / ')}: other work on the machine slows every contestant alike, but widens the spread.`,
    `- ${Object.entries(m.versions).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- Timings: ${m.warmup} warm-up runs, then ${m.runs} measured runs per contestant and page, interleaved; median and interquartile range (p25–p75) in ms. Node ran with${m.gc ? '' : 'out'} \`--expose-gc\`.`,
    `- Stages: ${Object.entries(m.stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`,
    '',
    'Methodology: [bench/README.md](README.md).',
    '',
    '## Targets',
    '',
    table(['target', 'measured', ''], targetRows(data).map((r) => [r.target, r.measured, r.ok === null ? 'not measured' : yes(r.ok)])),
    '',
    fidelitySection(data.fidelity),
    '## 2. Speed',
    '',
    "Each contestant gets an article out of a live page: `extract(doc, url)` (it clones the page itself), bare `new Readability(doc.cloneNode(true)).parse()` (the clone included, since Readability changes the document it reads), and Defuddle's `new Defuddle(doc, { url }).parse()` (it clones internally). The last column scores `extract`'s own result in that DOM: the same core should pass the same checks everywhere.",
    '',
    ...speedParts,
    profileSection(data.profiles),
    popupSection(data.popup),
    '',
    sizeSection(data),
    '',
  ].join('\n');
}
