// Old layouts (the pre-2012 site) set a whole article in one table cell: title, byline, date
// line, text and copyright line separated only by <br>. Making each line a paragraph lets the
// block-level rules see them as the newer markups' blocks.
import { isBlock } from './dom';

const KEEP_AS_IS = /^(?:P|LI|H[1-6]|PRE|BLOCKQUOTE|DT|DD|FIGCAPTION|CAPTION|TH|ADDRESS)$/;

function hasLooseText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim());
}

export function splitBrLines(root: Element): void {
  const parents = new Set<Element>();
  for (const br of Array.from(root.querySelectorAll('br'))) if (br.parentElement) parents.add(br.parentElement);
  const hosts = [...parents].filter((el) => !KEEP_AS_IS.test(el.tagName) && isBlock(el) && (hasLooseText(el) || el.querySelectorAll(':scope > br').length > 1));
  for (const host of hosts) {
    const doc = host.ownerDocument;
    let run: Node[] = [];
    const flush = (before: Node | null) => {
      if (run.some((n) => (n.textContent ?? '').trim() || (n.nodeType === 1 && (n as Element).querySelector?.('img')) || (n as Element).tagName === 'IMG')) {
        const p = doc.createElement('p');
        host.insertBefore(p, before);
        p.append(...run);
      }
      run = [];
    };
    for (const node of Array.from(host.childNodes)) {
      if (node.nodeType === 1 && (node as Element).tagName === 'BR') {
        flush(node);
        node.parentNode?.removeChild(node);
      } else if (node.nodeType === 1 && isBlock(node as Element)) {
        flush(node);
      } else run.push(node);
    }
    flush(null);
  }
}

const INLINE_OK = /^(?:P|H[1-6]|PRE|BUTTON|SELECT|OPTION|TEXTAREA|SCRIPT|STYLE|TABLE|TBODY|THEAD|TFOOT|TR|UL|OL|DL)$/;

/**
 * A block that holds both blocks and loose text ("<div><b>Related Articles</b><div>…</div></div>")
 * gets each run of loose inline content wrapped in a paragraph, as a browser lays out anonymous
 * block boxes: every line a reader sees is then a block the rules can read and remove whole.
 */
export function wrapLooseText(root: Element): void {
  for (const host of Array.from(root.querySelectorAll('*'))) {
    if (!isBlock(host) || INLINE_OK.test(host.tagName)) continue;
    const kids = Array.from(host.childNodes);
    if (!kids.some((n) => n.nodeType === 1 && isBlock(n as Element))) continue;
    const loose = (n: Node) => (n.nodeType === 3 ? /\S/.test(n.nodeValue ?? '') : n.nodeType === 1 && !isBlock(n as Element) && /\S/.test(n.textContent ?? ''));
    if (!kids.some(loose)) continue;
    const doc = host.ownerDocument;
    let run: Node[] = [];
    const flush = (before: Node | null) => {
      if (run.some(loose)) {
        const p = doc.createElement('p');
        host.insertBefore(p, before);
        p.append(...run);
      }
      run = [];
    };
    for (const node of kids) {
      if (node.nodeType === 1 && isBlock(node as Element)) flush(node);
      else run.push(node);
    }
    flush(null);
  }
}
