// The record the rights summary is expected from: a fixture's expected file, with the copyright's
// publisher (SPEC.md: "the last name before the year") read from its own copyright text where the
// file leaves that field out (six of the shared expected files do).
import type { ArticleRecord } from '../../src/extract/record';

export function expectedForRights(expected: Record<string, unknown>): ArticleRecord {
  const record = expected as unknown as ArticleRecord;
  const c = record.copyright;
  if (!c || c.publisher !== undefined) return record;
  const names = c.text.replace(/^\s*(?:©\s*Copyright|Copyright\s*©|Copyright|©)\s*/i, '').split(',').map((s) => s.trim());
  const publisher = names.length >= 3 ? names[names.length - 2] : null;
  return { ...record, copyright: { ...c, publisher } };
}
