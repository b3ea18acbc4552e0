// extract(document, url): the one entry of the core. Pure: it reads a clone of the page and
// never touches the live document, never calls browser APIs, and never throws.
import { findEndMatter, promptKind } from './anatomy';
import { findBoilerplate, mergeHits, removeBoilerplate } from './boilerplate';
import { dropNonContent, headerImage, innermost, leadImage, markIndentedQuotes, readArticle, tidyArticle } from './body';
import { splitBrLines, wrapLooseText } from './br-lines';
import { articleText, textBlocks } from './content-text';
import { absoluteUrl, metaContent, readBlocks, removeAndPrune } from './dom';
import { revealEmails } from './email';
import { readCopyright, readRepublication, readSourceFooter } from './footer';
import { locateFrame } from './frame';
import { readHeader, stripTitleSuffix } from './header';
import { ldArticle, ldAuthors, ldImage, ldString, ldTypes, readJsonLd } from './json-ld';
import { readBodyNotes } from './notes';
import { classifyPage } from './page-kind';
import { readPageUrl } from './page-url';
import { originalSource, sourceClue } from './original-source';
import { gatherEvidence } from './evidence';
import type { ArticleRecord, ExtractResult } from './record';
import { cleanTree } from './clean-tree';
import { rulesFor } from './sites';
import { readTags } from './tags';
import { readZones } from './zones';
import { textOf } from './text';
import { validateRecord } from './validate';

export type * from './record';

/**
 * Past this many elements a page is not an article page of these sites (theirs have 1,000–5,000)
 * and reading it would keep the user waiting: the result says so instead.
 */
export const MAX_ELEMENTS = 60_000;

export function extract(doc: Document, url: string): ExtractResult {
  try {
    return extractArticle(doc, url);
  } catch (err) {
    return { kind: 'not-article', url, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function extractArticle(doc: Document, url: string): ExtractResult {
  const page = readPageUrl(doc, url);
  const rules = rulesFor(page.profile);
  const notArticle = (reason: string): ExtractResult => ({ kind: 'not-article', url, reason });
  const byUrl = classifyPage.byUrl(page);
  if (byUrl) return notArticle(byUrl);

  const size = doc.getElementsByTagName('*').length;
  if (size > MAX_ELEMENTS) return notArticle(`page too large to read (${size.toLocaleString('en')} elements)`);

  const ld = readJsonLd(doc);
  const ldArt = ldArticle(ld);
  const byMeta = classifyPage.byMeta(doc, page, ld.flatMap(ldTypes), ldArt !== null);
  if (byMeta) return notArticle(byMeta);

  const clone = doc.cloneNode(true) as Document;
  if (!clone.body) return notArticle('the page has no body');
  dropNonContent(clone);
  revealEmails(clone);
  splitBrLines(clone.body);
  wrapLooseText(clone.body);

  const strip = (t: string | null | undefined) => (t?.trim() ? stripTitleSuffix(t, rules) : null);
  const titleFrom = { og: strip(metaContent(clone, 'og:title', 'twitter:title')), ld: strip(ldString(ldArt?.headline)), doc: strip(clone.title) };
  const titles = [titleFrom.og, titleFrom.ld, titleFrom.doc].filter((t): t is string => !!t);
  const frame = locateFrame(clone, [...new Set(titles)], rules);
  const title = frame.title;
  const byStructure = classifyPage.byStructure(clone, page, frame);
  if (byStructure) return notArticle(byStructure);

  const header = readHeader(frame, rules, url);
  const authors = header.authors.length ? header.authors : ldAuthors(ld, ldArt).map((a) => ({ ...a, url: absoluteUrl(a.url, url) }));
  if (!authors.length) {
    const name = metaContent(clone, 'author', 'article:author');
    if (name && !/^https?:/.test(name)) authors.push({ name, url: null });
  }
  const metaDate = metaContent(clone, 'article:published_time');
  const ldDate = ldString(ldArt?.datePublished);
  const publishedAt = header.publishedAt ?? (metaDate ?? ldDate)?.slice(0, 10) ?? null;

  // Each block's text is read once here, while the clone is still whole, and shared by the readers.
  const scopeBlocks = readBlocks(frame.scope);
  const pageBlocks = () => readBlocks(clone.body);
  const tags = readTags(scopeBlocks, rules, url);
  const copyright = readCopyright(scopeBlocks) ?? readCopyright(pageBlocks());
  const sourceFooter = readSourceFooter(scopeBlocks, rules, url) ?? readSourceFooter(pageBlocks(), rules, url);
  const republication = readRepublication(scopeBlocks, rules) ?? readRepublication(pageBlocks(), rules);
  // The zones: top notes, body, end matter (anatomy.ts); then the notes read with the body's true start.
  const headerEls = [frame.anchor, header.subtitleEl, header.bylineEl, header.dateEl, header.sourceEl, ...tags.blocks].filter((e): e is Element => !!e);
  const endEls = [copyright?.el, sourceFooter?.el, republication?.el].filter((e): e is Element => !!e);
  const zones = readZones(scopeBlocks, frame, headerEls, endEls, rules);
  const body = readBodyNotes(scopeBlocks, { ...frame, bodyStart: zones.bodyStartEl }, authors, rules, url, zones.preface, zones.tail);

  // The image between the title and the first paragraph, before Readability may leave it out.
  const topImage = headerImage(frame.header, url);

  // Take out, in page order, the boilerplate (logged) and the metadata that now lives in fields.
  const fieldEls = new Set<Element>([...headerEls, ...body.notes.map((n) => n.el), ...[body.credit?.el, body.bio?.el].filter((e): e is Element => !!e)]);
  // Wording rules reach anywhere in a block only outside the article's text (anatomy.ts).
  const outside = (i: number) => (i < zones.bodyStart || (zones.endAnchor >= 0 && i >= zones.endAnchor) ? 'loose' : 'strict');
  const wordingHits = findBoilerplate(
    scopeBlocks,
    rules,
    (b) => fieldEls.has(b.el) || promptKind(b.el, b.text, rules) !== null || rules.relatedHeadings.test(b.text),
    outside,
  );
  const anchors = new Set([copyright?.el, sourceFooter?.el, republication?.el, ...wordingHits.filter((h) => h.bio !== undefined || h.kind === 'author-box').map((h) => h.el)].filter((e): e is Element => !!e));
  const end = findEndMatter(scopeBlocks, zones.bodyStart, rules, (el) => fieldEls.has(el), anchors);
  const hits = mergeHits(wordingHits, [...zones.top, ...end.hits]);
  // Among the top notes a share prompt is a top note (SPEC.md), whichever rule knew it.
  const topEls = new Set(zones.top.map((h) => h.el));
  for (const h of hits) if (h.kind === 'share-prompt' && topEls.has(h.el)) h.kind = 'top-note';
  // A line read as metadata always leaves the body, even when no boilerplate rule knows its
  // wording ("© A, Publisher, 2020") or it stands outside the article's container.
  const extra = [copyright, sourceFooter, republication].filter((f) => f && !hits.some((h) => h.el === f.el));
  for (const found of extra) {
    hits.push({ el: found!.el, kind: found === copyright ? 'copyright' : found === sourceFooter ? 'source-line' : 'disclaimer', text: textOf(found!.el) });
  }
  hits.sort((a, b) => (a.el === b.el ? 0 : a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
  const aboutBio = hits.find((h) => h.bio)?.bio ?? null;
  markIndentedQuotes(frame.scope);
  for (const el of fieldEls) {
    if (el.isConnected && el !== frame.scope) removeAndPrune(el, frame.scope);
  }
  const removed = removeBoilerplate(hits, frame.scope);

  // Readability reads only the article's container, so site chrome cannot win.
  if (frame.scope !== clone.body) clone.body.replaceChildren(frame.scope);
  const article = readArticle(clone) ?? frame.scope;
  for (const hit of findBoilerplate(readBlocks(article), rules)) {
    // Whatever slipped past the first pass (boilerplate inside an unusual container).
    if (!removed.some((r) => r.text === hit.text) && hit.text) removed.push({ kind: hit.kind, text: hit.text, rule: 'wording' });
    if (hit.el.isConnected) hit.el.remove();
  }
  tidyArticle(article, page.canonicalUrl);

  const clean = cleanTree(innermost(article));
  const html = clean.html.replace(/>\s+</g, '>\n<').trim();
  const content = { html, ...articleText(textBlocks(clean.root)) };

  const images: [string, string | null][] = [
    ['og:image', absoluteUrl(metaContent(clone, 'og:image', 'twitter:image'), url)],
    ['json-ld', absoluteUrl(ldImage(ld, ldArt), url)],
    ['top image', topImage],
    ['article image', absoluteUrl(leadImage(clean.root), url)],
  ];
  const [imageFrom, imageSrc] = images.find(([, src]) => src) ?? [null, null];
  const sources = { header: header.source, footer: sourceFooter, firstPublished: body.firstPublished, originallyPublished: body.originallyPublished };

  const record: ArticleRecord = {
    kind: 'article',
    url,
    canonicalUrl: page.canonicalUrl,
    postId: page.postId,
    site: page.site,
    lang: (clone.documentElement.getAttribute('lang') ?? page.profile.lang).split(/[-_]/)[0].toLowerCase() || page.profile.lang,
    title,
    subtitle: header.subtitle,
    authors,
    publishedAt,
    originalSource: originalSource(sources, publishedAt, rules.all.flatMap((s) => s.ownPublishers)),
    regions: tags.regions,
    themes: tags.themes,
    inDepthReports: tags.inDepthReports,
    tagUrls: tags.urls,
    copyright: copyright?.copyright ?? null,
    republication: republication?.republication ?? null,
    authorBio: aboutBio ?? body.bio?.text ?? null,
    featuredImage: imageSrc ? { src: imageSrc, credit: body.credit?.text ?? null } : null,
    notes: body.notes.map((n) => n.text),
    content,
    removed,
    capture: null,
    evidence: {},
  };
  record.evidence = gatherEvidence(record, {
    anchor: frame.anchor,
    titleFrom,
    authorsFrom: header.authors.length ? header.authorsFrom : null,
    dateFrom: header.publishedAt ? header.dateFrom : null,
    metaDate,
    ldDate,
    ldAuthors: ldAuthors(ld, ldArt).map((a) => a.name),
    sourceFrom: sourceClue(sources),
    bioFrom: aboutBio ? 'about the author' : body.bio ? 'in-body bio' : null,
    imageFrom,
    canonicalFrom: clone.querySelector('link[rel~="canonical"]') ? 'canonical link' : metaContent(clone, 'og:url') ? 'og:url' : 'url',
    langFrom: clone.documentElement.getAttribute('lang') ? 'html lang' : 'site',
  });
  return validateRecord(record);
}
