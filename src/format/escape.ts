// Escaping for each output language. Every record string comes from a web page: it is
// text, never markup, wherever it lands (HTML, Markdown, a link target).
import { webHref } from '../link-policy';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** The URL if it is an absolute http(s) address, else null: no `javascript:` or `data:` link is ever written (the link policy's webHref). */
export const safeHref = webHref;

/** An HTML link to a safe URL, or the escaped text alone when the URL is not http(s). */
export function htmlLink(text: string, url: string | null | undefined): string {
  const href = safeHref(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/**
 * Markdown inline text: backslash-escapes every character CommonMark could read as
 * syntax, `<` and entity-like `&` included (a title "<b>Bold</b>" stays text, not raw HTML), and
 * a leading "1." / "-" / "#" so a line cannot turn into a list or a heading.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&') // only an entity-like "&copy;" could be read as markup
    .replace(/\\\]\(/g, '\\]\\(') // marked reads link text twice: "](" must stay text there too
    .replace(/^(\s*)([-+#=>])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A Markdown link destination: in <…> form when it holds spaces; parens and entity-like "&…;" escaped. */
export function markdownDestination(href: string): string {
  const escaped = href.replace(/[<>()\\]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
  return /\s/.test(escaped) ? `<${escaped}>` : escaped;
}

/** A Markdown link to a safe URL, or the escaped text alone. */
export function markdownLink(text: string, url: string | null | undefined): string {
  const href = safeHref(url);
  return href ? `[${escapeMarkdown(text)}](${markdownDestination(href)})` : escapeMarkdown(text);
}
