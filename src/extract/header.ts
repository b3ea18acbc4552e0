// The article's header: title, subtitle, byline, Global Research date line and the
// publisher line of a cross-post ("Strategic Culture Foundation 28 September 2015").
import { DATE_PATTERN, parseDate } from './dates';
import { absoluteUrl, innermostMatch, precedes } from './dom';
import type { Frame } from './frame';
import type { Author } from './record';
import { collect, type Rules } from './sites';
import { normalizeSpace, textOf, trimPunctuation } from './text';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function stripTitleSuffix(title: string, rules: Rules): string {
  let t = normalizeSpace(title);
  for (const s of rules.all) t = t.replace(s.titleSuffix, '');
  return t;
}

/** The element of the header zone that opens with "By" / "Par", narrowed to the smallest one holding the names. */
function findByline(frame: Frame, rules: Rules): Element | null {
  const prefix = new RegExp(`^(?:${collect(rules, 'bylinePrefixes').map(escape).join('|')})(?:\\s*:)?\\s+\\S`, 'i');
  let el = frame.header.find((e) => prefix.test(textOf(e)) && textOf(e).length < 400) ?? null;
  if (!el) return null;
  const names = el.querySelectorAll('a').length;
  for (;;) {
    const child: Element | undefined = Array.from(el.children).find(
      (c) => prefix.test(textOf(c)) && c.querySelectorAll('a').length === names,
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

export interface HeaderFacts {
  bylineEl: Element | null;
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
  return new RegExp(`(?:${own})\\s*,\\s*(${DATE_PATTERN})`, 'i');
}

const PUBLISHER_LINE = new RegExp(`^(.{2,120}?)[\\s,]+(${DATE_PATTERN})\\.?$`, 'i');

function readSourceLine(text: string, block: Element, base: string, rules: Rules) {
  const t = trimPunctuation(text);
  if (!t) return null;
  const m = PUBLISHER_LINE.exec(t);
  const link = (name: string) => {
    const a = Array.from(block.querySelectorAll('a[href]')).find((x) => textOf(x) === name && !isAuthorLink(x));
    return a ? absoluteUrl(a.getAttribute('href'), base) : null;
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

export function readHeader(frame: Frame, rules: Rules, base: string): HeaderFacts {
  const bylineEl = findByline(frame, rules);
  const authors = bylineEl ? authorsFromByline(bylineEl, rules, base) : [];
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
    // The publisher line follows the date: in the same element, or in the next one.
    source = readSourceLine(text.slice(m.index + m[0].length), lineEl, base, rules);
    const next = source ? null : short.find((e) => precedes(lineEl, e) && !lineEl.contains(e) && textOf(e));
    if (next) {
      source = readSourceLine(textOf(next), next, base, rules);
      if (source) sourceEl = next;
    }
  }
  if (!publishedAt) {
    const time = frame.header.find((e) => e.tagName === 'TIME' && e.getAttribute('datetime'));
    publishedAt = parseDate(time?.getAttribute('datetime'));
  }
  if (!publishedAt) {
    // No "Global Research, <date>" line: a short header line that is a date ("Published 2 October 2015").
    dateEl = innermostMatch(short, (e) => textOf(e).length <= 60 && parseDate(textOf(e)) !== null);
    publishedAt = dateEl ? parseDate(textOf(dateEl)) : null;
  }
  // Subtitle: a heading (or a dek-classed block) between the title and the byline / date line.
  const stop = bylineEl ?? dateEl;
  let subtitleEl: Element | null = null;
  for (const e of frame.header) {
    if (stop && (e === stop || e.contains(stop) || !(e.compareDocumentPosition(stop) & 4))) break;
    const isDek = /^H[2-6]$/.test(e.tagName) || /\b(?:sub-?title|dek|standfirst|deck|kicker)\b/i.test(e.getAttribute('class') ?? '');
    const text = textOf(e);
    if (isDek && text.length >= 8 && text.length <= 300) {
      subtitleEl = e;
      break;
    }
  }
  return {
    bylineEl,
    sourceEl,
    authors,
    dateEl,
    publishedAt,
    source,
    subtitleEl,
    subtitle: subtitleEl ? textOf(subtitleEl) : null,
  };
}
