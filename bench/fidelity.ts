// Fidelity: SPEC.md's checks on every fixture, for each contestant. The failures come from the
// tests' own comparison (test/helpers/compare.ts); the checks are counted as
// ../shared/tools/score.mjs counts them: kind, one per expected metadata key, first and last
// paragraph, each must-contain, each must-not-contain, the word count.
import { parseHtml } from '../src/cli/dom';
import type { ExtractResult } from '../src/extract';
import { compareWithExpected, type ContentExpectation } from '../test/helpers/compare';
import type { Fixture } from '../test/helpers/fixtures';
import { CONTESTANTS, RECORD_OF, type Contestant } from './contestants';

/** One kind of check on one page: how many there are and how many passed. */
export interface CheckTally {
  name: string;
  total: number;
  passed: number;
}

export interface PageFidelity {
  page: string;
  generated: boolean;
  /** Per contestant, the tallies in check order. */
  scores: Record<Contestant, CheckTally[]>;
  /** Per contestant, the failure messages (for the report's details). */
  failures: Record<Contestant, string[]>;
}


export const sumTallies = (tallies: CheckTally[]) =>
  tallies.reduce((acc, t) => ({ total: acc.total + t.total, passed: acc.passed + t.passed }), { total: 0, passed: 0 });

/** The checks an expected record asks for, with their counts, in score.mjs's order. */
export function checksOf(expected: Record<string, unknown>): { name: string; total: number }[] {
  const checks = [{ name: 'kind', total: 1 }];
  if (expected.kind !== 'article') return checks;
  for (const key of Object.keys(expected)) if (key !== 'kind' && key !== 'content') checks.push({ name: key, total: 1 });
  const c = (expected.content ?? {}) as ContentExpectation;
  if (c.firstParagraph) checks.push({ name: 'content.firstParagraph', total: 1 });
  if (c.lastParagraph) checks.push({ name: 'content.lastParagraph', total: 1 });
  if (c.mustContain?.length) checks.push({ name: 'content.mustContain', total: c.mustContain.length });
  if (c.mustNotContain?.length) checks.push({ name: 'content.mustNotContain', total: c.mustNotContain.length });
  if (c.wordCount) checks.push({ name: 'content.wordCount', total: 1 });
  return checks;
}

export function scoreResult(expected: Record<string, unknown>, actual: ExtractResult): { tallies: CheckTally[]; failures: string[] } {
  const failures = compareWithExpected(expected, actual);
  const checks = checksOf(expected);
  // A wrong kind leaves nothing to compare: every check of the page fails with it.
  const wrongKind = failures.some((f) => f.startsWith('kind:'));
  const tallies = checks.map(({ name, total }) => {
    const failed = wrongKind ? total : failures.filter((f) => f.startsWith(`${name}:`)).length;
    return { name, total, passed: total - failed };
  });
  return { tallies, failures };
}

/** A result's score in one line: passed/total, and the failures (a not-article's reason first). */
export function checkResult(expected: Record<string, unknown>, result: ExtractResult) {
  const { tallies, failures } = scoreResult(expected, result);
  const why = result.kind === 'not-article' && expected.kind === 'article' ? [`returned not-article: ${result.reason}`] : [];
  return { ...sumTallies(tallies), failures: [...why, ...failures] };
}

export function measureFidelity(pages: { fixture: Fixture; generated: boolean }[]): PageFidelity[] {
  return pages.map(({ fixture, generated }) => {
    const scores = {} as PageFidelity['scores'];
    const failures = {} as PageFidelity['failures'];
    for (const who of CONTESTANTS) {
      // A fresh document each: a contestant may leave marks on the page it reads.
      const doc = parseHtml(fixture.html, fixture.expected.url);
      const { tallies, failures: f } = scoreResult(fixture.expected, RECORD_OF[who](doc, fixture.expected.url));
      scores[who] = tallies;
      failures[who] = f;
    }
    return { page: fixture.name, generated, scores, failures };
  });
}

