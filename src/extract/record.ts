// The record of ../shared/SPEC.md: the one data shape every part of the extension speaks.

export type ExtractResult = ArticleRecord | NotArticle;

export interface NotArticle {
  kind: 'not-article';
  url: string;
  reason: string;
}

export interface Author {
  name: string;
  url: string | null;
}

export interface OriginalSource {
  publisher: string;
  date: string | null;
  url: string | null;
}

export interface Copyright {
  text: string;
  holders: string[];
  publisher: string | null;
  year: number | null;
}

export interface Republication {
  notice: string;
  contact: string | null;
}

export interface FeaturedImage {
  src: string;
  credit: string | null;
}

export type RemovedKind =
  | 'top-note'
  | 'donation'
  | 'membership'
  | 'facebook'
  | 'source-line'
  | 'copyright'
  | 'disclaimer'
  | 'fair-use'
  | 'media-inquiries'
  | 'author-box'
  | 'share-prompt'
  | 'other';

/** How a removed block was recognised: by its wording, or by its place and shape on the page. */
export type RemovedRule = 'wording' | 'place';

export interface Removed {
  kind: RemovedKind;
  text: string;
  rule: RemovedRule;
}

/** How this copy of the page was made, when it is not the live page (SPEC.md). */
export interface Capture {
  /** "Wayback Machine", "SingleFile", "Save Page As", "Print view", … */
  service: string;
  /** The copy's own address (the web.archive.org URL), when it has one. */
  url: string | null;
  /** ISO date-time of the capture, when known. */
  capturedAt: string | null;
}

/**
 * Where each field's value came from, by field name: `{ title: "h1", authors: "byline",
 * publishedAt: "date line", originalSource: "publisher line", … }`. Fields with no value have
 * no entry. `<field>.disagrees` says what another source of the page gives instead
 * (`"publishedAt.disagrees": "json-ld: 2021-03-10"`).
 */
export type Evidence = Partial<Record<EvidenceField | `${EvidenceField}.disagrees`, string>>;

export type EvidenceField =
  | 'title'
  | 'subtitle'
  | 'authors'
  | 'publishedAt'
  | 'originalSource'
  | 'tags'
  | 'copyright'
  | 'republication'
  | 'authorBio'
  | 'featuredImage'
  | 'notes'
  | 'canonicalUrl'
  | 'lang';

export interface ArticleContent {
  html: string;
  text: string;
  wordCount: number;
  readingMinutes: number;
  excerpt: string;
}

export interface ArticleRecord {
  kind: 'article';
  url: string;
  canonicalUrl: string;
  postId: number | null;
  site: string;
  lang: string;
  title: string;
  subtitle: string | null;
  authors: Author[];
  publishedAt: string | null;
  originalSource: OriginalSource | null;
  regions: string[];
  themes: string[];
  inDepthReports: string[];
  /** Beyond SPEC.md: the page each linked tag points to, by tag text (for links in the popup). */
  tagUrls: Record<string, string>;
  copyright: Copyright | null;
  republication: Republication | null;
  authorBio: string | null;
  featuredImage: FeaturedImage | null;
  notes: string[];
  content: ArticleContent;
  removed: Removed[];
  capture: Capture | null;
  evidence: Evidence;
}
