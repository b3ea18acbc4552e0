// Renders an article model (markup-model.ts) as a whole page in one of several structurally
// different markups, with varied labels, header order, date style and links, and says what the
// record of that page must be. The markup-invariance suite extracts every rendering.
import { normalizeUrl } from '../../src/extract/page-url';
import { fillLine, linesFor, type ArticleModel, type BodyBlock, type Expected, type WordingLine } from './markup-model';

export const MARKUPS = ['classic-table', 'div-soup', 'html5', 'wp-block', 'print-view', 'saved-copy', 'microdata', 'dl-tags', 'br-block'] as const;
export type Markup = (typeof MARKUPS)[number];

export interface Variant {
  markup: Markup;
  /** Which label set (Region/Regions/REGION…). */
  labels: number;
  /** Which byline prefix and date style. */
  style: number;
  dateFirst: boolean;
  links: boolean;
  /** Top notes closed by a "***" line. */
  separator: boolean;
  /** The author's bio as the body's last italic paragraph rather than an "About the author" box. */
  bioInBody: boolean;
}

export interface Rendering {
  html: string;
  url: string;
  expected: Expected;
  /** The boilerplate lines put on the page: none may reach the article. */
  inserted: WordingLine[];
}

const LABELS = {
  en: [
    { regions: 'Region:', themes: 'Theme:', inDepthReports: 'In-depth Report:' },
    { regions: 'Regions:', themes: 'Themes:', inDepthReports: 'In-depth Reports:' },
    { regions: 'REGION:', themes: 'THEME:', inDepthReports: 'IN-DEPTH REPORT:' },
  ],
  fr: [
    { regions: 'Région :', themes: 'Thème :', inDepthReports: 'Analyses :' },
    { regions: 'Régions:', themes: 'Thèmes:', inDepthReports: 'Dossiers :' },
    { regions: 'RÉGION :', themes: 'THÈME :', inDepthReports: 'Analyses :' },
  ],
};
const BY = { en: ['By', 'by', 'By:'], fr: ['Par', 'par', 'Par :'] };
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function dateText(iso: string, lang: 'en' | 'fr', style: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[lang][m - 1];
  if (lang === 'fr') return [`${String(d).padStart(2, '0')} ${month} ${y}`, `${d} ${month} ${y}`, `le ${d} ${month} ${y}`][style % 3];
  return [`${month} ${String(d).padStart(2, '0')}, ${y}`, `${d} ${month} ${y}`, `${month.slice(0, 3)}. ${d}, ${y}`][style % 3];
}

/** The inline markup of each part of the page, shared by every markup. */
function parts(m: ArticleModel, v: Variant, slot: number, slots: number) {
  const r = m.record;
  const e = m.expected;
  const link = (href: string | null | undefined, text: string, rel = '') => (v.links && href ? `<a href="${esc(href)}"${rel}>${esc(text)}</a>` : esc(text));
  const authors = r.authors.map((a) => link(a.url, a.name, ' rel="author"'));
  const and = m.lang === 'fr' ? ' et ' : ' and ';
  const names = authors.length > 1 ? `${authors.slice(0, -1).join(', ')}${and}${authors[authors.length - 1]}` : (authors[0] ?? '');
  const by = authors.length ? `${BY[m.lang][v.style % 3]} ${names}` : null;
  const date = r.publishedAt ? dateText(r.publishedAt, m.lang, v.style) : null;
  const dateLine = date ? `${m.own}, ${date}` : null;
  const os = r.originalSource;
  const own = os && /^(?:Global Research|Mondialisation)/i.test(os.publisher);
  const publisherLine = os && !own && (os.date || (v.links && os.url)) ? `${link(os.url, os.publisher)}${os.date ? ` ${dateText(os.date, m.lang, 1)}` : ''}` : null;
  const labels = LABELS[m.lang][v.labels % 3];
  const tagUrl = (field: string, t: string) => `${m.host}/${field === 'regions' ? 'region' : field === 'themes' ? 'theme' : 'indepthreport'}/${slug(t)}`;
  const tags = (['regions', 'themes', 'inDepthReports'] as const)
    .filter((f) => r[f].length)
    .map((f) => ({ field: f, label: labels[f], values: r[f].map((t) => link(tagUrl(f, t), t)) }));
  const sourceFooter = os ? `${m.lang === 'fr' ? 'La source originale de cet article est' : 'The original source of this article is'} ${link(own ? null : os.url, os.publisher)}` : null;
  const about = m.lang === 'fr' ? 'À propos de l’auteur :' : 'About the author:';
  const articlesBy = `${m.lang === 'fr' ? 'Articles de :' : 'Articles by:'} ${names}`;
  const disclaimer = r.republication
    ? `${m.lang === 'fr' ? 'Avis de non-responsabilité : Les opinions exprimées dans cet article n’engagent que leur(s) auteur(s).' : 'Disclaimer: The contents of this article are of sole responsibility of the author(s). The Centre for Research on Globalization will not be responsible for any inaccurate or incorrect statement in this article.'} ${esc(r.republication.notice)}`
    : null;
  const fairUse =
    m.lang === 'fr'
      ? 'Mondialisation.ca contient du matériel protégé par le droit d’auteur, dont l’utilisation n’a pas toujours été expressément autorisée par le détenteur de ces droits.'
      : 'www.globalresearch.ca contains copyrighted material the use of which has not always been specifically authorized by the copyright owner. We are making such material available to our readers under the provisions of "fair use".';
  const media = r.republication?.contact ? `${m.lang === 'fr' ? 'Contact média :' : 'For media inquiries:'} ${esc(r.republication.contact)}` : null;
  const related = {
    heading: m.lang === 'fr' ? 'Articles connexes' : 'Related Articles',
    items: [1, 2, 3].map((i) => ({
      title: `${m.lang === 'fr' ? 'Un autre regard sur la question' : 'Another Look at the Question'}, ${['Part One', 'Part Two', 'Part Three'][i - 1]}`,
      by: `${BY[m.lang][0]} ${r.authors[0]?.name ?? m.own}, ${dateText('2019-06-1' + i, m.lang, 0)}`,
      excerpt: m.lang === 'fr' ? 'Un résumé de quelques lignes, comme le site en met sous chaque titre de la liste.' : 'A summary of a few lines, as the site prints under each title of the list.',
      href: `${m.host}/another-look-${i}/56000${i}`,
    })),
  };
  // The real boilerplate lines, dealt out over the fixtures by `slot`.
  const lines = linesFor(m.lang, slot, slots).filter((w) => !(w.text.includes('{publisher}') && !os));
  const top = lines.filter((w) => w.place === 'top' && w.text !== '***');
  const end = lines.filter((w) => w.place === 'end');
  const headerLines = lines.filter((w) => w.place === 'header');
  const bioText = e.authorBio === undefined ? r.authorBio : (e.authorBio as string | null);
  const bioInBody = v.bioInBody && !!bioText && !bioText.includes('\n') && r.authors.some((a) => bioText.startsWith(a.name));
  return {
    r,
    title: esc(r.title),
    dek: r.subtitle ? esc(r.subtitle) : null,
    by,
    dateLine,
    date,
    publisherLine,
    tags,
    image: r.featuredImage?.src ?? null,
    credit: r.featuredImage?.credit ? esc(r.featuredImage.credit) : null,
    top: top.map((w) => ({ w, html: esc(fillLine(w, m)) })),
    end: end.map((w) => ({ w, html: esc(fillLine(w, m)) })),
    headerLines: headerLines.map((w) => ({ w, html: esc(fillLine(w, m)) })),
    separator: v.separator,
    notesTop: m.notesTop.map(esc),
    notesEnd: m.notesEnd.map(esc),
    bio: bioText ? esc(bioText) : null,
    bioInBody,
    sourceFooter,
    copyright: r.copyright ? esc(r.copyright.text) : null,
    about,
    articlesBy,
    disclaimer,
    fairUse,
    media,
    related,
    inserted: [...top, ...end, ...headerLines, ...(v.separator ? lines.filter((w) => w.text === '***') : [])],
  };
}

type Parts = ReturnType<typeof parts>;

function head(m: ArticleModel, p: Parts, meta: boolean): string {
  const tags = meta
    ? `<link rel="canonical" href="${esc(m.record.canonicalUrl)}">
<meta property="og:title" content="${p.title}">
${p.image ? `<meta property="og:image" content="${esc(p.image)}">` : ''}
<meta property="og:type" content="article">`
    : '';
  return `<!DOCTYPE html><html lang="${m.lang}"><head><meta charset="utf-8"><title>${p.title} ${m.lang === 'fr' ? '| Mondialisation' : '- Global Research'}</title>${tags}</head>`;
}

const siteChrome = (m: ArticleModel) =>
  `<div class="nav"><a href="${m.host}/">Home</a> | <a href="${m.host}/about">About</a> | <a href="${m.host}/donate">Donate</a> | <a href="${m.host}/membership">Membership</a> | <a href="${m.host}/newsletter">Newsletter</a></div>`;

/** A body block in markup that keeps its kind (p, h2, ul, blockquote, figure…). */
const block = (b: BodyBlock) => `<${b.tag}>${b.html}</${b.tag}>`;

/** The end lines that go before the source line, after the fair-use notice, and after the related list. */
function endSplit(p: Parts) {
  const before = p.end.filter((_, i) => i % 3 === 0).map((x) => x.html);
  const after = p.end.filter((_, i) => i % 3 === 1).map((x) => x.html);
  const closing = p.end.filter((_, i) => i % 3 === 2).map((x) => x.html);
  return { before, after, closing };
}

/** The page, in order, as a list of [role, inline html] lines, for markups that set every line alike. */
function lineList(p: Parts & { bodyBlocks: BodyBlock[] }, v: Variant, body: (b: BodyBlock) => string[]) {
  const headerOrder = v.dateFirst ? [p.dateLine, p.by] : [p.by, p.dateLine];
  const { before, after, closing } = endSplit(p);
  return {
    header: [...headerOrder, p.publisherLine, ...p.headerLines.map((h) => h.html)].filter((x): x is string => !!x),
    top: [...p.top.map((t) => `<em>${t.html}</em>`), ...(p.separator ? ['***'] : [])],
    body: [
      ...p.notesTop.map((n) => `<em>${n}</em>`),
      ...p.bodyBlocks.flatMap(body),
      ...p.notesEnd.map((n) => `<em>${n}</em>`),
      ...(p.bioInBody ? [`<em>${p.bio}</em>`] : []),
      ...(p.credit ? [p.credit] : []),
    ],
    end: [
      ...before,
      p.sourceFooter,
      p.copyright,
      `<a href="${p.r.site === 'mondialisation.ca' ? 'https://www.facebook.com/mondialisation' : 'https://www.facebook.com/GlobalResearchCRG'}"><strong>${p.r.lang === 'fr' ? 'Commentez les articles de Mondialisation.ca sur notre page Facebook' : 'Comment on Global Research Articles on our Facebook page'}</strong></a>`,
      p.articlesBy,
      ...(p.bio && !p.bioInBody ? [`<strong>${p.about}</strong> ${p.bio.replace(/\n\n/g, ' ')}`] : []),
      p.disclaimer,
      p.fairUse,
      p.media,
      ...after,
    ].filter((x): x is string => !!x),
    closing,
  };
}

// ---- the markups -----------------------------------------------------------------------------

const RENDER: Record<Markup, (m: ArticleModel, p: Parts & { bodyBlocks: BodyBlock[] }, v: Variant) => string> = {
  // The 2000s site: one table cell, lines separated by <br>, the title in a styled span.
  'classic-table': (m, p, v) => {
    const L = lineList(p, v, (b) => (/^h\d$/.test(b.tag) ? [`<b>${b.html}</b>`] : b.tag === 'p' ? [b.html] : [`\u0000${block(b)}`]));
    const br = (xs: string[]) => xs.map((x) => (x.startsWith('\u0000') ? x.slice(1) : `${x}<br><br>\n`)).join('');
    const tagLines = p.tags.map((t) => `${t.label} ${t.values.join(', ')}<br>`).join('\n');
    return `${head(m, p, true)}<body><table width="100%" cellpadding="0"><tr><td colspan="2">${siteChrome(m)}</td></tr>
<tr><td width="20%" valign="top"><a href="${m.host}/region/usa">USA</a><br><a href="${m.host}/theme/global-economy">Global Economy</a></td>
<td valign="top" class="a12"><span class="titre"><font size="4"><b>${p.title}</b></font></span><br>
${p.dek ? `<i>${p.dek}</i><br>` : ''}
${L.header.map((h) => `${h}<br>`).join('\n')}
${tagLines}<br>
${p.image ? `<img src="${esc(p.image)}" width="400"><br><br>` : ''}
${br(L.top)}${br(L.body)}${br(L.end)}
<b>${p.related.heading}</b><br>${p.related.items.map((i) => `<a href="${i.href}">${i.title}</a><br>${i.by}<br>`).join('')}<br>
${br(L.closing)}
</td></tr></table></body></html>`;
  },

  // Divs all the way down, with classes that mean nothing.
  'div-soup': (m, p, v) => {
    const d = (x: string, c = 'q7') => `<div class="${c}">${x}</div>`;
    const L = lineList(p, v, (b) => [b.tag === 'p' ? d(b.html, 'x3 k9') : block(b)]);
    return `${head(m, p, true)}<body>${d(siteChrome(m), 'z1')}<div class="w0"><div class="w1">
${d(`<span class="zz">${p.title}</span>`, 'h-x')}${p.dek ? d(p.dek, 'y2') : ''}
${L.header.map((h) => d(h, 'm4')).join('')}
${p.tags.map((t) => d(`${t.label} ${t.values.join(', ')}`, 'tg')).join('')}
${p.image ? d(`<img src="${esc(p.image)}">`, 'im') : ''}
${L.top.map((x) => d(x, 'n5')).join('')}
<div class="b8">${L.body.map((x) => (x.startsWith('<') && /^<(h\d|ul|ol|blockquote|figure|table|pre|div)/.test(x) ? x : d(x, 'x3 k9'))).join('\n')}</div>
${L.end.map((x) => d(x, 'f6')).join('')}
${d(`${d(p.related.heading, 'rh')}${p.related.items.map((i) => d(`${d(`<a href="${i.href}">${i.title}</a>`)}${d(i.by)}${d(i.excerpt)}`, 'ri')).join('')}`, 'rl')}
${L.closing.map((x) => d(x, 'c0')).join('')}
</div></div></body></html>`;
  },

  // HTML5 sectioning: article, header, time, footer.
  html5: (m, p, v) => {
    const L = lineList(p, v, (b) => [block(b)]);
    const time = p.r.publishedAt ? `<time datetime="${p.r.publishedAt}">${p.dateLine}</time>` : '';
    const headerLines = L.header.map((h) => (h === p.dateLine ? `<p>${time}</p>` : `<p>${h}</p>`));
    return `${head(m, p, true)}<body><header class="site">${siteChrome(m)}</header><main><article>
<header><h1>${p.title}</h1>${p.dek ? `<p class="lede">${p.dek}</p>` : ''}${headerLines.join('\n')}
${p.tags.map((t) => `<p>${t.label} ${t.values.join(', ')}</p>`).join('')}</header>
${p.image ? `<figure><img src="${esc(p.image)}" alt=""></figure>` : ''}
<section class="notes">${L.top.map((x) => `<p>${x}</p>`).join('')}</section>
<section class="text">${L.body.map((x) => (/^<(h\d|ul|ol|blockquote|figure|table|pre|p)\b/.test(x) ? x : `<p>${x}</p>`)).join('\n')}</section>
<footer>${L.end.map((x) => `<p>${x}</p>`).join('')}</footer></article>
<aside><h2>${p.related.heading}</h2><ul>${p.related.items.map((i) => `<li><a href="${i.href}">${i.title}</a><p>${i.by}</p></li>`).join('')}</ul></aside>
${L.closing.map((x) => `<p>${x}</p>`).join('')}</main></body></html>`;
  },

  // A WordPress block theme: terms as lists in a <nav> after a label, <time datetime>, the byline
  // in <address>, a related-posts grid inside the article.
  'wp-block': (m, p, v) => {
    const L = lineList(p, v, (b) => [block(b)]);
    const time = p.r.publishedAt ? `<div class="wp-block-post-date"><time datetime="${p.r.publishedAt}T08:00:00+00:00">${p.date}</time></div>` : '';
    const byline = p.by ? `<address class="wp-block-post-author">${p.by}</address>` : '';
    const headerBlocks = v.dateFirst ? [time, byline] : [byline, time];
    const terms = p.tags
      .map((t) => `<div class="wp-block-post-terms taxonomy-${t.field}"><span class="wp-block-post-terms__prefix">${t.label} </span><nav><ul>${t.values.map((x) => `<li>${x}</li>`).join('')}</ul></nav></div>`)
      .join('\n');
    return `${head(m, p, true)}<body><header class="wp-block-template-part">${siteChrome(m)}</header><main class="wp-block-group"><article class="wp-block-post">
<h1 class="wp-block-post-title">${p.title}</h1>${p.dek ? `<p class="has-medium-font-size">${p.dek}</p>` : ''}
${headerBlocks.join('\n')}${p.publisherLine ? `<p class="has-small-font-size">${p.publisherLine}</p>` : ''}${p.headerLines.map((h) => `<p>${h.html}</p>`).join('')}
${terms}
${p.image ? `<figure class="wp-block-post-featured-image"><img src="${esc(p.image)}" alt=""></figure>` : ''}
<div class="entry-content wp-block-post-content">${L.top.map((x) => `<p>${x}</p>`).join('')}
${L.body.map((x) => (/^<(h\d|ul|ol|blockquote|figure|table|pre|p)\b/.test(x) ? x : `<p>${x}</p>`)).join('\n')}
${L.end.map((x) => `<p>${x}</p>`).join('')}</div>
<div class="wp-block-query"><h2 class="wp-block-heading">${p.related.heading}</h2><ul class="wp-block-post-template">${p.related.items
      .map((i) => `<li class="wp-block-post"><h3><a href="${i.href}">${i.title}</a></h3><div class="wp-block-post-date">${i.by}</div><p>${i.excerpt}</p></li>`)
      .join('')}</ul></div>
${L.closing.map((x) => `<p>${x}</p>`).join('')}</article></main></body></html>`;
  },

  // The site's print view: the title, then nothing but plain paragraphs.
  'print-view': (m, p, v) => {
    const L = lineList(p, v, (b) =>
      b.tag === 'p' || /^h\d$/.test(b.tag) ? [b.html] : b.tag === 'ul' || b.tag === 'ol' ? listItems(b) : b.tag === 'blockquote' ? quoteParas(b) : [block(b)],
    );
    const para = (x: string) => (/^<(figure|table|pre)\b/.test(x) ? x : `<p>${x}</p>`);
    return `${head(m, p, true)}<body><h1>${p.title}</h1>${p.dek ? `<p>${p.dek}</p>` : ''}
${L.header.map(para).join('\n')}
${p.tags.map((t) => para(`${t.label} ${t.values.join(', ')}`)).join('')}
${p.image ? `<p><img src="${esc(p.image)}"></p>` : ''}
${[...L.top, ...L.body, ...L.end, ...L.closing].map(para).join('\n')}
</body></html>`;
  },

  // A saved copy: no scripts, no meta tags, no canonical link, no structured data.
  'saved-copy': (m, p, v) => {
    const L = lineList(p, v, (b) => [block(b)]);
    return `${head(m, p, false)}<body><div id="page">${siteChrome(m)}<div id="content"><div class="post">
<h1>${p.title}</h1>${p.dek ? `<h2>${p.dek}</h2>` : ''}
${L.header.map((h) => `<p>${h}</p>`).join('\n')}
${p.tags.map((t) => `<p>${t.label} ${t.values.join(', ')}</p>`).join('')}
<div class="entry">${p.image ? `<p><img src="${esc(p.image)}"></p>` : ''}
${L.top.map((x) => `<p>${x}</p>`).join('')}
${L.body.map((x) => (/^<(h\d|ul|ol|blockquote|figure|table|pre|p)\b/.test(x) ? x : `<p>${x}</p>`)).join('\n')}
${L.end.map((x) => `<p>${x}</p>`).join('')}</div>
<div class="related"><h3>${p.related.heading}</h3><ul>${p.related.items.map((i) => `<li><a href="${i.href}">${i.title}</a></li>`).join('')}</ul></div>
${L.closing.map((x) => `<p>${x}</p>`).join('')}
</div></div></div></body></html>`;
  },

  // schema.org microdata, and no "By" or "Global Research," words in the header.
  microdata: (m, p, v) => {
    const L = lineList(p, v, (b) => [block(b)]);
    const authors = p.r.authors
      .map(
        (a) =>
          `<span itemprop="author" itemscope itemtype="https://schema.org/Person">${
            v.links && a.url ? `<a itemprop="url" href="${esc(a.url)}"><span itemprop="name">${esc(a.name)}</span></a>` : `<span itemprop="name">${esc(a.name)}</span>`
          }</span>`,
      )
      .join(', ');
    const date = p.r.publishedAt ? `<span itemprop="datePublished" content="${p.r.publishedAt}">${p.date}</span>` : '';
    return `${head(m, p, true)}<body>${siteChrome(m)}<div class="page"><div itemscope itemtype="https://schema.org/NewsArticle" class="art">
<h2 itemprop="headline">${p.title}</h2>${p.dek ? `<div itemprop="alternativeHeadline">${p.dek}</div>` : ''}
<div class="meta">${v.dateFirst ? `${date} · ${authors}` : `${authors} · ${date}`}</div>
${p.publisherLine ? `<div>${p.publisherLine}</div>` : ''}${p.headerLines.map((h) => `<div>${h.html}</div>`).join('')}
${p.tags.map((t) => `<div>${t.label} ${t.values.join(', ')}</div>`).join('')}
${p.image ? `<img itemprop="image" src="${esc(p.image)}">` : ''}
<div itemprop="articleBody">${L.top.map((x) => `<p>${x}</p>`).join('')}
${L.body.map((x) => (/^<(h\d|ul|ol|blockquote|figure|table|pre|p)\b/.test(x) ? x : `<p>${x}</p>`)).join('\n')}</div>
<div class="end">${L.end.map((x) => `<p>${x}</p>`).join('')}</div></div>
<div class="rel"><h3>${p.related.heading}</h3>${p.related.items.map((i) => `<p><a href="${i.href}">${i.title}</a></p>`).join('')}</div>
${L.closing.map((x) => `<p>${x}</p>`).join('')}</div></body></html>`;
  },

  // Tags as a definition list (labels without colons).
  'dl-tags': (m, p, v) => {
    const L = lineList(p, v, (b) => [block(b)]);
    const dl = `<dl class="terms">${p.tags.map((t) => `<dt>${t.label.replace(/\s*:$/, '')}</dt><dd>${t.values.join(', ')}</dd>`).join('')}</dl>`;
    return `${head(m, p, true)}<body>${siteChrome(m)}<div class="col"><h1>${p.title}</h1>${p.dek ? `<p class="standfirst">${p.dek}</p>` : ''}
${L.header.map((h) => `<p>${h}</p>`).join('\n')}
${dl}
${p.image ? `<p><img src="${esc(p.image)}"></p>` : ''}
${L.top.map((x) => `<p>${x}</p>`).join('')}
${L.body.map((x) => (/^<(h\d|ul|ol|blockquote|figure|table|pre|p)\b/.test(x) ? x : `<p>${x}</p>`)).join('\n')}
${L.end.map((x) => `<p>${x}</p>`).join('')}
<h3>${p.related.heading}</h3><ul>${p.related.items.map((i) => `<li><a href="${i.href}">${i.title}</a> ${i.by}</li>`).join('')}</ul>
${L.closing.map((x) => `<p>${x}</p>`).join('')}</div></body></html>`;
  },

  // The byline, date line, publisher line and tags in one block, separated by <br>.
  'br-block': (m, p, v) => {
    const L = lineList(p, v, (b) => [block(b)]);
    const meta = [...L.header, ...p.tags.map((t) => `${t.label} ${t.values.join(', ')}`)].join('<br>\n');
    return `${head(m, p, true)}<body>${siteChrome(m)}<div class="main"><h1>${p.title}</h1>${p.dek ? `<h3>${p.dek}</h3>` : ''}
<p class="meta">${meta}</p>
${p.image ? `<p><img src="${esc(p.image)}"></p>` : ''}
${L.top.map((x) => `<p>${x}</p>`).join('')}
${L.body.map((x) => (/^<(h\d|ul|ol|blockquote|figure|table|pre|p)\b/.test(x) ? x : `<p>${x}</p>`)).join('\n')}
${L.end.map((x) => `<p>${x}</p>`).join('')}
<div class="rel"><p><b>${p.related.heading}</b></p>${p.related.items.map((i) => `<p><a href="${i.href}">${i.title}</a><br>${i.by}</p>`).join('')}</div>
${L.closing.map((x) => `<p>${x}</p>`).join('')}</div></body></html>`;
  },
};

function listItems(b: BodyBlock): string[] {
  return Array.from(b.html.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)).map((x) => x[1]);
}
function quoteParas(b: BodyBlock): string[] {
  const ps = Array.from(b.html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)).map((x) => x[1]);
  return ps.length ? ps : [b.html];
}

/**
 * The page of `m` in variant `v`, and the record it must give. The real boilerplate lines of the
 * page's language are dealt out over `slots` pages; this page takes those of number `slot`.
 */
export function render(m: ArticleModel, v: Variant, slot: number, slots: number): Rendering {
  const p = { ...parts(m, v, slot, slots), bodyBlocks: m.body };
  const html = RENDER[v.markup](m, p, v);
  const expected: Expected = JSON.parse(JSON.stringify(m.expected));
  // With no canonical link, the address is the page's own (SPEC.md).
  if (v.markup === 'saved-copy' && 'canonicalUrl' in expected) expected.canonicalUrl = normalizeUrl(m.url);
  if (!v.links) {
    if (Array.isArray(expected.authors)) expected.authors = (expected.authors as { name: string }[]).map((a) => ({ ...a, url: null }));
    if (expected.originalSource && typeof expected.originalSource === 'object') expected.originalSource = { ...(expected.originalSource as object), url: null };
  }
  return { html, url: m.url, expected, inserted: p.inserted };
}

/** The variants of fixture number `i`: every markup, the other choices turning with the numbers. */
export function variantsFor(i: number): Variant[] {
  return MARKUPS.map((markup, k) => ({
    markup,
    labels: (i + k) % 3,
    style: (i * 2 + k) % 3,
    dateFirst: (i + k) % 2 === 1,
    links: (i + k) % 4 !== 3,
    separator: (i + k) % 3 !== 2,
    bioInBody: (i + k) % 2 === 0,
  }));
}
