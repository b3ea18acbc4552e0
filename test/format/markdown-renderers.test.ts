// The Markdown export read by the renderers an editor's site really uses — markdown-it with raw
// HTML on, marked and commonmark.js, none of them sanitising — must give only the elements and
// attributes Markdown itself makes: no page string may turn into a tag, a handler or a
// javascript: link. Every fixture, hostile pages (fast-check) through the whole core, hostile
// article HTML straight into the converter, and hostile records. The whole file is rendered,
// front matter included, as a Markdown field that does not know front matter would.
// Cases per run scale with GR_PROPERTY_RUNS (300 by default).
import { HtmlRenderer, Parser } from 'commonmark';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { extract, type ArticleRecord } from '../../src/extract';
import { sanitizeHtml } from '../../src/extract/sanitize';
import { escapeHtml } from '../../src/format/escape';
import { htmlToMarkdown, markdownExport } from '../../src/format/markdown';
import { released } from '../helpers/released';
import { articlePage, paragraphs } from '../helpers/synthetic';
import { articleFixtures, rows, withFields } from './articles';

const TOTAL_RUNS = Number(process.env.GR_PROPERTY_RUNS ?? 300);

const markdownIt = new MarkdownIt({ html: true });
const commonmarkParser = new Parser();
const commonmarkRenderer = new HtmlRenderer();

const RENDERERS: Record<string, (md: string) => string> = {
  'markdown-it (html: true)': (md) => markdownIt.render(md),
  marked: (md) => marked.parse(md, { async: false }) as string,
  commonmark: (md) => commonmarkRenderer.render(commonmarkParser.parse(md)),
};

/** What Markdown itself produces: anything else came from page text read as markup. */
const ELEMENTS = new Set([
  'p', 'a', 'img', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 's',
]);
const ATTRIBUTES: Record<string, (value: string) => boolean> = {
  href: (v) => isWebUrl(v) || isPlainMailto(v),
  src: isWebUrl,
  alt: () => true,
  start: (v) => /^\d+$/.test(v),
  align: (v) => /^(?:left|center|right)$/.test(v),
  style: (v) => /^text-align:\s*(?:left|center|right);?$/.test(v), // markdown-it's table alignment
};

/** An http(s) address (marked writes an escaped "&lt;" in a path back as "<": a wrong address, but only data). */
function isWebUrl(v: string): boolean {
  return /^https?:\/\/\S+$/i.test(v);
}

/** A mailto: to one address: no header (?bcc=, ?body=), no space or markup, however encoded. */
function isPlainMailto(v: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(v);
  } catch {
    return false;
  }
  return /^mailto:[^\s@?&#<>",;]+@[^\s@?&#<>",;]+$/i.test(decoded);
}

const parser = new JSDOM('').window;

/** Every element or attribute of the rendered HTML that Markdown does not make, as readable strings. */
export function unexpectedMarkup(html: string): string[] {
  const found: string[] = [];
  const doc = new parser.DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (!ELEMENTS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      const allowed = ATTRIBUTES[name];
      if (!allowed || !allowed(value) || /^\s*javascript:/i.test(value)) found.push(`<${tag} ${name}="${value}">`);
    }
  }
  return found;
}

function expectInert(markdown: string, label: string): void {
  for (const [name, render] of Object.entries(RENDERERS)) {
    const html = render(markdown);
    const bad = unexpectedMarkup(html);
    if (bad.length) throw new Error(`${label}, rendered by ${name}: ${bad.join(', ')}\n--- markdown ---\n${markdown}`);
  }
}

const on = { includeCopyright: true };

// ---- hostile material ---------------------------------------------------------------------

/** Strings that break out of a Markdown construct or are markup themselves. */
const BREAKERS = [
  '\\"', '"', "'", ')', '(', '\\', ']', '[', '`', '```', '~~~', '<', '>', '&lt;', '&#60;', '\n', '\n\n', '   ', '*', '_', '|', '!',
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '" onmouseover="alert(1)', '\\"><img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))', '<javascript:alert(1)>', '![i](javascript:alert(1))', '[r]: javascript:alert(1)',
  '<a href="javascript:alert(1)">a</a>', '<svg/onload=alert(1)>', '<!--', '-->', '<![CDATA[', '</code></pre>',
];
const piece = fc.oneof(fc.constantFrom(...BREAKERS), fc.string({ maxLength: 6 }));
const hostileString = fc.array(piece, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));

const HREFS = [
  'https://example.org/a', 'mailto:x <img src=x onerror=alert(1)>', 'mailto:editor@example.org?bcc=spy@example.net&body=hi',
  'mailto:a@example.org', 'mailto:a@b.org,c@d.org', 'javascript:alert(1)', 'https://example.org/a b"c<d>e(f)g',
  'https://example.org/x) <img src=x onerror=alert(1)>', 'http://example.org/?q=<script>', 'data:text/html,<script>alert(1)</script>',
];
const href = fc.oneof(fc.constantFrom(...HREFS), hostileString.map((s) => `https://example.org/${s}`), hostileString.map((s) => `mailto:${s}`));

/** One hostile block of article HTML: every string is escaped into the markup, so the DOM holds exactly it. */
const blockArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(hostileString, href, hostileString, hostileString).map(
    ([text, h, title, label]) => `<p>${escapeHtml(text)} <a href="${escapeHtml(h)}" title="${escapeHtml(title)}">${escapeHtml(label)}</a></p>`,
  ),
  fc.tuple(href, hostileString, hostileString).map(
    ([src, alt, title]) => `<p><img src="${escapeHtml(src.replace(/^mailto:/, 'https://example.org/'))}" alt="${escapeHtml(alt)}" title="${escapeHtml(title)}"></p>`,
  ),
  fc.array(fc.oneof(hostileString, fc.constantFrom('   ```', '```', '````', '  ~~~', '    ```', ' ``', '<script>alert(1)</script>')), { minLength: 1, maxLength: 6 }).map(
    (lines) => `<pre><code>${escapeHtml(lines.join('\n'))}</code></pre>`,
  ),
  hostileString.map((code) => `<pre>${escapeHtml(code)}</pre>`),
  hostileString.map((code) => `<p>Inline <code>${escapeHtml(code)}</code> code.</p>`),
  fc.tuple(hostileString, hostileString).map(([a, b]) => `<table><tr><th>${escapeHtml(a)}</th></tr><tr><td><pre><code>${escapeHtml(b)}</code></pre></td></tr></table>`),
  fc.tuple(hostileString, href).map(([a, h]) => `<ul><li>${escapeHtml(a)}<pre><code>${escapeHtml(a)}\n   \`\`\`\n${escapeHtml(a)}</code></pre></li><li><a href="${escapeHtml(h)}">${escapeHtml(a)}</a></li></ul>`),
  fc.tuple(hostileString, href).map(([a, h]) => `<blockquote><p>${escapeHtml(a)}</p><p><a href="${escapeHtml(h)}"><img src="https://example.org/i.png" alt="${escapeHtml(a)}"></a></p></blockquote>`),
  hostileString.map((t) => `<h2>${escapeHtml(t)}</h2>`),
);

const FIRST = '<p>The committee heard evidence from farmers, economists and officials over three long days of hearings in the capital.</p>';

// ---- the tests ----------------------------------------------------------------------------

describe('Markdown export through markdown-it, marked and commonmark, unsanitised', () => {
  it.each(rows(articleFixtures()))('%s: only the markup Markdown makes', (name, { record }) => {
    expectInert(markdownExport(record, on), name);
  });

  it('the three findings: a title with \\", a mailto: with "<", an indented fence line', () => {
    const html =
      '<p>A <a href="https://example.org/x" title="a\\&quot;><img src=x onerror=alert(1)>">link</a>' +
      ' and <img src="https://example.org/i.png" alt="i" title="t\\&quot;><img src=x onerror=alert(2)>"></p>' +
      '<p>Mail <a href="mailto:x <img src=x onerror=alert(3)>">me</a></p>' +
      '<pre><code>line\n   ```\n&lt;img src=x onerror=alert(4)&gt;\n</code></pre>';
    expectInert(htmlToMarkdown(html), 'the findings');
  });

  it('hostile pages through the whole core', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(blockArb, { minLength: 1, maxLength: 6 }), async (blocks) => {
        const url = 'https://www.globalresearch.ca/hostile-page/5000001';
        const doc = parseHtml(articlePage({ body: `${FIRST}\n${blocks.join('\n')}\n${paragraphs(3)}` }), url);
        const result = extract(doc, url);
        doc.defaultView?.close();
        expect(result.kind).toBe('article');
        expectInert(markdownExport(result as ArticleRecord, on), 'hostile page');
        await released();
      }),
      { numRuns: Math.max(20, Math.floor(TOTAL_RUNS / 6)) },
    );
  }, 600_000);

  it('hostile article HTML, sanitised as the core does, straight into the converter', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { minLength: 1, maxLength: 8 }), (blocks) => {
        const clean = sanitizeHtml(blocks.join('\n'), parser as unknown as Window & typeof globalThis).html;
        expectInert(htmlToMarkdown(clean), 'hostile article HTML');
      }),
      { numRuns: TOTAL_RUNS },
    );
  }, 600_000);

  it('hostile records: every field in the front matter, header and footer', () => {
    // A short body: the record's own strings are under test here, and the fixtures' bodies above.
    const fixture = articleFixtures()[0].record;
    const base = withFields(fixture, { content: { ...fixture.content, html: '<p>The article.</p>' } });
    const link = fc.option(href, { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          title: hostileString,
          subtitle: fc.option(hostileString, { nil: null }),
          authors: fc.array(fc.record({ name: hostileString, url: link }), { maxLength: 3 }),
          publishedAt: fc.option(hostileString, { nil: null }),
          originalSource: fc.option(fc.record({ publisher: hostileString, date: fc.option(hostileString, { nil: null }), url: link }), { nil: null }),
          regions: fc.array(hostileString, { maxLength: 2 }),
          canonicalUrl: href,
          notice: hostileString,
          copyright: hostileString,
        }),
        (f) => {
          const record = withFields(base, {
            ...f,
            republication: { notice: f.notice, contact: null },
            copyright: { text: f.copyright, holders: [], publisher: null, year: null },
          });
          expectInert(markdownExport(record, on), 'hostile record');
        },
      ),
      { numRuns: TOTAL_RUNS },
    );
  }, 600_000);
});
