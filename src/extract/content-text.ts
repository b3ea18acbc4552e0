// Plain text of the clean article: one block a paragraph, blank lines between, no list markers.
import { isBlock } from './dom';
import { countWords } from './text';

export interface TextBlock {
  tag: string;
  text: string;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buf = '';
  let tag = 'P';
  const flush = () => {
    const text = buf
      .split('\n')
      .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) blocks.push({ tag, text });
    buf = '';
  };
  const walk = (node: Node) => {
    for (const c of Array.from(node.childNodes)) {
      if (c.nodeType === 3) buf += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const el = c as Element;
        if (SKIP.has(el.tagName)) continue;
        if (el.tagName === 'BR') buf += '\n';
        else if (isBlock(el)) {
          flush();
          tag = el.tagName;
          walk(el);
          flush();
        } else walk(el);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

export function articleText(blocks: TextBlock[]) {
  const text = blocks.map((b) => b.text).join('\n\n');
  const wordCount = countWords(text);
  const first = blocks.find((b) => b.tag === 'P' && countWords(b.text) >= 8) ?? blocks[0];
  return { text, wordCount, readingMinutes: Math.ceil(wordCount / 230), excerpt: first?.text.replace(/\s+/g, ' ') ?? '' };
}
