import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ArticleRecord, ExtractResult } from '../../src/extract';
import { formatDate } from '../../src/popup/format';
import { rightsSummary } from '../../src/format/rights';
import { stateView } from '../../src/popup/state-views';
import { extractFixture, loadFixtures } from '../helpers/fixtures';
import { useLocale } from '../setup-i18n';

// The popup builds its nodes with the global `document`: a jsdom page stands in for popup.html.
// (Not the jsdom test environment: test/helpers/fixtures.ts resolves its folder with node's
// URL, which that environment replaces.)
vi.stubGlobal('document', new JSDOM('<!doctype html><html lang="en"><body></body></html>').window.document);

const fixtures = loadFixtures();
const results = fixtures.map((fx) => [fx.name, extractFixture(fx)] as const);
const articles = results.filter((r): r is readonly [string, ArticleRecord] => r[1].kind === 'article');

const render = (result: ExtractResult) =>
  stateView(result.kind === 'article' ? { view: 'article', record: result } : { view: 'not-article', result });
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (node: Element) => norm(node.textContent);
const linkTo = (root: Element, href: string) => Array.from(root.querySelectorAll('a')).find((a) => a.getAttribute('href') === href);
const field = (root: Element, name: string) => root.querySelector(`.field[data-field="${name}"]`)!;

describe('the popup for every fixture article', () => {
  it('has article fixtures to render', () => expect(articles.length).toBeGreaterThanOrEqual(6));

  it.each(articles)('%s: title, subtitle, authors linked, both dates labelled', (_name, r) => {
    const root = render(r);
    expect(text(root.querySelector('h1')!)).toBe(norm(r.title));
    if (r.subtitle) expect(text(root.querySelector('.subtitle')!)).toBe(norm(r.subtitle));
    for (const a of r.authors) {
      if (a.url) expect(text(linkTo(root, new URL(a.url).href)!)).toBe(norm(a.name));
      else expect(text(root.querySelector('.byline')!)).toContain(norm(a.name));
    }
    const site = { 'globalresearch.ca': 'Global Research', 'mondialisation.ca': 'Mondialisation.ca' }[r.site];
    const published = field(root, 'publishedAt');
    expect(text(published.querySelector('dt')!)).toBe(`Published on ${site}`);
    if (r.publishedAt) {
      const time = published.querySelector('time')!;
      expect(time.getAttribute('datetime')).toBe(r.publishedAt);
      expect(time.textContent).toBe(formatDate(r.publishedAt, 'en'));
    }
    const source = field(root, 'originalSource');
    const src = r.originalSource;
    if (!src) expect([text(source.querySelector('dt')!), text(source.querySelector('dd')!)]).toEqual(['Original source', 'Not stated on the page']);
    else {
      expect(text(source.querySelector('dt')!)).toBe('First published by');
      expect(text(source.querySelector('.source-name')!)).toBe(norm(src.publisher));
      if (src.date) expect(source.querySelector(`time[datetime="${src.date}"]`)).toBeTruthy();
      // One link to the original, on the publisher's name; none for the site's own article.
      const links = Array.from(source.querySelectorAll('a'));
      expect(links.map((a) => a.getAttribute('href'))).toEqual(src.url ? [new URL(src.url).href] : []);
    }
    expect(text(root)).not.toContain('Read the original');
  });

  it.each(articles)('%s: the rights summary in the article’s language, the contact once as a link', (_name, r) => {
    const root = render(r);
    const card = root.querySelector('.rights')!;
    const summary = rightsSummary(r, r.lang, { originalShown: true });
    expect(text(card.querySelector('.rights-summary')!)).toBe(norm(summary.sentences.join(' ')));
    expect(card.querySelector('.rights-summary')!.getAttribute('lang')).toBe(r.lang);
    const contact = r.republication?.contact;
    if (contact) {
      const mailtos = Array.from(root.querySelectorAll('a[href^="mailto:"]'));
      expect(mailtos.map((a) => a.getAttribute('href'))).toEqual([`mailto:${contact}`]);
      expect(card.querySelector('.rights-summary')!.contains(mailtos[0])).toBe(true);
    }
    // The page's own lines, one click away.
    const full = card.querySelector<HTMLDetailsElement>('details.full-notice')!;
    expect(full.open).toBe(false);
    if (r.copyright) expect(text(full.querySelector('.copyright')!)).toBe(norm(r.copyright.text));
    if (r.republication) {
      expect(text(full.querySelector('.notice')!)).toBe(norm(r.republication.notice));
      expect(full.querySelector('.notice')!.getAttribute('lang')).toBe(r.lang);
    }
    if (r.removed.some((b) => b.kind === 'fair-use')) expect(full.querySelector('[data-field="fairUse"]')).not.toBeNull();
  });

  it.each(articles)('%s: essentials first, then one Details disclosure with tags, bio, notes, credit and hidden notices', (_name, r) => {
    const root = render(r);
    const order = Array.from(root.children).map((c) => c.className.split(' ').pop());
    expect(order).toEqual(['masthead', 'provenance', 'rights', 'more', 'page-link']);
    const more = root.querySelector<HTMLDetailsElement>('details.more')!;
    expect(more.open).toBe(false);
    expect(text(more.querySelector('summary')!)).toBe('Details');
    for (const sel of ['.tags-section', '.bio', '.notes', '.credit', '.removed', '.stats']) {
      for (const node of root.querySelectorAll(sel)) expect(more.contains(node), sel).toBe(true);
    }
    const tags = Array.from(more.querySelectorAll('.tags a')).map((a) => norm(a.textContent));
    expect(tags).toEqual([...r.regions, ...r.themes, ...r.inDepthReports].map(norm));
    for (const a of more.querySelectorAll<HTMLAnchorElement>('.tags a')) {
      expect(new URL(a.href).hostname).toBe(new URL(r.canonicalUrl).hostname);
      expect(new URL(a.href).searchParams.get('s')).toBe(a.textContent);
    }
    if (r.authorBio) expect(text(more.querySelector('.bio')!)).toContain(norm(r.authorBio));
    if (r.featuredImage?.credit) expect(text(more.querySelector('.credit')!)).toContain(norm(r.featuredImage.credit));
    const stats = text(more.querySelector('.stats')!);
    expect(stats).toBe(`${r.content.wordCount.toLocaleString('en')} words · ${r.content.readingMinutes} min read`);
  });

  it.each(articles)('%s: notes that only restate the original source are not repeated', (_name, r) => {
    const notes = Array.from(render(r).querySelectorAll('.notes li')).map((li) => norm(li.textContent));
    for (const note of notes) expect(r.notes.map(norm)).toContain(note);
    for (const note of r.notes) {
      const restates = Boolean(r.originalSource) && /^(?:this article was originally published|first published by)/i.test(note) && note.includes(r.originalSource!.publisher);
      expect(notes.includes(norm(note)), note).toBe(!restates);
    }
  });

  it.each(articles)('%s: "N site notices hidden", each with its kind and first words', (_name, r) => {
    const root = render(r);
    const details = root.querySelector<HTMLDetailsElement>('details.removed')!;
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary')!)).toBe(`${r.removed.length} site notices hidden`);
    const items = Array.from(details.querySelectorAll('li'));
    expect(items).toHaveLength(r.removed.length);
    items.forEach((li, i) => {
      const words = norm(r.removed[i].text).split(' ').slice(0, 3).join(' ');
      expect(text(li.querySelector('.words')!)).toContain(words);
    });
  });

  it.each(articles)('%s: every link is http(s) or mailto and opens safely in a new tab', (_name, r) => {
    const links = Array.from(render(r).querySelectorAll('a'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^(?:https?:|mailto:)/);
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
    }
  });

  it('one field row per labelled value, each naming its field', () => {
    const root = render(articles.find(([name]) => name.startsWith('2024'))![1]);
    const names = Array.from(root.querySelectorAll('.field')).map((f) => f.getAttribute('data-field'));
    expect(names).toEqual(['publishedAt', 'originalSource', 'copyright', 'republication', 'fairUse', 'disclaimer', 'tags', 'tags']);
    for (const f of root.querySelectorAll('.field')) expect(Array.from(f.children).map((c) => c.tagName)).toEqual(['DT', 'DD']);
  });
});

describe('the popup for pages that are not articles', () => {
  const others = results.filter(([, r]) => r.kind === 'not-article');

  it.each(others)('%s: says which kind of site page it is', (_name, r) => {
    if (r.kind !== 'not-article') throw new Error('expected a non-article');
    const root = render(r);
    const which = { 'home page': 'the home page', 'listing page': 'a listing page', 'author page': 'an author page' }[r.reason];
    expect(which, `reason "${r.reason}"`).toBeTruthy();
    expect(text(root.querySelector('h1')!)).toBe(`This is ${which}, not an article`);
  });

  it('names an author page, and gives the reason for anything else', () => {
    const author = render({ kind: 'not-article', url: 'https://www.globalresearch.ca/author/x', reason: 'author page' });
    expect(text(author.querySelector('h1')!)).toBe('This is an author page, not an article');
    const other = render({ kind: 'not-article', url: 'https://www.mondialisation.ca/x/1', reason: 'no article title found' });
    expect(text(other.querySelector('h1')!)).toBe('No article found on this page');
    // What to do, in the user's words; the core's own words only behind "Why?".
    expect(text(other.querySelector('p')!)).toMatch(/^If this page shows an article, wait until it has finished loading, reload the tab/);
    expect(text(other.querySelector('p')!)).toContain('Mondialisation.ca');
    expect(text(other.querySelector('p')!)).not.toContain('no article title found');
    const why = other.querySelector<HTMLDetailsElement>('details.why')!;
    expect(why.open).toBe(false);
    expect(text(why.querySelector('.reason')!)).toBe('no article title found');
  });
});

describe('the popup states', () => {
  it('shows loading while it waits', () => {
    const root = stateView({ view: 'loading' });
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(text(root.querySelector('h1')!)).toBe('Reading the article…');
  });

  it('asks for a Global Research article on another site', () => {
    expect(text(stateView({ view: 'other-site' }).querySelector('h1')!)).toBe('Open a Global Research article');
  });

  it('shows an error with its reason and a keyboard-usable retry', () => {
    const retry = vi.fn();
    const root = stateView({ view: 'error', error: 'no answer within 15 s' }, { retry });
    expect(root.getAttribute('role')).toBe('alert');
    expect(text(root.querySelector('.reason')!)).toBe('no answer within 15 s');
    const button = root.querySelector('button')!;
    expect(button.type).toBe('button');
    expect(button.dataset.action).toBe('retry');
    button.click();
    expect(retry).toHaveBeenCalledOnce();
  });
});

describe('page text in the popup', () => {
  const base = articles[0][1];
  const hostile: ArticleRecord = {
    ...base,
    title: '<img src=x onerror="alert(1)">Title',
    subtitle: '<script>alert(2)</script>',
    authors: [{ name: '<b>Eve</b>', url: 'javascript:alert(3)' }],
    originalSource: { publisher: 'Evil <i>Press</i>', date: null, url: 'data:text/html,<script>alert(4)</script>' },
    republication: { notice: '<a href="javascript:x">cross-post</a>', contact: 'x@y.z?bcc=everyone@example.org' },
    regions: ['<svg onload=alert(5)>'],
  };

  it('is text, never markup', () => {
    const root = render(hostile);
    expect(root.querySelectorAll('img, script, b, i, svg')).toHaveLength(0);
    expect(text(root.querySelector('h1')!)).toBe('<img src=x onerror="alert(1)">Title');
    expect(text(root)).toContain('<script>alert(2)</script>');
  });

  it('never becomes a javascript:, data: or header-injecting mailto: link', () => {
    const hrefs = Array.from(render(hostile).querySelectorAll('a')).map((a) => a.getAttribute('href')!);
    expect(hrefs.some((h) => /^(?:javascript|data):/i.test(h))).toBe(false);
    expect(hrefs.some((h) => h.includes('bcc='))).toBe(false);
  });

  it('marks the page language on page text for screen readers', () => {
    const fr = articles.find(([, r]) => r.lang === 'fr')?.[1];
    expect(fr).toBeTruthy();
    expect(render(fr!).querySelector('h1')!.getAttribute('lang')).toBe('fr');
  });
});

describe('the popup in French (browser UI language fr)', () => {
  afterAll(() => useLocale('en'));

  it('speaks French around the record, and marks each part’s language', () => {
    useLocale('fr');
    const [, fr] = articles.find(([, r]) => r.lang === 'fr')!;
    const [, en] = articles.find(([name]) => name.startsWith('2024'))!;
    const root = render(fr);
    expect(text(field(root, 'publishedAt').querySelector('dt')!)).toBe('Publié sur Mondialisation.ca');
    expect(text(field(root, 'originalSource').querySelector('dt')!)).toBe('Publié d’abord par');
    expect(field(root, 'publishedAt').querySelector('time')!.textContent).toBe('12 mars 2019');
    expect(text(root.querySelector('.byline')!)).toBe('Par Claire Vautrin-Morel');
    expect(text(root.querySelector('.rights h2')!)).toBe('Droits');
    expect(text(root.querySelector('details.more > summary')!)).toBe('Détails');
    expect(text(root.querySelector('details.removed > summary')!)).toBe(`${fr.removed.length} avis du site masqués`);
    // An English article in a French UI: its text and its rights summary stay English, marked so.
    const mixed = render(en);
    expect(mixed.querySelector('h1')!.getAttribute('lang')).toBe('en');
    expect(mixed.querySelector('.rights-summary')!.getAttribute('lang')).toBe('en');
    expect(text(mixed.querySelector('.rights-summary')!)).toMatch(/^Global Research’s notice allows/);
    expect(text(field(mixed, 'publishedAt').querySelector('dt')!)).toBe('Publié sur Global Research');
  });

  it('says what to do on a page that is not an article', () => {
    useLocale('fr');
    const root = render({ kind: 'not-article', url: 'https://www.globalresearch.ca/', reason: 'home page' });
    expect(text(root.querySelector('h1')!)).toBe('C’est la page d’accueil, pas un article');
  });
});
