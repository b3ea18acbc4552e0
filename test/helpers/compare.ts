// SPEC.md's comparison of an output with an expected file: every expected metadata key equal
// (strings compared with white space collapsed), and the content checks. Returns the failures.
import type { ExtractResult } from '../../src/extract';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function deepNorm(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(deepNorm);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, deepNorm((v as Record<string, unknown>)[k])]));
  }
  return typeof v === 'string' ? norm(v) : v;
}

/** Only the keys present in `exp` count (recursively for plain objects). */
function subsetEqual(exp: unknown, act: unknown): boolean {
  if (exp && typeof exp === 'object' && !Array.isArray(exp)) {
    if (!act || typeof act !== 'object') return false;
    return Object.keys(exp).every((k) => subsetEqual((exp as Record<string, unknown>)[k], (act as Record<string, unknown>)[k]));
  }
  return JSON.stringify(deepNorm(exp)) === JSON.stringify(deepNorm(act));
}

export const paragraphs = (text: string) => text.split(/\n\s*\n/).map(norm).filter(Boolean);

export interface ContentExpectation {
  firstParagraph?: string;
  lastParagraph?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  wordCount?: number;
}

export function compareWithExpected(expected: Record<string, unknown>, actual: ExtractResult): string[] {
  const failures: string[] = [];
  if (actual.kind !== expected.kind) return [`kind: got ${actual.kind}, expected ${String(expected.kind)}`];
  if (actual.kind !== 'article') return failures;
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'kind' || key === 'content') continue;
    const got = (actual as unknown as Record<string, unknown>)[key];
    if (!subsetEqual(value, got)) failures.push(`${key}: got ${JSON.stringify(got)}, expected ${JSON.stringify(value)}`);
  }
  const c = (expected.content ?? {}) as ContentExpectation;
  const text = actual.content.text;
  const paras = paragraphs(text);
  const ntext = norm(text);
  const nhtml = norm(actual.content.html);
  if (c.firstParagraph && norm(c.firstParagraph) !== paras[0]) failures.push(`content.firstParagraph: got "${paras[0]?.slice(0, 100)}"`);
  if (c.lastParagraph && norm(c.lastParagraph) !== paras.at(-1)) failures.push(`content.lastParagraph: got "${paras.at(-1)?.slice(0, 100)}"`);
  for (const s of c.mustContain ?? []) if (!ntext.includes(norm(s))) failures.push(`content.mustContain: "${s}" is missing`);
  for (const s of c.mustNotContain ?? []) {
    if (ntext.includes(norm(s)) || nhtml.includes(norm(s))) failures.push(`content.mustNotContain: "${s}" leaked`);
  }
  if (c.wordCount && Math.abs(actual.content.wordCount - c.wordCount) > 0.03 * c.wordCount) {
    failures.push(`content.wordCount: got ${actual.content.wordCount}, expected ${c.wordCount} ± 3%`);
  }
  return failures;
}
