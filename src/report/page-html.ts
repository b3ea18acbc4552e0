// The page's HTML for a problem report: everything the extraction reads (markup, text, meta
// tags, JSON-LD), nothing that could run or call out when the file is opened or turned into a
// test fixture. Removed: scripts (JSON-LD data blocks stay, made inert), inline event
// handlers, javascript:/vbscript: and script-capable data: addresses, third-party frames and
// any srcdoc, plugins, meta refresh, script-bearing styles, <noscript> (its content is text
// or markup depending on whether scripting is on: a classic way to smuggle markup through a
// round trip); and the values of hidden and password inputs (form tokens are the reader's,
// not the page's). Template contents too.
//
// The markup is parsed, cleaned and written out again until writing it out no longer changes
// it: markup that a second parse would rearrange (the mutation-XSS family) is cleaned again in
// its new shape, so what the file holds parses back to exactly the tree that was cleaned.
//
//   cleanPageHtml(html, pageUrl, parse) → { html, removed }
//   parse: an inert parser (the browser's DOMParser, jsdom in Node): no script, no loading.

export interface PageHtml {
  /** The cleaned document, with the page's doctype. */
  html: string;
  /** How many of each were taken out, for the report to say. */
  removed: { scripts: number; handlers: number; frames: number; other: number };
}

const EXECUTABLE = 'script:not([type="application/ld+json" i])';
const FRAMES = 'iframe, frame, portal, fencedframe';
const DROPPED = 'object, embed, applet, noscript, noembed, noframes';
const SCRIPT_SCHEME = /^(?:javascript|vbscript|livescript):/;
/** data: that a browser may render as a document (HTML, XML, SVG) rather than an image or a font. */
const DOCUMENT_DATA = /^data:(?:text\/html|text\/xml|application\/[\w.+-]*xml|image\/svg\+xml)/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'codebase', 'cite', 'lowsrc', 'dynsrc']);
const STYLE_SCRIPT = /javascript:|expression\s*\(|-moz-binding|behavior\s*:/i;

/** Lower case, without the white space and control characters a browser skips in an address. */
const scheme = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();

const siteOf = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** Rounds of parse-clean-write before giving up on markup that keeps changing. */
const MAX_ROUNDS = 4;

export function cleanPageHtml(html: string, pageUrl: string, parse: (html: string) => Document): PageHtml {
  const removed = { scripts: 0, handlers: 0, frames: 0, other: 0 };
  let current = html;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const doc = parse(current);
    if (round === MAX_ROUNDS - 1) for (const e of Array.from(doc.querySelectorAll('svg, math'))) e.remove();
    cleanDocument(doc, pageUrl, removed);
    const next = serialize(doc);
    if (next === current) return { html: next, removed };
    current = next;
  }
  // Still changing after the foreign content went: keep only the text, nothing can hide there.
  const doc = parse(current);
  const text = doc.body?.textContent ?? '';
  doc.documentElement.replaceChildren(doc.createElement('head'), doc.createElement('body'));
  doc.body.textContent = text;
  return { html: serialize(doc), removed };
}

/** A doctype as markup: name, public and system ids, without anything that could end it early. */
export function doctypeText(doctype: readonly [string, string, string] | null): string {
  if (!doctype) return '';
  const [name, publicId, systemId] = doctype.map((s) => String(s).replace(/["'<>]/g, ''));
  return `<!DOCTYPE ${name || 'html'}${publicId ? ` PUBLIC "${publicId}"` : ''}${systemId ? `${publicId ? '' : ' SYSTEM'} "${systemId}"` : ''}>\n`;
}

/** The document's markup after its doctype, if it has one. */
function serialize(doc: Document): string {
  const t = doc.doctype;
  return `${doctypeText(t && [t.name, t.publicId, t.systemId])}${doc.documentElement.outerHTML}`;
}

function cleanDocument(doc: Document, pageUrl: string, removed: PageHtml['removed']): void {
  let site = '';
  try {
    site = siteOf(new URL(pageUrl).hostname);
  } catch {
    /* no host: every frame is third-party */
  }

  const firstParty = (frame: Element): boolean => {
    const src = frame.getAttribute('src');
    if (!src || frame.hasAttribute('srcdoc')) return false;
    try {
      const u = new URL(src, pageUrl);
      return (u.protocol === 'https:' || u.protocol === 'http:') && siteOf(u.hostname) === site;
    } catch {
      return false;
    }
  };

  const cleanTree = (root: ParentNode) => {
    for (const e of Array.from(root.querySelectorAll(EXECUTABLE))) {
      e.remove();
      removed.scripts++;
    }
    // JSON-LD stays (the extraction reads it), unable to close its element: "<" is written as
    // \u003c, which JSON reads as the same character.
    for (const e of Array.from(root.querySelectorAll('script'))) {
      for (const a of Array.from(e.attributes)) if (a.name.toLowerCase() !== 'type') e.removeAttribute(a.name);
      if (e.textContent?.includes('<')) e.textContent = e.textContent.replace(/</g, '\\u003c');
    }
    for (const e of Array.from(root.querySelectorAll(FRAMES))) {
      if (firstParty(e)) continue;
      e.remove();
      removed.frames++;
    }
    for (const e of Array.from(root.querySelectorAll(DROPPED))) {
      e.remove();
      removed.other++;
    }
    for (const e of Array.from(root.querySelectorAll('meta[http-equiv]'))) {
      if (!/^(?:refresh|set-cookie)$/i.test((e.getAttribute('http-equiv') ?? '').trim())) continue;
      e.remove();
      removed.other++;
    }
    for (const e of Array.from(root.querySelectorAll('style'))) {
      if (!STYLE_SCRIPT.test(e.textContent ?? '')) continue;
      e.remove();
      removed.other++;
    }
    for (const e of Array.from(root.querySelectorAll('*'))) cleanAttributes(e);
    for (const t of Array.from(root.querySelectorAll('template'))) cleanTree((t as HTMLTemplateElement).content);
  };

  const cleanAttributes = (e: Element) => {
    for (const a of Array.from(e.attributes)) {
      const name = a.name.toLowerCase();
      const value = scheme(a.value);
      if (name.startsWith('on')) removed.handlers++;
      else if (name === 'srcdoc' || name === 'ping') removed.other++;
      else if (name === 'style' && STYLE_SCRIPT.test(a.value)) removed.other++;
      else if (SCRIPT_SCHEME.test(value) || (URL_ATTRIBUTES.has(name) && DOCUMENT_DATA.test(value))) removed.scripts++;
      else continue;
      e.removeAttribute(a.name);
    }
    if (e.localName === 'input' && /^(?:hidden|password)$/i.test(e.getAttribute('type') ?? '') && e.getAttribute('value')) {
      e.setAttribute('value', '');
      removed.other++;
    }
  };

  cleanTree(doc);
}
