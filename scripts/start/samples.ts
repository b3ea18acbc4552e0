// The sample articles `npm start` offers, chosen from the fixtures' expected records by what
// they are (a cross-post, an original, French, several authors, not an article), never by file
// name: fixtures come and go. And the start page that lists them, as static HTML.
import { escapeHtml as escape } from '../../src/format/escape';
import { isOwnPublisher } from '../../src/popup/site';
import type { Fixture } from '../../test/helpers/fixtures';

type Expected = Fixture['expected'] & {
  lang?: string;
  publishedAt?: string | null;
  title?: string;
  authors?: { name: string }[];
  originalSource?: { publisher: string; date: string | null; url: string | null } | null;
};

export interface Sample {
  kind: 'cross-post' | 'original' | 'french' | 'multi-author' | 'not-article';
  label: string;
  fixture: Fixture;
  /** What to look at in the popup. */
  note: string;
}

interface Kind {
  kind: Sample['kind'];
  label: string;
  /** A score for a fixture of this kind (higher is a better example), or null when it is not one. */
  score(e: Expected): number | null;
  note(e: Expected): string;
}

const isArticle = (e: Expected) => e.kind === 'article';
const authorsOf = (e: Expected) => e.authors ?? [];
const source = (e: Expected) => e.originalSource ?? null;
/** Later pages first among equals (the site as it is now): a fraction under 0.1. */
const recency = (e: Expected) => Number((e.publishedAt ?? '0').replace(/\D/g, '').slice(0, 8)) / 1e9;

const KINDS: Kind[] = [
  {
    kind: 'cross-post',
    label: 'Cross-post',
    score: (e) => {
      const s = source(e);
      if (!isArticle(e) || !s || isOwnPublisher(s.publisher)) return null;
      return (s.url ? 2 : 0) + (s.date ? 1 : 0) + recency(e);
    },
    note: (e) => `first published by ${source(e)!.publisher}: the original source and its link`,
  },
  {
    kind: 'original',
    label: 'Global Research original',
    score: (e) => {
      const s = source(e);
      if (!isArticle(e) || e.lang === 'fr' || (s && !isOwnPublisher(s.publisher))) return null;
      return (s ? 1 : 0) + recency(e);
    },
    note: (e) => `${source(e) ? `first published by ${source(e)!.publisher} itself` : 'no other publisher named'}: no cross-post source, and the republication notice`,
  },
  {
    kind: 'french',
    label: 'French (Mondialisation.ca)',
    score: (e) => (isArticle(e) && e.lang === 'fr' ? 1 + recency(e) : null),
    note: () => 'the French site: its labels, dates and notice',
  },
  {
    kind: 'multi-author',
    label: 'Several authors',
    score: (e) => (isArticle(e) && authorsOf(e).length >= 2 ? authorsOf(e).length + recency(e) : null),
    note: (e) => `${authorsOf(e).length} authors, each linked to their page`,
  },
  {
    kind: 'not-article',
    label: 'Not an article',
    // The shortest address first: the home page before a listing.
    score: (e) => (e.kind === 'not-article' ? 1 / new URL(e.url).pathname.length : null),
    note: () => 'a site page without an article: the button shows –',
  },
];

/**
 * One sample of each kind that the fixtures have, in KINDS order. The kinds with the fewest
 * candidates choose first, so that, where possible, each sample is a different page.
 */
export function chooseSamples(fixtures: Fixture[]): Sample[] {
  const candidates = KINDS.map((k) => ({
    k,
    ranked: fixtures
      .map((fixture) => ({ fixture, score: k.score(fixture.expected as Expected) }))
      .filter((c): c is { fixture: Fixture; score: number } => c.score !== null)
      // Ties by address: the same choice whatever order the files come in.
      .sort((a, b) => b.score - a.score || (a.fixture.expected.url < b.fixture.expected.url ? -1 : 1))
      .map((c) => c.fixture),
  }));
  const used = new Set<Fixture>();
  const chosen = new Map<Kind, Fixture>();
  for (const { k, ranked } of [...candidates].sort((a, b) => a.ranked.length - b.ranked.length)) {
    const pick = ranked.find((f) => !used.has(f)) ?? ranked[0];
    if (!pick) continue;
    used.add(pick);
    chosen.set(k, pick);
  }
  return KINDS.filter((k) => chosen.has(k)).map((k) => {
    const fixture = chosen.get(k)!;
    return { kind: k.kind, label: k.label, fixture, note: k.note(fixture.expected as Expected) };
  });
}

/** The page `npm start` opens first: the samples at their real addresses, and how to open the popup. */
export function startPage(samples: Sample[], urlOf: (fx: Fixture) => string, others: Fixture[], browser: 'chromium' | 'firefox'): string {
  const title = (fx: Fixture) => (fx.expected as Expected).title ?? new URL(fx.expected.url).host + new URL(fx.expected.url).pathname;
  const link = (fx: Fixture) => `<a href="${escape(urlOf(fx))}">${escape(title(fx))}</a>`;
  const pin =
    browser === 'chromium'
      ? 'Chrome keeps a new extension under the puzzle-piece button: pin <b>GR Provenance</b> there to see its ✓ / – badge.'
      : 'Firefox keeps a new extension under the puzzle-piece button: pin <b>GR Provenance</b> to the toolbar from its ⚙ menu to see its ✓ / – badge.';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>GR Provenance — sample articles</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
  li { margin: .6rem 0; } .kind { font-weight: 600; } .note { color: #555; font-size: .9em; } code, kbd { font-size: .9em; }
</style></head>
<body>
<h1>GR Provenance — try it</h1>
<p>Open a sample, then click the <b>GR Provenance</b> button in the toolbar or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>G</kbd>. ${pin}</p>
<ul>
${samples.map((s) => `  <li><span class="kind">${escape(s.label)}:</span> ${link(s.fixture)}<br><span class="note">${escape(s.note)}</span></li>`).join('\n')}
</ul>
${others.length ? `<details><summary>More saved pages</summary><ul>\n${others.map((fx) => `  <li>${link(fx)}</li>`).join('\n')}\n</ul></details>` : ''}
<p class="note">These are pages saved from the sites, served from this computer at their real addresses.
This browser reaches nothing else: no other site, no update or sync service. Its profile is thrown away when you stop <code>npm start</code> (Ctrl+C).</p>
</body></html>
`;
}
