// The corrections file and every value in it: a strict, versioned format. Anything that is
// not plain text, an http(s) address or a calendar date is refused, with the path of the
// first problem; a good file round-trips.
import { describe, expect, it } from 'vitest';
import { checkCorrectionsFile, correctionsFile, correctionsFileName, MAX_CORRECTIONS, parseCorrectionsFile } from '../../src/corrections/file';
import { checkCorrectedValues, checkDate, checkText, checkUrl, LIMITS } from '../../src/corrections/validate';
import type { CorrectionMap } from '../../src/corrections/correction';

const AT = '2025-01-15T10:04:00.000Z';
const URL1 = 'https://globalresearch.ca/russia-and-iran/5479551';
const good = (): CorrectionMap => ({
  [URL1]: {
    title: 'Russia and Iran Coordinate in Syria',
    authors: [{ name: 'Mahdi Darius Nazemroaya', url: 'https://www.globalresearch.ca/author/mahdi-darius-nazemroaya' }],
    publishedAt: '2015-10-02',
    originalSource: { publisher: 'Strategic Culture Foundation', date: '2015-09-28', url: 'https://www.strategic-culture.org/news/2015/09/28/x.html' },
    updatedAt: AT,
  },
  'https://mondialisation.ca/deserts-medicaux/5690001': { publishedAt: null, originalSource: null, updatedAt: AT },
});
const file = (corrections: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ ...correctionsFile(corrections as CorrectionMap, AT), ...extra });
const errorOf = (text: string) => {
  const r = parseCorrectionsFile(text);
  return r.ok ? null : r.error;
};
const withEntry = (entry: Record<string, unknown>) => file({ [URL1]: { updatedAt: AT, ...entry } });

describe('the corrections file', () => {
  it('round-trips: what is exported is imported unchanged', () => {
    const r = parseCorrectionsFile(file(good()));
    expect(r).toEqual({ ok: true, value: good() });
    expect(correctionsFileName(AT)).toBe('gr-provenance-corrections-2025-01-15.json');
  });

  it('files each correction under its canonical key; of two spellings of one address the later wins', () => {
    const later = '2025-02-01T00:00:00Z';
    const r = parseCorrectionsFile(
      file({
        'https://www.globalresearch.ca/a/1/': { title: 'Later', updatedAt: later },
        'https://globalresearch.ca/a/1#x': { title: 'Earlier', updatedAt: AT },
      }),
    );
    expect(r).toEqual({ ok: true, value: { 'https://globalresearch.ca/a/1': { title: 'Later', updatedAt: later } } });
  });

  it.each([
    ['not JSON', '{"format": ', /not JSON/],
    ['another kind of file', JSON.stringify({ format: 'something-else', version: 1 }), /not a corrections file/],
    ['an array', '[]', /not a corrections file/],
    ['a newer version', file(good(), { version: 2 }), /version 2 .* newer GR Provenance/],
    ['a version as text', file(good(), { version: '1' }), /unknown version "1"/],
    ['an unknown top-level key', file(good(), { comment: 'hi' }), /^comment: is not a known field/],
    ['a bad export date', file(good(), { exportedAt: 'yesterday' }), /^exportedAt: is not an ISO date-time/],
    ['corrections as a list', file([]), /^corrections: not an object/],
    ['an address that is not http(s)', file({ 'javascript:alert(1)': { title: 'x', updatedAt: AT } }), /corrections\["javascript:alert\(1\)"\]: is not an http\(s\) address/],
    ['an entry that corrects nothing', file({ [URL1]: { updatedAt: AT } }), /corrects no field/],
    ['an entry without its date', file({ [URL1]: { title: 'x' } }), /updatedAt: is missing/],
    ['an unknown field', withEntry({ subtitle: 'x' }), /\.subtitle: is not a known field/],
    ['a title with markup', withEntry({ title: 'Hello <img src=x onerror=alert(1)>' }), /\.title: contains markup/],
    ['a title with a closing tag', withEntry({ title: 'Hello</title>' }), /\.title: contains markup/],
    ['a title with a comment', withEntry({ title: 'a <!-- b' }), /\.title: contains markup/],
    ['a title with an entity', withEntry({ title: 'Tom &amp; Jerry' }), /\.title: contains a character entity/],
    ['a title with a numeric entity', withEntry({ title: 'x &#60;script' }), /\.title: contains a character entity/],
    ['a title with a NUL', withEntry({ title: 'a\u0000b' }), /\.title: contains a control character/],
    ['a title with a newline', withEntry({ title: 'a\nb' }), /\.title: contains a control character/],
    ['a title with a right-to-left override', withEntry({ title: 'gpj.\u202eexe' }), /\.title: contains a control character/],
    ['an empty title', withEntry({ title: '   ' }), /\.title: is empty/],
    ['a title as a number', withEntry({ title: 5 }), /\.title: not a string/],
    ['a very long title', withEntry({ title: 'x'.repeat(LIMITS.title + 1) }), /\.title: is longer than 500/],
    ['authors as a string', withEntry({ authors: 'A and B' }), /\.authors: not a list/],
    ['an author without url', withEntry({ authors: [{ name: 'A' }] }), /\.authors\[0\]\.url: is missing/],
    ['an author with markup', withEntry({ authors: [{ name: 'A', url: null }, { name: '<b>B</b>', url: null }] }), /\.authors\[1\]\.name: contains markup/],
    ['a javascript: author link', withEntry({ authors: [{ name: 'A', url: 'javascript:alert(1)' }] }), /\.authors\[0\]\.url: is not an http\(s\) address/],
    ['a data: author link', withEntry({ authors: [{ name: 'A', url: 'data:text/html,<script>alert(1)</script>' }] }), /is not an http\(s\) address/],
    ['a relative author link', withEntry({ authors: [{ name: 'A', url: '/author/a' }] }), /\.url: is not an absolute address/],
    ['a link with a password', withEntry({ authors: [{ name: 'A', url: 'https://user:pw@example.org/' }] }), /carries a user name or password/],
    ['too many authors', withEntry({ authors: Array.from({ length: 31 }, (_, i) => ({ name: `A${i}`, url: null })) }), /more than 30 authors/],
    ['a date as prose', withEntry({ publishedAt: 'October 2, 2015' }), /\.publishedAt: is not a date as YYYY-MM-DD/],
    ['a date-time for a date', withEntry({ publishedAt: '2015-10-02T00:00:00Z' }), /\.publishedAt: is not a date as YYYY-MM-DD/],
    ['February 30', withEntry({ publishedAt: '2023-02-30' }), /\.publishedAt: is not a calendar date/],
    ['month 13', withEntry({ publishedAt: '2023-13-01' }), /is not a calendar date/],
    ['an original source without publisher', withEntry({ originalSource: { date: null, url: null } }), /\.originalSource\.publisher: is missing/],
    ['an original source with a bad date', withEntry({ originalSource: { publisher: 'P', date: '28/09/2015', url: null } }), /\.originalSource\.date: is not a date/],
    ['an original source with an ftp link', withEntry({ originalSource: { publisher: 'P', date: null, url: 'ftp://example.org/a' } }), /\.originalSource\.url: is not an http\(s\) address/],
    ['an original source with an extra key', withEntry({ originalSource: { publisher: 'P', date: null, url: null, html: '<p>' } }), /\.originalSource\.html: is not a known field/],
  ])('refuses %s, naming the problem', (_what, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  it('refuses a file with more corrections than the limit, or too large', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_CORRECTIONS + 1 }, (_, i) => [`https://globalresearch.ca/a/${i}`, { title: 't', updatedAt: AT }]));
    expect(errorOf(file(many))).toMatch(/more than 10000 corrections/);
    expect(errorOf(' '.repeat(5_000_001))).toMatch(/larger than 5 MB/);
  });

  it('cannot be tricked by __proto__ or constructor keys', () => {
    const text = `{"format":"gr-provenance-corrections","version":1,"exportedAt":"${AT}","corrections":{"__proto__":{"title":"x","updatedAt":"${AT}"}}}`;
    expect(errorOf(text)).toMatch(/is not an http\(s\) address/);
    expect(checkCorrectionsFile(JSON.parse(file({ constructor: { title: 'x', updatedAt: AT } }))).ok).toBe(false);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
});

describe('single values', () => {
  it('keep plain text as typed, with runs of spaces collapsed and ends trimmed', () => {
    expect(checkText('  Déserts  médicaux — « la France » 3 < 4 & 5 > 2 ', 'p', 100)).toEqual({ ok: true, value: 'Déserts médicaux — « la France » 3 < 4 & 5 > 2' });
    expect(checkText('Ibn Taymiyyah ﷺ 𝔘𝔫𝔦', 'p', 100).ok).toBe(true);
  });

  it('take http(s) addresses only, normalised', () => {
    expect(checkUrl('HTTPS://Example.org/a b', 'u').ok).toBe(false);
    expect(checkUrl('HTTPS://Example.org/a', 'u')).toEqual({ ok: true, value: 'https://example.org/a' });
    expect(checkUrl('mailto:a@b.c', 'u').ok).toBe(false);
  });

  it('take calendar dates, leap days included', () => {
    expect(checkDate('2024-02-29', 'd').ok).toBe(true);
    expect(checkDate('2023-02-29', 'd').ok).toBe(false);
    expect(checkDate('0999-01-01', 'd').ok).toBe(false);
  });

  it('of an edit (no date of its own) are checked the same way', () => {
    expect(checkCorrectedValues({ title: 'ok', publishedAt: null })).toEqual({ ok: true, value: { title: 'ok', publishedAt: null } });
    expect(checkCorrectedValues({})).toEqual({ ok: true, value: {} });
    expect(checkCorrectedValues({ title: '<i>x</i>' })).toEqual({ ok: false, error: 'correction.title: contains markup' });
    expect(checkCorrectedValues({ updatedAt: AT })).toEqual({ ok: false, error: 'correction.updatedAt: is not a known field' });
  });
});
