// The popup under attack: records whose EVERY string field (names, URLs, notes, tag pages,
// removed blocks …) holds markup or a dangerous link, generated with fast-check. Whatever the
// record, the popup renders text only, and its links point only to http(s): or mailto:.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleRecord } from '../../src/extract';
import { stateView } from '../../src/popup/state-views';
import { extractFixture, loadFixtures } from '../helpers/fixtures';

vi.stubGlobal('document', new JSDOM('<!doctype html><html lang="en"><body></body></html>').window.document);

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  'javascript:alert(3)',
  ' JaVaScRiPt:alert(4)',
  'data:text/html,<script>alert(5)</script>',
  'vbscript:msgbox(6)',
  '<svg onload=alert(7)>',
  '<a href="javascript:alert(8)">x</a>',
  'mailto:x@y.z?bcc=all@example.org',
  '"><iframe src=javascript:alert(9)>',
  'https://ok.example/\u0000<b>',
  '//evil.example/path',
];

/** Replaces every string of a record (keys of tagUrls included) with a payload. */
function poison(v: unknown, pick: () => string): unknown {
  if (typeof v === 'string') return pick();
  if (Array.isArray(v)) return v.map((x) => poison(x, pick));
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => (k === 'kind' ? [k, x] : [k, poison(x, pick)])),
    );
  }
  return v;
}

const base = loadFixtures()
  .map((f) => extractFixture(f))
  .find((r): r is ArticleRecord => r.kind === 'article' && r.authors.length > 0 && !!r.originalSource?.url)!;

describe('popup rendering of hostile records (property-based)', () => {
  it('renders text only and links only to http(s) or mailto, never a header-injecting mailto', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(PAYLOADS.length - 1), { minLength: 1, maxLength: 40 }), (choices) => {
        let i = 0;
        const pick = () => PAYLOADS[choices[i++ % choices.length]];
        const record = { ...(poison(base, pick) as ArticleRecord), kind: 'article' as const, tagUrls: { [pick()]: pick(), [base.regions[0] ?? 'x']: pick() } };
        const root = stateView({ view: 'article', record });
        expect(root.querySelectorAll('script, img, svg, iframe, object, embed, b')).toHaveLength(0);
        for (const el of Array.from(root.querySelectorAll('*'))) {
          for (const a of Array.from(el.attributes)) expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
        }
        for (const a of Array.from(root.querySelectorAll('a[href]'))) {
          const href = a.getAttribute('href')!;
          expect(href).toMatch(/^(?:https?:\/\/|mailto:)/);
          expect(href).not.toMatch(/[?&](?:bcc|cc|body)=/i);
          expect(a.getAttribute('rel')).toBe('noopener noreferrer');
        }
      }),
      { numRuns: 300 },
    );
  });
});
