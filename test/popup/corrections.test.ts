// @vitest-environment jsdom
// The editor's corrections and the evidence in the popup, driven as a user would (clicks,
// keys, the form), over WXT's fake storage: the article is drawn with its stored correction,
// every action gets the corrected record, a save or a reset draws it again and says so; each
// value's source is described, shown on hover and keyboard focus, hidden with Escape; a
// corrected value and a disagreement carry a mark; the report is saved from Details.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// The report's own module is tested in test/report/save-report.test.ts: here, what the popup gives it.
vi.mock('../../src/report/save-report', () => ({
  saveReport: vi.fn((record: { title: string }) => ({ ok: true, text: `Saved ${record.title}.json` })),
}));
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { correctionFor, saveCorrection } from '../../src/corrections/store';
import type { ArticleRecord } from '../../src/extract/record';
import { DEFAULT_SETTINGS } from '../../src/format/settings';
import type { EditorDeps } from '../../src/popup/action-bar';
import { drawCorrected, loadCorrections, type ArticleCorrections } from '../../src/popup/corrections';
import { fieldNote, sourceName } from '../../src/popup/field-notes';
import { sourceKey } from '../../src/popup/source-names';
import { formatDate } from '../../src/popup/format';
import { stateView } from '../../src/popup/state-views';
import { saveReport } from '../../src/report/save-report';
import { articleFixtures, rows, withFields } from '../format/articles';
import { useLocale } from '../setup-i18n';

const articles = articleFixtures();
const crosspost = articles.find((a) => a.record.originalSource?.url && a.record.authors.length)!.record;
const TAB = 7;

/** The popup as main.ts draws it: the article with its stored correction, the actions built from the record drawn. */
async function popup(original: ArticleRecord) {
  const seen: { record: ArticleRecord; corrections?: ArticleCorrections; editor?: EditorDeps }[] = [];
  const draw = (record: ArticleRecord, corrections?: ArticleCorrections) => {
    const shown: (typeof seen)[number] = { record, corrections };
    const root = stateView({ view: 'article', record }, { editor: (r) => (shown.editor = editorFor(r)), corrections });
    document.body.replaceChildren(root);
    seen.push(shown);
  };
  await drawCorrected(original, TAB, loadCorrections(), draw);
  await notesReady();
  return seen;
}

function editorFor(record: ArticleRecord): EditorDeps {
  return {
    record,
    settings: async () => DEFAULT_SETTINGS,
    copy: async () => ({ ok: true, rich: false }),
    download: () => ({ ok: true }),
    openReader: async () => undefined,
    openOptions: () => undefined,
    today: () => '2025-03-01',
  };
}

const q = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const notesReady = () => vi.waitFor(() => expect(document.querySelector('.record[data-notes="ready"]')).not.toBeNull(), { timeout: 5000 });
const row = (field: string) => q(`[data-field="${field}"]`);
const description = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

async function openForm(): Promise<HTMLFormElement> {
  q<HTMLButtonElement>('[data-action="edit-correction"]').click();
  await vi.waitFor(() => expect(document.querySelector('form.correction-editor')).not.toBeNull(), { timeout: 5000 });
  return q<HTMLFormElement>('form.correction-editor');
}

function type(name: string, value: string): void {
  const input = q<HTMLInputElement>(`form.correction-editor [name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

describe('corrections in the popup', () => {
  it('draws the page’s values when nothing is corrected: no mark, an Edit button beside the title', async () => {
    const [shown] = await popup(crosspost);
    expect(shown.record).toBe(crosspost);
    expect(shown.editor!.record).toBe(crosspost);
    expect(q('h1').textContent).toBe(crosspost.title);
    expect(document.querySelectorAll('[data-mark]')).toHaveLength(0);
    const edit = q('[data-action="edit-correction"]');
    expect(edit.closest('.masthead')).not.toBeNull();
    expect([edit.textContent, edit.title]).toEqual(['Edit', 'Correct the title, authors, dates or original source']);
  });

  it('draws the stored correction: the view and every action use it, each corrected value marked with the page’s value', async () => {
    await saveCorrection(crosspost.canonicalUrl, { title: 'The corrected title', publishedAt: '2001-02-03' });
    const [shown] = await popup(crosspost);
    expect(shown.record.title).toBe('The corrected title');
    expect(shown.editor!.record).toBe(shown.record);
    expect(shown.record.evidence.title).toBe('correction');
    expect(q('h1').textContent).toBe('The corrected title');
    expect(row('publishedAt').querySelector('time')!.getAttribute('datetime')).toBe('2001-02-03');
    for (const field of ['title', 'publishedAt']) {
      expect(row(field).dataset.mark).toBe('corrected');
      expect(description(row(field))).toMatch(/^Corrected by you\. On the page: /);
    }
    expect(description(row('title'))).toContain(`On the page: ${crosspost.title}`);
    expect(description(row('publishedAt'))).toContain(crosspost.publishedAt ? formatDate(crosspost.publishedAt, 'en') : 'none');
    expect(row('originalSource').dataset.mark).toBeUndefined();
  });

  it('Edit opens the form in place of the title and dates, filled with the values shown; Escape closes it, back on Edit', async () => {
    await saveCorrection(crosspost.canonicalUrl, { title: 'The corrected title' });
    await popup(crosspost);
    const form = await openForm();
    expect(q('.masthead').hidden && q('.provenance').hidden).toBe(true);
    expect(document.activeElement).toBe(q('[name="title"]'));
    const value = (name: string) => q<HTMLInputElement>(`[name="${name}"]`).value;
    expect([value('title'), value('authors'), value('publishedAt'), value('publisher'), value('sourceDate'), value('sourceUrl')]).toEqual([
      'The corrected title',
      crosspost.authors.map((a) => a.name).join('\n'),
      crosspost.publishedAt ?? '',
      crosspost.originalSource!.publisher,
      crosspost.originalSource!.date ?? '',
      crosspost.originalSource!.url,
    ]);
    // Every input has its label; the corrected one says what the page has.
    for (const input of form.querySelectorAll('input, textarea')) expect(form.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy();
    expect(q('label[for="correct-publishedAt"]').textContent).toBe(q('[data-field="publishedAt"] dt').textContent);
    expect(form.querySelectorAll('.page-value')).toHaveLength(1);
    expect(q('.page-value').textContent).toContain(`On the page: ${crosspost.title}`);
    q<HTMLButtonElement>('[data-restore="title"]').click();
    expect(value('title')).toBe(crosspost.title);
    key(q('[name="publisher"]'), 'Escape');
    expect(document.querySelector('form.correction-editor')).toBeNull();
    expect(q('.masthead').hidden || q('.provenance').hidden).toBe(false);
    expect(document.activeElement).toBe(q('[data-action="edit-correction"]'));
  });

  it('Save keeps what differs from the page, draws the article again with it, says so and puts the focus on Edit', async () => {
    const seen = await popup(crosspost);
    await openForm();
    type('title', 'A better title');
    type('authors', 'Jane Doe');
    q<HTMLFormElement>('form.correction-editor').requestSubmit();
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await notesReady();
    expect(await correctionFor(crosspost.canonicalUrl)).toMatchObject({ title: 'A better title', authors: [{ name: 'Jane Doe', url: null }] });
    const last = seen[1];
    expect(last.editor!.record).toMatchObject({ title: 'A better title', authors: [{ name: 'Jane Doe', url: null }] });
    expect(q('h1').textContent).toBe('A better title');
    expect(row('authors').dataset.mark).toBe('corrected');
    expect(document.activeElement).toBe(q('[data-action="edit-correction"]'));
    await vi.waitFor(() => expect(q('.action-status').textContent).toBe('Correction saved: every copy, export and citation uses it.'));
  });

  it('a problem keeps the form open, names it, marks the input and moves the focus there', async () => {
    const seen = await popup(crosspost);
    await openForm();
    type('sourceUrl', 'javascript:alert(1)');
    q<HTMLFormElement>('form.correction-editor').requestSubmit();
    expect(q('.form-error').textContent).toBe('The link must be a web address (https://…).');
    expect(q('[name="sourceUrl"]').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(q('[name="sourceUrl"]'));
    type('sourceUrl', crosspost.originalSource!.url!);
    type('title', ' ');
    q<HTMLFormElement>('form.correction-editor').requestSubmit();
    expect(q('.form-error').textContent).toBe('The title cannot be empty.');
    expect(q('[name="sourceUrl"]').hasAttribute('aria-invalid')).toBe(false);
    expect(seen).toHaveLength(1);
    expect(await correctionFor(crosspost.canonicalUrl)).toBeNull();
  });

  it('“Use the page’s values” removes the correction and draws the page’s values again', async () => {
    await saveCorrection(crosspost.canonicalUrl, { title: 'Wrong fix' });
    const seen = await popup(crosspost);
    await openForm();
    q<HTMLButtonElement>('[data-action="reset-correction"]').click();
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(await correctionFor(crosspost.canonicalUrl)).toBeNull();
    expect(seen[1].editor!.record).toBe(crosspost);
    await notesReady();
    expect(q('h1').textContent).toBe(crosspost.title);
    expect(document.querySelectorAll('[data-mark]')).toHaveLength(0);
    await vi.waitFor(() => expect(q('.action-status').textContent).toBe('Correction removed: the page’s values are back.'));
  });

  it('saving the page’s own values removes the correction (no “corrected” without a change)', async () => {
    await saveCorrection(crosspost.canonicalUrl, { title: 'Wrong fix' });
    await popup(crosspost);
    await openForm();
    type('title', crosspost.title);
    q<HTMLFormElement>('form.correction-editor').requestSubmit();
    await vi.waitFor(async () => expect(await correctionFor(crosspost.canonicalUrl)).toBeNull());
  });

  it('Details ▸ Report a problem saves the report of the page’s own record and says where', async () => {
    const correction = await saveCorrection(crosspost.canonicalUrl, { title: 'Fixed' });
    const page = { url: crosspost.url, html: '<html><body><h1>x</h1></body></html>', doctype: null };
    // The tab's content script answers getPageHtml.
    fakeBrowser.tabs.sendMessage = vi.fn(async () => ({ ok: true, value: page })) as never;
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: '__MSG_extName__', version: '9.8.7' });
    await popup(crosspost);
    const button = q<HTMLButtonElement>('details.more [data-action="report-problem"]');
    expect(button.textContent).toBe('Report a problem with this page');
    expect(description(button)).toMatch(/Nothing is sent\.$/);
    button.click();
    await vi.waitFor(() => expect(q('.report-status').textContent).toBe(`Saved ${crosspost.title}.json`));
    expect(vi.mocked(saveReport)).toHaveBeenCalledWith(crosspost, correction, { ok: true, value: page }, expect.objectContaining({ userAgent: navigator.userAgent, extension: { name: 'GR Provenance', version: '9.8.7' } }));
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(TAB, expect.objectContaining({ type: 'getPageHtml' }));
  });
});

describe('evidence in the popup', () => {
  const withEvidence = withFields(crosspost, {
    // The disagreement's key is the shape the core writes: "<field>.disagrees".
    evidence: { title: 'og:title', authors: 'byline', publishedAt: 'date line', originalSource: 'publisher line', 'publishedAt.disagrees': 'json-ld: 2021-03-10' } as ArticleRecord['evidence'],
  });

  it('describes each value’s source, marks a disagreement and leaves the value’s text as it is', async () => {
    await popup(withEvidence);
    expect(description(row('title'))).toBe('Source: og:title.');
    expect(description(row('authors'))).toBe('Source: byline.');
    expect(description(row('publishedAt'))).toBe(`Source: date line. Sources disagree — json-ld: ${formatDate('2021-03-10', 'en')}.`);
    expect(row('publishedAt').dataset.mark).toBe('≠');
    expect(row('title').dataset.mark).toBeUndefined();
    expect(q('h1').textContent).toBe(crosspost.title);
    // A value with nothing focusable in it gets a tab stop; one with a link is reached through the link.
    expect(row('title').tabIndex).toBe(0);
    expect(row('publishedAt').tabIndex).toBe(0);
    expect(row('originalSource').hasAttribute('tabindex')).toBe(false);
  });

  it('the heading focused as the popup opened becomes a tab stop without a ring, which it gets back once the focus leaves it', async () => {
    // As entrypoints/popup/main.ts draws a view: the heading takes the focus.
    const draw = (record: ArticleRecord, corrections?: ArticleCorrections) => {
      document.body.replaceChildren(stateView({ view: 'article', record }, { editor: editorFor, corrections }));
      const heading = document.querySelector<HTMLElement>('h1')!;
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    };
    await drawCorrected(withEvidence, TAB, loadCorrections(), draw);
    await notesReady();
    const title = row('title');
    expect([document.activeElement, title.tabIndex, title.classList.contains('quiet-focus')]).toEqual([title, 0, true]);
    expect(row('publishedAt').classList.contains('quiet-focus')).toBe(false);
    title.blur();
    expect(title.classList.contains('quiet-focus')).toBe(false);
  });

  it('one tip shows the note on hover and on keyboard focus, and Escape hides it without closing the popup', async () => {
    await popup(withEvidence);
    const tip = q('.field-tip');
    expect(tip.getAttribute('aria-hidden')).toBe('true');
    expect(tip.hidden).toBe(true);
    row('authors').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect([tip.hidden, tip.textContent]).toEqual([false, 'Source: byline']);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    row('authors').dispatchEvent(escape);
    expect(tip.hidden).toBe(true);
    expect(escape.defaultPrevented).toBe(true);
    // Focus the popup gives the heading on opening (no key pressed yet) shows nothing; focus moved with a key does.
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    row('title').focus();
    expect(tip.hidden).toBe(true);
    key(document.body, 'Tab');
    row('publishedAt').focus();
    expect(tip.textContent).toBe(`Source: date line\nSources disagree — json-ld: ${formatDate('2021-03-10', 'en')}`);
    expect(tip.hidden).toBe(false);
    row('publishedAt').blur();
    expect(tip.hidden).toBe(true);
  });

  it('keeps the tip small: a long page value is cut there, whole in the description', async () => {
    const url = `https://example.org/${'a-very-long-path-segment/'.repeat(6)}article.html`;
    const source = { ...crosspost.originalSource!, url };
    await saveCorrection(crosspost.canonicalUrl, { originalSource: { ...source, publisher: 'The Corrected Review' } });
    await popup(withFields(crosspost, { originalSource: source }));
    const tip = q('.field-tip');
    row('originalSource').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const lines = tip.textContent!.split('\n');
    expect(lines[0]).toBe('Corrected by you');
    expect(lines[1]).toMatch(/^On the page: .*…$/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(90);
    expect(description(row('originalSource'))).toContain(url);
  });

  it('names the sources in the UI’s language (the technical ones as they are)', () => {
    useLocale('fr');
    try {
      expect(['date line', 'byline', 'json-ld', '<title>', 'og:title'].map(sourceName)).toEqual(['ligne de date', 'ligne d’auteur', 'json-ld', '<title>', 'og:title']);
      expect(fieldNote('publishedAt', withEvidence)).toEqual({ lines: ['Source : ligne de date', `Les sources divergent — json-ld : ${formatDate('2021-03-10', 'fr')}`], mark: '≠' });
    } finally {
      useLocale('en');
    }
  });
  afterAll(() => useLocale('en'));

  it('has words for every source name the fixtures’ records give, the technical ones aside', () => {
    const technical = new Set(['h1', 'og:title', 'og:image', 'og:url', 'json-ld', '<title>', 'meta', 'microdata', 'rel=author']);
    const names = new Set(articles.flatMap((a) => Object.entries(a.record.evidence).map(([k, v]) => (k.endsWith('.disagrees') ? v!.split(': ')[0] : v!))));
    expect(names.size).toBeGreaterThan(10);
    expect([...names].filter((n) => !technical.has(n) && sourceKey(n) === null)).toEqual([]);
  });

  it.each(rows(articles))('%s: every value the record says the source of is described where the popup shows it', async (_name, { record }) => {
    await popup(record);
    const evidence = record.evidence as Record<string, string | undefined>;
    for (const el of document.querySelectorAll<HTMLElement>('[data-field]')) {
      const source = evidence[el.dataset.field!];
      if (source) expect(description(el), `${el.dataset.field}`).toContain(`Source: ${sourceName(source)}.`);
      else expect(el.hasAttribute('aria-describedby'), `${el.dataset.field}`).toBe(false);
    }
  });
});
