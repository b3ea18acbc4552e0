// Size of the built extension, per browser: each entry the manifest names (content script,
// background, popup page with the scripts and styles it loads up front) and every chunk that is
// only reached through a dynamic import() (lazy), in bytes and gzip bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  bytes: number;
  gzip: number;
  /** For a lazy chunk: the files whose import() loads it. */
  loadedBy?: string[];
}

export interface BuildSize {
  target: string;
  entries: EntrySize[];
  lazy: EntrySize[];
  /** Everything in the build directory (icons included). */
  total: { bytes: number; gzip: number };
}

const QUOTED = `["'\`]([^"'\`]+\\.(?:js|mjs|css))["'\`]`;
const STATIC_IMPORT = new RegExp(`(?:\\bimport|\\bexport)\\s*(?:[\\w$*{}\\s,]*?\\bfrom\\s*)?${QUOTED}`, 'g');
const DYNAMIC_IMPORT = new RegExp(`\\bimport\\(\\s*${QUOTED}\\s*\\)`, 'g');
const HTML_REFS = /<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']([^"']+\.(?:js|css))["']/g;

export const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));

function refs(text: string, re: RegExp): string[] {
  return Array.from(text.matchAll(re), (m) => m[1]);
}

/** A reference from `from` (a path inside the build) to a build path. */
function resolveRef(from: string, ref: string): string {
  return ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(from), ref));
}

export function measureBuild(dir: string, target: string): BuildSize | null {
  if (!existsSync(join(dir, 'manifest.json'))) return null;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const read = (p: string) => (existsSync(join(dir, p)) ? readFileSync(join(dir, p)) : null);
  const sizeOf = (files: string[]) =>
    files.reduce(
      (acc, f) => {
        const buf = read(f);
        return buf ? { bytes: acc.bytes + buf.length, gzip: acc.gzip + gzipSync(buf).length } : acc;
      },
      { bytes: 0, gzip: 0 },
    );

  const dynamicTargets = new Map<string, Set<string>>();
  /** The files an entry loads up front: itself and its static imports, transitively. */
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f) || !read(f)) return;
      seen.add(f);
      const text = read(f)!.toString('utf8');
      if (f.endsWith('.html')) refs(text, HTML_REFS).forEach((r) => visit(resolveRef(f, r)));
      if (!/\.m?js$/.test(f)) return;
      refs(text, STATIC_IMPORT).forEach((r) => visit(resolveRef(f, r)));
      for (const r of refs(text, DYNAMIC_IMPORT)) {
        const t = resolveRef(f, r);
        if (!dynamicTargets.has(t)) dynamicTargets.set(t, new Set());
        dynamicTargets.get(t)!.add(f);
      }
    };
    roots.forEach(visit);
    return [...seen];
  };

  const named: { entry: string; roots: string[] }[] = [];
  for (const cs of manifest.content_scripts ?? []) named.push({ entry: 'content script', roots: [...(cs.js ?? []), ...(cs.css ?? [])] });
  const bg = manifest.background ?? {};
  const bgFiles = [bg.service_worker, ...(bg.scripts ?? []), bg.page].filter(Boolean);
  if (bgFiles.length) named.push({ entry: 'background', roots: bgFiles });
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup) named.push({ entry: 'popup', roots: [popup] });
  // Other pages of the extension (a reader view, options): each an entry of its own.
  for (const f of listFiles(dir).map((p) => relative(dir, p).split('\\').join('/'))) {
    if (f.endsWith('.html') && f !== popup && !named.some((n) => n.roots.includes(f))) named.push({ entry: `page ${f}`, roots: [f] });
  }

  const entries: EntrySize[] = named.map(({ entry, roots }) => {
    const files = closure(roots);
    return { entry, files, ...sizeOf(files) };
  });
  const upFront = new Set(entries.flatMap((e) => e.files));
  const lazy: EntrySize[] = [...dynamicTargets]
    .filter(([f]) => !upFront.has(f))
    .map(([f, by]) => {
      const files = closure([f]).filter((x) => !upFront.has(x));
      return { entry: `lazy ${f}`, files, ...sizeOf(files), loadedBy: [...by] };
    });
  const all = listFiles(dir).map((p) => relative(dir, p));
  return { target, entries, lazy, total: sizeOf(all) };
}
