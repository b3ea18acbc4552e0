// The popup stays fast: Turndown is reachable only through src/format/markdown.ts, which
// the popup loads with import(). Follows the static imports of every other format module.
// And the citation reference tools (citeproc-js, CPAL/AGPL; the BibTeX and RIS parsers; ajv)
// are test-only: no module of the extension or the CLI reaches them, statically or through
// import(). test/build-policy.test.ts checks the built bundles too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FORMAT_DIR = fileURLToPath(new URL('../../src/format/', import.meta.url));

/** Static import specifiers of a module (type-only imports are erased and ignored). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      /* next */
    }
  }
  return null;
}

/** Every package a module pulls in, following local imports. */
function reachablePackages(entry: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(entry)) return packages;
  seen.add(entry);
  for (const spec of staticImports(entry)) {
    const local = resolveLocal(entry, spec);
    if (local) for (const p of reachablePackages(local, seen)) packages.add(p);
    else if (!spec.startsWith('.')) packages.add(spec);
  }
  return packages;
}

const modules = readdirSync(FORMAT_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Every TypeScript file of the shipped code and the CLI. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}
const REFERENCE_TOOLS = /^(?:citeproc|@retorquere\/bibtex-parser|@citation-js\/|ajv)/;

describe('bundle boundary', () => {
  it.each(modules.filter((f) => f !== 'markdown.ts'))('%s does not pull in Turndown', (file) => {
    const packages = [...reachablePackages(join(FORMAT_DIR, file))];
    expect(packages.filter((p) => p.startsWith('turndown'))).toEqual([]);
    expect(staticImports(join(FORMAT_DIR, file))).not.toContain('./markdown');
  });

  it('markdown.ts is where Turndown lives', () => {
    expect(staticImports(join(FORMAT_DIR, 'markdown.ts'))).toEqual(expect.arrayContaining(['turndown', 'turndown-plugin-gfm']));
  });

  it.each([...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))].map((f) => [f.slice(ROOT.length)]))(
    '%s never reaches a citation reference tool',
    (file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const dynamic = [...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
      const packages = [...reachablePackages(join(ROOT, file)), ...dynamic];
      expect(packages.filter((p) => REFERENCE_TOOLS.test(p))).toEqual([]);
    },
  );
});
