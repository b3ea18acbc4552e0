// Every regular expression of the extension must run in linear time, whatever the page: a
// ReDoS checker reads each one and the test fails on any pattern it finds super-linear —
// exponential or polynomial backtracking, or a quantifier the search moves across the input
// again and again (scslre, the analyser behind eslint-plugin-regexp's no-super-linear-*
// rules: static, deterministic, a few milliseconds a pattern; a dev dependency). The patterns
// are found, not listed, so a new one is checked the day it is written:
//   - every RegExp literal in src/ and entrypoints/ (read from the TypeScript syntax tree);
//   - every RegExp in the site-rule data: each module of src/extract/sites/, walked field by field;
//   - every RegExp the code builds at run time (new RegExp(…) from labels and other data),
//     caught while the core and the formats run over every fixture.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyse, type Report } from 'scslre';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';

const ROOT = join(__dirname, '..');

interface Pattern {
  source: string;
  flags: string;
  /** Where it comes from: "src/extract/footer.ts:9", "sites/global-research.ts globalResearch.boilerplate[0].pattern", … */
  where: Set<string>;
}

const patterns = new Map<string, Pattern>();

function add(source: string, flags: string, where: string): void {
  const key = `/${source}/${flags}`;
  const known = patterns.get(key);
  if (known) known.where.add(where);
  else patterns.set(key, { source, flags, where: new Set([where]) });
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every regular expression literal in the extension's own code. */
function collectLiterals(): number {
  let count = 0;
  for (const file of [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'entrypoints'))]) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const slash = text.lastIndexOf('/');
        const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
        add(text.slice(1, slash), text.slice(slash + 1), `${relative(ROOT, file)}:${line}`);
        count++;
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return count;
}

/** Every RegExp reachable from the exports of each site-rule module, with its path in the data. */
function collectSiteData(): number {
  const modules = import.meta.glob<Record<string, unknown>>('../src/extract/sites/*.ts', { eager: true });
  let count = 0;
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: string, file: string): void => {
    if (value instanceof RegExp) {
      add(value.source, value.flags, `${file} ${path}`);
      count++;
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) walk(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, file);
  };
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) walk(value, name, file.replace('../src/extract/', ''));
  }
  return count;
}

/**
 * Runs the core and the formats on every fixture with the RegExp constructor watched, and
 * records each pattern built by code under src/ (modules are loaded afresh, so the patterns
 * they build when loaded are caught too).
 */
async function collectBuilt(): Promise<number> {
  const Native = globalThis.RegExp;
  let count = 0;
  const watch = (args: unknown[], build: () => RegExp): RegExp => {
    const re = build();
    const caller = new Error().stack?.split('\n')[3] ?? '';
    if (/[/\\]src[/\\]/.test(caller) && !/node_modules/.test(caller)) {
      const where = /[/\\](src[/\\][^:)]+:\d+)/.exec(caller)?.[1] ?? caller.trim();
      add(re.source, re.flags, `built at ${where}`);
      count++;
    }
    void args;
    return re;
  };
  globalThis.RegExp = new Proxy(Native, {
    construct: (target, args) => watch(args, () => Reflect.construct(target, args) as RegExp),
    apply: (target, _this, args) => watch(args, () => Reflect.apply(target, undefined, args) as RegExp),
  });
  try {
    vi.resetModules();
    const { extract } = await import('../src/extract');
    const { parseHtml } = await import('../src/cli/dom');
    const { OUTPUTS } = await import('../src/cli/outputs');
    const { loadFixtures } = await import('./helpers/fixtures');
    for (const fx of loadFixtures()) {
      const doc = parseHtml(fx.html, fx.expected.url);
      const result = extract(doc, fx.expected.url);
      if (result.kind === 'article') {
        for (const render of Object.values(OUTPUTS)) render(result, { includeCopyright: true, accessed: '2025-01-15', window: doc.defaultView as Window & typeof globalThis });
      }
      doc.defaultView?.close();
    }
  } finally {
    globalThis.RegExp = Native;
  }
  return count;
}

/**
 * What the checker finds wrong with a pattern, or null. Patterns are taken as they are used:
 * a quantifier nothing can make fail after (`/\s+/g`) cannot backtrack. The site rules are also
 * joined into larger patterns (sites/index.ts), and those are checked as built, above.
 */
function problems(source: string, flags: string): string | null {
  const { reports } = analyse({ source, flags });
  return reports.length ? reports.map(describeReport).join('; ') : null;
}

function describeReport(r: Report): string {
  const attack = `repeat ${JSON.stringify(r.character.pick)}`;
  const fix = r.fix();
  const hint = fix ? `, e.g. /${fix.source}/${fix.flags}` : '';
  if (r.type === 'Trade') return `${r.exponential ? 'exponential' : 'polynomial'} backtracking between ${r.startQuant.raw} and ${r.endQuant.raw} (${attack}${hint})`;
  if (r.type === 'Self') return `${r.exponential ? 'exponential' : 'polynomial'} backtracking of ${r.quant.raw} inside ${r.parentQuant.raw} (${attack}${hint})`;
  return `the search moves ${r.quant.raw} across the input (${attack}${hint})`;
}

describe('ReDoS: every regular expression runs in linear time', () => {
  it('the checker finds the patterns of the security review (exponential, quadratic)', () => {
    expect(analyse({ source: '^\\*+(?:\\s*\\*+)*$', flags: '' }).reports.some((r) => r.exponential)).toBe(true);
    expect(problems('[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}', '')).toMatch(/moves/);
    expect(problems('<(\\/?)([a-zA-Z][\\w:-]*)[^>]*?(\\/?)>', 'g')).not.toBeNull();
    expect(problems('^\\*+(?:\\s+\\*+)*$', '')).toBeNull();
  });

  it('every literal, every site rule and every pattern built at run time', async () => {
    expect(collectLiterals()).toBeGreaterThan(100);
    expect(collectSiteData()).toBeGreaterThan(50);
    expect(await collectBuilt()).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const p of patterns.values()) {
      const problem = problems(p.source, p.flags);
      if (problem) failures.push(`/${p.source}/${p.flags} — ${problem}\n    at ${[...p.where].join('\n    at ')}`);
    }
    expect(failures, `${failures.length} of ${patterns.size} patterns are not linear:\n${failures.join('\n')}`).toEqual([]);
  }, 120_000);
});

describe('crafted input is cut or dropped before a pattern sees it', () => {
  it('a block, title or label is read to MAX_TEXT characters at most, never half a surrogate pair', async () => {
    const { MAX_TEXT, normalizeSpace, textOf } = await import('../src/extract/text');
    expect(normalizeSpace(`${'word '.repeat(10_000)}end`).length).toBeLessThanOrEqual(MAX_TEXT);
    expect(normalizeSpace(`  short \n text  `)).toBe('short text');
    const cut = normalizeSpace(`${'a'.repeat(MAX_TEXT - 1)}😀 tail`);
    expect(cut).toBe('a'.repeat(MAX_TEXT - 1));
    const { parseHtml } = await import('../src/cli/dom');
    const doc = parseHtml(`<p>${'*'.repeat(50_000)}x</p>`, 'https://www.globalresearch.ca/x/1');
    expect(textOf(doc.querySelector('p')).length).toBe(MAX_TEXT);
  });

  it('srcset, sizes and any overlong attribute of an image are gone before Readability runs', async () => {
    const { dropNonContent } = await import('../src/extract/body');
    const { parseHtml } = await import('../src/cli/dom');
    const long = 'a'.repeat(3_000);
    const doc = parseHtml(
      `<p><img src="https://e.org/a.jpg" srcset="${long} x" sizes="50vw" alt="kept"><img class="lazy" data-src="${long}.jpg x" data-ok="b.jpg"></p>` +
        `<picture><source srcset="https://e.org/b.jpg 2x"></picture><figure data-x="${long}"></figure>`,
      'https://www.globalresearch.ca/x/1',
    );
    dropNonContent(doc);
    const attrs = Array.from(doc.body.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`));
    expect(attrs.sort()).toEqual(['img[alt]', 'img[class]', 'img[data-ok]', 'img[src]']);
  });

  it('the CLI nesting guard reads unclosed tags in one pass and agrees with the tag structure', async () => {
    const { nestingDepth } = await import('../src/cli/dom');
    expect(nestingDepth('<a'.repeat(150_000))).toBe(0);
    expect(nestingDepth(`${'<div>'.repeat(7)}<br><img src=x><p>text${'</div>'.repeat(7)}`)).toBe(7);
    expect(nestingDepth('<div <p <b>x</b></div>')).toBe(1); // a tag runs to the next ">"
    expect(nestingDepth('<div><span/><a href="x>y">z</a></div>')).toBe(2);
    expect(nestingDepth('< div><div></div>')).toBe(1);
  });
});
