// Record strings are text in every output language.
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, htmlLink, markdownLink, safeHref } from '../../src/format/escape';

describe('escaping', () => {
  it('HTML: text and attribute values', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(htmlLink('A & B', 'https://example.org/?a=1&b="2"')).toBe('<a href="https://example.org/?a=1&amp;b=%222%22">A &amp; B</a>');
  });

  it('links only to http(s)', () => {
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', '', null]) {
      expect(safeHref(url)).toBeNull();
    }
    expect(safeHref('http://www.globalresearch.ca/a/1')).toBe('http://www.globalresearch.ca/a/1');
    expect(htmlLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
  });

  it('Markdown: syntax characters, raw HTML and line starts', () => {
    // "(" after "]" too: marked re-reads link text and would find a link in "\[x\](y)".
    expect(escapeMarkdown('<b>*bold*</b> [x](y) `code` a_b')).toBe('\\<b\\>\\*bold\\*\\</b\\> \\[x\\]\\(y) \\`code\\` a\\_b');
    expect(escapeMarkdown('AT&T &copy;')).toBe('AT&T \\&copy;');
    expect(escapeMarkdown('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(markdownLink('T', 'https://example.org/a_(b)')).toBe('[T](https://example.org/a_\\(b\\))');
  });
});
