// `npm run bench`: fidelity, speed (Node and Chromium), popup latency and size in one run; the
// Markdown report goes to stdout and to bench/report.md, progress to stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, type, release, arch } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadFixtures, type Fixture } from '../test/helpers/fixtures';
import { ensureBuild, outputDir, TARGETS as BUILD_TARGETS } from './build';
import { buildBundles } from './bundle';
import { chromiumPath, launchChromium } from './chromium';
import { measureFidelity } from './fidelity';
import { LONG_NAME, makeLongArticle } from './long-article';
import { measurePathological, renderPathological } from './pathological';
import { measurePopup } from './popup';
import { profileSteps } from './profile';
import { renderReport, type BenchData, type Maybe, type SpeedEnv } from './report';
import { serve } from './serve';
import { measureBuild } from './size';
import { measureBrowserSpeed, serveBundles } from './speed-browser';
import { measureNodeSpeed } from './speed-node';
import { gcAvailable, RUNS, WARMUP } from './timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POPUP_PAGE = '2024-crosspost-linked-source';
const PROFILE_PAGES = [LONG_NAME, POPUP_PAGE];

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const why = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];

function versionOf(pkg: string): string {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadStart = loadavg();
  const stages: Record<string, number> = {};
  const stage = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    log(`${name}…`);
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      stages[name] = performance.now() - t0;
    }
  };

  // The extension build runs while the untimed work is done; nothing is timed until it ends.
  const building = ensureBuild(ROOT);
  const fixtures = loadFixtures();
  const long = await stage('long article', () => makeLongArticle(fixtures));
  const pages: Fixture[] = [...fixtures, long];
  const fidelity = await stage('fidelity', () =>
    measureFidelity(pages.map((fixture) => ({ fixture, generated: fixture === long }))),
  );
  const bundles = await stage('bundles', buildBundles);
  const build = await stage('extension build (wait)', () => building);
  if (!build.ok) log(`extension build failed: ${build.log ?? build.reason}`);

  const speed: Maybe<SpeedEnv>[] = [];
  let profiles: BenchData['profiles'] = { ok: false, why: 'Chromium not available' };
  let chromium = 'Chromium not available';
  if (chromiumPath()) {
    await stage('speed in Chromium', async () => {
      const server = await serve();
      const browser = await launchChromium();
      try {
        chromium = `${(await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium ')} (headless)`;
        const urls = serveBundles(server, bundles);
        speed.push({ ok: true, value: { env: `Chromium, in the page (${chromium})`, pages: await measureBrowserSpeed(browser, server, urls, pages) } });
        const profiled = [];
        for (const name of PROFILE_PAGES) {
          const fx = pages.find((p) => p.name === name);
          if (fx) profiled.push(await profileSteps(browser, server, urls, fx));
        }
        profiles = { ok: true, value: profiled };
      } catch (err) {
        speed.push({ ok: false, why: `Chromium: ${why(err)}` });
        profiles = { ok: false, why: why(err) };
      } finally {
        await browser.close();
        await server.close();
      }
    });
  } else speed.push({ ok: false, why: 'Chromium not found: install Debian\'s chromium or set CHROMIUM_PATH' });

  for (const dom of ['jsdom', 'linkedom'] as const) {
    await stage(`speed in Node + ${dom}`, () => {
      try {
        speed.push({ ok: true, value: { env: `Node ${process.version} + ${dom} ${versionOf(dom)}`, pages: measureNodeSpeed(dom, pages) } });
      } catch (err) {
        speed.push({ ok: false, why: `${dom}: ${why(err)}` });
      }
    });
  }

  const chromeBuild = outputDir(ROOT, 'chrome-mv3');
  let popup: BenchData['popup'] = { ok: false, why: build.ok ? 'Chromium not available' : `the extension build failed (${build.reason})` };
  if (build.ok && chromiumPath()) {
    popup = await stage('popup latency', async () => {
      try {
        const fx = fixtures.find((f) => f.name === POPUP_PAGE) ?? fixtures.filter((f) => f.expected.kind === 'article').at(-1)!;
        return { ok: true as const, value: await measurePopup(chromeBuild, [fx], RUNS) };
      } catch (err) {
        return { ok: false as const, why: why(err) };
      }
    });
  }

  const measured = BUILD_TARGETS.map((t) => measureBuild(outputDir(ROOT, t), t)).filter((s) => s !== null);
  const sizes: BenchData['sizes'] = measured.length ? { ok: true, value: measured } : { ok: false, why: `no build in .output (${build.reason})` };
  const bundleSizes = [
    { name: 'core (`extract`: site rules + Readability + DOMPurify)', text: bundles.core },
    { name: 'Readability alone', text: bundles.readability },
    { name: "Defuddle (its own browser build, dist/index.js)", text: bundles.defuddle },
  ].map(({ name, text }) => ({ name, bytes: Buffer.byteLength(text), gzip: gzipSync(text).length }));

  const data: BenchData = {
    meta: {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      node: process.version,
      chromium,
      cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
      os: `${type()} ${release()} ${arch()}`,
      load: { start: loadStart, end: loadavg() },
      versions: Object.fromEntries(['@mozilla/readability', 'defuddle', 'dompurify', 'jsdom', 'linkedom', 'puppeteer-core', 'esbuild', 'wxt'].map((p) => [p, versionOf(p)])),
      runs: RUNS,
      warmup: WARMUP,
      gc: gcAvailable(),
      wallMs: performance.now() - started,
      stages,
    },
    fidelity,
    speed,
    profiles,
    popup,
    build,
    sizes,
    bundles: bundleSizes,
  };
  const pathological = await stage('pathological pages', () =>
    measurePathological(fixtures.find((f) => f.name === POPUP_PAGE) ?? fixtures[0]),
  );
  const report = `${renderReport(data).trimEnd()}\n\n${renderPathological(pathological)}`;
  writeFileSync(join(ROOT, 'bench', 'report.md'), report);
  process.stdout.write(report);
  log(`done in ${(data.meta.wallMs / 1000).toFixed(0)} s; written to bench/report.md`);
}

main().catch((err) => {
  process.stderr.write(`[bench] failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
