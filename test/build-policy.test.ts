// Store readiness, checked on a real production build of both browsers: the fewest
// permissions, a strict extension-page CSP, no remote code and no eval in the output, and
// web-ext lint clean of our own warnings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureBuild } from '../bench/size';
import { SITE_MATCHES } from '../src/content/site-matches';
import { storeBuildExpectations } from './store/store-build';

const OUT = mkdtempSync(join(tmpdir(), 'gr-build-'));
const dirOf = (browser: string) => join(OUT, `${browser}-mv3`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

beforeAll(() => {
  for (const browser of ['chrome', 'firefox']) {
    const r = spawnSync(process.execPath, ['scripts/build-to.mjs', browser, OUT], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build for ${browser} failed: ${r.stderr || r.stdout}`);
  }
}, 180_000);

describe.each(['chrome', 'firefox'])('%s build', (browser) => {
  const manifest = () => JSON.parse(readFileSync(join(dirOf(browser), 'manifest.json'), 'utf8'));

  it('asks for the fewest permissions: the four site hosts, scripting and storage', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['scripting', 'storage']);
    expect([...m.host_permissions].sort()).toEqual([...SITE_MATCHES].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    // Asked for by a click, never at install: the Wayback Machine and archive.org, https only.
    expect(m.optional_host_permissions).toEqual(['https://web.archive.org/*', 'https://archive.org/*']);
    for (const cs of m.content_scripts) expect([...cs.matches].sort()).toEqual([...SITE_MATCHES].sort());
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  it('declares a strict CSP for extension pages', () => {
    const csp: string = manifest().content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/base-uri 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:\/\/[^ ;]*\s*[; ]*script/);
    // Images: the extension's own, and the sites' over https (the reader, on the user's click).
    expect(csp).toMatch(/(?:^|; )img-src 'self'(?: https:\/\/(?:www\.)?(?:globalresearch|mondialisation)\.ca){4}(?:;|$)/);
  });

  it('ships no remote code and no eval', () => {
    const all = files(dirOf(browser));
    for (const f of all.filter((p) => p.endsWith('.js'))) {
      const js = readFileSync(f, 'utf8');
      expect(js, relative(OUT, f)).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|set(?:Timeout|Interval)\s*\(\s*["'`]/);
      expect(js, relative(OUT, f)).not.toMatch(/\bimportScripts\s*\(|import\s*\(\s*["'`]https?:/);
    }
    for (const f of all.filter((p) => p.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      expect(html, relative(OUT, f)).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
      expect(html, relative(OUT, f)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline script
    }
  });

  // citeproc-js (CPAL/AGPL) and the parsers the citation tests read back with are dev
  // dependencies: none may ship. Each is found by a string literal minifiers keep.
  it('ships none of the citation reference tools', () => {
    const markers = { 'citeproc-js': 'skip-words-regexp', 'bibtex-parser': 'verbatimFields', 'citation-js': '@csl/list+object', ajv: 'must have required property' };
    for (const f of files(dirOf(browser)).filter((p) => p.endsWith('.js'))) {
      const js = readFileSync(f, 'utf8');
      for (const [tool, marker] of Object.entries(markers)) expect(js.includes(marker), `${tool} in ${relative(OUT, f)}`).toBe(false);
    }
  });

  // The budgets (bytes, as bench/size.ts counts them: the entry and what it loads up front).
  it('keeps the content script within 110 KB and the popup’s first load within 45 KB', () => {
    const entries = measureBuild(dirOf(browser), browser)!.entries;
    const bytes = (name: string) => entries.find((e) => e.entry === name)!.bytes;
    expect(bytes('content script')).toBeLessThanOrEqual(110_000);
    expect(bytes('popup')).toBeLessThanOrEqual(45_000);
  });
});

// What the Chrome Web Store and AMO check, on these same builds (scripts/store/).
describe.each(['chrome', 'firefox'] as const)('%s build for its store', (browser) => storeBuildExpectations(browser, dirOf));

describe('web-ext lint (Firefox build)', () => {
  it('has no errors, and its only warnings are inside Readability and DOMPurify', () => {
    const r = spawnSync(process.execPath, ['node_modules/web-ext/bin/web-ext.js', 'lint', '--output', 'json', '--source-dir', dirOf('firefox')], {
      encoding: 'utf8',
      maxBuffer: 16 << 20,
    });
    const report = JSON.parse(r.stdout);
    expect(report.errors).toEqual([]);
    // The libraries' innerHTML parsing shows up where they are bundled: the content script
    // (Readability twice, DOMPurify once), the Wayback content script (the same core) and the
    // reader page (DOMPurify). Our own code never
    // assigns markup: see the source check below.
    const bundled = (file: string) => {
      const js = readFileSync(join(dirOf('firefox'), file), 'utf8');
      return { readability: js.includes('Aborting parsing document') , purify: js.includes('DOMPurify') || js.includes('data-tt-policy-suffix') };
    };
    for (const w of report.warnings) {
      expect(w.code, `${w.file}: ${w.message}`).toBe('UNSAFE_VAR_ASSIGNMENT');
      const lib = bundled(w.file);
      expect(lib.readability || lib.purify, `${w.file} bundles neither library`).toBe(true);
    }
    // The Wayback content script bundles the same core, so the same three again.
    const inWayback = report.warnings.filter((w: { file: string }) => w.file === 'content-scripts/wayback.js').length;
    expect(inWayback).toBe(report.warnings.filter((w: { file: string }) => w.file === 'content-scripts/content.js').length);
    expect(report.warnings.length - inWayback).toBeLessThanOrEqual(4);
  }, 120_000);

  it('our own source never assigns markup', () => {
    const ours = [...files('src'), ...files('entrypoints')].filter((f) => /\.(ts|js|html)$/.test(f));
    for (const f of ours) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/\.(?:innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML\s*\(|document\.write\s*\(/);
    }
  });
});
