// What BibTeX and BibLaTeX entries are written with: field values escaped so that no page text
// can end a field, open a command or comment out the rest of a line; names in BibTeX's
// "von Last, Jr, First" form; titles with only their proper nouns and acronyms braced.
import { formatMonthDayYear } from './citation-dates';
import type { DataNote } from './data-notes';
import type { PersonName } from './names';
import type { Reference } from './reference';
import { protectedWords, titleTokens } from './title-case';

/**
 * BibTeX counts every brace, escaped or not, when it looks for a field's end: `\{` would still
 * open a group. So braces and backslashes become text commands, and so do the other specials.
 */
const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Control characters (C0, DEL, C1) and line or paragraph separators: never part of a value. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Text for a BibTeX field: LaTeX specials escaped, control characters and runs of white space made one space, UTF-8 kept. */
export function escapeLatex(text: string): string {
  return text
    .replace(CONTROLS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}$&#%_^~<>]/g, (c) => LATEX_SPECIALS[c]);
}

/** A URL for a verbatim field (`url`): braces, backslashes, white space and controls percent-encoded. */
export function verbatimUrl(url: string): string {
  return url.replace(/[{}\\\s\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `\url{…}` inside another field: as verbatimUrl, and % and # escaped (hyperref's rule for \url in an argument). */
export function urlCommand(url: string): string {
  return `\\url{${verbatimUrl(url).replace(/[%#]/g, '\\$&')}}`;
}

/** One name part, braced when BibTeX would misread it: a standalone "and", or a lower-case word inside a family name ("Giscard d'Estaing"). */
function namePart(text: string, family = false): string {
  const escaped = escapeLatex(text);
  const risky = /(^|\s)and(\s|$)/i.test(text) || /,/.test(text) || (family && /\s\p{Ll}/u.test(text));
  return risky ? `{${escaped}}` : escaped;
}

/**
 * "Nazemroaya, Mahdi Darius", "van Gogh, Vincent", "de La Fontaine, Jean-Baptiste" (von part
 * "de": BibLaTeX prints "La Fontaine, Jean-Baptiste de"), "{Giscard d'Estaing}, Valéry",
 * "King, Jr., Martin Luther"; organisations braced whole.
 */
export function bibtexName(n: PersonName): string {
  if (n.literal !== undefined) return `{${escapeLatex(n.literal)}}`;
  const prefix = n.droppingParticle ?? n.particle;
  const family = namePart(n.family ?? '', true);
  const von = prefix ? `${escapeLatex(prefix)}${/[-'’]$/.test(prefix) ? '' : ' '}` : '';
  return [`${von}${family}`, n.suffix ? escapeLatex(n.suffix) : null, n.given ? namePart(n.given) : null].filter(Boolean).join(', ');
}

export const bibtexAuthors = (names: PersonName[]) => names.map(bibtexName).join(' and ');

/** The title as published, its proper nouns and acronyms braced so no style lowers them: "{Russia} and {Iran} are Coordinating in {Syria}". */
export function bibtexTitle(title: string, bodyText: string): string {
  const keep = protectedWords(title, bodyText);
  let out = '';
  let at = 0;
  for (const { word, start } of titleTokens(title)) {
    out += spaced(title.slice(at, start));
    out += keep.has(start) ? `{${escapeLatex(word)}}` : escapeLatex(word);
    at = start + word.length;
  }
  return (out + spaced(title.slice(at))).replace(/\s+/g, ' ').trim();
}

/** Text between title words, escaped with its spacing kept (escapeLatex trims). */
function spaced(between: string): string {
  if (!between) return '';
  const lead = /^\s/.test(between) ? ' ' : '';
  const trail = /\s$/.test(between) && between.trim() ? ' ' : '';
  return between.trim() ? `${lead}${escapeLatex(between)}${trail}` : ' ';
}

/** A note with its link: "Originally published by …: \url{…}". */
export function latexNote(note: DataNote, ref: Reference): string {
  const colon = ref.terms.locale === 'fr-FR' ? '~: ' : ': ';
  return `${escapeLatex(note.text)}${note.url ? `${colon}${urlCommand(note.url)}` : ''}`;
}

/** "Accessed May 3, 2024", "Consulté le 3 mai 2024" (classic BibTeX has no urldate). */
export function accessedNote(ref: Reference): string | null {
  const when = formatMonthDayYear(ref.accessed, ref.terms);
  if (!when) return null;
  const words = ref.terms.accessed;
  return escapeLatex(`${words.charAt(0).toUpperCase()}${words.slice(1)} ${when}`);
}

/** "  name = {value}," lines, aligned; the value is written as given (already escaped). */
export function bibEntry(type: string, key: string, fields: [string, string, ('braced' | 'bare')?][]): string {
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value, form]) => `  ${name.padEnd(width)} = ${form === 'bare' ? value : `{${value}}`},`).join('\n');
  return `@${type}{${citationKey(key)},\n${body}\n}`;
}

/** A citation key: letters, digits and ":-_." only (a key cannot be escaped, only cleaned). */
export function citationKey(key: string): string {
  return key.replace(/[^A-Za-z0-9:_.-]/g, '') || 'article';
}

export const LANGIDS: Record<string, string> = { en: 'english', fr: 'french', de: 'german', es: 'spanish', it: 'italian', pt: 'portuguese' };
