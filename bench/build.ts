// The extension build the popup and size measurements need: `npm run build` (Chrome and
// Firefox), run when .output is missing or older than any source it is built from.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const TARGETS = ['chrome-mv3', 'firefox-mv3'] as const;
const SOURCES = ['entrypoints', 'src', 'assets', 'public', 'wxt.config.ts', 'package.json', 'package-lock.json'];

export interface BuildState {
  ran: boolean;
  ok: boolean;
  reason: string;
  ms: number;
  /** The tail of the build's output when it failed. */
  log?: string;
}

export const outputDir = (root: string, target: string) => join(root, '.output', target);

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(readdirSync(p).map((n) => join(p, n))) : st.mtimeMs);
  }
  return newest;
}

function staleness(root: string): string | null {
  const stamps = TARGETS.map((t) => join(outputDir(root, t), 'manifest.json')).map((m) => (existsSync(m) ? statSync(m).mtimeMs : 0));
  if (stamps.some((s) => s === 0)) return 'no build in .output';
  if (newestMtime(SOURCES.map((s) => join(root, s))) > Math.min(...stamps)) return 'sources are newer than .output';
  return null;
}

/** Builds when needed (BENCH_NO_BUILD=1: never). Resolves when done; never rejects. */
export function ensureBuild(root: string): Promise<BuildState> {
  const why = staleness(root);
  if (!why) return Promise.resolve({ ran: false, ok: true, reason: '.output is up to date', ms: 0 });
  if (process.env.BENCH_NO_BUILD) return Promise.resolve({ ran: false, ok: TARGETS.every((t) => existsSync(outputDir(root, t))), reason: `${why}; BENCH_NO_BUILD set`, ms: 0 });
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const keep = (b: Buffer) => (log = (log + b.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => resolve({ ran: true, ok: false, reason: why, ms: performance.now() - t0, log: String(err) }));
    child.on('close', (code) => resolve({ ran: true, ok: code === 0, reason: why, ms: performance.now() - t0, log: code === 0 ? undefined : log }));
  });
}
