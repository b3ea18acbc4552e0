// The rules on markups unlike the fixtures': old table layouts, labels sharing one block,
// bylines without links, publisher lines in their own block, notes and bios in the body.
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';
import { articlePage, paragraphs, type Parts } from '../helpers/synthetic';

const URL = 'https://www.globalresearch.ca/seed-patents-small-farmer/5000123';

function run(parts: Parts, url = URL): ArticleRecord {
  const r = extract(parseHtml(articlePage(parts), url), url);
  if (r.kind !== 'article') throw new Error(`not an article: ${r.reason}`);
  return r;
}

describe('bylines', () => {
  it('reads three linked authors with honorifics, in page order', () => {
    const r = run({
      header: `<h1>Seed Patents and the Small Farmer</h1>
        <div>By <a href="/author/michel-chossudovsky">Prof Michel Chossudovsky</a>, <a href="/author/anna-lee">Dr. Anna Lee</a> and <a href="/author/h-penwick">Col. (ret.) Harold Penwick</a></div>
        <div>Global Research, October 02, 2015</div>`,
    });
    expect(r.authors).toEqual([
      { name: 'Prof Michel Chossudovsky', url: 'https://www.globalresearch.ca/author/michel-chossudovsky' },
      { name: 'Dr. Anna Lee', url: 'https://www.globalresearch.ca/author/anna-lee' },
      { name: 'Col. (ret.) Harold Penwick', url: 'https://www.globalresearch.ca/author/h-penwick' },
    ]);
    expect(r.publishedAt).toBe('2015-10-02');
  });

  it('splits an unlinked byline on commas and "and", and stops at the date line', () => {
    const r = run({
      header: `<h1>Seed Patents and the Small Farmer</h1><p>by Jane Roe, John Doe and Prof. Ann Smith, Global Research, July 21, 2009</p>`,
    });
    expect(r.authors.map((a) => a.name)).toEqual(['Jane Roe', 'John Doe', 'Prof. Ann Smith']);
    expect(r.authors.every((a) => a.url === null)).toBe(true);
    expect(r.publishedAt).toBe('2009-07-21');
  });

  it('reads a date line without the site name', () => {
    const r = run({ header: `<h1>Seed Patents and the Small Farmer</h1><p>By <a href="/author/jane-roe">Jane Roe</a></p><p class="meta">Published: 2 October 2015</p>` });
    expect(r.publishedAt).toBe('2015-10-02');
    expect(r.content.text).not.toContain('Published: 2 October 2015');
  });

  it.each([
    ['Global Research October 02, 2015', '2015-10-02', 'https://www.globalresearch.ca/seed/5000001'],
    ['www.globalresearch.ca 4 July 2004', '2004-07-04', 'https://www.globalresearch.ca/seed/5000001'],
    ['Posted on October 2, 2015', '2015-10-02', 'https://www.globalresearch.ca/seed/5000001'],
    ['Mondialisation.ca 2 octobre 2015', '2015-10-02', 'https://www.mondialisation.ca/brevets/5000001'],
    ['Publié le 2 octobre 2015', '2015-10-02', 'https://www.mondialisation.ca/brevets/5000001'],
  ])('reads "%s" as the date line, never as a cross-post’s publisher line', (line, date, url) => {
    const r = run({ header: `<h1>Seed Patents and the Small Farmer</h1><p>By <a href="/author/jane-roe">Jane Roe</a></p><p>${line}</p>` }, url);
    expect(r.publishedAt).toBe(date);
    expect(r.originalSource).toBeNull();
    expect(r.content.text).not.toContain(line);
  });

  it('never takes a byline from the news list before the title', () => {
    const r = run({ header: `<h1>Seed Patents and the Small Farmer</h1><p>Global Research, July 21, 2009</p>` });
    expect(r.authors.map((a) => a.name)).not.toContain('Someone Else');
  });

  it('finds a title set in a styled span (old table layout)', () => {
    const r = run({
      header: `<span class="ptitle"><b>Seed Patents and the Small Farmer</b></span><br>
        <span>by <a href="/author/jane-roe">Jane Roe</a></span><br><span>Global Research, July 21, 2009</span>`,
    });
    expect(r.title).toBe('Seed Patents and the Small Farmer');
    expect(r.authors).toEqual([{ name: 'Jane Roe', url: 'https://www.globalresearch.ca/author/jane-roe' }]);
    expect(r.publishedAt).toBe('2009-07-21');
    expect(r.content.text).not.toContain('Jane Roe');
  });
});

describe('publisher line and original source', () => {
  it('reads a linked publisher line in its own block', () => {
    const r = run({
      header: `<h1>Seed Patents and the Small Farmer</h1><p>By <a href="/author/jane-roe">Jane Roe</a></p>
        <p>Global Research, March 3, 2021</p><p><a href="https://example.org/original">Example Review</a> 1 March 2021</p>`,
      footer: '<p>The original source of this article is <a href="https://example.org/original">Example Review</a></p>',
    });
    expect(r.originalSource).toEqual({ publisher: 'Example Review', date: '2021-03-01', url: 'https://example.org/original' });
    expect(r.content.text).not.toContain('Example Review 1 March 2021');
    expect(r.removed.map((x) => x.kind)).toContain('source-line');
  });

  it('a Global Research original takes its date from "First published by Global Research on …"', () => {
    const r = run({
      header: `<h1>Seed Patents and the Small Farmer</h1><p>Global Research, March 3, 2021</p>`,
      body: `<p><em>First published by Global Research on June 5, 2019</em></p>${paragraphs(5)}`,
    });
    expect(r.originalSource).toEqual({ publisher: 'Global Research', date: '2019-06-05', url: null });
    expect(r.notes).toEqual(['First published by Global Research on June 5, 2019']);
  });

  it('takes a bare "© A, Publisher, 2020" line out of the body, in page order', () => {
    const r = run({
      header: `<h1>Seed Patents and the Small Farmer</h1><p>Global Research, March 3, 2021</p>`,
      body: `${paragraphs(5)}<p>© Jane Roe and John Doe, Example Review, 2021</p><p>The original source of this article is Example Review</p>`,
    });
    expect(r.copyright).toMatchObject({ holders: ['Jane Roe', 'John Doe'], publisher: 'Example Review', year: 2021 });
    expect(r.content.text).not.toContain('© Jane Roe');
    expect(r.removed.map((x) => x.kind)).toEqual(['copyright', 'source-line']);
  });

  it('is null when the page says nothing', () => {
    expect(run({ header: `<h1>Seed Patents and the Small Farmer</h1><p>Global Research, March 3, 2021</p>` }).originalSource).toBeNull();
  });
});

describe('tags', () => {
  it('reads every label from one block and ignores tag links in the body', () => {
    const r = run({
      header: `<h1>Seed Patents and the Small Farmer</h1><p>Global Research, March 3, 2021</p>
        <div><b>Region:</b> <a href="/region/asia">Asia</a>, <a href="/region/europe">Europe</a><br><b>Theme:</b> <a href="/theme/gmo">Biotechnology and GMO</a><br>In-depth Report: <a href="/indepthreport/x">FOOD CRISIS</a></div>`,
      body: `${paragraphs(3)}<p>See <a href="/theme/law">Law and Justice</a> and <a href="/region/usa">USA</a> for more on this and related matters of the day.</p>${paragraphs(2)}`,
    });
    expect(r.regions).toEqual(['Asia', 'Europe']);
    expect(r.themes).toEqual(['Biotechnology and GMO']);
    expect(r.inDepthReports).toEqual(['FOOD CRISIS']);
    expect(r.tagUrls).toEqual({
      Asia: 'https://www.globalresearch.ca/region/asia',
      Europe: 'https://www.globalresearch.ca/region/europe',
      'Biotechnology and GMO': 'https://www.globalresearch.ca/theme/gmo',
      'FOOD CRISIS': 'https://www.globalresearch.ca/indepthreport/x',
    });
    expect(r.content.text).not.toContain('Region:');
    expect(r.content.text).toContain('See Law and Justice and USA');
  });

  it('reads unlinked tags as text', () => {
    const r = run({ header: `<h1>Seed Patents and the Small Farmer</h1><p>Region: Canada, Latin America &amp; Caribbean</p>` });
    expect(r.regions).toEqual(['Canada', 'Latin America & Caribbean']);
  });
});

describe('body notes, top notes and bios', () => {
  const header = `<h1>Seed Patents and the Small Farmer</h1><p>By <a href="/author/jane-roe">Jane Roe</a></p><p>Global Research, March 3, 2021</p>`;

  it('removes top notes and the *** separator, logging each', () => {
    const r = run({
      header,
      body: `<p><em>All Global Research articles can be read in 51 languages by activating the Translate Website button.</em></p>
        <p><em>Note to readers: Please click the share button above. Feel free to repost and share widely Global Research articles.</em></p>
        <p align="center">* * *</p>${paragraphs(5)}`,
    });
    expect(r.removed.slice(0, 3).map((x) => x.kind)).toEqual(['top-note', 'top-note', 'top-note']);
    expect(r.removed[2].text).toBe('* * *');
    expect(r.content.text).not.toMatch(/51 languages|share button|\*/);
  });

  it('keeps an asterisk inside a sentence', () => {
    const r = run({ header, body: `${paragraphs(3)}<p>The figure* was revised twice during the negotiations with the importers, which surprised everyone.</p>` });
    expect(r.content.text).toContain('The figure* was revised');
  });

  it('takes the in-body bio and the image credit out of the body', () => {
    const r = run({
      header,
      body: `${paragraphs(5)}<p><em>Featured image is from Wikimedia Commons</em></p>
        <p><strong>Jane Roe</strong> is a writer and researcher based in Montreal who covers agriculture.</p>`,
    });
    expect(r.authorBio).toBe('Jane Roe is a writer and researcher based in Montreal who covers agriculture.');
    expect(r.featuredImage).toBeNull(); // no og:image and no image opening the article
    expect(r.content.text).not.toContain('Jane Roe');
    expect(r.content.text).not.toContain('Featured image');
  });

  it('does not take a body paragraph that merely starts with the author\'s name', () => {
    const r = run({ header, body: `${paragraphs(2)}<p>Jane Roe is quoted here in the middle of the story and it is not a bio at all, nor bold.</p>${paragraphs(3)}` });
    expect(r.authorBio).toBeNull();
    expect(r.content.text).toContain('Jane Roe is quoted here');
  });

  it('turns hand-indented paragraphs into quotations', () => {
    const r = run({ header, body: `${paragraphs(3)}<p style="padding-left: 40px;">“A quoted passage that the site indents by hand rather than marking as a quotation.”</p>${paragraphs(2)}` });
    expect(r.content.html).toMatch(/<blockquote>\s*<p>“A quoted passage/);
  });
});

describe('the pre-2012 site (table layout, <br> text, index.php addresses)', () => {
  const legacy = `<!DOCTYPE html><html><head><title>The Globalization of Poverty - by Michel Chossudovsky</title></head><body>
  <table><tr><td class="nav"><a href="index.php?context=home">Home</a></td><td class="main">
  <span class="titles">The Globalization of Poverty</span><br>
  <span class="byline">by <a href="index.php?context=listByAuthor&amp;authFirst=Michel&amp;authLast=Chossudovsky">Michel Chossudovsky</a></span><br>
  <span class="date">Global Research, March 12, 2006</span><br>
  <span class="small">Email this article | Print this article</span><br><br>
  ${'The structural adjustment programmes imposed on indebted countries have led to the impoverishment of hundreds of millions of people, to the collapse of public services and to the dismantling of domestic industry. '.repeat(3)}<br><br>
  ${'In the words of one finance minister, the conditions attached to the loans were not negotiable, and the consequences for the rural population were not considered at all by the lenders. '.repeat(3)}<br><br>
  © Copyright Michel Chossudovsky, Global Research, 2006<br>
  The url address of this article is: www.globalresearch.ca/index.php?context=va&amp;aid=2099<br>
  </td></tr></table>
  <p>Disclaimer: The views expressed in this article are the sole responsibility of the author. The CRG grants permission to cross-post original Global Research articles on community internet sites as long as the text &amp; title are not modified. For publication contact: crgeditor@yahoo.com</p>
  </body></html>`;
  const url = 'https://www.globalresearch.ca/index.php?context=va&aid=2099';

  it('reads title, author, date and the notice, and keeps the <br> text as the body', () => {
    const r = extract(parseHtml(legacy, url), url);
    if (r.kind !== 'article') throw new Error(r.reason);
    expect(r.postId).toBe(2099);
    expect(r.title).toBe('The Globalization of Poverty');
    expect(r.authors).toEqual([
      { name: 'Michel Chossudovsky', url: 'https://www.globalresearch.ca/index.php?context=listByAuthor&authFirst=Michel&authLast=Chossudovsky' },
    ]);
    expect(r.publishedAt).toBe('2006-03-12');
    expect(r.republication?.contact).toBe('crgeditor@yahoo.com');
    expect(r.content.text).toContain('The structural adjustment programmes');
    expect(r.content.text).toContain('the consequences for the rural population');
    expect(r.content.text).not.toContain('Global Research, March 12, 2006');
    expect(r.content.text).not.toContain('Michel Chossudovsky');
  });
});
