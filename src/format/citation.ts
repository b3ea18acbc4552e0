// Cite: every citation the popup offers, behind one call, each ready to copy.
// Data formats (CSL-JSON, BibTeX, BibLaTeX, RIS) are text only; formatted styles also come as HTML
// (italics) for the clipboard's text/html.
//
//   CITATION_FORMATS: the list to render (id, label, kind, file type)
//   citation(record, id, { accessed: "YYYY-MM-DD", locale, archived }) → { text, html | null }
//
// The labels are the menu's words (user-facing strings live here, in one place).
import type { ArticleRecord } from '../extract/record';
import { biblatex } from './biblatex';
import { bibtex } from './bibtex';
import { cslJson } from './csl';
import { ris } from './ris';
import { formatReference, type CitationStyle } from './styles';
import type { CitationOptions } from './reference';

export type { CitationOptions } from './reference';
export type CitationFormat = 'csl-json' | 'bibtex' | 'biblatex' | 'ris' | CitationStyle;

export interface CitationFormatInfo {
  id: CitationFormat;
  label: string;
  /** `data` for reference managers, `style` for a formatted reference. */
  kind: 'data' | 'style';
  /** For a download: MIME type and file extension. */
  mime: string;
  extension: string;
}

export const CITATION_FORMATS: readonly CitationFormatInfo[] = [
  { id: 'apa', label: 'APA 7', kind: 'style', mime: 'text/plain', extension: 'txt' },
  { id: 'mla', label: 'MLA 9', kind: 'style', mime: 'text/plain', extension: 'txt' },
  { id: 'chicago', label: 'Chicago 17', kind: 'style', mime: 'text/plain', extension: 'txt' },
  { id: 'bibtex', label: 'BibTeX', kind: 'data', mime: 'application/x-bibtex', extension: 'bib' },
  { id: 'biblatex', label: 'BibLaTeX', kind: 'data', mime: 'application/x-bibtex', extension: 'bib' },
  { id: 'ris', label: 'RIS', kind: 'data', mime: 'application/x-research-info-systems', extension: 'ris' },
  { id: 'csl-json', label: 'CSL-JSON', kind: 'data', mime: 'application/vnd.citationstyles.csl+json', extension: 'json' },
];

export interface Citation {
  text: string;
  /** For the clipboard's text/html; null for data formats. */
  html: string | null;
}

export function citation(record: ArticleRecord, format: CitationFormat, options: CitationOptions = {}): Citation {
  switch (format) {
    case 'csl-json':
      return { text: cslJson(record, options), html: null };
    case 'bibtex':
      return { text: bibtex(record, options), html: null };
    case 'biblatex':
      return { text: biblatex(record, options), html: null };
    case 'ris':
      return { text: ris(record, options), html: null };
    default:
      return formatReference(record, format, options);
  }
}
