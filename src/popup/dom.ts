// DOM building for the popup. Page text only ever becomes text nodes (append / textContent);
// nothing here parses HTML, so a hostile page cannot put markup or script into the popup.
import { linkHref } from '../link-policy';

export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(typeof child === 'number' ? String(child) : child);
  return node;
}

/**
 * The address if it is http(s), or a mailto: to one plain address, else null (javascript:,
 * data:, relative junk, and mailto: with headers such as ?bcc= or several recipients): the
 * link policy every output shares (src/link-policy.ts).
 */
export const safeHref = linkHref;

/** A link that opens in a new tab, or plain text when the address is missing or unsafe. */
export function link(href: string | null | undefined, text: Child, attrs: Attrs = {}): HTMLElement {
  const safe = safeHref(href);
  if (!safe) return el('span', { class: attrs.class }, text);
  return el('a', { ...attrs, href: safe, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/** "A", "A and B", "A, B and C": the names as nodes, joined in reading order. */
export function joinNodes(items: Node[], and: string): Child[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [i === items.length - 1 ? ` ${and} ` : ', ', item]));
}
