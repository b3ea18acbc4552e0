// Property-based tests over the core (fast-check): pages mutated from the fixtures — nodes
// dropped, duplicated, reordered or deeply nested, text cut mid-tag, boilerplate moved into the
// body and the body into a sidebar, odd Unicode, hostile markup anywhere. Whatever the page,
// `extract` returns a value of the SPEC shape, its clean HTML holds nothing executable, and its
// text fields hold no markup. Cases per run: GR_PROPERTY_RUNS (300 by default).
import fc from 'fast-check';
import { released } from '../helpers/released';
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';
import { loadFixtures } from '../helpers/fixtures';
import { schemaErrors, strings } from '../helpers/record-schema';

const TOTAL_RUNS = Number(process.env.GR_PROPERTY_RUNS ?? 300);

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>',
  '<a href="vbscript:msgbox(1)">v</a>',
  '<svg onload="window.__pwned=1"><circle r="1"/></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<p style="background:url(javascript:alert(1));width:expression(alert(1))">styled text</p>',
  '<div onclick="alert(1)" onmouseover="alert(2)">handlers</div>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<p><a href=" javascript:alert(1)">spaced</a> <img src="data:image/svg+xml,<svg onload=alert(1)>"></p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
];

const UNICODE = ['\u202e', '\u200d', '\u200b', '\u0000', '\ud800', '\udfff', '\ufeff', '\u2028', '\u00a0', 'ﷺ', '𝔘𝔫𝔦', 'é\u0301', '<', '&amp;', '&#0;'];

/** Fixture pages without their long news lists and sidebars: small enough for thousands of runs. */
const BASES = loadFixtures()
  .filter((f) => f.expected.kind === 'article')
  .map((f) => {
    const doc = parseHtml(f.html, f.expected.url);
    for (const el of Array.from(doc.querySelectorAll('#sidebar, #latest-news, .related-articles, #nav, nav, #footer, .site-footer, aside, head style, head script'))) el.remove();
    return { url: f.expected.url, html: doc.documentElement.outerHTML };
  });

type Op =
  | { op: 'drop' | 'duplicate' | 'reverse' | 'nest' | 'toEnd' | 'toStart'; at: number; depth: number }
  | { op: 'text'; at: number; s: string }
  | { op: 'hostile'; at: number; payload: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constantFrom('drop', 'duplicate', 'reverse', 'nest', 'toEnd', 'toStart') as fc.Arbitrary<'drop'>, at: fc.nat(), depth: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), s: fc.array(fc.oneof(fc.constantFrom(...UNICODE), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 6 }).map((a) => a.join('')) }),
  fc.record({ op: fc.constant('hostile' as const), at: fc.nat(), payload: fc.nat(HOSTILE.length - 1) }),
);

function mutate(html: string, url: string, ops: Op[], cut: number | null): string {
  const doc = parseHtml(html, url);
  for (const o of ops) {
    const all = Array.from(doc.body.querySelectorAll('*'));
    if (!all.length) break;
    const el = all[o.at % all.length];
    switch (o.op) {
      case 'drop': el.remove(); break;
      case 'duplicate': // doubling the page a dozen times would only test the size budget
        if (doc.body.getElementsByTagName('*').length < 6000) el.after(el.cloneNode(true));
        break;
      case 'reverse': el.replaceChildren(...Array.from(el.childNodes).reverse()); break;
      case 'nest': {
        let wrap: Element = el;
        for (let i = 0; i < o.depth; i++) { const d = doc.createElement('div'); wrap.replaceWith(d); d.append(wrap); wrap = d; }
        break;
      }
      case 'toEnd': doc.body.append(el); break; // e.g. the body into the footer, or a disclaimer below everything
      case 'toStart': doc.body.prepend(el); break; // boilerplate or a sidebar block ahead of the article
      case 'text': el.append(doc.createTextNode(o.s)); break;
      case 'hostile': el.insertAdjacentHTML(o.at % 2 ? 'beforeend' : 'afterbegin', HOSTILE[o.payload]); break;
    }
  }
  const out = doc.documentElement.outerHTML;
  doc.defaultView?.close(); // jsdom windows hold their memory until closed
  return cut === null ? out : out.slice(0, cut % (out.length + 1)); // text truncated anywhere, mid-tag included
}


const DANGEROUS_URL = /^\s*(?:javascript|data|vbscript):/i;
const MARKUP_IN_TEXT = /<(?:script|iframe|svg|img|math|style|meta|base|object|embed|form)\b|\bon[a-z]+\s*=\s*["']?[a-z_]/i;

function check(html: string, url: string): void {
  let result;
  const page = parseHtml(html, url);
  expect(() => (result = extract(page, url))).not.toThrow();
  page.defaultView?.close();
  expect(schemaErrors(result)).toEqual([]);
  if (result!.kind !== 'article') return;
  const r = result!;
  const clean = parseHtml(`<body>${r.content.html}</body>`, url);
  try {
    checkClean(clean, r);
  } finally {
    clean.defaultView?.close();
  }
}

function checkClean(clean: Document, r: ArticleRecord): void {
  expect(clean.querySelector('script, iframe, object, embed, style, svg, math, base, meta, form, frame, frameset, link, noscript, template')).toBeNull();
  for (const el of Array.from(clean.body.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) {
      expect(a.name.startsWith('on'), `handler ${a.name} on <${el.tagName}>`).toBe(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background'].includes(a.name)) {
        expect(a.value, `${a.name} on <${el.tagName}>`).not.toMatch(DANGEROUS_URL);
      }
      expect(a.name).not.toBe('style');
    }
  }
  for (const [path, s] of strings(r)) {
    if (path === 'result.content.html') continue;
    expect(s, path).not.toMatch(MARKUP_IN_TEXT);
  }
}

describe('extract on hostile and broken pages (property-based)', () => {
  const perBase = Math.max(1, Math.floor(TOTAL_RUNS / 2 / BASES.length));

  it.each(BASES.map((b, i) => [i, b] as const))('mutated fixture %i: never throws, SPEC shape, nothing executable', async (_i, base) => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), fc.option(fc.nat(), { freq: 4 }), async (ops, cut) => {
        check(mutate(base.html, base.url, ops, cut), base.url);
        await released();
      }),
      { numRuns: perBase },
    );
  }, 600_000);

  it('random markup soup around hostile payloads', async () => {
    const piece = fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<h1>', '</h1>', 'Region:', 'Global Research, October 02, 2015', 'Copyright © A, B, 2020', '***', '<br>', '<table><tr><td>', 'By <a href="/author/x">X</a>'),
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...UNICODE),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), async (pieces) => {
        check(`<html><head><title>T - Global Research</title></head><body><h1>T</h1>${pieces.join('')}<p>${'Some text of the article body, long enough to be a paragraph. '.repeat(4)}</p></body></html>`, 'https://www.globalresearch.ca/t/5000001');
        await released();
      }),
      { numRuns: Math.floor(TOTAL_RUNS / 2) },
    );
  }, 600_000);
});
