// Formatted references: APA 7, MLA 9, Chicago 17 (notes-bibliography, bibliography entry),
// as plain text and as HTML with the container in italics. Titles are kept as published
// (no automatic re-casing: it would lower-case proper nouns).
//
//   formatReference(record, 'apa' | 'mla' | 'chicago', { accessed }) → { text, html }
import type { ArticleRecord } from '../extract/record';
import { apaDate, formatMonthDayYear, mlaDate } from './dates';
import { escapeHtml, htmlLink } from './escape';
import { directName, familyName, givenInitials, invertedName, type PersonName } from './names';
import { referenceOf, type CitationOptions, type Reference } from './reference';

export type CitationStyle = 'apa' | 'mla' | 'chicago';

export interface FormattedReference {
  text: string;
  html: string;
}

/** A reference is a run of plain text, italic text and the URL. */
type Piece = string | { italic: string } | { url: string };

/** Ends a part with a period unless it already ends with . ? or !. */
const period = (s: string) => (/[.?!]["”’]?$/.test(s) ? s : `${s}.`);

/** “Title.” with the period inside the quotes, inner double quotes turned single. */
function quotedTitle(title: string): string {
  const inner = title.replace(/"([^"]*)"/g, '‘$1’').replace(/“([^“”]*)”/g, '‘$1’');
  return `“${period(inner)}”`;
}

function apaAuthor(n: PersonName): string {
  if (n.literal !== undefined) return n.literal;
  return [familyName(n), givenInitials(n.given), n.suffix].filter(Boolean).join(', ');
}

function apaAuthors(names: PersonName[]): string {
  const list = names.map(apaAuthor);
  if (list.length <= 1) return list.join('');
  if (list.length > 20) return `${list.slice(0, 19).join(', ')}, . . . ${list[list.length - 1]}`;
  return `${list.slice(0, -1).join(', ')}, & ${list[list.length - 1]}`;
}

function apa(ref: Reference): Piece[] {
  const date = `(${apaDate(ref.issued) ?? 'n.d.'}).`;
  const container: Piece[] = [{ italic: ref.container }, '. ', { url: ref.url }];
  if (!ref.authors.length) return [`${period(ref.title)} ${date} `, ...container];
  return [`${period(apaAuthors(ref.authors))} ${date} ${period(ref.title)} `, ...container];
}

/** MLA and Chicago: first author inverted, the others in reading order. */
function invertedFirst(names: PersonName[], max: number, keep: number): string {
  const list = names.map((n, i) => (i === 0 ? invertedName(n) : directName(n)));
  if (list.length > max) return `${list.slice(0, keep).join(', ')}, et al`;
  if (list.length <= 1) return list.join('');
  if (list.length === 2) return `${list[0]}, and ${list[1]}`;
  return `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1]}`;
}

function mla(ref: Reference): Piece[] {
  const authors = ref.authors.length ? `${period(invertedFirst(ref.authors, 2, 1))} ` : '';
  const date = mlaDate(ref.issued);
  const url = ref.url.replace(/^https?:\/\//, '');
  const accessed = !date && ref.accessed ? ` Accessed ${mlaDate(ref.accessed)}.` : '';
  return [`${authors}${quotedTitle(ref.title)} `, { italic: ref.container }, `, ${date ? `${date}, ` : ''}`, { url }, `.${accessed}`];
}

function chicago(ref: Reference): Piece[] {
  const authors = ref.authors.length ? `${period(invertedFirst(ref.authors, 10, 7))} ` : '';
  const date = formatMonthDayYear(ref.issued);
  const accessed = !date && ref.accessed ? ` Accessed ${formatMonthDayYear(ref.accessed)}.` : '';
  return [`${authors}${quotedTitle(ref.title)} `, { italic: ref.container }, `${date ? `, ${date}` : ''}.${accessed} `, { url: ref.url }, '.'];
}

const STYLES: Record<CitationStyle, (ref: Reference) => Piece[]> = { apa, mla, chicago };

function render(pieces: Piece[], url: string): FormattedReference {
  let text = '';
  let html = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      html += escapeHtml(piece);
    } else if ('italic' in piece) {
      text += piece.italic;
      html += `<i>${escapeHtml(piece.italic)}</i>`;
    } else {
      text += piece.url;
      html += htmlLink(piece.url, url);
    }
  }
  return { text, html };
}

export function formatReference(record: ArticleRecord, style: CitationStyle, options: CitationOptions = {}): FormattedReference {
  const ref = referenceOf(record, options);
  return render(STYLES[style](ref), ref.url);
}
