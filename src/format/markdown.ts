// The clean article as Markdown: YAML front matter, a title + attribution header, the
// body converted by Turndown (GFM tables, strikethrough), and the republication notice.
// The only module that imports Turndown: the popup loads it with `import()` when an export
// is asked for, so Turndown never weighs on the popup's first paint.
//
//   markdownExport(record, { includeCopyright }) → string   (the whole file)
//   markdownSections(record, options) → { frontMatter, header, body, footer }
//   htmlToMarkdown(html) → string   (the body converter alone)
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import type { ArticleRecord } from '../extract/record';
import { attribution, type AttributionOptions } from './attribution';
import { escapeMarkdown } from './escape';
import { frontMatter } from './front-matter';

export type MarkdownOptions = AttributionOptions;

export interface MarkdownSections {
  /** "---\n…\n---\n" */
  frontMatter: string;
  /** "# Title", the subtitle, and the attribution as a block quote. */
  header: string;
  /** The article itself, converted from the sanitised `content.html`. */
  body: string;
  /** A rule and the republication notice ("" when the page has none). */
  footer: string;
}

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  service.use(gfm);
  // content.html is sanitised already; these would only ever add noise.
  service.remove(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'form']);
  // Turndown escapes Markdown syntax but not `<` or entities: text such as "<b>" would
  // turn into raw HTML in the rendered Markdown. Escape them too.
  const escapeSyntax = service.escape.bind(service);
  service.escape = (text: string) => escapeSyntax(text).replace(/</g, '\\<').replace(/&(?=#?\w+;)/g, '\\&');
  return service;
}

let turndown: TurndownService | null = null;

/** Sanitised article HTML → Markdown (Turndown with the GFM plugin). */
export function htmlToMarkdown(html: string): string {
  turndown ??= createTurndown();
  return turndown.turndown(html).trim();
}

const blockquote = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');

export function markdownSections(record: ArticleRecord, options: MarkdownOptions = { includeCopyright: true }): MarkdownSections {
  const head = [`# ${escapeMarkdown(record.title.trim())}`];
  if (record.subtitle?.trim()) head.push(`_${escapeMarkdown(record.subtitle.trim())}_`);
  head.push(blockquote(attribution(record, options).markdown));
  const notice = record.republication?.notice.trim();
  return {
    frontMatter: frontMatter(record),
    header: head.join('\n\n'),
    body: htmlToMarkdown(record.content.html),
    footer: notice ? `---\n\n${escapeMarkdown(notice)}` : '',
  };
}

export function markdownExport(record: ArticleRecord, options: MarkdownOptions = { includeCopyright: true }): string {
  const s = markdownSections(record, options);
  return `${s.frontMatter}\n${[s.header, s.body, s.footer].filter(Boolean).join('\n\n')}\n`;
}
