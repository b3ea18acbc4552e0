// File names and types for downloads: "<slug>-<postId>.md", from the article's own URL slug.
//
//   exportFileName(record, extension) → "russia-and-iran-…-5479551.md"
//   EXPORT_FILE_TYPES[format] → { mime, extension }
import type { ArticleRecord } from '../extract/record';
import type { ExportFormat } from './settings';

export const EXPORT_FILE_TYPES: Readonly<Record<ExportFormat, { mime: string; extension: string }>> = {
  markdown: { mime: 'text/markdown;charset=utf-8', extension: 'md' },
  html: { mime: 'text/html;charset=utf-8', extension: 'html' },
};

/** Lower-case ASCII words joined by hyphens, accents folded: "Déserts médicaux" → "deserts-medicaux". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // one hyphen at most at each end: the line above collapsed every run
}

function urlSlug(url: string): string {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    return segments.find((s) => !/^\d+$/.test(s) && s.length > 3) ?? '';
  } catch {
    return '';
  }
}

export function exportFileName(record: Pick<ArticleRecord, 'canonicalUrl' | 'title' | 'postId'>, extension: string): string {
  const slug = slugify(decodeURIComponentSafe(urlSlug(record.canonicalUrl)) || record.title).slice(0, 80).replace(/-$/, '');
  const id = record.postId !== null && !slug.endsWith(String(record.postId)) ? `-${record.postId}` : '';
  return `${slug || 'article'}${id}.${extension.replace(/^\./, '')}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
