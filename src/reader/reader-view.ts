// The reader page for one record: a provenance header (dateline, title, byline, original
// source, the Global Research address, copyright), the clean article, and at the end the
// author, the editorial notes, the tags and the republication notice. Every record string is
// a text node; only the article's HTML, sanitised again (sanitize.ts), becomes elements.
// The article is in its own language; the page's own words (labels, headings) are in the
// UI's, each marked with its lang.
import type { ArticleRecord } from '../extract/record';
import { plainMailbox, webHref } from '../link-policy';
import { t, uiLang } from '../i18n';
import { el, joinNodes, link, type Child } from '../popup/dom';
import { formatCount } from '../popup/format';
import { time } from '../popup/parts';
import { notesBeyondSource } from '../popup/notes';
import { isOwnPublisher, siteName } from '../popup/site';
import { identityForHost } from '../extract/sites/identity';
import { sanitizeArticle } from './sanitize';

export function readerView(record: ArticleRecord, win: Window & typeof globalThis = window): HTMLElement {
  const body = el('div', { class: 'reader-body' });
  body.append(sanitizeArticle(record.content.html, win));
  holdImages(body);
  const credit = captionFeaturedImage(body, record);
  return el(
    'article',
    { class: 'reader', lang: record.lang },
    headerView(record),
    body,
    ...[bioView(record), notesView(record, credit), tagsView(record), noticeView(record)].filter((v): v is HTMLElement => v !== null),
  );
}

function headerView(r: ArticleRecord): HTMLElement {
  const authors = r.authors.map((a) => link(a.url, a.name, { class: 'author' }));
  return el(
    'header',
    { class: 'reader-head' },
    el('p', { class: 'dateline' }, siteName(r.site), r.publishedAt && ', ', r.publishedAt && time(r.publishedAt)),
    el('h1', {}, r.title),
    r.subtitle && el('p', { class: 'subtitle' }, r.subtitle),
    authors.length > 0 && el('p', { class: 'byline' }, el('span', { lang: uiLang() }, t('popup.by')), ' ', ...joinNodes(authors, t('popup.and'))),
    el('p', { class: 'stats', lang: uiLang() }, t('popup.stats', [formatCount(r.content.wordCount), formatCount(r.content.readingMinutes)])),
    provenanceView(r),
  );
}

/** Where the article comes from and whose it is: what an editor checks before republishing. */
function provenanceView(r: ArticleRecord): HTMLElement {
  const rows: [string, Child[]][] = [[t('popup.originalSource'), originalSource(r)]];
  rows.push([siteName(r.site), [link(r.canonicalUrl, displayUrl(r.canonicalUrl), { class: 'canonical' })]]);
  if (r.copyright) rows.push([t('reader.copyright'), [el('span', { lang: r.lang }, r.copyright.text)]]);
  return el(
    'aside',
    { class: 'provenance', 'aria-label': t('reader.provenance'), lang: uiLang() },
    el('dl', {}, ...rows.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, ...value)])),
  );
}

function originalSource(r: ArticleRecord): Child[] {
  const src = r.originalSource;
  if (!src) return [el('span', { class: 'muted' }, t('popup.notStated'))];
  const date: Child[] = src.date ? [', ', time(src.date)] : [];
  if (src.url === null && isOwnPublisher(src.publisher)) return [t('reader.firstPublishedByOwn', [src.publisher]), ...date];
  return [link(src.url, src.publisher, { class: 'source-name' }), ...date];
}

/** "www.globalresearch.ca/some-article/5479551": the address as a reader would quote it. */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}${u.search}`.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** An image address the reader may load: https, on one of the sites' own hosts. */
export function isSiteImage(src: string | null): boolean {
  const href = webHref(src);
  return href !== null && href.startsWith('https:') && identityForHost(new URL(href).hostname) !== null;
}

/**
 * No image is loaded until the user asks (an image is a request to its host, and a page's
 * images can be read receipts): each keeps its address in data-src and shows its alt text.
 * The toolbar's "Show images" (showSiteImages) then loads those on the sites' own https
 * hosts; others never load (the reader's CSP would refuse them anyway).
 */
function holdImages(body: HTMLElement): void {
  for (const img of Array.from(body.querySelectorAll('img[src]'))) {
    img.setAttribute('data-src', img.getAttribute('src')!);
    img.removeAttribute('src');
  }
}

/** Loads the held images on the sites' own https hosts under `root`; returns how many, and how many stay hidden. */
export function showSiteImages(root: ParentNode): { shown: number; hidden: number } {
  let shown = 0;
  let hidden = 0;
  for (const img of Array.from(root.querySelectorAll('.reader-body img[data-src]'))) {
    const src = img.getAttribute('data-src');
    if (isSiteImage(src)) {
      img.setAttribute('src', src!);
      img.removeAttribute('data-src');
      shown++;
    } else hidden++;
  }
  return { shown, hidden };
}

/**
 * The featured image's credit goes under the image when the article shows it; otherwise it
 * is returned, for the notes after the article.
 */
function captionFeaturedImage(body: HTMLElement, r: ArticleRecord): string | null {
  const credit = r.featuredImage?.credit ?? null;
  if (!credit) return null;
  const img = Array.from(body.querySelectorAll('img')).find((i) => i.getAttribute('src') === r.featuredImage!.src || i.getAttribute('data-src') === r.featuredImage!.src);
  const block = img?.closest('p, figure') ?? img;
  if (!block) return credit;
  block.after(el('p', { class: 'image-credit' }, credit));
  return null;
}

function bioView(r: ArticleRecord): HTMLElement | null {
  if (!r.authorBio) return null;
  return el('section', { class: 'bio' }, el('h2', { lang: uiLang() }, t('popup.aboutAuthor', r.authors.length)), el('p', {}, r.authorBio));
}

function notesView(r: ArticleRecord, credit: string | null): HTMLElement | null {
  const kept = notesBeyondSource(r);
  const notes = credit ? [...kept, credit] : kept;
  if (!notes.length) return null;
  return el('section', { class: 'notes', 'aria-label': t('popup.notes') }, ...notes.map((n) => el('p', {}, n)));
}

function tagsView(r: ArticleRecord): HTMLElement | null {
  const tags = [...r.regions, ...r.themes, ...r.inDepthReports];
  if (!tags.length) return null;
  return el('nav', { class: 'tags', 'aria-label': t('popup.tags') }, el('ul', {}, ...tags.map((tag) => el('li', {}, link(r.tagUrls?.[tag], tag)))));
}

/** The republication notice, with its contact, as the page gives it: the terms of any reuse. */
function noticeView(r: ArticleRecord): HTMLElement {
  const rep = r.republication;
  const contact = plainMailbox(rep?.contact);
  return el(
    'footer',
    { class: 'notice' },
    el('h2', { lang: uiLang() }, t('reader.republication')),
    r.copyright && el('p', { class: 'copyright' }, r.copyright.text),
    rep ? el('p', { class: 'notice-text' }, rep.notice) : el('p', { class: 'muted', lang: uiLang() }, t('reader.noNotice')),
    contact && el('p', { class: 'contact' }, link(`mailto:${contact}`, contact)),
    el('p', { class: 'source-link', lang: uiLang() }, link(r.canonicalUrl, t('reader.readItOn', [siteName(r.site)]))),
  );
}
