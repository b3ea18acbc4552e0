// The article fixtures as records, for the format suites.
import type { ArticleRecord } from '../../src/extract/record';
import { extractFixture, loadFixtures, type Fixture } from '../helpers/fixtures';

export interface ArticleFixture {
  name: string;
  fixture: Fixture;
  record: ArticleRecord;
  mustContain: string[];
  mustNotContain: string[];
}

export function articleFixtures(): ArticleFixture[] {
  return loadFixtures()
    .filter((fx) => fx.expected.kind === 'article')
    .map((fx) => {
      const record = extractFixture(fx);
      if (record.kind !== 'article') throw new Error(`${fx.name}: expected an article, got ${record.reason}`);
      const content = (fx.expected.content ?? {}) as { mustContain?: string[]; mustNotContain?: string[] };
      return { name: fx.name, fixture: fx, record, mustContain: content.mustContain ?? [], mustNotContain: content.mustNotContain ?? [] };
    });
}

/** For it.each: [name, fixture] rows. */
export const rows = (list: ArticleFixture[]) => list.map((a) => [a.name, a] as const);

/** A copy of a record with some fields replaced, for edge cases no fixture has. */
export function withFields(record: ArticleRecord, fields: Partial<ArticleRecord>): ArticleRecord {
  return { ...structuredClone(record), ...fields };
}
