// What the popup's editorial actions must put on the clipboard or in a file, computed in
// Node with the same pure src/format/ functions from the record the browser extracted.
import { JSDOM } from 'jsdom';
import type { ArticleRecord } from '../../src/extract/record';
import { attribution } from '../../src/format/attribution';
import { citation, CITATION_FORMATS } from '../../src/format/citation';
import { EXPORT_FILE_TYPES, exportFileName } from '../../src/format/export-file';
import { articleHtml, htmlDocument } from '../../src/format/html-document';
import { markdownExport } from '../../src/format/markdown';
import { todayIso } from '../../src/popup/format';

export interface ClipboardRead {
  text: string | null;
  html: string | null;
}

// The HTML export sanitises the article again, in a window: jsdom's stands in for the popup's.
const jsdomWindow = new JSDOM('').window as unknown as Window & typeof globalThis;

export function expected(record: ArticleRecord, includeCopyright = true) {
  const options = { includeCopyright, window: jsdomWindow };
  const accessed = todayIso();
  return {
    attribution: attribution(record, options),
    markdown: markdownExport(record, options),
    htmlDocument: htmlDocument(record, options),
    articleHtml: articleHtml(record, options),
    markdownFile: exportFileName(record, EXPORT_FILE_TYPES.markdown.extension),
    htmlFile: exportFileName(record, EXPORT_FILE_TYPES.html.extension),
    citations: CITATION_FORMATS.map((f) => ({ ...f, ...citation(record, f.id, { accessed }) })),
  };
}

/** Rich text read back from a clipboard carries the same text and links, whatever markup the browser adds around it. */
export function htmlKeeps(read: string | null, html: string): boolean {
  return htmlMisses(read, html) === null;
}

/** What of `html` (an href, or its text) the clipboard's HTML lacks, or null when it keeps all of it. */
export function htmlMisses(read: string | null, html: string): string | null {
  if (read === null) return 'no text/html on the clipboard';
  const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  const text = (s: string) => s.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
  const href = hrefs.find((h) => !read.includes(h));
  if (href) return `no link to ${href} in ${read.slice(0, 600)}`;
  return text(read).includes(text(html)) ? null : `text "${text(read).slice(0, 400)}", expected "${text(html).slice(0, 400)}"`;
}

/** The parts of a Markdown export that do not depend on the DOM Turndown runs on. */
export function markdownAgrees(read: string | null, want: string): boolean {
  if (read === null) return false;
  if (read === want) return true;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const [frontMatter] = want.split('\n---\n');
  return read.startsWith(frontMatter) && norm(read).length > norm(want).length * 0.97 && norm(read).length < norm(want).length * 1.03;
}
