// Markup invariance (issue 10): every article fixture, re-rendered in nine structurally different
// markups with varied labels, header order, date style and links, must give the same record:
// every field of its expected file (author and source links aside when the page has no links),
// and the content checks. Every real boilerplate line of data/site-wording.json is put on one page
// of each markup and must not reach the article. A failure names the fixture, the markup and the field.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';
import { compareWithExpected } from '../helpers/compare';
import { loadFixtures } from '../helpers/fixtures';
import { BOILERPLATE_LINES, fillLine, modelOf, type ArticleModel } from '../helpers/markup-model';
import { MARKUPS, render, variantsFor } from '../helpers/markup-render';

const models = loadFixtures()
  .map(modelOf)
  .filter((m): m is ArticleModel => m !== null);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('markup invariance', () => {
  models.forEach((m, i) => {
    const sameLang = models.filter((x) => x.lang === m.lang);
    const slot = sameLang.indexOf(m);
    describe(m.name, () => {
      it.each(variantsFor(i).map((v) => [v.markup, v] as const))('%s', (_, v) => {
        const page = render(m, v, slot, sameLang.length);
        const record = extract(parseHtml(page.html, page.url), page.url);
        const failures = compareWithExpected(page.expected, record);
        if (record.kind === 'article') {
          const text = norm(record.content.text);
          for (const w of page.inserted) {
            const line = norm(fillLine(w, m));
            if (text.includes(line)) failures.push(`boilerplate line kept: ${line.slice(0, 80)}`);
          }
        }
        expect(failures, `${m.name} as ${v.markup} (${JSON.stringify(v)})`).toEqual([]);
      });
    });
  });

  it('puts every real boilerplate line on a page of every markup', () => {
    for (const lang of ['en', 'fr'] as const) {
      const sameLang = models.filter((x) => x.lang === lang);
      const seen = new Set<string>();
      sameLang.forEach((m, slot) => {
        for (const w of render(m, variantsFor(0)[0], slot, sameLang.length).inserted) seen.add(w.text);
      });
      const missing = BOILERPLATE_LINES.filter((w) => w.lang === lang && !seen.has(w.text) && !w.text.includes('{publisher}'));
      expect(missing.map((w) => w.text)).toEqual([]);
    }
    expect(MARKUPS.length).toBeGreaterThanOrEqual(9);
  });
});
