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
    const fx = loadFixtures().find((f) => f.name.startsWith('2015'))!;
    const { document } = parseHTML(fx.html);
    const r = extract(document as unknown as Document, fx.expected.url);
    expect(r).toMatchObject({ kind: 'not-article', reason: expect.stringMatching(/DOMPurify/) });
  });
});
