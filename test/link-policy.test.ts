// One link policy for every output (security review item 7), the article sanitised again at
// every output (item 8a), and a sanitiser that keeps the attributes tables and dates need
// (item 9). A hostile article HTML, as if it had bypassed the core, goes to each output.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { sanitizeHtml } from '../src/extract/sanitize';
import { articleHtml, htmlDocument } from '../src/format/html-document';
import { htmlToMarkdown } from '../src/format/markdown';
import { linkHref, mailtoHref, webHref } from '../src/link-policy';
import { sanitizeArticle } from '../src/reader/sanitize';
import { articleFixtures, withFields } from './format/articles';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
vi.stubGlobal('document', win.document);

const HOSTILE =
  '<p>Mail <a href="mailto:editor@example.org?bcc=spy@example.net&amp;body=hi">the editor</a>, ' +
  '<a href="mailto:editor@example.org?subject=x">subject</a>, <a href="mailto:a@example.org,b@example.org">two</a>, ' +
  '<a href="javascript:alert(1)">js</a>, <a href="https://example.org/ok">web</a> and <a href="mailto:plain@example.org">plain</a>.' +
  '<img src="x.jpg" onerror="alert(2)"><script>alert(3)</script><iframe src="https://evil.example"></iframe></p>';

const BAD = /bcc=|subject=|body=|b@example\.org|javascript:|onerror|<script|<iframe/i;
const serialise = (fragment: DocumentFragment) => Array.from(fragment.childNodes).map((n) => (n as Element).outerHTML ?? n.textContent).join('');

describe('the link policy', () => {
  it('http(s), or mailto: to one plain address; nothing else', () => {
    expect(webHref(' https://example.org/a b ')).toBe('https://example.org/a%20b');
    expect(webHref('mailto:a@example.org')).toBeNull();
    expect(linkHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    for (const bad of ['mailto:a@example.org?bcc=b@example.org', 'mailto:a@example.org,b@example.org', 'mailto:x <img src=x onerror=alert(1)>', 'mailto:a@example.org#x', 'javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//example.org/x', '']) {
      expect(linkHref(bad), bad).toBeNull();
      expect(mailtoHref(bad), bad).toBeNull();
    }
  });
});

describe('every output applies it, and sanitises again', () => {
  const record = withFields(articleFixtures()[0].record, { content: { ...articleFixtures()[0].record.content, html: HOSTILE } });

  it('the core', () => {
    const html = sanitizeHtml(HOSTILE, win).html;
    expect(html).not.toMatch(BAD);
    expect(html).toContain('href="mailto:plain@example.org"');
    expect(html).toContain('href="https://example.org/ok"');
  });

  it('the reader', () => {
    const html = serialise(sanitizeArticle(HOSTILE, win));
    expect(html).not.toMatch(BAD);
    expect(html).toContain('href="mailto:plain@example.org"');
  });

  it('the HTML export and the clipboard HTML of an export', () => {
    for (const html of [htmlDocument(record, { includeCopyright: true, window: win }), articleHtml(record, { includeCopyright: true, window: win })]) {
      expect(html).not.toMatch(BAD);
      expect(html).toContain('href="mailto:plain@example.org"');
    }
  });

  it('the Markdown export', () => {
    const md = htmlToMarkdown(HOSTILE);
    expect(md).not.toMatch(BAD);
    expect(md).toContain('[plain](mailto:plain@example.org)');
    expect(md).toContain('the editor'); // the words stay, the link goes
  });
});

describe('the sanitiser keeps what tables, dates and languages need', () => {
  const MARKUP =
    '<table><tr><td colspan="2" rowspan="3" width="120" height="40" lang="fr" dir="rtl">cell</td></tr></table>' +
    '<p><time datetime="2015-10-02">2 October</time> <img src="https://example.org/i.png" width="400" height="300" alt="a"></p>';
  const ATTRS = ['colspan="2"', 'rowspan="3"', 'width="120"', 'height="40"', 'lang="fr"', 'dir="rtl"', 'datetime="2015-10-02"', 'width="400"', 'height="300"'];

  it.each([
    ['core', () => sanitizeHtml(MARKUP, win).html],
    ['reader', () => serialise(sanitizeArticle(MARKUP, win))],
  ])('%s', (_name, run) => {
    const html = run();
    for (const a of ATTRS) expect(html, a).toContain(a);
  });
});
