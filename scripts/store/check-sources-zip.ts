// After `npm run zip`: unpacks the sources zip into a temporary folder, builds both browsers
// there as SOURCE.md says (npm run build:firefox, npm run build:chrome), and checks that every
// file, every .js above all, is byte-identical to the store zips. Exit 1 on any difference.
//
// The one shortcut: instead of a second `npm ci` (a minute or more on CI, and the network),
// the unpacked folder links this checkout's node_modules. That is the tree `npm ci` would
// install from the zip's package-lock.json, and the script proves it before building: every
// package npm installed here (node_modules/.package-lock.json) has the version and integrity
// hash the zip's lockfile pins, and every package the lockfile pins is installed (or is an
// optional package for another platform, which `npm ci` skips too). So the build sees the
// same dependency bytes a reviewer's `npm ci` gives, and only the source files come from the zip.
//   npm run zip && node --import tsx scripts/store/check-sources-zip.ts
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { filesUnder } from './files';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (kind: string) => join(ROOT, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);

type Lock = { packages: Record<string, { version?: string; integrity?: string; optional?: boolean; link?: boolean }> };

async function unzip(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

/** Why the installed tree is not what `npm ci` would install from `lock`; [] when it is. */
export function lockMismatches(lock: Lock, installed: Lock): string[] {
  const out: string[] = [];
  const pinned = Object.entries(lock.packages).filter(([path]) => path.startsWith('node_modules/'));
  for (const [path, want] of pinned) {
    const got = installed.packages[path];
    if (!got) {
      if (!want.optional) out.push(`${path} ${want.version} is pinned but not installed`);
    } else if (got.version !== want.version || got.integrity !== want.integrity) {
      out.push(`${path}: installed ${got.version} (${got.integrity}), pinned ${want.version} (${want.integrity})`);
    }
  }
  for (const path of Object.keys(installed.packages)) if (!lock.packages[path]) out.push(`${path} is installed but not in the lockfile`);
  return out;
}

async function main(): Promise<number> {
  const sources = await unzip(zipPath('sources'));
  const work = mkdtempSync(join(tmpdir(), 'gr-sources-'));
  try {
    for (const [name, bytes] of sources) {
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), bytes);
    }
    if (!sources.has('SOURCE.md')) return fail('the sources zip has no SOURCE.md');
    const lock = JSON.parse(sources.get('package-lock.json')?.toString('utf8') ?? 'null') as Lock | null;
    if (!lock) return fail('the sources zip has no package-lock.json');
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/.package-lock.json'), 'utf8')) as Lock;
    const mismatches = lockMismatches(lock, installed);
    if (mismatches.length) return fail(`node_modules is not what npm ci installs from the zip's lockfile:\n  ${mismatches.slice(0, 20).join('\n  ')}`);
    symlinkSync(resolve(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');

    let identical = 0;
    let js = 0;
    const differences: string[] = [];
    for (const browser of ['firefox', 'chrome']) {
      const build = spawnSync('npm', ['run', '--silent', `build:${browser}`], { cwd: work, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      if (build.status !== 0) return fail(`npm run build:${browser} in the unpacked sources failed:\n${build.stderr || build.stdout}`);
      const submitted = await unzip(zipPath(browser));
      const outDir = join(work, '.output', `${browser}-mv3`);
      const rebuilt = new Map(filesUnder(outDir).map((f) => [relative(outDir, f).split('\\').join('/'), readFileSync(f)]));
      for (const name of new Set([...submitted.keys(), ...rebuilt.keys()])) {
        const a = submitted.get(name);
        const b = rebuilt.get(name);
        if (!a || !b) differences.push(`${browser}: ${name} is only in the ${a ? 'store zip' : 'rebuild'}`);
        else if (!a.equals(b)) differences.push(`${browser}: ${name} differs`);
        else {
          identical++;
          if (name.endsWith('.js')) js++;
        }
      }
    }
    if (differences.length) return fail(`the rebuild from the sources zip differs from the store zips:\n  ${differences.join('\n  ')}`);
    console.log(`sources zip: rebuilt both browsers from ${relative(ROOT, zipPath('sources'))} as SOURCE.md says: ${identical} files byte-identical to the store zips (${js} .js)`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function fail(message: string): number {
  console.error(`sources zip: ${message}`);
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) process.exit(await main());
