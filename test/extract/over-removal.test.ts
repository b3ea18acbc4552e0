// No over-removal (issue 10): body paragraphs that quote the site's boilerplate phrases inside
// longer sentences stay in the article. fast-check picks a fixture, one of its body paragraphs, a
// phrase of the real wording (data/site-wording.json and the labels the rules anchor on) and a
// place in the paragraph; the paragraph, phrase included, must still be in content.text.
// Cases: GR_PROPERTY_RUNS / 10 (30 by default).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';
import { extractFixture, loadFixtures } from '../helpers/fixtures';
import { BOILERPLATE_LINES } from '../helpers/markup-model';
import { closeDocument, released } from '../helpers/released';

const RUNS = Math.max(20, Math.round(Number(process.env.GR_PROPERTY_RUNS ?? 300) / 10));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Phrases a writer may quote: whole short lines of the real wording, and the labels rules anchor on. */
const PHRASES = [
  ...BOILERPLATE_LINES.filter((w) => w.text.length <= 140 && !w.text.includes('{')).map((w) => w.text.replace(/[.!:]$/, '')),
  'The original source of this article is',
  'Copyright © Global Research, 2020',
  'Disclaimer: the contents of this article are of sole responsibility of the author',
  'contains copyrighted material the use of which has not always been specifically authorized',
  'grants permission to cross-post Global Research articles',
  'About the author:',
  'Articles by:',
  'Region: Europe',
  'First published by Global Research on May 2, 2020',
  'Featured image:',
  'share this article',
  'fair use',
];

const ARTICLES = loadFixtures()
  .filter((f) => f.expected.kind === 'article')
  .map((f) => {
    const record = extractFixture(f) as ArticleRecord;
    const paragraphs = record.content.text.split(/\n\s*\n/).map(norm).filter((p) => p.length >= 200);
    return { f, paragraphs };
  })
  .filter((a) => a.paragraphs.length);

/** The page with `phrase` set into body paragraph `n` after sentence `at`, and that paragraph's new text. */
function withPhrase(html: string, url: string, paragraph: string, phrase: string, at: number): { html: string; expected: string } | null {
  const doc = parseHtml(html, url);
  const p = Array.from(doc.querySelectorAll('p, div')).find((el) => norm(el.textContent ?? '') === paragraph);
  if (!p) return null;
  // Insert at a sentence boundary inside the paragraph's last text node that has one.
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(p, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const host = texts.filter((t) => /[.?!]\s/.test(t.data));
  if (!host.length) return null;
  const t = host[at % host.length];
  const cut = [...t.data.matchAll(/[.?!]\s/g)];
  const m = cut[at % cut.length];
  const pos = (m.index ?? 0) + 2;
  t.data = `${t.data.slice(0, pos)}As the site’s notice puts it, “${phrase}”, and readers know the line well. ${t.data.slice(pos)}`;
  const out = { html: doc.documentElement.outerHTML, expected: norm(p.textContent ?? '') };
  closeDocument(doc);
  return out;
}

describe('no over-removal', () => {
  it('keeps body paragraphs that quote boilerplate phrases mid-sentence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(ARTICLES.length - 1), fc.nat(), fc.nat(PHRASES.length - 1), fc.nat(), async (a, n, k, at) => {
        const { f, paragraphs } = ARTICLES[a];
        const page = withPhrase(f.html, f.expected.url, paragraphs[n % paragraphs.length], PHRASES[k], at);
        fc.pre(page !== null);
        const doc = parseHtml(page!.html, f.expected.url);
        const r = extract(doc, f.expected.url);
        closeDocument(doc);
        await released();
        expect(r.kind).toBe('article');
        const text = norm((r as ArticleRecord).content.text);
        expect(text, `${f.name}: “${PHRASES[k]}”`).toContain(page!.expected);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
