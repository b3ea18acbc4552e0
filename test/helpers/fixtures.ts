// Fixture pages and their expected records, loaded from test/fixtures/ (copied from ../shared/fixtures).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, type ExtractResult } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';

// Built from the file path: under vitest's jsdom environment `new URL(…, import.meta.url)` is not a file URL.
export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/');

export interface Fixture {
  name: string;
  html: string;
  expected: Record<string, unknown> & { kind: string; url: string };
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.html$/, ''),
      html: readFileSync(FIXTURE_DIR + f, 'utf8'),
      expected: JSON.parse(readFileSync(FIXTURE_DIR + f.replace(/\.html$/, '.expected.json'), 'utf8')),
    }));
}

const cache = new Map<string, ExtractResult>();

/** The extraction of a fixture at its expected URL (cached: several suites read the same records). */
export function extractFixture(fx: Fixture): ExtractResult {
  let r = cache.get(fx.name);
  if (!r) {
    r = extract(parseHtml(fx.html, fx.expected.url), fx.expected.url);
    cache.set(fx.name, r);
  }
  return r;
}

/** A document from an HTML snippet, at an article-shaped address unless told otherwise. */
export function page(html: string, url = 'https://www.globalresearch.ca/some-article/5000001'): Document {
  return parseHtml(`<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${html}</body></html>`, url);
}
