// src/format: pure functions from an ArticleRecord to what editors copy, download and cite.
// Light modules only. The Markdown export pulls in Turndown: load it on demand,
//   const { markdownExport } = await import('../format/markdown');
// so it never enters the popup's first bundle.
export { attribution, type Attribution, type AttributionOptions } from './attribution';
export { htmlDocument, articleHtml, DOCUMENT_CSP, type HtmlDocumentOptions } from './html-document';
export { citation, CITATION_FORMATS, type Citation, type CitationFormat, type CitationFormatInfo, type CitationOptions } from './citation';
export { cslItem, cslJson, type CslItem } from './csl';
export { bibtex } from './bibtex';
export { biblatex } from './biblatex';
export { citationLocale, CITATION_LANGUAGES, type CitationLanguage, type CitationLocale } from './citation-locale';
export { ris } from './ris';
export { formatReference, type CitationStyle, type FormattedReference } from './styles';
export { splitName, type PersonName } from './names';
export { frontMatter, frontMatterData } from './front-matter';
export { DEFAULT_SETTINGS, EXPORT_FORMATS, normalizeSettings, type ExportFormat, type Settings } from './settings';
export { EXPORT_FILE_TYPES, exportFileName } from './export-file';
