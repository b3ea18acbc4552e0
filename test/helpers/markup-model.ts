// The article of a fixture as data, for re-rendering it in other markups (markup-render.ts): its
// expected record, its body blocks (read from the clean article of the fixture) and the site's
// real boilerplate lines (data/site-wording.json) to scatter in the top notes and end matter.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import type { ArticleRecord, RemovedKind } from '../../src/extract';
import { extractFixture, type Fixture } from './fixtures';
import type { ContentExpectation } from './compare';

export interface WordingLine {
  text: string;
  role: string;
  kind: RemovedKind | null;
  field: string | null;
  lang: 'en' | 'fr';
  place: 'header' | 'top' | 'end' | 'body';
  era: string;
  seen: string;
}

const WORDING_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../data/site-wording.json');
export const WORDING: WordingLine[] = JSON.parse(readFileSync(WORDING_FILE, 'utf8'));

/**
 * The boilerplate lines of the wording data. Metadata lines, and the source, copyright and
 * disclaimer lines (which carry metadata: each page renders its own from its record), are tested
 * by the wording check instead.
 */
export const BOILERPLATE_LINES = WORDING.filter((w) => w.kind !== null && !['source-line', 'copyright', 'disclaimer'].includes(w.kind));

export interface BodyBlock {
  tag: string;
  /** The block's inner markup, as the clean article has it (already sanitised). */
  html: string;
  text: string;
}

export type Expected = Record<string, unknown> & { content?: ContentExpectation };

export interface ArticleModel {
  name: string;
  lang: 'en' | 'fr';
  url: string;
  host: string;
  own: string;
  expected: Expected;
  record: ArticleRecord;
  body: BodyBlock[];
  /** Notes set above the article (an editor's preface) and after it ("originally published …"). */
  notesTop: string[];
  notesEnd: string[];
}

/** Body blocks of the clean article: paragraphs, headings, lists, quotes, figures. */
function bodyBlocks(html: string): BodyBlock[] {
  const root = new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
  const out: BodyBlock[] = [];
  for (const el of Array.from(root.children)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text && !el.querySelector('img')) continue;
    out.push({ tag: el.tagName.toLowerCase(), html: el.innerHTML, text });
  }
  return out;
}

const PREFACE = /^(?:The following|With foresight|GR Editor|Editor['’]s? Note|Note de)/i;

export function modelOf(fx: Fixture): ArticleModel | null {
  if (fx.expected.kind !== 'article') return null;
  const record = extractFixture(fx) as ArticleRecord;
  const expected = fx.expected as Expected;
  const lang = record.lang === 'fr' ? 'fr' : 'en';
  const notes = (expected.notes as string[] | undefined) ?? record.notes;
  return {
    name: fx.name,
    lang,
    url: fx.expected.url,
    host: new URL(fx.expected.url).origin,
    own: lang === 'fr' ? 'Mondialisation.ca' : 'Global Research',
    expected,
    record,
    body: bodyBlocks(record.content.html),
    notesTop: notes.filter((n) => PREFACE.test(n)),
    notesEnd: notes.filter((n) => !PREFACE.test(n)),
  };
}

/**
 * The boilerplate lines a page gets: the lines of its language, dealt out over `slots` pages so
 * that every line appears on one page of each markup.
 */
export function linesFor(lang: 'en' | 'fr', slot: number, slots: number): WordingLine[] {
  const mine = BOILERPLATE_LINES.filter((w) => w.lang === lang);
  return mine.filter((_, i) => i % slots === slot % slots);
}

/** A wording line with its placeholders filled from the article. */
export function fillLine(w: WordingLine, m: ArticleModel): string {
  const r = m.record;
  const values: Record<string, string> = {
    url: m.url,
    title: r.title,
    author: r.authors[0]?.name ?? m.own,
    publisher: r.originalSource?.publisher ?? m.own,
    date: r.publishedAt ?? '2020-01-01',
    year: (r.publishedAt ?? '2020').slice(0, 4),
    email: m.lang === 'fr' ? 'media@mondialisation.ca' : 'publications@globalresearch.ca',
  };
  return w.text.replace(/\{(\w+)\}/g, (whole, k: string) => values[k] ?? whole);
}
