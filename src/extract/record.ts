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

export interface Removed {
  kind: RemovedKind;
  text: string;
}

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
}
