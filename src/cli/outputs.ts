// What the CLI can print for an article: the record itself, or one of the editorial outputs
// the popup offers (the same src/format functions).
import type { ArticleRecord } from '../extract/record';
import { attribution } from '../format/attribution';
import { citation, CITATION_FORMATS, type CitationFormat } from '../format/citation';
import type { CitationLocale } from '../format/citation-locale';
import { htmlDocument } from '../format/html-document';
import { markdownExport } from '../format/markdown';

export interface OutputOptions {
  includeCopyright: boolean;
  /** Citations' access date, "YYYY-MM-DD". */
  accessed: string;
  /** The page's jsdom window: the HTML export sanitises the article again in it. */
  window?: Window & typeof globalThis;
  /** The citations' language (en-US unless asked). */
  locale?: CitationLocale;
}

type Render = (record: ArticleRecord, options: OutputOptions) => string;

const newline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

export const OUTPUTS: Readonly<Record<string, Render>> = {
  md: (r, o) => markdownExport(r, o),
  html: (r, o) => htmlDocument(r, o),
  attribution: (r, o) => newline(attribution(r, o).text),
  'attribution-html': (r, o) => newline(attribution(r, o).html),
  ...Object.fromEntries(
    CITATION_FORMATS.map((f): [string, Render] => [f.id, (r, o) => newline(citation(r, f.id as CitationFormat, { accessed: o.accessed, locale: o.locale }).text)]),
  ),
};

/** Every --format value, the record first. */
export const FORMAT_NAMES = ['json', ...Object.keys(OUTPUTS)];
