// A long Global Research page (≈ 12,000 words, 25 subheads) built from fixture parts: the
// newest fixture's page keeps its header, prompts, notes, tags and footer boilerplate, and its
// body is stretched with real body paragraphs of the other English fixtures. Its expected
// record follows from the template's: same metadata, same first and last paragraph, the
// subheads as must-contain, and the word count adjusted by what was taken out and put in.
import { parseHtml } from '../src/cli/dom';
import { extract } from '../src/extract';
import { textBlocks } from '../src/extract/content-text';
import { countWords, normalizeSpace, textOf } from '../src/extract/text';
import type { Fixture } from '../test/helpers/fixtures';

export const LONG_NAME = 'long-article (generated)';
const TEMPLATE = '2024-crosspost-linked-source';
const TARGET_WORDS = 12_000;
const SUBHEADS = 25;

interface ContentExpectation {
  firstParagraph: string;
  lastParagraph: string;
  mustContain: string[];
  mustNotContain: string[];
  wordCount: number;
}

const wordsOf = (el: Element) => countWords(textBlocks(el).map((b) => b.text).join(' '));

/**
 * The parts of a fixture page worth reusing: its body paragraphs (`p` elements whose text the
 * core keeps as a paragraph, 20 words or more) and its subheads (headings or bold-only
 * paragraphs the core keeps in the text).
 */
function partsOf(fx: Fixture): { paragraphs: string[]; heads: string[] } {
  const doc = parseHtml(fx.html, fx.expected.url);
  const result = extract(doc, fx.expected.url);
  if (result.kind !== 'article') return { paragraphs: [], heads: [] };
  const kept = new Set(result.content.text.split(/\n\s*\n/).map(normalizeSpace));
  const paragraphs = Array.from(doc.querySelectorAll('p'))
    .filter((p) => kept.has(textOf(p)) && countWords(textOf(p)) >= 20)
    .map((p) => p.outerHTML);
  const heads = Array.from(doc.querySelectorAll('h2, h3, p > strong'))
    .filter((el) => el.tagName !== 'STRONG' || textOf(el) === textOf(el.parentElement))
    .map(textOf)
    .filter((t) => t.length > 8 && t.length < 60 && kept.has(t));
  return { paragraphs, heads };
}

export function makeLongArticle(fixtures: Fixture[]): Fixture {
  const template = fixtures.find((f) => f.name === TEMPLATE);
  if (!template) throw new Error(`fixture ${TEMPLATE} is missing`);
  const english = fixtures.filter((f) => f.expected.kind === 'article' && f.expected.lang === 'en');
  const parts = [template, ...english.filter((f) => f !== template)].map(partsOf);
  const pool = parts.slice(1).flatMap((p) => p.paragraphs);
  const headPool = parts.flatMap((p) => p.heads);
  const expected = template.expected as Fixture['expected'] & { content: ContentExpectation };

  const doc = parseHtml(template.html, template.expected.url);
  const byText = (t: string) => Array.from(doc.querySelectorAll('p')).find((p) => textOf(p) === normalizeSpace(t));
  const first = byText(expected.content.firstParagraph);
  const last = byText(expected.content.lastParagraph);
  if (!first || !last || first.parentElement !== last.parentElement) throw new Error('template body not found');

  // The template's own middle (subheads, paragraphs, the quote, the list, the figure) is reused first.
  const middle: Element[] = [];
  for (let el = first.nextElementSibling; el && el !== last; el = el.nextElementSibling) middle.push(el);
  const removedWords = middle.reduce((n, el) => n + wordsOf(el), 0);
  for (const el of middle) el.remove();
  const ownBlocks = middle.filter((el) => !/^H\d$/.test(el.tagName)).map((el) => el.outerHTML);
  const blocks = [...ownBlocks, ...pool];

  const baseWords = expected.content.wordCount - removedWords;
  const holder = doc.createElement('div');
  const heads: string[] = [];
  let added = 0;
  let next = 0;
  for (let s = 0; s < SUBHEADS; s++) {
    const head = s < headPool.length ? headPool[s] : `${headPool[s % headPool.length]}, part ${s + 1}`;
    heads.push(head);
    holder.insertAdjacentHTML('beforeend', `<h3>${escapeHtml(head)}</h3>`);
    added += countWords(head);
    // Each section ends where the running total reaches its share of the target.
    const sectionEnd = ((TARGET_WORDS - baseWords) * (s + 1)) / SUBHEADS;
    for (; added < sectionEnd; next++) {
      holder.insertAdjacentHTML('beforeend', blocks[next % blocks.length]);
      added += wordsOf(holder.lastElementChild as Element);
    }
  }
  first.after(...Array.from(holder.children));

  const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  const content: ContentExpectation = {
    ...expected.content,
    mustContain: [...new Set([...expected.content.mustContain, ...heads])],
    wordCount: baseWords + added,
  };
  return { name: LONG_NAME, html, expected: { ...expected, content } };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
