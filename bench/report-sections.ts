// The report's sections, one function each: fidelity, speed tables, profile, popup, size.
import type { BenchData, Maybe, SpeedEnv } from './report';
import { CONTESTANTS, LABELS, type Contestant } from './contestants';
import { sumTallies, type CheckTally, type PageFidelity } from './fidelity';
import type { PopupLatency } from './popup';
import type { StepProfile } from './profile';
import type { EntrySize } from './size';
import type { PageSpeed } from './speed-node';
import { formatMs, ms, ratio } from './stats';

export const pct = (passed: number, total: number) => (total ? `${((100 * passed) / total).toFixed(0)}%` : 'n/a');
export const frac = (t: { passed: number; total: number }) => `${t.passed}/${t.total} (${pct(t.passed, t.total)})`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const x = (r: number | null) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);

export function table(head: string[], rows: string[][], align?: string[]): string {
  const sep = head.map((_, i) => align?.[i] ?? '---');
  return [head, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const CONTENT_CHECKS = /^content\./;
const OFFERED = new Set(['kind', 'url', 'title', 'authors', 'publishedAt']);

export function fidelityTotals(pages: PageFidelity[], who: Contestant, keep: (name: string) => boolean = () => true) {
  return sumTallies(pages.flatMap((p) => p.scores[who].filter((t) => keep(t.name))));
}

export function fidelitySection(all: PageFidelity[]): string {
  const fixtures = all.filter((p) => !p.generated);
  const generated = all.filter((p) => p.generated);
  const head = ['page', ...CONTESTANTS.map((c) => LABELS[c])];
  const rows = all.map((p) => [p.generated ? `${p.page} ¹` : p.page, ...CONTESTANTS.map((c) => frac(sumTallies(p.scores[c])))]);
  rows.push(['**all fixtures**', ...CONTESTANTS.map((c) => `**${frac(fidelityTotals(fixtures, c))}**`)]);
  rows.push(['content checks only', ...CONTESTANTS.map((c) => frac(fidelityTotals(fixtures, c, (n) => CONTENT_CHECKS.test(n))))]);
  rows.push(['fields all three offer (kind, url, title, authors, publishedAt)', ...CONTESTANTS.map((c) => frac(fidelityTotals(fixtures, c, (n) => OFFERED.has(n))))]);

  const names: string[] = [];
  for (const p of fixtures) for (const t of p.scores.extract) if (!names.includes(t.name)) names.push(t.name);
  const byCheck = names.map((name) => [
    `\`${name}\``,
    ...CONTESTANTS.map((c) => {
      const tallies = fixtures.flatMap((p) => p.scores[c].filter((t: CheckTally) => t.name === name));
      return frac(sumTallies(tallies));
    }),
  ]);

  const extractFailures = all.flatMap((p) => p.failures.extract.map((f) => `- ${p.page}: ${f.slice(0, 300)}`));
  return [
    '## 1. Fidelity: SPEC.md checks passed',
    '',
    'Each fixture scored by the checks of its expected file, counted as `../shared/tools/score.mjs` counts them. Readability alone and Defuddle are read into the record shape from what they offer (Readability: title, byline, publishedTime, content; Defuddle: title, author, published, content); the provenance fields they do not offer fail. The Node DOM is jsdom, as in the CLI.',
    '',
    table(head, rows),
    '',
    generated.length ? '¹ generated from the 2024 fixture (see Speed); its expected record is derived, so it is not in the totals.\n' : '',
    '### Per check, over all fixtures',
    '',
    table(['check', ...CONTESTANTS.map((c) => LABELS[c])], byCheck),
    '',
    extractFailures.length ? `### Checks \`extract\` fails\n\n${extractFailures.join('\n')}\n` : '`extract` passes every check on every page.\n',
  ].join('\n');
}

export const failedKind = (p: PageSpeed) => p.extractChecks.failures.some((f) => /^(returned not-article|kind:|extract threw)/.test(f));

export function speedTable(env: SpeedEnv): string {
  const rows = env.pages.map((p) => {
    const t = p.times;
    const cell = (c: Contestant) => (t[c] ? formatMs(t[c]) : `error: ${p.errors[c] ?? 'not run'}`.slice(0, 80));
    const extractCell = failedKind(p) ? `⚠ ${cell('extract')} (failed run)` : cell('extract');
    const checks = `${p.extractChecks.passed}/${p.extractChecks.total}${p.extractChecks.passed < p.extractChecks.total ? ' ⚠' : ''}`;
    return [p.page, cell('readability'), extractCell, cell('defuddle'), x(ratio(t.extract, t.readability)), x(ratio(t.extract, t.defuddle)), checks];
  });
  const coldPages = env.pages.filter((p) => p.cold);
  const cold = coldPages.map((p) => {
    const c = p.cold!;
    const r = c.extract !== undefined && c.readability ? `${(c.extract / c.readability).toFixed(2)}×` : 'n/a';
    return [p.page, c.readability === undefined ? 'n/a' : ms(c.readability), c.extract === undefined ? 'n/a' : ms(c.extract), c.defuddle === undefined ? 'n/a' : ms(c.defuddle), r];
  });
  const failing = env.pages.filter((p) => p.extractChecks.passed < p.extractChecks.total);
  const notes = failing.map((p) => `- ${p.page}: ${p.extractChecks.failures.slice(0, 3).map((f) => f.slice(0, 200)).join('; ')}`);
  return [
    table(['page', 'Readability alone', '`extract`', 'Defuddle', 'extract / Readability', 'extract / Defuddle', '`extract` checks here'], rows),
    failing.length ? `\n⚠ \`extract\` does not give the expected record in this DOM on ${failing.length} page(s); a failed run's time is not comparable:\n\n${notes.join('\n')}` : '',
    cold.length
      ? `\nFirst run in the freshly loaded page (one sample, code not yet compiled: what a content script pays once per page; which contestant goes first rotates from page to page):\n\n${table(['page', 'Readability alone', '`extract`', 'Defuddle', 'extract / Readability'], cold)}`
      : '',
  ].join('\n');
}

export function profileSection(profiles: Maybe<StepProfile[]>): string {
  if (!profiles.ok) return `### Where \`extract\`'s time goes\n\nNot measured: ${profiles.why}\n`;
  return profiles.value
    .map((p) => {
      const rows = p.steps.filter((s) => s.median >= 0.05 || s.share >= 0.01).map((s) => [s.name, ms(s.median), `${(100 * s.share).toFixed(0)}%`, String(s.calls)]);
      const GROUPS = [/^readArticle\b/, /^sanitizeHtml\b/, /cloneNode/, /^(textBlocks|articleText)\b|innerHTML/];
      const group = (re: RegExp) => p.steps.filter((s) => re.test(s.name)).reduce((n, s) => n + s.median, 0);
      const [readability, purify, clone, text] = GROUPS.map(group);
      // The rest: every other step (site rules) and extract's own code, by their medians.
      const rest = p.steps.filter((s) => !GROUPS.some((re) => re.test(s.name))).reduce((n, s) => n + s.median, 0);
      return [
        `### Where \`extract\`'s time goes: ${p.page} (Chromium, step clock on)`,
        '',
        `\`extract\` ${formatMs(p.total)} ms with the step clock on; bare Readability on the same page ${formatMs(p.readability)} ms. ` +
          `Grouped: Readability inside extract (on the article container only) **${ms(readability)} ms**, DOMPurify **${ms(purify)} ms**, ` +
          `cloning the page **${ms(clone)} ms**, serialising the clean HTML and building its text **${ms(text)} ms**, ` +
          `the site rules and the rest **${ms(rest)} ms** (medians of the steps; they need not add up to the total).`,
        '',
        table(['step (module)', 'median ms', 'share', 'calls'], rows, ['---', '---:', '---:', '---:']),
        '',
      ].join('\n');
    })
    .join('\n');
}

export function popupSection(popup: Maybe<PopupLatency[]>): string {
  const head = '## 3. Popup latency (Chromium, built extension)\n\nFrom the popup page\'s navigation start to the record\'s title in its DOM; see bench/README.md for the set-up.\n';
  if (!popup.ok) return `${head}\nNot measured: ${popup.why}\n`;
  const rows = popup.value.map((p) => [p.page, formatMs(p.cached ?? undefined), p.firstCached === null ? 'n/a' : ms(p.firstCached), formatMs(p.uncached ?? undefined)]);
  const marks = popup.value.flatMap((p) => p.marks);
  const notes = popup.value.flatMap((p) => p.notes.map((n) => `- ${p.page}: ${n}`));
  return [
    head,
    table(['page', 'cached (median, IQR) ms', 'first cached opening ms', 'uncached (median, IQR) ms'], rows),
    '',
    marks.length
      ? `The popup's own performance marks: ${marks.join(', ')}.`
      : 'The popup sets no `performance.mark` of its own yet: the figures are the title appearing in the DOM, seen by a MutationObserver the bench installs before the popup\'s scripts run (a popup mark at first render of data would replace it).',
    '',
    ...notes,
  ].join('\n');
}

function sizeRows(e: EntrySize): string[] {
  return [e.entry, e.files.join(', '), String(e.bytes), kb(e.bytes), String(e.gzip), kb(e.gzip)];
}

export function sizeSection(data: BenchData): string {
  const parts = ['## 4. Size of the built extension', ''];
  const b = data.build;
  parts.push(`Build: ${b.ran ? `\`npm run build\` ran (${b.reason}), ${(b.ms / 1000).toFixed(1)} s, ${b.ok ? 'ok' : 'FAILED'}` : b.reason}.`, '');
  if (!data.sizes.ok) parts.push(`Not measured: ${data.sizes.why}`);
  else {
    for (const s of data.sizes.value) {
      parts.push(`### ${s.target}`, '');
      parts.push(table(['entry', 'files', 'bytes', 'KB', 'gzip bytes', 'gzip KB'], [...s.entries, ...s.lazy].map(sizeRows)));
      parts.push('', `All files of the build (icons included): ${kb(s.total.bytes)}, ${kb(s.total.gzip)} gzipped. ${s.lazy.length ? '' : 'No lazily loaded chunk in this build.'}`, '');
    }
  }
  parts.push('### For scale: the same code bundled by the bench (esbuild, minified)', '');
  parts.push(table(['bundle', 'bytes', 'gzip bytes'], data.bundles.map((z) => [z.name, String(z.bytes), String(z.gzip)])));
  return parts.join('\n');
}
