// Browser bundles for the in-page measurements, built in memory with esbuild (as IIFEs that set
// a global): the core, bare Readability, and a step-timed core for the profile. Defuddle ships
// its own browser build (dist/index.js, UMD: `window.Defuddle`), used as it is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Bundles {
  core: string;
  readability: string;
  defuddle: string;
  /** The core with every exported function of src/extract/* timed when `extract` calls it. */
  profiledCore: string;
  /** The in-page timing code (page/harness.ts) as the global `__benchHarness`. */
  harness: string;
}

async function iife(contents: string, globalName: string, options: { minify: boolean; plugins?: Plugin[]; banner?: string }) {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: `${globalName}.ts` },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2022',
    minify: options.minify,
    keepNames: !options.minify,
    legalComments: 'none',
    plugins: options.plugins,
    banner: options.banner ? { js: options.banner } : undefined,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

export async function buildBundles(): Promise<Bundles> {
  const defuddlePath = createRequire(import.meta.url).resolve('defuddle');
  const [core, readability, profiledCore, harness] = await Promise.all([
    iife(`export { extract } from './src/extract/index.ts';`, '__grCore', { minify: true }),
    iife(`export { Readability } from '@mozilla/readability';`, '__grReadability', { minify: true }),
    iife(`export { extract } from './src/extract/index.ts';`, '__grCore', { minify: false, plugins: [stepTimer], banner: STEP_PRELUDE }),
    iife(`export * from './bench/page/harness.ts';`, '__benchHarness', { minify: false }),
  ]);
  return { core, readability, defuddle: readFileSync(defuddlePath, 'utf8'), profiledCore, harness };
}

/**
 * The step clock: a call into another module of the core, made directly by `extract`, is a step;
 * calls a step makes are inside it (inclusive time). DOM calls `extract` makes itself, outside
 * any step (the page clone, innerHTML), are steps too.
 */
const STEP_PRELUDE = `
var __steps = globalThis.__steps = { depth: 0, totals: new Map(), calls: new Map(),
  record(name, ms) { this.totals.set(name, (this.totals.get(name) || 0) + ms); this.calls.set(name, (this.calls.get(name) || 0) + 1); },
  reset() { this.totals = new Map(); this.calls = new Map(); this.depth = 0; },
  wrap(name, fn) {
    if (typeof fn !== 'function') {
      if (fn && typeof fn === 'object' && Object.getPrototypeOf(fn) === Object.prototype)
        return Object.fromEntries(Object.entries(fn).map(([k, v]) => [k, typeof v === 'function' ? this.wrap(name + '.' + k, v) : v]));
      return fn;
    }
    const steps = this;
    return function (...args) {
      if (steps.depth > 0 || !steps.active) return fn.apply(this, args);
      steps.depth++;
      const t0 = performance.now();
      try { return fn.apply(this, args); } finally { steps.depth--; steps.record(name, performance.now() - t0); }
    };
  },
  patch(target, key, name, pick) {
    const desc = Object.getOwnPropertyDescriptor(target, key);
    const steps = this;
    const timed = (orig, label) => function (...args) {
      if (steps.depth > 0 || !steps.active || !pick(this, args)) return orig.apply(this, args);
      steps.depth++;
      const t0 = performance.now();
      try { return orig.apply(this, args); } finally { steps.depth--; steps.record(label, performance.now() - t0); }
    };
    if (desc.get) Object.defineProperty(target, key, { ...desc, get: name.get ? timed(desc.get, name.get) : desc.get, set: name.set ? timed(desc.set, name.set) : desc.set });
    else Object.defineProperty(target, key, { ...desc, value: timed(desc.value, name) });
  },
};
__steps.patch(Node.prototype, 'cloneNode', 'document.cloneNode (the page clone)', (self) => self.nodeType === 9);
__steps.patch(Element.prototype, 'innerHTML', { get: 'innerHTML (serialise)', set: 'innerHTML = (parse)' }, () => true);
`;

/** Rewrites `export function f` / `export const f =` of src/extract/* (not index.ts) to export a timed `f`. */
const stepTimer: Plugin = {
  name: 'step-timer',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]extract[\\/].*\.ts$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8');
      // extract itself is the whole being measured; its callees are the steps.
      if (/[\\/]src[\\/]extract[\\/]index\.ts$/.test(args.path)) return { contents: source, loader: 'ts' };
      const names: string[] = [];
      source = source.replace(/^export (function|const) ([A-Za-z_$][\w$]*)/gm, (_m, kind: string, name: string) => {
        names.push(name);
        return `${kind} ${name}`;
      });
      const module = args.path.slice(args.path.lastIndexOf('src/extract/') + 'src/extract/'.length);
      const tail = names.map((n) => `const __timed_${n} = __steps.wrap(${JSON.stringify(`${n} (${module})`)}, ${n});`).join('\n');
      const exports = names.length ? `\nexport { ${names.map((n) => `__timed_${n} as ${n}`).join(', ')} };` : '';
      return { contents: `${source}\n${tail}${exports}\n`, loader: 'ts' };
    });
  },
};
