// What a page itself shows, read here with plain DOM queries and none of the core's code, so
// that a record's `evidence` can be checked against the page: "title: h1" holds when one of the
// page's h1 elements says the title, "publishedAt: json-ld" when the JSON-LD gives that date,
// "originalSource: publisher line" when the publisher is named above the article's first
// paragraph, and so on. `evidenceHolds` returns why a claim does not hold, or null.
import type { ArticleRecord } from '../../src/extract/record';

const space = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const fold = (s: string | null | undefined) => space(s).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A calendar date as the two sites write it in a date line: "July 05, 2010", "5 July 2010", "12 mars 2019", "1er mai 2019". */
export function writtenDates(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const en = MONTHS_EN[m - 1];
  const fr = MONTHS_FR[m - 1];
  return [`${en} ${d}, ${y}`, `${en} ${dd}, ${y}`, `${d} ${en} ${y}`, `${dd} ${en} ${y}`, `${d} ${fr} ${y}`, `${dd} ${fr} ${y}`, ...(d === 1 ? [`1er ${fr} ${y}`] : [])].map(fold);
}

/** The page's JSON-LD objects, flattened (@graph and arrays), unreadable blocks skipped. */
export function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      if ('@graph' in v) walk((v as { '@graph': unknown })['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(s.textContent ?? ''));
    } catch {
      /* not JSON: the page's problem, not a source */
    }
  }
  return out;
}

const ldStrings = (doc: Document, key: string): string[] =>
  jsonLd(doc).flatMap((o) => {
    const v = o[key];
    const one = (x: unknown): string[] => (typeof x === 'string' ? [x] : x && typeof x === 'object' && 'name' in x ? [String((x as { name: unknown }).name)] : x && typeof x === 'object' && 'url' in x ? [String((x as { url: unknown }).url)] : []);
    return Array.isArray(v) ? v.flatMap(one) : one(v);
  });

const meta = (doc: Document, selector: string) => Array.from(doc.querySelectorAll<HTMLMetaElement>(selector)).map((m) => m.getAttribute('content') ?? '');

/** The elements of the body that show text (no script, style or template), innermost first where they nest. */
function shown(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll('*')).filter((e) => !e.closest('script, style, noscript, template'));
}

/** The smallest shown elements whose text holds every one of `needles` (case-folded). */
function holders(doc: Document, needles: string[]): Element[] {
  const want = needles.map(fold);
  const all = shown(doc).filter((e) => {
    const text = fold(e.textContent);
    return want.every((n) => text.includes(n));
  });
  return all.filter((e) => !all.some((other) => other !== e && e.contains(other)));
}

const before = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING

/** The element that holds the start of the article's first paragraph, as the record gives it. */
function firstParagraph(doc: Document, r: ArticleRecord): Element | null {
  const start = fold(r.content.text).slice(0, 60);
  return shown(doc).find((e) => /^(P|DIV|BLOCKQUOTE|LI)$/.test(e.tagName) && fold(e.textContent).startsWith(start) && fold(e.textContent).length < start.length + 4000) ?? null;
}

const resolve = (src: string | null | undefined, base: string) => {
  try {
    return src ? new URL(src, base).href : null;
  } catch {
    return null;
  }
};

/** Why the record's evidence for `field` does not hold on the page, or null when it does. */
export function evidenceHolds(doc: Document, r: ArticleRecord, field: string, source: string): string | null {
  const no = (why: string) => `${field}: "${source}" does not hold: ${why}`;
  switch (field) {
    case 'title': {
      const is = (e: Element) => fold(e.textContent) === fold(r.title);
      const h1 = Array.from(doc.querySelectorAll('h1')).some(is);
      const heading = Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6')).some(is);
      switch (source) {
        case 'h1':
          return h1 ? null : no('no h1 of the page says the title');
        case 'heading':
          return heading && !h1 ? null : no(h1 ? 'an h1 says the title' : 'no h2–h6 says the title');
        case 'title line':
          return !h1 && !heading && shown(doc).some(is) ? null : no('a heading says the title, or nothing does');
        case 'og:title':
          return !h1 && !heading && meta(doc, 'meta[property="og:title"]').some((v) => fold(v) === fold(r.title)) ? null : no('og:title differs, or a heading says the title');
        case 'json-ld':
          return !h1 && !heading && ldStrings(doc, 'headline').some((v) => fold(v) === fold(r.title)) ? null : no('no JSON-LD headline says it, or a heading does');
        case '<title>':
          return fold(doc.title).includes(fold(r.title)) ? null : no('the document title does not hold it');
      }
      break;
    }
    case 'subtitle':
      return source === 'dek' && shown(doc).some((e) => fold(e.textContent) === fold(r.subtitle)) ? null : no('no element of the page says the subtitle');
    case 'authors': {
      const names = r.authors.map((a) => a.name);
      const inList = (list: string[]) => names.every((n) => list.some((v) => fold(v).includes(fold(n)) || fold(n).endsWith(fold(v))));
      switch (source) {
        case 'byline':
          return holders(doc, names).some((e) => space(e.textContent).length < 400) ? null : no('no short element of the page names every author');
        case 'json-ld':
          return inList(ldStrings(doc, 'author')) ? null : no('the JSON-LD authors differ');
        case 'meta':
          return inList(meta(doc, 'meta[name="author"], meta[property="article:author"]')) ? null : no('no author meta names them');
        case 'microdata':
          return inList(Array.from(doc.querySelectorAll('[itemprop="author"]')).map((e) => space(e.textContent))) ? null : no('no itemprop=author names them');
        case 'rel=author':
          return inList(Array.from(doc.querySelectorAll('a[rel~="author"]')).map((e) => space(e.textContent))) ? null : no('no rel=author link names them');
      }
      break;
    }
    case 'publishedAt': {
      const date = r.publishedAt!;
      switch (source) {
        case 'date line':
          return writtenDates(date).some((d) => holders(doc, [d]).some((e) => space(e.textContent).length < 200)) ? null : no(`no short line of the page writes ${date}`);
        case 'time element':
          return Array.from(doc.querySelectorAll('time[datetime]')).some((t) => t.getAttribute('datetime')!.startsWith(date)) ? null : no('no <time> has that date');
        case 'microdata':
          return Array.from(doc.querySelectorAll('[itemprop="datePublished"]')).some((e) => (e.getAttribute('content') ?? e.getAttribute('datetime') ?? '').startsWith(date)) ? null : no('no itemprop=datePublished has it');
        case 'header date':
          return writtenDates(date).some((d) => holders(doc, [d]).some((e) => e.closest('header'))) ? null : no('no header writes it');
        case 'meta':
          return meta(doc, 'meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"]').some((v) => v.startsWith(date)) ? null : no('no date meta has it');
        case 'json-ld':
          return ldStrings(doc, 'datePublished').some((v) => v.startsWith(date)) ? null : no('no JSON-LD datePublished has it');
      }
      break;
    }
    case 'originalSource': {
      const s = r.originalSource!;
      const first = firstParagraph(doc, r);
      if (!first) return no('the article’s first paragraph is not found on the page');
      // A line between the title and the article that starts with the publisher's name and writes the original's date
      // ("Strategic Culture Foundation 28 September 2015"), not the site's own date line ("Global Research, July 05, 2010").
      const title = shown(doc).find((e) => fold(e.textContent) === fold(r.title));
      const dates = r.publishedAt ? writtenDates(r.publishedAt) : [];
      const line = (e: Element) => {
        const text = fold(e.textContent);
        const rest = text.slice(fold(s.publisher).length).replace(/^\s*,\s*/, '');
        const writesItsDate = !s.date || writtenDates(s.date).some((d) => rest.includes(d));
        return text.startsWith(fold(s.publisher)) && text.length < 200 && !dates.some((d) => rest.startsWith(d)) && writesItsDate;
      };
      const candidates = s.date ? writtenDates(s.date).flatMap((d) => holders(doc, [s.publisher, d])) : holders(doc, [s.publisher]);
      const above = candidates.some((e) => (!title || before(title, e)) && before(e, first) && !first.contains(e) && line(e));
      const below = (pattern: RegExp, publisher = s.publisher) =>
        shown(doc).some((e) => before(first, e) && pattern.test(space(e.textContent)) && fold(e.textContent).includes(fold(publisher)) && space(e.textContent).length < 600);
      switch (source) {
        case 'publisher line':
          return above ? null : no(`"${s.publisher}" is not named above the first paragraph`);
        case 'source footer':
          return below(/^(The original source of this article is|La source originale de cet article est)\b/i) ? null : no('no "original source" line after the article starts');
        case 'note':
          return below(/\b(originally|first) (published|posted|appeared)\b|\b(publié|paru) (initialement|originellement|à l.origine|pour la première fois)\b/i) ? null : no('no "originally published" note');
        case 'first published note':
          return below(/^(First published|(Publié|Paru)( initialement| pour la première fois)? (par|sur) Mondialisation)/i, '') ? null : no('no "first published" note');
      }
      break;
    }
    case 'tags': {
      const tags = [...r.regions, ...r.themes, ...r.inDepthReports];
      const links = new Set(Array.from(doc.querySelectorAll('a')).map((a) => fold(a.textContent)));
      const labelled = /\b(Region|Theme|In-depth Report|Région|Thème|Analyses)s?\s?:/i.test(space(doc.body.textContent));
      return source === 'labels' && labelled && tags.every((t) => links.has(fold(t))) ? null : no('the tags are not all links under a label');
    }
    case 'copyright': {
      const c = r.copyright!;
      const parts = [c.year ? String(c.year) : null, ...c.holders, c.publisher].filter((p): p is string => !!p);
      return source === 'copyright line' && holders(doc, ['copyright', ...parts]).some((e) => space(e.textContent).length < 400) ? null : no('no copyright line names its holders and year');
    }
    case 'republication':
      return source === 'disclaimer' && holders(doc, [space(r.republication!.notice).slice(0, 60)]).length > 0 ? null : no('the notice is not on the page');
    case 'authorBio': {
      const start = space(r.authorBio).slice(0, 50);
      const on = holders(doc, [start]).length > 0;
      if (!on) return no('the bio is not on the page');
      const heading = /\b(About the authors?|À propos de l.auteur|Sur l.auteur|L.auteur)\b/i;
      const first = firstParagraph(doc, r);
      switch (source) {
        case 'about the author':
          return shown(doc).some((e) => heading.test(space(e.textContent)) && space(e.textContent).length < 80) ? null : no('no "About the author" heading');
        case 'in-body bio':
          return first && holders(doc, [start]).some((e) => before(first, e) || first === e) ? null : no('the bio is not in the article');
      }
      break;
    }
    case 'featuredImage': {
      const src = r.featuredImage!.src;
      const is = (v: string | null | undefined) => resolve(v, r.url) === src;
      switch (source) {
        case 'og:image':
          return meta(doc, 'meta[property="og:image"]').some(is) ? null : no('og:image differs');
        case 'json-ld':
          return ldStrings(doc, 'image').some(is) || jsonLd(doc).some((o) => o['@type'] === 'ImageObject' && (is(o.url as string) || is(o.contentUrl as string))) ? null : no('no JSON-LD image is it');
        case 'top image':
        case 'article image':
          return Array.from(doc.querySelectorAll('img')).some((i) => is(i.getAttribute('src'))) ? null : no('no <img> shows it');
      }
      break;
    }
    case 'notes':
      return source === 'notes' && r.notes.every((n) => holders(doc, [space(n).slice(0, 50)]).length > 0) ? null : no('a note is not on the page');
    case 'canonicalUrl': {
      const link = doc.querySelector('link[rel~="canonical"]');
      const og = meta(doc, 'meta[property="og:url"]').length > 0;
      if (source === 'canonical link') return link ? null : no('no canonical link');
      if (source === 'og:url') return !link && og ? null : no('a canonical link, or no og:url');
      if (source === 'url') return !link && !og ? null : no('the page names its address');
      break;
    }
    case 'lang': {
      const lang = doc.documentElement.getAttribute('lang');
      if (source === 'html lang') return lang && lang.toLowerCase().startsWith(r.lang) ? null : no(`<html lang="${lang}">`);
      if (source === 'site') return !lang ? null : no('the page says its language');
      break;
    }
  }
  return no('not a source of this field');
}
