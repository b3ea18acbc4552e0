// What a correct popup shows for a fixture page, checked in a real browser (both e2e runs).
// The expected values come from the fixture's *.expected.json (never from this run's own
// extraction), so a broken rule in the core fails here even though the browser and Node run
// the same code.
import type { ArticleRecord } from '../../src/extract/record';
import { rightsSummary } from '../../src/format/rights';
import { expectedForRights } from './expected-rights';
import { isOwnPublisher, isSiteUrl } from '../../src/popup/site';
import { extractFixture, type Fixture } from '../helpers/fixtures';

export type Check = (ok: boolean, what: string) => void;

/** Logs each check; exitWithResult() prints "<label>: N passed, N failed" and ends the run, non-zero if any failed. */
export function checker(label = 'e2e'): { check: Check; exitWithResult: () => never; failed: () => number } {
  const failures: string[] = [];
  let passed = 0;
  return {
    check: (ok, what) => {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
      if (ok) passed++;
      else failures.push(what);
    },
    failed: () => failures.length,
    exitWithResult: () => {
      if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
      console.log(`\n${label}: ${passed} passed, ${failures.length} failed`);
      process.exit(failures.length ? 1 : 0);
    },
  };
}

export interface PopupSummary {
  /** "article", "not-article", "other-site", "error" (the view's class). */
  state: string;
  h1: string | null;
  subtitle: string | null;
  /** The Global Research date: the "Published on …" row's <time datetime>. */
  dateline: string | null;
  authors: { name: string | null; href: string | null }[];
  stats: string | null;
  source: { name: string | null; date: string | null; link: string | null; muted: string | null };
  /** Tag group label ("Region", "Theme", "In-depth Report") → the tags shown. */
  tags: Record<string, (string | null)[]>;
  copyright: string | null;
  notice: string | null;
  /** The rights summary's text (white space collapsed). */
  rights: string | null;
  mailtos: (string | null)[];
  pageLink: string | null;
  reason: string | null;
  hasRetry: boolean;
  removed: string | null;
  overflow: number;
}

/**
 * An expression, run in the popup page, that gives its PopupSummary, or null while it still
 * shows "loading" (a string: any browser can run it). Text is white-space collapsed.
 */
export const READ_POPUP = `(() => {
  const view = document.querySelector('#app > *');
  if (!view || view.classList.contains('state-loading')) return null;
  const text = (el) => (el ? el.textContent.replace(/\\s+/g, ' ').trim() : null);
  const q = (sel) => document.querySelector(sel);
  const attr = (sel, name) => q(sel)?.getAttribute(name) ?? null;
  const tags = {};
  for (const dt of document.querySelectorAll('.tags-section dt')) tags[text(dt)] = Array.from(dt.nextElementSibling?.querySelectorAll('li') ?? [], text);
  const stateClass = Array.from(view.classList).find((c) => c.startsWith('state-'));
  return {
    state: view.matches('article.record') ? 'article' : stateClass ? stateClass.slice(6) : 'unknown',
    h1: text(q('h1')),
    subtitle: text(q('.masthead .subtitle')),
    dateline: attr('.provenance [data-field="publishedAt"] time', 'datetime'),
    authors: Array.from(document.querySelectorAll('.masthead .byline .author'), (a) => ({ name: text(a), href: a.getAttribute('href') })),
    stats: text(q('.more .stats')),
    source: {
      name: text(q('[data-field="originalSource"] .source-name')),
      date: attr('[data-field="originalSource"] time', 'datetime'),
      link: attr('[data-field="originalSource"] a.source-name', 'href'),
      muted: text(q('[data-field="originalSource"] dd .muted')),
    },
    tags,
    copyright: text(q('.rights .copyright')),
    notice: text(q('.rights .notice')),
    rights: text(q('.rights .rights-summary')),
    mailtos: Array.from(document.querySelectorAll('a[href^="mailto:"]'), (a) => a.getAttribute('href')),
    pageLink: attr('.page-link a', 'href'),
    reason: text(q('.reason')),
    hasRetry: Boolean(q('button[data-action="retry"]')),
    removed: text(q('details.removed summary')),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
})()`;

/** An expression, run in the popup page, that clicks its "Try again" button (false when there is none). */
export const CLICK_RETRY = `(() => {
  const button = document.querySelector('button[data-action="retry"]');
  button?.click();
  return Boolean(button);
})()`;

const norm = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : s ?? null);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const show = (v: unknown) => JSON.stringify(v);

interface Expected {
  kind: string;
  lang: string;
  title: string;
  subtitle: string | null;
  authors: { name: string; url: string | null }[];
  publishedAt: string | null;
  originalSource: { publisher: string; date: string | null; url: string | null } | null;
  regions: string[];
  themes: string[];
  inDepthReports: string[];
  copyright: { text: string } | null;
  republication: { notice: string; contact: string | null } | null;
  canonicalUrl: string;
  content: { wordCount: number };
}

/** The popup of a fixture page against its expected.json: one check per field a reader sees. */
export function checkPopup(popup: PopupSummary, fx: Fixture, check: Check, note = ''): void {
  const label = `${fx.name}${note ? ` (${note})` : ''}: popup`;
  const eq = (field: string, got: unknown, want: unknown) =>
    check(same(got, want), `${label} ${field} ${show(got)}${same(got, want) ? '' : `, expected ${show(want)}`}`);
  if (fx.expected.kind !== 'article') {
    check(popup.state === 'not-article' && /not an article|No article on this page/.test(popup.h1 ?? ''), `${label} says it is not an article: ${popup.state} "${popup.h1}"`);
    check(popup.overflow <= 0, `${label} no horizontal scroll (${popup.overflow}px)`);
    return;
  }
  const want = fx.expected as unknown as Expected;
  eq('view', popup.state, 'article');
  eq('title', popup.h1, norm(want.title));
  eq('subtitle', popup.subtitle, norm(want.subtitle));
  // The harness serves the https pages over http: a relative author link resolves to http://
  // there, so for the sites' own hosts the scheme is not compared.
  const siteLink = (href: string | null) => (href && isSiteUrl(href) ? href.replace(/^https?:/, '') : href);
  eq(
    'authors',
    popup.authors.map((a) => ({ ...a, href: siteLink(a.href) })),
    want.authors.map((a) => ({ name: norm(a.name), href: siteLink(a.url) })),
  );
  eq('Global Research date', popup.dateline, want.publishedAt);
  checkSource(popup, want, eq);
  const tags: Record<string, string[]> = {};
  for (const [group, list] of [['Region', want.regions], ['Theme', want.themes], ['In-depth Report', want.inDepthReports]] as const) {
    if (list.length) tags[group] = list.map((t) => norm(t) as string);
  }
  eq('tags', popup.tags, tags);
  eq('copyright', popup.copyright, want.copyright ? norm(want.copyright.text) : null);
  eq('republication notice', popup.notice, want.republication ? norm(want.republication.notice) : null);
  // The rights summary of the expected record: what the notice allows, the holder, a cross-post's first publisher.
  const rights = rightsSummary(expectedForRights(fx.expected), want.lang, { originalShown: true });
  eq('rights summary', popup.rights, norm(rights.sentences.join(' ')));
  const contact = want.republication?.contact;
  if (contact) check(popup.mailtos.includes(`mailto:${contact}`), `${label} republication contact mailto:${contact} in ${show(popup.mailtos)}`);
  eq('link to the page', popup.pageLink, want.canonicalUrl);
  const words = Number((/^([\d,.\s\u202f]+) words/.exec(popup.stats ?? '')?.[1] ?? '').replace(/\D/g, ''));
  check(Math.abs(words - want.content.wordCount) <= want.content.wordCount * 0.03, `${label} ${words} words (expected ${want.content.wordCount} ±3%)`);
  // The browser's extraction against Node's on the same page: the same core, the same log.
  const record = extractFixture(fx);
  if (record.kind === 'article') eq('site notices hidden', popup.removed, `${record.removed.length} site notices hidden`);
  check(popup.overflow <= 0, `${label} no horizontal scroll (${popup.overflow}px)`);
}

function checkSource(popup: PopupSummary, want: Expected, eq: (field: string, got: unknown, want: unknown) => void): void {
  const src = want.originalSource;
  if (!src) return eq('original source', popup.source.muted, 'Not stated on the page');
  eq('original source', popup.source.name, norm(src.publisher));
  // One link to the original (none when this page is the original).
  eq('original source link', popup.source.link, src.url === null && isOwnPublisher(src.publisher) ? null : src.url);
  eq('original date', popup.source.date, src.date);
}

/** The popup of a page that is not on a Global Research site. */
export function checkOtherSitePopup(popup: PopupSummary, check: Check, label: string): void {
  check(popup.state === 'other-site' && popup.h1 === 'Open a Global Research article', `${label}: popup ${popup.state} "${popup.h1}"`);
}
