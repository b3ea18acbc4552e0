// The correction form as data: an untouched form corrects nothing, each changed field becomes
// a correction of that field only, authors keep their links while their names stay, and what
// cannot be saved names the input to go back to.
import { describe, expect, it } from 'vitest';
import { formCorrection, formFields, type FormFields } from '../../src/corrections/edit';
import { articleFixtures, withFields } from '../format/articles';

const articles = articleFixtures();
const crosspost = articles.find((a) => a.record.originalSource?.url)!.record;
const twoAuthors = articles.find((a) => a.record.authors.length >= 2 && a.record.authors[0].url)!.record;
const edit = (fields: Partial<FormFields>, record = crosspost) => formCorrection(record, { ...formFields(record), ...fields });

describe('the correction form', () => {
  it.each(articles.map((a) => [a.name, a.record] as const))('%s: the form as filled from the record corrects nothing', (_name, record) => {
    expect(formCorrection(record, formFields(record))).toEqual({ ok: true, values: {} });
  });

  it('fills one input per value: authors one per line, dates as YYYY-MM-DD, empty for none', () => {
    const f = formFields(withFields(twoAuthors, { publishedAt: null, originalSource: null }));
    expect(f.authors.split('\n')).toEqual(twoAuthors.authors.map((a) => a.name));
    expect([f.publishedAt, f.publisher, f.sourceDate, f.sourceUrl]).toEqual(['', '', '', '']);
    expect(formFields(crosspost).sourceUrl).toBe(crosspost.originalSource!.url);
  });

  it('corrects only what changed', () => {
    expect(edit({ title: '  The right   title ' })).toEqual({ ok: true, values: { title: 'The right title' } });
    expect(edit({ publishedAt: '2001-02-03' })).toEqual({ ok: true, values: { publishedAt: '2001-02-03' } });
    expect(edit({ publishedAt: '' })).toEqual({ ok: true, values: { publishedAt: null } });
    const src = crosspost.originalSource!;
    expect(edit({ sourceDate: '1999-12-31' })).toEqual({ ok: true, values: { originalSource: { ...src, date: '1999-12-31' } } });
    expect(edit({ publisher: '', sourceDate: '', sourceUrl: '' })).toEqual({ ok: true, values: { originalSource: null } });
  });

  it('keeps an author’s link while the name is the page’s; a new name has none', () => {
    const [first, second] = twoAuthors.authors;
    const r = edit({ authors: `${second.name}\n\n  Jane   Doe \n${first.name}` }, twoAuthors);
    expect(r).toEqual({ ok: true, values: { authors: [second, { name: 'Jane Doe', url: null }, first] } });
    expect(edit({ authors: '' }, twoAuthors)).toEqual({ ok: true, values: { authors: [] } });
  });

  it('takes the page’s own spacing (no-break spaces, line breaks) as no change', () => {
    const record = withFields(crosspost, { title: 'A\u00a0title  with\nbreaks', authors: [{ name: 'Jean\u00a0Dupont', url: null }] });
    expect(formCorrection(record, formFields(record))).toEqual({ ok: true, values: {} });
    expect(formCorrection(record, { ...formFields(record), title: 'A title with breaks' })).toEqual({ ok: true, values: {} });
  });

  it('reads a link typed without its scheme as https, and the same address written another way as no change', () => {
    const src = crosspost.originalSource!;
    const host = new URL(src.url!).host;
    expect(edit({ sourceUrl: `${host}/a/b` })).toEqual({ ok: true, values: { originalSource: { ...src, url: `https://${host}/a/b` } } });
    const record = withFields(crosspost, { originalSource: { ...src, url: `https://${host}` } });
    expect(formCorrection(record, { ...formFields(record), sourceUrl: `https://${host}/` })).toEqual({ ok: true, values: {} });
  });

  it('names the input of each problem', () => {
    expect(edit({ title: '  ' })).toMatchObject({ ok: false, field: 'title', problem: 'empty' });
    expect(edit({ publisher: ' ', sourceDate: '2020-01-01' })).toMatchObject({ ok: false, field: 'publisher', problem: 'publisherMissing' });
    expect(edit({ title: 'A <b>bold</b> title' })).toMatchObject({ ok: false, field: 'title', problem: 'invalid', detail: 'contains markup' });
    expect(edit({ authors: 'Jane &amp; John' })).toMatchObject({ ok: false, field: 'authors', problem: 'invalid' });
    expect(edit({ sourceUrl: 'javascript:alert(1)' })).toMatchObject({ ok: false, field: 'sourceUrl', problem: 'invalid', detail: 'is not an http(s) address' });
    expect(edit({ sourceDate: '2021-02-30' })).toMatchObject({ ok: false, field: 'sourceDate', problem: 'invalid' });
    expect(edit({ publishedAt: '2021-13-01' })).toMatchObject({ ok: false, field: 'publishedAt', problem: 'invalid' });
    expect(edit({ publisher: 'x'.repeat(400) })).toMatchObject({ ok: false, field: 'publisher', problem: 'invalid' });
  });
});
