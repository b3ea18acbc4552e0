// Golden fixtures: every saved page against its expected record, as SPEC.md compares them.
import { describe, expect, it } from 'vitest';
import { compareWithExpected } from '../helpers/compare';
import { extractFixture, loadFixtures } from '../helpers/fixtures';
import { extract } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';

const fixtures = loadFixtures();

describe('fixture pages', () => {
  it('has the shared fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s matches its expected record', (_name, fx) => {
    const failures = compareWithExpected(fx.expected, extractFixture(fx));
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it.each(fixtures.filter((f) => f.expected.kind === 'article').map((f) => [f.name, f] as const))(
    '%s logs its boilerplate in page order with known kinds',
    (_name, fx) => {
      const r = extractFixture(fx);
      if (r.kind !== 'article') throw new Error('not an article');
      const kinds = r.removed.map((x) => x.kind);
      expect(kinds).toContain('disclaimer');
      expect(kinds).toContain('fair-use');
      expect(r.removed.every((x) => x.text.length > 0)).toBe(true);
      // Page order: the disclaimer comes after the copyright line, and fair use after the disclaimer.
      expect(kinds.indexOf('copyright')).toBeLessThan(kinds.indexOf('disclaimer'));
      expect(kinds.lastIndexOf('disclaimer')).toBeLessThan(kinds.indexOf('fair-use'));
    },
  );

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the page read is left as it was', (_name, fx) => {
    const doc = parseHtml(fx.html, fx.expected.url);
    const before = doc.documentElement.outerHTML;
    extract(doc, fx.expected.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
