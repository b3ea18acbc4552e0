import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleRecord, ExtractResult } from '../../src/extract';
import { formatDate } from '../../src/popup/format';
import { stateView } from '../../src/popup/state-views';
import { extractFixture, loadFixtures } from '../helpers/fixtures';

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
const section = (root: Element, heading: string) =>
  Array.from(root.querySelectorAll('section')).find((s) => s.querySelector('h2')?.textContent === heading);

describe('the popup for every fixture article', () => {
  it('has article fixtures to render', () => expect(articles.length).toBeGreaterThanOrEqual(6));

  it.each(articles)('%s: title, subtitle, authors linked, Global Research date, reading stats', (_name, r) => {
    const root = render(r);
    expect(text(root.querySelector('h1')!)).toBe(norm(r.title));
    if (r.subtitle) expect(text(root.querySelector('.subtitle')!)).toBe(norm(r.subtitle));
    for (const a of r.authors) {
      if (a.url) expect(text(linkTo(root, new URL(a.url).href)!)).toBe(norm(a.name));
      else expect(text(root.querySelector('.byline')!)).toContain(norm(a.name));
    }
    if (r.publishedAt) {
      const time = root.querySelector('.dateline time')!;
      expect(time.getAttribute('datetime')).toBe(r.publishedAt);
      expect(time.textContent).toBe(formatDate(r.publishedAt));
    }
    const stats = text(root.querySelector('.stats')!);
    expect(stats).toContain(`${r.content.wordCount.toLocaleString()} words`);
    expect(stats).toContain(`${r.content.readingMinutes} min read`);
  });

  it.each(articles)('%s: original source first, then copyright and republication with a mailto contact', (_name, r) => {
    const root = render(r);
    const sections = Array.from(root.querySelectorAll('section h2')).map((h) => h.textContent);
    expect(sections.slice(0, 2)).toEqual(['Original source', 'Republication']);
    const source = section(root, 'Original source')!;
    const src = r.originalSource;
    if (!src) expect(text(source)).toContain('does not say');
    else if (src.url) {
      expect(text(source)).toContain(norm(src.publisher));
      expect(linkTo(source, new URL(src.url).href)).toBeTruthy();
    } else if (src.publisher === { 'globalresearch.ca': 'Global Research', 'mondialisation.ca': 'Mondialisation.ca' }[r.site]) {
      expect(text(source.querySelector('.source-name')!)).toBe(`First published by ${src.publisher}`);
    } else {
      expect(text(source.querySelector('.source-name')!)).toBe(norm(src.publisher));
      expect(text(source)).toContain('no link to the original');
    }
    if (src?.date) expect(source.querySelector(`time[datetime="${src.date}"]`)).toBeTruthy();
    const rights = section(root, 'Republication')!;
    if (r.copyright) expect(text(rights)).toContain(norm(r.copyright.text));
    if (r.republication) expect(text(rights)).toContain(norm(r.republication.notice));
    if (r.republication?.contact) {
      expect(text(linkTo(rights, `mailto:${r.republication.contact}`)!)).toBe(r.republication.contact);
    }
  });

  it.each(articles)('%s: tags as links, bio, notes, image credit', (_name, r) => {
    const root = render(r);
    const tags = Array.from(root.querySelectorAll('.tags a')).map((a) => norm(a.textContent));
    expect(tags).toEqual([...r.regions, ...r.themes, ...r.inDepthReports].map(norm));
    for (const a of root.querySelectorAll<HTMLAnchorElement>('.tags a')) {
      expect(new URL(a.href).hostname).toBe(new URL(r.canonicalUrl).hostname);
      expect(new URL(a.href).searchParams.get('s')).toBe(a.textContent);
    }
    if (r.authorBio) expect(text(root)).toContain(norm(r.authorBio));
    for (const note of r.notes) expect(text(section(root, 'Editorial notes')!)).toContain(norm(note));
    if (r.featuredImage?.credit) expect(text(section(root, 'Featured image')!)).toContain(norm(r.featuredImage.credit));
  });

  it.each(articles)('%s: a collapsible list of the removed boilerplate, kind and first words', (_name, r) => {
    const root = render(r);
    const details = root.querySelector<HTMLDetailsElement>('details.removed')!;
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary')!)).toBe(`${r.removed.length} boilerplate blocks removed`);
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
    const other = render({ kind: 'not-article', url: 'https://www.mondialisation.ca/x/1', reason: 'no article body found' });
    expect(text(other.querySelector('h1')!)).toBe('No article on this page');
    expect(text(other)).toContain('Mondialisation.ca');
    expect(text(other.querySelector('.reason')!)).toBe('no article body found');
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
