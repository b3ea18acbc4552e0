// Where each field of the record came from (SPEC.md's `evidence`), and where the page's own
// sources disagree: `{ title: "h1", publishedAt: "date line", "publishedAt.disagrees":
// "json-ld: 2021-03-10", … }`. The popup shows it on hover; an editor weighs a value by it.
import type { ArticleRecord, Evidence } from './record';
import { normalizeSpace } from './text';

export interface Clues {
  /** The title heading, or null when the title came from the page's metadata. */
  anchor: Element | null;
  titleFrom: { og: string | null; ld: string | null; doc: string | null };
  authorsFrom: string | null;
  dateFrom: string | null;
  metaDate: string | null;
  ldDate: string | null;
  ldAuthors: string[];
  sourceFrom: string | null;
  bioFrom: string | null;
  imageFrom: string | null;
  canonicalFrom: string;
  langFrom: string;
}

const same = (a: string, b: string) => normalizeSpace(a).toLowerCase() === normalizeSpace(b).toLowerCase();

function titleSource(r: ArticleRecord, c: Clues): string {
  if (c.anchor) return c.anchor.tagName === 'H1' ? 'h1' : /^H[2-6]$/.test(c.anchor.tagName) ? 'heading' : 'title line';
  if (c.titleFrom.og && same(c.titleFrom.og, r.title)) return 'og:title';
  if (c.titleFrom.ld && same(c.titleFrom.ld, r.title)) return 'json-ld';
  return '<title>';
}

export function gatherEvidence(r: ArticleRecord, c: Clues): Evidence {
  const e: Evidence = {};
  const set = (field: keyof ArticleRecord & string, source: string | null) => {
    if (source) (e as Record<string, string>)[field] = source;
  };
  set('title', r.title ? titleSource(r, c) : null);
  set('subtitle', r.subtitle ? 'dek' : null);
  set('authors', r.authors.length ? (c.authorsFrom ?? (c.ldAuthors.length ? 'json-ld' : 'meta')) : null);
  set('publishedAt', r.publishedAt ? (c.dateFrom ?? (c.metaDate ? 'meta' : 'json-ld')) : null);
  set('originalSource', r.originalSource ? c.sourceFrom : null);
  if (r.regions.length || r.themes.length || r.inDepthReports.length) (e as Record<string, string>).tags = 'labels';
  set('copyright', r.copyright ? 'copyright line' : null);
  set('republication', r.republication ? 'disclaimer' : null);
  set('authorBio', r.authorBio ? c.bioFrom : null);
  set('featuredImage', r.featuredImage ? c.imageFrom : null);
  set('notes', r.notes.length ? 'notes' : null);
  set('canonicalUrl', c.canonicalFrom);
  set('lang', c.langFrom);

  // Disagreements between the page's sources: shown as a subtle marker, never resolved silently.
  const d = e as Record<string, string>;
  if (r.publishedAt) {
    const other = [
      ['json-ld', c.ldDate],
      ['meta', c.metaDate],
    ].find(([, v]) => v && v.slice(0, 10) !== r.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(v));
    if (other && e.publishedAt !== other[0]) d['publishedAt.disagrees'] = `${other[0]}: ${other[1]!.slice(0, 10)}`;
  }
  if (c.anchor && c.titleFrom.og && !same(c.titleFrom.og, r.title)) d['title.disagrees'] = `og:title: ${normalizeSpace(c.titleFrom.og).slice(0, 200)}`;
  if (e.authors !== 'json-ld' && c.ldAuthors.length && r.authors.length) {
    const ours = r.authors.map((a) => a.name);
    const differs = c.ldAuthors.some((n) => !ours.some((o) => same(o, n) || o.toLowerCase().endsWith(n.toLowerCase())));
    if (differs) d['authors.disagrees'] = `json-ld: ${c.ldAuthors.join(', ').slice(0, 200)}`;
  }
  return e;
}
