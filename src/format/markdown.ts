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
import { linkHref, webHref } from '../link-policy';
import { attribution, type AttributionOptions } from './attribution';
import { escapeMarkdown, markdownDestination } from './escape';
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
  // turn into raw HTML in the rendered Markdown. Escape them too, and "(" after an escaped
  // "]": marked reads link text twice, and would find "![x](javascript:…)" in it.
  const escapeSyntax = service.escape.bind(service);
  service.escape = (text: string) => escapeSyntax(text).replace(/</g, '\\<').replace(/&(?=#?\w+;)/g, '\\&').replace(/\\\]\(/g, '\\]\\(');
  // Links, images and code blocks carry page strings that Turndown's own rules write out
  // unescaped: a title ending in a backslash closes early, an address with spaces and "<"
  // becomes raw HTML, an indented fence line closes the code block. These rules write them
  // so that no renderer can read page text as markup.
  service.addRule('safeLink', { filter: 'a', replacement: (content, node) => markdownLinkOf(content, node as Element) });
  service.addRule('safeImage', { filter: 'img', replacement: (_content, node) => markdownImageOf(node as Element) });
  service.addRule('fencedPre', { filter: 'pre', replacement: (_content, node) => fencedCode(node.textContent ?? '') });
  return service;
}

/** `[text](address)`: the link policy's address only (http(s) or a plain mailto:), and no title. */
function markdownLinkOf(content: string, a: Element): string {
  const href = linkHref(a.getAttribute('href'));
  return href && content.trim() ? `[${content}](${markdownDestination(href)})` : content;
}

/** `![alt](address)`: an http(s) image, its alt text escaped and on one line, and no title. */
function markdownImageOf(img: Element): string {
  const src = webHref(img.getAttribute('src'));
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  return src ? `![${escapeMarkdown(alt)}](${markdownDestination(src)})` : '';
}

/**
 * A fenced code block whose fence is longer than any run of backticks in the code, so no line
 * of it (indented or not) can close the block; tildes never close a backtick fence.
 */
export function fencedCode(code: string): string {
  let longest = 0;
  for (const run of code.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `\n\n${fence}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
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
