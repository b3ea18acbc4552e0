// Region / Theme / In-depth Report: the link texts after each label, read only from the
// labelled lines (a link to a theme page inside the body is never a tag).
import { absoluteUrl, type Block } from './dom';
import { collect, type Rules } from './sites';
import { normalizeSpace, textOf, trimPunctuation } from './text';

export interface Tags {
  regions: string[];
  themes: string[];
  inDepthReports: string[];
  /** The labelled blocks, to be removed from the article. */
  blocks: Element[];
  /** Each linked tag's page, by tag text. */
  urls: Record<string, string>;
}

type Field = 'regions' | 'themes' | 'inDepthReports';
const FIELDS: Field[] = ['regions', 'themes', 'inDepthReports'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function labelPattern(rules: Rules): { re: RegExp; fieldOf: (label: string) => Field } {
  const byLabel = new Map<string, Field>();
  for (const f of FIELDS) for (const l of rules.all.flatMap((x) => x.labels[f])) byLabel.set(l.toLowerCase(), f);
  const alts = [...byLabel.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  return {
    re: new RegExp(`(?:^|[\\s,;|])(${alts})\\s*:`, 'gi'),
    fieldOf: (label) => byLabel.get(label.toLowerCase())!,
  };
}

/** Links to the site's term pages: a value block of a label may hold only these. */
const TERM_HREF = /\/(?:region|theme|indepthreport|in-depth-report|category|tag|dossier|theme|sujet)s?\//i;

export function readTags(blocks: Block[], rules: Rules, base: string): Tags {
  const out: Tags = { regions: [], themes: [], inDepthReports: [], blocks: [], urls: {} };
  const { re, fieldOf } = labelPattern(rules);
  const startRe = new RegExp(`^${re.source.replace('(?:^|[\\s,;|])', '')}`, 'i');
  const bareLabel = new RegExp(`^${re.source.replace('(?:^|[\\s,;|])', '').replace('\\s*:', '')}\\s*:?$`, 'i');
  const add = (field: Field, values: string[]) => {
    for (const v of values.map((x) => trimPunctuation(normalizeSpace(x))).filter(Boolean)) if (!out[field].includes(v)) out[field].push(v);
  };
  for (let i = 0; i < blocks.length; i++) {
    const { el: block, text } = blocks[i];
    // A label alone ("Region:", a <dt>Region</dt>), its values in the blocks after it (a <dd>, list items).
    const alone = text.length <= 40 ? bareLabel.exec(text) : null;
    if (alone && (text.includes(':') || /^(?:DT|TH)$/.test(block.tagName))) {
      out.blocks.push(block);
      let j = i + 1;
      for (; j < blocks.length && j < i + 40; j++) {
        const b = blocks[j];
        if (!b.text) continue;
        if (b.text.length > 300 || bareLabel.test(b.text) || startRe.test(b.text)) break;
        const links = Array.from(b.el.querySelectorAll('a[href]'));
        const listed = /^(?:LI|DD|TD)$/.test(b.el.tagName);
        if (!listed && !(links.length && links.every((a) => TERM_HREF.test(a.getAttribute('href') ?? '')))) break;
        out.blocks.push(b.el);
        add(fieldOf(alone[1]), links.length ? links.map((a) => textOf(a)) : b.text.split(/[,;|]/));
        for (const a of links) {
          const href = absoluteUrl(a.getAttribute('href'), base);
          if (href && /^https?:/i.test(href)) out.urls[trimPunctuation(textOf(a))] ??= href;
        }
      }
      i = j - 1;
      continue;
    }
    if (!text || text.length > 800 || !startRe.test(text)) continue;
    out.blocks.push(block);
    // Walk the block in order: a label opens a bucket, links and plain text fill it.
    const buckets: { field: Field; links: string[]; text: string }[] = [];
    const walk = (node: Node) => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === 3) {
          const data = child.nodeValue ?? '';
          let last = 0;
          re.lastIndex = 0;
          for (let m = re.exec(data); m; m = re.exec(data)) {
            if (buckets.length) buckets[buckets.length - 1].text += data.slice(last, m.index);
            buckets.push({ field: fieldOf(m[1]), links: [], text: '' });
            last = m.index + m[0].length;
          }
          if (buckets.length) buckets[buckets.length - 1].text += data.slice(last);
        } else if (child.nodeType === 1) {
          const el = child as Element;
          if (el.tagName === 'A' && buckets.length && !labelOnly(el, re)) {
            buckets[buckets.length - 1].links.push(textOf(el));
            const href = absoluteUrl(el.getAttribute('href'), base);
            if (href && /^https?:/i.test(href)) out.urls[trimPunctuation(textOf(el))] ??= href;
          } else walk(el);
        }
      }
    };
    walk(block);
    for (const b of buckets) add(b.field, b.links.length ? b.links : b.text.split(/[,;|]/));
  }
  return out;
}

/** A link whose text is itself a label ("<a>Region:</a>") opens a bucket rather than filling one. */
function labelOnly(a: Element, re: RegExp): boolean {
  re.lastIndex = 0;
  const hit = re.test(` ${textOf(a)}`);
  re.lastIndex = 0;
  return hit;
}
