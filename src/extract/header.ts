// The article's header: title, subtitle, byline, Global Research date line and the
// publisher line of a cross-post ("Strategic Culture Foundation 28 September 2015").
import { promptKind } from './anatomy';
import { classifyBlock } from './boilerplate';
import { DATE_PATTERN, parseDate } from './dates';
import { absoluteUrl, innermostMatch, isBlock } from './dom';
import type { Frame } from './frame';
import type { Author } from './record';
import { collect, type Rules } from './sites';
import { normalizeSpace, textOf, trimPunctuation } from './text';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "By A", "By: A", "Par : A": the start of a byline (written so that it cannot backtrack). */
export const bylinePrefix = (rules: Rules): RegExp =>
  new RegExp(`^(?:${collect(rules, 'bylinePrefixes').map(escape).join('|')})(?:\\s*:)?\\s+\\S`, 'i');

export function stripTitleSuffix(title: string, rules: Rules): string {
  let t = normalizeSpace(title);
  for (const s of rules.all) t = t.replace(s.titleSuffix, '');
  return t;
}

/** The element of the header zone that opens with "By" / "Par", narrowed to the smallest one holding the names. */
function findByline(frame: Frame, rules: Rules): Element | null {
  const prefix = bylinePrefix(rules);
  let el = frame.header.find((e) => prefix.test(textOf(e)) && textOf(e).length < 400) ?? null;
  if (!el) return null;
  // Narrow to the smallest element that still holds every author link (not the source line beside it).
  const authorLinks = (e: Element) => Array.from(e.querySelectorAll('a')).filter(isAuthorLink).length;
  const names = authorLinks(el);
  for (;;) {
    const child: Element | undefined = Array.from(el.children).find(
      (c) => prefix.test(textOf(c)) && authorLinks(c) === names,
    );
    if (!child) return el;
    el = child;
  }
}

/** Author pages: /author/<slug> (2012 on), index.php?context=listByAuthor (the older site), rel="author". */
const isAuthorLink = (a: Element) =>
  /\/(?:author|auteur)\/|context=listByAuthor|[?&]auth(?:or)?(?:Id|First|Last)=/i.test(a.getAttribute('href') ?? '') ||
  /\bauthor\b/i.test(a.getAttribute('rel') ?? '');

/** Authors from a byline element: its author-page links, else its text split on commas and "and". */
function authorsFromByline(el: Element, rules: Rules, base: string): Author[] {
  const links = Array.from(el.querySelectorAll('a[href]')).filter(isAuthorLink);
  const seen = new Set<string>();
  const out: Author[] = [];
  if (links.length) {
    for (const a of links) {
      const name = trimPunctuation(textOf(a));
      if (name && !seen.has(name)) {
        seen.add(name);
        out.push({ name, url: absoluteUrl(a.getAttribute('href'), base) });
      }
    }
    return out;
  }
  const prefixes = collect(rules, 'bylinePrefixes').map(escape).join('|');
  let text = textOf(el).replace(new RegExp(`^(?:${prefixes})(?:\\s*:)?\\s+`, 'i'), '');
  // A byline that runs into the date line: "By A and B, Global Research, October 02, 2015"
  const own = collect(rules, 'ownPublishers').map(escape).join('|');
  text = text.replace(new RegExp(`[,\\s]*(?:(?:${own})\\s*,\\s*)?${DATE_PATTERN}.*$`, 'i'), '');
  for (const part of text.split(/,|\s(?:and|et|&)\s/i)) {
    const name = trimPunctuation(part);
    if (name && !seen.has(name)) {
      seen.add(name);
      out.push({ name, url: null });
    }
  }
  return out;
}

/** The block of a <time> element: its line when the line is short and not the byline's too. */
function dateBlock(time: Element, byline: Element | null): Element {
  let el = time;
  for (let p = time.parentElement; p && textOf(p).length <= 80 && !(byline && (p.contains(byline) || byline.contains(p))); p = p.parentElement) {
    el = p;
    if (isBlock(p)) break;
  }
  return el;
}

/** Authors marked up as such rather than introduced by "By": itemprop="author", rel="author". */
function markedAuthors(frame: Frame, base: string): { el: Element; authors: Author[]; from: 'microdata' | 'rel=author' } | null {
  const marked = frame.header.filter((e) => /\bauthor\b/.test(e.getAttribute('itemprop') ?? '') && !e.parentElement?.closest('[itemprop~="author"]'));
  const links = marked.length ? [] : frame.header.filter((e) => e.tagName === 'A' && /\bauthor\b/i.test(e.getAttribute('rel') ?? ''));
  const found = [...marked, ...links];
  if (!found.length) return null;
  const authors: Author[] = [];
  for (const e of found) {
    const name = trimPunctuation(e.getAttribute('content') ?? textOf(e.querySelector('[itemprop~="name"]') ?? e));
    const a = e.tagName === 'A' ? e : e.querySelector('a[href]');
    if (name && !authors.some((x) => x.name === name)) authors.push({ name, url: a ? absoluteUrl(a.getAttribute('href'), base) : null });
  }
  // The line holding them all: the smallest block around the first and the last.
  let el: Element = found[0];
  while (el.parentElement && (!isBlock(el) || !found.every((f) => el.contains(f)))) el = el.parentElement;
  return authors.length ? { el, authors, from: marked.length ? 'microdata' : 'rel=author' } : null;
}

export interface HeaderFacts {
  bylineEl: Element | null;
  /** Where the authors came from (the record's evidence). */
  authorsFrom: 'byline' | 'microdata' | 'rel=author' | null;
  /** Where the date came from. */
  dateFrom: 'date line' | 'time element' | 'microdata' | 'header date' | null;
  /** The publisher line when it stands in its own block after the date line. */
  sourceEl: Element | null;
  authors: Author[];
  dateEl: Element | null;
  publishedAt: string | null;
  /** The cross-post's publisher line, when the header has one. */
  source: { publisher: string; date: string | null; url: string | null } | null;
  subtitleEl: Element | null;
  subtitle: string | null;
}

/** "Global Research, October 02, 2015" (optionally followed by the publisher line). */
function dateLinePattern(rules: Rules): RegExp {
  const own = collect(rules, 'ownPublishers').map(escape).join('|');
  return new RegExp(`(?:${own})\\s*,\\s*(?:le\\s+|on\\s+)?(${DATE_PATTERN})`, 'i');
}

const PUBLISHER_LINE = new RegExp(`^(.{2,120}?)[\\s,]+(${DATE_PATTERN})\\.?$`, 'i');

function readSourceLine(text: string, block: Element, base: string, rules: Rules) {
  const t = trimPunctuation(text);
  if (!t) return null;
  const m = PUBLISHER_LINE.exec(t);
  // The original is elsewhere: a link to the site's own pages (a tag, an author) is never it.
  const own = new Set(rules.all.flatMap((s) => s.hosts));
  const link = (name: string) => {
    const a = Array.from(block.querySelectorAll('a[href]')).find((x) => textOf(x) === name && !isAuthorLink(x));
    const href = a ? absoluteUrl(a.getAttribute('href'), base) : null;
    if (!href || !/^https?:/i.test(href)) return null;
    return own.has(new URL(href).hostname.toLowerCase()) ? null : href;
  };
  // A sentence ("First published by … on June 5, 2019") is a note, not a publisher line.
  if (m && !/:/.test(m[1]) && m[1].split(/\s+/).length <= 10 && !collect(rules, 'notes').some((re) => re.test(t))) {
    const publisher = trimPunctuation(m[1]);
    return { publisher, date: parseDate(m[2]), url: link(publisher) };
  }
  // A publisher named without a date counts only when it is the link to the original.
  const url = t.length < 120 ? link(t) : null;
  return url ? { publisher: t, date: null, url } : null;
}

const DEK_CLASS = /\b(?:sub-?title|sub-?head(?:line|ing)?|dek|standfirst|deck|kicker|excerpt|lede|summary)\b/i;

/**
 * The dek: a heading, or a block marked as one (class, itemprop="alternativeHeadline"), between the
 * title and the byline; or, unmarked, the first line of text right under the title when it is a
 * short phrase that is none of the header's other lines.
 */
function findSubtitle(frame: Frame, stop: Element | null, rules: Rules): Element | null {
  const before = (e: Element) => !stop || (e !== stop && !e.contains(stop) && !!(e.compareDocumentPosition(stop) & 4));
  const texts = frame.header.filter((e) => textOf(e) && !e.querySelector('h1,h2,h3,h4,h5,h6,p,div,li,section,header'));
  for (const e of frame.header) {
    if (!before(e)) break;
    const marked =
      /^H[2-6]$/.test(e.tagName) || DEK_CLASS.test(e.getAttribute('class') ?? '') || /alternativeHeadline|description/i.test(e.getAttribute('itemprop') ?? '');
    const text = textOf(e);
    if (marked && text.length >= 8 && text.length <= 300 && !isOtherHeaderLine(e, text, rules)) return e;
  }
  const first = texts[0];
  if (!first || !before(first) || first === frame.bodyStart || first.closest('figure, figcaption, nav, li')) return null;
  const text = textOf(first);
  const linked = Array.from(first.querySelectorAll('a')).reduce((n, a) => n + textOf(a).length, 0);
  if (text.length < 8 || text.length > 300 || linked > text.length / 2 || /:$/.test(text)) return null;
  return isOtherHeaderLine(first, text, rules) ? null : first;
}

const HEADER_LABEL = /^(?:Sources?|Published|Posted|Updated|Date|Photo|Image|Credits?|Authors?|Auteure?s?|Publié|Mis à jour|Région|Thème)\s?:/i;

/** A byline, a date, a label line, a prompt or a note: anything a dek (or a publisher line) is not. */
function isOtherHeaderLine(el: Element, text: string, rules: Rules, datesAllowed = false): boolean {
  const prefix = bylinePrefix(rules);
  return (
    prefix.test(text) ||
    (!datesAllowed && parseDate(text) !== null) ||
    HEADER_LABEL.test(text) ||
    rules.all.some((s) => Object.values(s.labels).flat().some((l) => text.toLowerCase().startsWith(`${l.toLowerCase()}:`) || text.toLowerCase().startsWith(`${l.toLowerCase()} :`))) ||
    classifyBlock(el, text, rules, 'loose') !== null ||
    promptKind(el, text, rules) !== null ||
    [...collect(rules, 'notes'), ...collect(rules, 'imageCredit')].some((re) => re.test(text))
  );
}

export function readHeader(frame: Frame, rules: Rules, base: string): HeaderFacts {
  let bylineEl = findByline(frame, rules);
  let authors = bylineEl ? authorsFromByline(bylineEl, rules, base) : [];
  let authorsFrom: HeaderFacts['authorsFrom'] = authors.length ? 'byline' : null;
  if (!authors.length) {
    // No "By" line: schema.org microdata (itemprop="author") or rel="author" links under the title.
    const marked = markedAuthors(frame, base);
    if (marked) ({ el: bylineEl, authors, from: authorsFrom } = marked);
  }
  const dateRe = dateLinePattern(rules);
  const short = frame.header.filter((e) => (e.textContent ?? '').length < 600);
  let dateEl = innermostMatch(short, (e) => dateRe.test(textOf(e)));
  let publishedAt: string | null = null;
  let source: HeaderFacts['source'] = null;
  let sourceEl: Element | null = null;
  const lineEl = dateEl;
  if (lineEl) {
    const text = textOf(lineEl);
    const m = dateRe.exec(text)!;
    publishedAt = parseDate(m[1]);
    // The publisher line follows the date in the same element, or stands on a header line of its own.
    source = readSourceLine(text.slice(m.index + m[0].length), lineEl, base, rules);
  }
  if (!source) {
    const taken = [frame.anchor, bylineEl, lineEl].filter((e): e is Element => !!e);
    for (const e of short) {
      if (taken.some((t) => t === e || t.contains(e) || e.contains(t)) || !textOf(e) || e.querySelector('p,div,li,h1,h2,h3,h4,h5,h6,td')) continue;
      if (dateRe.test(textOf(e)) || isOtherHeaderLine(e, textOf(e), rules, true)) continue;
      source = readSourceLine(textOf(e), e, base, rules);
      if (source) {
        sourceEl = e;
        break;
      }
    }
  }
  let dateFrom: HeaderFacts['dateFrom'] = publishedAt ? 'date line' : null;
  if (!publishedAt) {
    // A <time datetime> or itemprop="datePublished" under the title: its block is the date line.
    const time = frame.header.find((e) => (e.tagName === 'TIME' && e.getAttribute('datetime')) || /\bdatePublished\b/.test(e.getAttribute('itemprop') ?? ''));
    publishedAt = parseDate(time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? textOf(time));
    if (publishedAt && time && !dateEl) dateEl = dateBlock(time, bylineEl);
    if (publishedAt) dateFrom = time?.tagName === 'TIME' ? 'time element' : 'microdata';
  }
  if (!publishedAt) {
    // No "Global Research, <date>" line: a short header line that is a date ("Published 2 October 2015").
    dateEl = innermostMatch(short, (e) => textOf(e).length <= 60 && parseDate(textOf(e)) !== null);
    publishedAt = dateEl ? parseDate(textOf(dateEl)) : null;
    if (publishedAt) dateFrom = 'header date';
  }
  const subtitleEl = findSubtitle(frame, bylineEl ?? dateEl, rules);
  return {
    bylineEl,
    sourceEl,
    authors,
    authorsFrom,
    dateFrom,
    dateEl,
    publishedAt,
    source,
    subtitleEl,
    subtitle: subtitleEl ? textOf(subtitleEl) : null,
  };
}
