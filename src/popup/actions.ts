// What the popup's editorial actions put on the clipboard or in a file, from the record and
// the settings. The attribution is light and built at once; the exports and the citations
// come from modules loaded with import() on first use, so Turndown (Markdown) and the
// citation styles never weigh on the popup's first paint.
import type { ArticleRecord } from '../extract/record';
import { attribution } from '../format/attribution';
import type { CitationFormat, CitationFormatInfo, CitationOptions } from '../format/citation';
import { EXPORT_FILE_TYPES, exportFileName } from '../format/export-file';
import type { ExportFormat, Settings } from '../format/settings';
import type { ClipboardPayload } from './clipboard';
import type { DownloadFile } from './download';

export const EXPORT_LABELS: Readonly<Record<ExportFormat, string>> = { markdown: 'Markdown', html: 'HTML' };

/** The credit the republication notice asks for: rich (linked) and plain. */
export function attributionPayload(record: ArticleRecord, settings: Settings): ClipboardPayload {
  const a = attribution(record, { includeCopyright: settings.includeCopyright });
  return { text: a.text, html: a.html };
}

const loadMarkdown = () => import('../format/markdown');
const loadHtmlDocument = () => import('../format/html-document');
const loadCitation = () => import('../format/citation');

/** Starts loading an export's module (when its menu opens), so the click that copies finds it ready. */
export function preloadExport(format: ExportFormat): Promise<unknown> {
  return (format === 'markdown' ? loadMarkdown() : loadHtmlDocument()).catch(() => undefined);
}

/** The whole file's text for each export format. */
async function exportText(record: ArticleRecord, format: ExportFormat, settings: Settings): Promise<string> {
  const options = { includeCopyright: settings.includeCopyright };
  if (format === 'markdown') return (await loadMarkdown()).markdownExport(record, options);
  return (await loadHtmlDocument()).htmlDocument(record, options);
}

/**
 * Markdown goes as plain text. HTML goes as the document's source (text/plain: a CMS's code
 * view or a file) and as the article with its attribution and notice (text/html: a rich
 * editor pastes it formatted).
 */
export async function exportPayload(record: ArticleRecord, format: ExportFormat, settings: Settings): Promise<ClipboardPayload> {
  if (format === 'markdown') return { text: await exportText(record, format, settings), html: null };
  const { htmlDocument, articleHtml } = await loadHtmlDocument();
  const options = { includeCopyright: settings.includeCopyright };
  return { text: htmlDocument(record, options), html: articleHtml(record, options) };
}

export async function exportDownload(record: ArticleRecord, format: ExportFormat, settings: Settings): Promise<DownloadFile> {
  const type = EXPORT_FILE_TYPES[format];
  return { name: exportFileName(record, type.extension), mime: type.mime, content: await exportText(record, format, settings) };
}

/** The citation formats, in the order the Cite menu lists them (loads the citation module). */
export async function citationFormats(): Promise<readonly CitationFormatInfo[]> {
  return (await loadCitation()).CITATION_FORMATS;
}

/** A formatted reference also as HTML (its italics); a data format as text only. */
export async function citationPayload(record: ArticleRecord, format: CitationFormat, options: CitationOptions): Promise<ClipboardPayload> {
  const c = (await loadCitation()).citation(record, format, options);
  return { text: c.text, html: c.html };
}

export async function citationDownload(record: ArticleRecord, format: CitationFormatInfo, options: CitationOptions): Promise<DownloadFile> {
  const { text } = await citationPayload(record, format.id, options);
  return { name: exportFileName(record, format.extension), mime: `${format.mime};charset=utf-8`, content: text };
}
