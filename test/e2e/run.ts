// `npm run test:e2e`: checks that both browsers are there (a missing one stops the run with
// one line naming it), builds the extension for both, runs the suite in Chromium, then in
// Firefox (each in its own process, with a time limit), and ends with one line:
// "e2e: N passed, N failed". Exit 0 only when every check passed in both browsers.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { missingBrowsers } from './browsers';

const RUNS = [
  { name: 'chrome', script: 'test/e2e/chrome.ts' },
  { name: 'firefox', script: 'test/e2e/firefox.ts' },
  // The UI pass (ui-suite.ts): fit, rights text, axe-core; twice (English and French UI), so twice the time.
  { name: 'chrome-ui', script: 'test/e2e/ui-chrome.ts', runs: 2 },
  { name: 'firefox-ui', script: 'test/e2e/ui-firefox.ts', runs: 2 },
] as const;
/**
 * Per browser: a stop for a run that hangs, not a speed test. With 16 fixtures each browser
 * takes 85-130 s on a busy 2-core machine (150 s was hit with npm test running beside it).
 */
const LIMIT_MS = Number(process.env.E2E_LIMIT_MS ?? 300_000);

const started = Date.now();
const missing = missingBrowsers();
if (missing.length) {
  for (const line of missing) console.error(line);
  process.exit(1);
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  console.log('e2e: npm run build (Chrome MV3 and Firefox MV3)');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error(`e2e: the build failed (exit ${build.status}); run npm run build to see why`);
    process.exit(1);
  }
}

let passed = 0;
let failed = 0;
const perBrowser: string[] = [];
/** Every failed check, repeated at the end: a CI log shows only its tail. */
const failures: string[] = [];
for (const run of RUNS) {
  const browserStarted = Date.now();
  const result = await runBrowser(run.name, run.script, LIMIT_MS * ('runs' in run ? run.runs : 1));
  passed += result.passed;
  failed += result.failed;
  perBrowser.push(`${run.name} ${result.passed} passed, ${result.failed} failed in ${Math.round((Date.now() - browserStarted) / 1000)} s`);
}
if (failures.length) console.log(`\ne2e: what failed:\n${failures.join('\n')}`);
console.log(`\ne2e: ${perBrowser.join('; ')} (${Math.round((Date.now() - started) / 1000)} s)`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** One browser's suite in a child process; its lines go through prefixed, its summary line is read. */
async function runBrowser(name: string, script: string, limitMs: number): Promise<{ passed: number; failed: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let summary: { passed: number; failed: number } | null = null;
  const summaryLine = new RegExp(`^${name}: (\\d+) passed, (\\d+) failed$`);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      const m = summaryLine.exec(line);
      if (m) summary = { passed: Number(m[1]), failed: Number(m[2]) };
      else {
        console.log(`${name.padEnd(7)} │ ${line}`);
        if (line.startsWith('FAIL')) failures.push(`${name.padEnd(7)} │ ${line}`);
      }
    });
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGKILL'); // its process group: the suite and the browser it started
  }, limitMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const got = summary as { passed: number; failed: number } | null;
  if (timedOut) return fail(name, got, `did not finish within ${limitMs / 1000} s`);
  if (!got) return fail(name, null, `stopped without a result (exit ${code})`);
  if (code !== 0 && got.failed === 0) return fail(name, got, `exited ${code} with no failed check`);
  return got;
}

function fail(name: string, got: { passed: number; failed: number } | null, why: string): { passed: number; failed: number } {
  console.log(`${name.padEnd(7)} │ FAIL ${name} ${why}`);
  failures.push(`${name.padEnd(7)} │ FAIL ${name} ${why}`);
  return { passed: got?.passed ?? 0, failed: (got?.failed ?? 0) + 1 };
}
