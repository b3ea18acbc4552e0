// Formatted references: APA 7, MLA 9, Chicago 17 (notes-bibliography, bibliography entry),
// as plain text and as HTML with the container in italics, in the citation's locale (en-US or
// fr-FR terms, months and quotation marks). Each is checked against citeproc-js rendering the
// project's CSL-JSON with the official style (test/format/reference-styles.test.ts); where
// they differ on purpose, test/format/accepted-differences.ts says why.
//
// Titles: MLA and Chicago in headline case, APA in sentence case (English titles only; see
// title-case.ts). The provenance chain: APA's "(Original work published 2014, Publisher)"
// (the year only when it differs), MLA's and Chicago's "Originally published in …". An
// archived copy: APA's and Chicago's "Archived <date>, at <url>", MLA's second container.
//
//   formatReference(record, 'apa' | 'mla' | 'chicago', { accessed, locale, archived }) → { text, html }
import type { ArticleRecord } from '../extract/record';
import { apaDate, formatMonthDayYear, mlaDate } from './citation-dates';
import { escapeHtml, htmlLink } from './escape';
import { directName, familyName, givenInitials, invertedName, type PersonName } from './names';
import { referenceOf, type CitationOptions, type Reference } from './reference';

export type CitationStyle = 'apa' | 'mla' | 'chicago';

export interface FormattedReference {
  text: string;
  html: string;
}

/** A reference is a run of plain text, italic text and links. */
type Piece = string | { italic: string } | { url: string; text?: string };

const endsSentence = (s: string) => /[.?!…]["”’»\u00a0]*$/.test(s);
/** Ends a part with a period unless it already ends with . ? ! or … */
const period = (s: string) => (endsSentence(s) ? s : `${s}.`);
const capitaliseFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Straight double quotes in a title turned typographic: inner quotes when the title is quoted. */
function curlyQuotes(title: string, open: string, close: string): string {
  return title.replace(/"([^"]*)"/g, `${open}$1${close}`).replace(/“([^“”]*)”/g, `${open}$1${close}`);
}

/** “Title.” (en-US: the period inside) or « Title ». (fr-FR: after the closing quote). */
function quotedTitle(ref: Reference, title: string): string {
  const t = ref.terms;
  const inner = curlyQuotes(title, t.openInnerQuote, t.closeInnerQuote);
  if (t.punctuationInQuote) return `${t.openQuote}${period(inner)}${t.closeQuote}`;
  return `${t.openQuote}${inner}${t.closeQuote}${endsSentence(inner) ? '' : '.'}`;
}

// ---- APA 7 ----

/** Names with typographic apostrophes: "Giscard d’Estaing". */
const apostrophes = (s: string) => s.replace(/'/g, '’');

function apaAuthor(n: PersonName): string {
  if (n.literal !== undefined) return n.literal;
  const initials = [givenInitials(n.given), n.droppingParticle].filter(Boolean).join(' ');
  return apostrophes([familyName(n), initials, n.suffix].filter(Boolean).join(', '));
}

function apaAuthors(names: PersonName[]): string {
  const list = names.map(apaAuthor);
  if (list.length <= 1) return list.join('');
  if (list.length > 20) return `${list.slice(0, 19).join(', ')}, . . . ${list[list.length - 1]}`;
  return `${list.slice(0, -1).join(', ')}, & ${list[list.length - 1]}`;
}

function apaOriginal(ref: Reference): string {
  const o = ref.original;
  if (!o) return '';
  const year = o.otherYear && o.date ? o.date.slice(0, 4) : null;
  const what = year ? [year, o.publisher].filter(Boolean).join(', ') : o.publisher ? `${ref.terms.by} ${o.publisher}` : '';
  return what ? ` (${ref.terms.originalWorkPublished} ${what})` : '';
}

function archivedAt(ref: Reference, date: (iso: string) => string | null): Piece[] {
  const a = ref.archive;
  if (!a) return [];
  return [` ${ref.terms.archived(a.capturedAt ? date(a.capturedAt) : null)} `, { url: a.url }];
}

function apa(ref: Reference): Piece[] {
  const t = ref.terms;
  const date = `(${apaDate(ref.issued, t) ?? t.noDate}).`;
  const title = period(curlyQuotes(ref.sentenceTitle, t.openQuote, t.closeQuote));
  const head = ref.authors.length ? `${period(apaAuthors(ref.authors))} ${date} ${title} ` : `${title} ${date} `;
  const long = (iso: string) => formatMonthDayYear(iso, t);
  // An undated page may change: APA 7 then gives the retrieval date.
  const retrieved = !ref.issued && ref.accessed ? `${t.retrieved} ${long(ref.accessed)}, ${t.from} ` : '';
  return [head, { italic: ref.container }, `. ${retrieved}`, { url: ref.url }, apaOriginal(ref), ...archivedAt(ref, long)];
}

// ---- MLA 9 and Chicago 17 ----

/** First author inverted, the others in reading order; "et al." past `max` names (keeping `keep`). */
function invertedFirst(names: PersonName[], and: string, max: number, keep: number, etAl: string): string {
  const list = names.map((n, i) => apostrophes(i === 0 ? invertedName(n) : directName(n)));
  if (list.length > max) return `${list.slice(0, keep).join(', ')}, ${etAl}`;
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')}, ${and} ${list[list.length - 1]}`;
}

const schemeless = (url: string) => url.replace(/^https?:\/\//, '');

/** "Originally published in *Publisher* as *Title*, date, url." (MLA 9 and Chicago 17 publication history). */
function originallyPublished(ref: Reference, date: (iso: string) => string | null, url: (u: string) => string): Piece[] {
  const o = ref.original;
  const t = ref.terms;
  const when = o?.date ? date(o.date) : null;
  if (!o || (!o.publisher && !when)) return [];
  const pieces: Piece[] = [` ${t.originallyPublished}`];
  if (o.publisher) pieces.push(` ${t.in} `, { italic: o.publisher });
  if (o.title) pieces.push(` ${t.as} `, { italic: o.title });
  if (when) pieces.push(o.publisher || o.title ? `, ${when}` : ` ${when}`);
  if (o.url) pieces.push(', ', { url: o.url, text: url(o.url) });
  return [...pieces, '.'];
}

function mla(ref: Reference): Piece[] {
  const t = ref.terms;
  const authors = ref.authors.length ? `${period(invertedFirst(ref.authors, t.and, 2, 1, t.etAl))} ` : '';
  const date = mlaDate(ref.issued, t);
  const mlaDay = (iso: string) => mlaDate(iso, t);
  // The site's own article first published in another year: its date after the title (MLA 9, 5.108).
  const o = ref.original;
  const firstDate = o && !o.publisher && o.otherYear && o.date ? `${mlaDay(o.date)}. ` : '';
  const pieces: Piece[] = [
    `${authors}${quotedTitle(ref, ref.headlineTitle)} ${firstDate}`,
    { italic: ref.container },
    `, ${date ? `${date}, ` : ''}`,
    { url: ref.url, text: schemeless(ref.url) },
    '.',
  ];
  if (ref.archive) {
    const captured = ref.archive.capturedAt ? `, ${mlaDay(ref.archive.capturedAt)}` : '';
    pieces.push(' ', { italic: ref.archive.service }, `${captured}, `, { url: ref.archive.url, text: schemeless(ref.archive.url) }, '.');
  }
  if (!date && ref.accessed) pieces.push(` ${capitaliseFirst(t.accessed)} ${mlaDay(ref.accessed)}.`);
  return [...pieces, ...(firstDate ? [] : originallyPublished(ref, mlaDay, schemeless))];
}

function chicago(ref: Reference): Piece[] {
  const t = ref.terms;
  const authors = ref.authors.length ? `${period(invertedFirst(ref.authors, t.and, 10, 7, t.etAl))} ` : '';
  const long = (iso: string) => formatMonthDayYear(iso, t);
  const date = long(ref.issued ?? '') ?? t.noDate;
  const accessed = !ref.issued && ref.accessed ? ` ${capitaliseFirst(t.accessed)} ${long(ref.accessed)}.` : '';
  const archive = archivedAt(ref, long);
  const dated = `${date}${endsSentence(date) ? '' : '.'}${accessed} `;
  // Unsigned: the publication stands where the author would (Chicago 17, as citeproc-js writes it).
  const head: Piece[] = ref.authors.length
    ? [`${authors}${quotedTitle(ref, ref.headlineTitle)} `, { italic: ref.container }, `, ${dated}`]
    : [{ italic: ref.container }, `. ${quotedTitle(ref, ref.headlineTitle)} ${dated}`];
  return [
    ...head,
    { url: ref.url },
    '.',
    ...(archive.length ? [...archive, '.'] : []),
    ...originallyPublished(ref, long, (u) => u),
  ];
}

const STYLES: Record<CitationStyle, (ref: Reference) => Piece[]> = { apa, mla, chicago };

function render(pieces: Piece[]): FormattedReference {
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
      text += piece.text ?? piece.url;
      html += htmlLink(piece.text ?? piece.url, piece.url);
    }
  }
  return { text, html };
}

export function formatReference(record: ArticleRecord, style: CitationStyle, options: CitationOptions = {}): FormattedReference {
  return render(STYLES[style](referenceOf(record, options)));
}

