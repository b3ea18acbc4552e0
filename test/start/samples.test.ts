// The samples npm start lists are chosen by what each page is, whatever the fixture files are
// called and however many there are; the start page shows page text as text.
import { describe, expect, it } from 'vitest';
import { chooseSamples, startPage } from '../../scripts/start/samples';
import { escapeHtml } from '../../src/format/escape';
import { loadFixtures, type Fixture } from '../helpers/fixtures';

const fixtures = loadFixtures();
const byKind = (samples: ReturnType<typeof chooseSamples>) => Object.fromEntries(samples.map((s) => [s.kind, s.fixture.expected]));
type E = { lang?: string; authors?: unknown[]; originalSource?: { publisher: string; url: string | null } | null; kind: string };

describe('chooseSamples', () => {
  it('finds one page of each kind in the fixtures, each a different page, the linked cross-post first', () => {
    const samples = chooseSamples(fixtures);
    expect(samples.map((s) => s.kind)).toEqual(['cross-post', 'original', 'french', 'multi-author', 'not-article']);
    expect(new Set(samples.map((s) => s.fixture)).size).toBe(5);
    const k = byKind(samples) as Record<string, E>;
    expect(k['cross-post'].originalSource?.url).toMatch(/^https:/);
    expect(k['cross-post'].originalSource?.publisher).not.toMatch(/^(Global Research|Mondialisation\.ca)$/i);
    const own = k.original.originalSource;
    expect(own === null || /^Global Research$/i.test(own!.publisher)).toBe(true);
    expect(k.french.lang).toBe('fr');
    expect(k['multi-author'].authors!.length).toBeGreaterThanOrEqual(2);
    expect(k['not-article'].kind).toBe('not-article');
  });

  it('does not depend on file names', () => {
    const renamed = fixtures.map((fx, i) => ({ ...fx, name: `page-${(i * 7) % fixtures.length}` })).reverse();
    const urls = (list: Fixture[]) => chooseSamples(list).map((s) => s.fixture.expected.url);
    expect(urls(renamed)).toEqual(urls(fixtures));
  });

  it('takes the page with the most authors, and leaves out a kind no fixture has', () => {
    const most = chooseSamples(fixtures).find((s) => s.kind === 'multi-author')!.fixture;
    const authors = [...(most.expected as E).authors!, { name: 'One More Author', url: null }];
    const more: Fixture = { name: 'aa-new', html: most.html, expected: { ...most.expected, url: 'https://www.globalresearch.ca/more/1', authors } };
    const chosen = chooseSamples([...fixtures, more]).find((s) => s.kind === 'multi-author')!;
    expect(chosen.fixture).toBe(more);
    expect(chosen.note).toBe(`${authors.length} authors, each linked to their page`);

    const noFrench = chooseSamples(fixtures.filter((fx) => (fx.expected as E).lang !== 'fr'));
    expect(noFrench.map((s) => s.kind)).toEqual(['cross-post', 'original', 'multi-author', 'not-article']);
  });
});

describe('startPage', () => {
  it('links each sample at its served address and shows page titles as text', () => {
    const samples = chooseSamples(fixtures);
    const others = fixtures.filter((fx) => !samples.some((s) => s.fixture === fx));
    const html = startPage(samples, (fx) => fx.expected.url.replace('https:', 'http:'), others, 'chromium');
    for (const fx of fixtures) expect(html).toContain(`href="${escapeHtml(fx.expected.url.replace('https:', 'http:'))}"`);
    const hostile = fixtures.find((fx) => String(fx.expected.title ?? '').includes('<b>'));
    expect(hostile).toBeDefined();
    expect(html).not.toContain(String(hostile!.expected.title));
    expect(html).toContain('&lt;b&gt;Bold&lt;/b&gt;');
    expect(html).not.toMatch(/<script/i);
  });
});
