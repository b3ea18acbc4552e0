// BibLaTeX @online entry. LaTeX specials are escaped; accents stay UTF-8 (biber and
// modern LaTeX read UTF-8). The title is braced so no style re-cases proper nouns.
//
//   bibtex(record, { accessed }) → "@online{key,\n  author = {…},\n  …\n}"
import type { ArticleRecord } from '../extract/record';
import type { PersonName } from './names';
import { referenceOf, type CitationOptions } from './reference';

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text for a BibTeX field: LaTeX specials escaped, white space collapsed, UTF-8 kept. */
export function escapeLatex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}$&#%_^~<>]/g, (c) => LATEX_SPECIALS[c]);
}

/**
 * Any value for a braced BibTeX field: LaTeX specials escaped, so its braces always balance
 * (a page's date "}\input{x}" stays text). Use it for every field built from the record.
 */
export function bibtexValue(text: string): string {
  return escapeLatex(text);
}

/** A citation key: letters, digits and ":-_." only (a key cannot be escaped, only cleaned). */
export function bibtexKey(key: string): string {
  return key.replace(/[^A-Za-z0-9:_.-]/g, '') || 'article';
}

/** A URL for a verbatim field (url): braces and backslashes percent-encoded so braces always balance. */
function verbatimUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** "Nazemroaya, Mahdi Darius", "van Gogh, Vincent", "King, Martin Luther, Jr."; organisations braced. */
export function bibtexName(n: PersonName): string {
  if (n.literal !== undefined) return `{${escapeLatex(n.literal)}}`;
  const family = [n.particle, n.family].filter(Boolean).join(/[-'’]$/.test(n.particle ?? '') ? '' : ' ');
  return [family, n.suffix, n.given].filter(Boolean).map((p) => escapeLatex(p!)).join(', ');
}

const LANGIDS: Record<string, string> = { en: 'english', fr: 'french', de: 'german', es: 'spanish', it: 'italian', pt: 'portuguese' };

export function bibtex(record: ArticleRecord, options: CitationOptions = {}): string {
  const ref = referenceOf(record, options);
  const fields: [string, string][] = [];
  if (ref.authors.length) fields.push(['author', ref.authors.map(bibtexName).join(' and ')]);
  fields.push(['title', `{${escapeLatex(ref.title)}}`]);
  if (ref.issued) fields.push(['date', bibtexValue(ref.issued)]);
  fields.push(['organization', escapeLatex(ref.container)]);
  fields.push(['url', verbatimUrl(ref.url)]);
  if (ref.accessed) fields.push(['urldate', bibtexValue(ref.accessed)]);
  if (LANGIDS[ref.lang]) fields.push(['langid', LANGIDS[ref.lang]]);
  if (ref.original) {
    const date = ref.original.date ? `, ${ref.original.date}` : '';
    // Inside another command's argument \url needs % and # escaped.
    const url = ref.original.url ? `: \\url{${verbatimUrl(ref.original.url).replace(/[%#]/g, '\\$&')}}` : '';
    fields.push(['note', `Originally published by ${escapeLatex(ref.original.publisher)}${date}${url}`]);
  }
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n');
  return `@online{${bibtexKey(ref.key)},\n${body}\n}`;
}
