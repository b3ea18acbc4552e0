import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { sanitizeHtml } from '../../src/extract/sanitize';
import { loadFixtures, page } from '../helpers/fixtures';

describe('sanitizeHtml', () => {
  const win = page('').defaultView as Window & typeof globalThis;

  it('keeps the article markup and drops what could run', () => {
    const { html, root } = sanitizeHtml(
      '<p onclick="x()">Text <a href="javascript:alert(1)">bad</a> <a href="https://a.example/">good</a><script>x()</script><img src="https://a.example/i.jpg" onerror="x()"></p><style>p{}</style><iframe src="https://a.example"></iframe>',
      win,
    );
    expect(html).toBe('<p>Text <a>bad</a> <a href="https://a.example/" rel="noopener noreferrer">good</a><img src="https://a.example/i.jpg"></p>');
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('refuses to pass markup through where DOMPurify cannot run (linkedom)', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><p onclick="x()">t</p></body></html>');
    expect(() => sanitizeHtml('<p onclick="x()">t</p>', document.defaultView as unknown as Window & typeof globalThis)).toThrow(/DOMPurify/);
  });
});

describe('the core’s clean tree', () => {
  it('is built anew from allowed parts, in any DOM (linkedom too)', () => {
    const fx = loadFixtures().find((f) => f.name.startsWith('2015-syria'))!;
    const { document } = parseHTML(fx.html.replace('<p>A lot of negative', `<script>x()</script><svg onload="x()"><a href="javascript:x()">s</a></svg><p onclick="x()">${'A long paragraph of the article that carries a handler and a hostile link. '.repeat(3)}<a href="javascript:x()">js</a></p><p>A lot of negative`));
    const r = extract(document as unknown as Document, fx.expected.url);
    if (r.kind !== 'article') throw new Error(r.reason);
    expect(r.content.html).not.toMatch(/<script|<svg|onclick|javascript:/i);
    expect(r.content.text).toContain('carries a handler and a hostile link');
    expect(r.content.text).toContain('js');
    expect(r.content.wordCount).toBeGreaterThan(500);
  });

  it('keeps table spans, dates and language marks, and sends links out without a referrer', () => {
    const r = extract(
      page(`<h1>A Title Long Enough</h1><p>${'Text of the article, long enough to be its body. '.repeat(6)}</p><table><tr><td colspan="2" rowspan="3">c</td><td>d</td></tr><tr><td>e</td><td>f</td></tr></table><p lang="fr" dir="ltr">Texte <time datetime="2020-01-02">2 janvier</time> <a href="https://a.example/x" onclick="x()" style="color:red">lien</a> <a href="mailto:a@b.example?bcc=c@d.example">m</a></p>`),
      'https://www.globalresearch.ca/some-article/5000001',
    );
    if (r.kind !== 'article') throw new Error(r.reason);
    const html = r.content.html.replace(/\s+/g, ' ');
    expect(html).toContain('<td colspan="2" rowspan="3">c</td>');
    expect(html).toContain('<p lang="fr" dir="ltr">Texte <time datetime="2020-01-02">2 janvier</time> <a href="https://a.example/x" rel="noopener noreferrer">lien</a> <a>m</a></p>');
  });
});
