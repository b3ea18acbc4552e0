// Saved and archived copies of the fixture pages, made the way each tool makes them (see
// src/extract/capture.ts and capture-wayback.ts for the marks each leaves). They are generated
// from the current fixtures on each run, so they follow any change to the pages; the tables
// in test/fixtures/saved/ say which copies exist and what capture each must report.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Capture } from '../../src/extract/record';
import { FIXTURE_DIR, type Fixture } from './fixtures';

export const COPY_KINDS = ['wayback', 'singlefile', 'chrome', 'firefox', 'print'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

export interface CopySpec {
  /** The fixture the copy is made from. */
  base: string;
  /** The Wayback timestamp, or SingleFile's "saved date" line. */
  stamp?: string;
  /** What the record's `capture` must be. */
  capture: Capture;
}

export interface CopyTable {
  kind: CopyKind;
  about: string;
  copies: CopySpec[];
}

export const SAVED_DIR = `${FIXTURE_DIR}saved/`;

export function loadCopyTables(): CopyTable[] {
  return readdirSync(SAVED_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(SAVED_DIR + f, 'utf8')) as CopyTable);
}

export interface MadeCopy {
  html: string;
  /** The address to give with the file (`--url`), when the copy itself does not carry it. */
  url?: string;
}

export interface WrittenCopy {
  /** "wayback--2015-syria-strategic-culture" */
  name: string;
  file: string;
  /** `--url` to give with the file, when the copy does not carry its address. */
  url?: string;
  /** The record the CLI must print: the fixture's expected record with the copy's capture. */
  expected: Fixture['expected'];
}

/** Every copy of the tables, written to `dir` as a user would have saved it. */
export function writeCopies(fixtures: Fixture[], dir: string): WrittenCopy[] {
  const byName = new Map(fixtures.map((f) => [f.name, f]));
  return loadCopyTables().flatMap((table) =>
    table.copies.map((copy) => {
      const fx = byName.get(copy.base);
      if (!fx) throw new Error(`${table.kind}.json names a fixture that does not exist: ${copy.base}`);
      const made = makeCopy(table.kind, fx.html, fx.expected.url, copy.stamp);
      const name = `${table.kind}--${copy.base}`;
      const file = join(dir, `${name}.html`);
      writeFileSync(file, made.html);
      return { name, file, url: made.url, expected: { ...fx.expected, capture: copy.capture } };
    }),
  );
}

const dom = (html: string, url: string) => new JSDOM(html, { url });
const serialize = (d: JSDOM) => d.serialize();

/** A copy of `html` (the page at `url`) as `kind` makes it. */
export function makeCopy(kind: CopyKind, html: string, url: string, stamp = ''): MadeCopy {
  switch (kind) {
    case 'wayback':
      return { html: waybackCapture(html, url, stamp) };
    case 'singlefile':
      return { html: singleFile(html, url, stamp) };
    case 'chrome':
      return { html: savePageAs(html, url, 'chrome') };
    case 'firefox':
      return { html: savePageAs(html, url, 'firefox') };
    case 'print':
      return printView(html, url);
  }
}

// SingleFile: its comment first in <html>; scripts removed (JSON-LD kept), stylesheets and
// images inlined (a one-pixel stand-in here).
function singleFile(html: string, url: string, savedDate: string): string {
  const d = dom(html, url);
  const doc = d.window.document;
  for (const s of Array.from(doc.querySelectorAll('script:not([type="application/ld+json"])'))) s.remove();
  for (const l of Array.from(doc.querySelectorAll('link[rel~="stylesheet"]'))) l.replaceWith(doc.createElement('style'));
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    img.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==');
    img.removeAttribute('srcset');
  }
  const comment = doc.createComment(`\n Page saved with SingleFile \n url: ${url} \n saved date: ${savedDate}\n`);
  doc.documentElement.insertBefore(comment, doc.documentElement.firstChild);
  return serialize(d);
}

const folderOf = (doc: Document) => `${doc.title.replace(/[\\/:*?"<>|]/g, '_').trim()}_files`;
const basename = (src: string) => decodeURIComponent(new URL(src).pathname.split('/').filter(Boolean).pop() ?? 'index');

// Chrome: the Mark of the Web before <html>, a Content-Type meta first in <head>, resources
// in "./<title>_files/" (scripts as "x.js.download"). Firefox: no comment, resources in
// "<title>_files/" (escaped), <base> turned into a comment; both make links absolute.
function savePageAs(html: string, url: string, browser: 'chrome' | 'firefox'): string {
  const d = dom(html, url);
  const doc = d.window.document;
  const folder = folderOf(doc);
  const local = (src: string, script: boolean) =>
    browser === 'chrome' ? `./${folder}/${basename(src)}${script ? '.download' : ''}` : `${encodeURIComponent(folder)}/${encodeURIComponent(basename(src))}`;
  for (const el of Array.from(doc.querySelectorAll('img[src], script[src], link[rel~="stylesheet"][href], link[rel~="icon"][href]'))) {
    const attr = el.hasAttribute('src') ? 'src' : 'href';
    const abs = new URL(el.getAttribute(attr)!, url).href;
    if (/^https?:/.test(abs)) el.setAttribute(attr, local(abs, el.tagName === 'SCRIPT'));
    el.removeAttribute('srcset');
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const raw = a.getAttribute('href')!;
    if (!raw.startsWith('#') && !/^(?:mailto|javascript):/i.test(raw)) a.setAttribute('href', new URL(raw, url).href);
  }
  for (const b of Array.from(doc.querySelectorAll('base'))) b.replaceWith(doc.createComment(` base href="${b.getAttribute('href')}" `));
  if (browser === 'chrome') {
    doc.querySelector('meta[charset]')?.remove();
    const meta = doc.createElement('meta');
    meta.setAttribute('http-equiv', 'Content-Type');
    meta.setAttribute('content', 'text/html; charset=UTF-8');
    doc.head.prepend(meta);
    doc.insertBefore(doc.createComment(` saved from url=(${String(url.length).padStart(4, '0')})${url} `), doc.documentElement);
  }
  return serialize(d);
}

// The print view: the article at "?print=1", here without the canonical link or og:url, so
// that the address comes from the URL alone.
function printView(html: string, url: string): MadeCopy {
  const d = dom(html, url);
  for (const el of Array.from(d.window.document.querySelectorAll('link[rel~="canonical"], meta[property="og:url"]'))) el.remove();
  return { html: serialize(d), url: `${url}${url.includes('?') ? '&' : '?'}print=1` };
}

const WAYBACK_HEAD = (ts: string, original: string) => `<script src="//archive.org/includes/analytics.js?v=cf34f82" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app220.us.archive.org';v.server_ms=210;archive_analytics.send_pageview({});});</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=t1Bf4PY_" charset="utf-8"></script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle.js"></script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("${original}","${ts}","https://web.archive.org/","web","https://web-static.archive.org/_static/",
	      "${Math.floor(Date.parse(isoOf(ts)) / 1000)}");
</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=qtvMKcIJ" />
<!-- End Wayback Rewrite JS Include -->
`;

const WAYBACK_TOOLBAR = (ts: string, original: string) => `<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
</div><div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/${ts}/${original}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(700,27,25,2,"web","${original}","${ts}",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt","https://web-static.archive.org/_static/css/iconochive.css?v=qtvMKcIJ"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
`;

const WAYBACK_FOOTER = (ts: string) => `
<!--
     FILE ARCHIVED ON ${waybackDate(ts)} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 10:17:43 Mar 04, 2025.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.641
  exclusion.robots: 0.028
  exclusion.robots.policy: 0.013
  esindex: 0.011
  cdx.remote: 12.417
  LoadShardBlock: 88.902 (3)
  PetaboxLoader3.datanode: 101.63 (4)
  load_resource: 140.02
-->`;

const isoOf = (ts: string) => `${ts.slice(0, 4)}-${ts.slice(4, 6)}-${ts.slice(6, 8)}T${ts.slice(8, 10)}:${ts.slice(10, 12)}:${ts.slice(12, 14)}Z`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const waybackDate = (ts: string) => `${ts.slice(8, 10)}:${ts.slice(10, 12)}:${ts.slice(12, 14)} ${MONTHS[Number(ts.slice(4, 6)) - 1]} ${ts.slice(6, 8)}, ${ts.slice(0, 4)}`;

/** The page as web.archive.org serves its capture `ts` of `original`: toolbar, scripts, rewritten references. */
export function waybackCapture(html: string, original: string, ts: string): string {
  const d = dom(html, original);
  const doc = d.window.document;
  const rewrite = (value: string, mode: string, absolute: boolean) => {
    const target = new URL(value, original).href;
    if (!/^https?:/.test(target)) return value;
    return `${absolute ? 'https://web.archive.org' : ''}/web/${ts}${mode}/${target}`;
  };
  const RULES: [string, string, string, boolean][] = [
    ['a[href], area[href]', 'href', '', false],
    ['link[rel~="stylesheet"][href]', 'href', 'cs_', false],
    ['link[href]:not([rel~="stylesheet"])', 'href', '', true],
    ['img[src], source[src]', 'src', 'im_', false],
    ['script[src]', 'src', 'js_', false],
    ['iframe[src]', 'src', 'if_', false],
    ['form[action]', 'action', '', false],
  ];
  for (const [selector, attr, mode, absolute] of RULES) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const v = el.getAttribute(attr)!.trim();
      if (v && !v.startsWith('#') && !/^(?:mailto|javascript|data):/i.test(v)) el.setAttribute(attr, rewrite(v, mode, absolute));
    }
  }
  for (const img of Array.from(doc.querySelectorAll('img[srcset]'))) {
    img.setAttribute('srcset', img.getAttribute('srcset')!.split(/,\s+/).map((c) => c.replace(/^\S+/, (u) => rewrite(u, 'im_', false))).join(', '));
  }
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const v = meta.getAttribute('content')!.trim();
    const image = /image/i.test(meta.getAttribute('property') ?? meta.getAttribute('name') ?? '');
    if (/^https?:\/\//.test(v)) meta.setAttribute('content', rewrite(v, image ? 'im_' : '', true));
  }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    s.textContent = s.textContent!.replace(/"(https?:\/\/[^"\s]+)"/g, (_, u: string) => `"https://web.archive.org/web/${ts}/${u}"`);
  }
  const out = serialize(d);
  return (
    out
      .replace(/<head\b[^>]*>/i, (tag) => `${tag}${WAYBACK_HEAD(ts, original)}`)
      .replace(/(<body\b[^>]*>)/i, `$1${WAYBACK_TOOLBAR(ts, original)}`) + WAYBACK_FOOTER(ts)
  );
}
