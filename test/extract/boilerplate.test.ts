import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { parseHtml } from '../../src/cli/dom';
import { classifyBlock } from '../../src/extract/boilerplate';
import { rulesFor, SITES } from '../../src/extract/sites';
import { page } from '../helpers/fixtures';

const en = rulesFor(SITES[0]);
const fr = rulesFor(SITES[1]);
const kindOf = (html: string, rules = en) => {
  const el = page(html).body.firstElementChild!;
  return classifyBlock(el, (el.textContent ?? '').replace(/\s+/g, ' ').trim(), rules);
};

describe('boilerplate blocks', () => {
  it.each([
    ['<p>***</p>', 'top-note'],
    ['<p>* * *</p>', 'top-note'],
    ['<p><em>All Global Research articles can be read in 27 languages by activating the “Translate Website” drop down menu.</em></p>', 'top-note'],
    ['<p><em>To receive Global Research’s Daily Newsletter (selected articles), <a href="/newsletter-signup">click here</a>.</em></p>', 'top-note'],
    ['<p>Visit and follow us on Instagram at @globalresearch_crg.</p>', 'top-note'],
    ['<p><strong>Note to readers: please click on the share buttons below.</strong></p>', 'share-prompt'],
    ['<p><a href="/donate"><strong>Global Research Fundraising: Independent Analysis Has No Corporate Sponsor</strong></a></p>', 'donation'],
    ['<p><a href="https://www.globalresearch.ca/donate">Our readers keep us going</a></p>', 'donation'],
    ['<p><a href="/members"><strong>Become a Member of Global Research</strong></a></p>', 'membership'],
    ['<p>Comment on Global Research Articles on our Facebook page</p>', 'facebook'],
    ['<p>The original source of this article is Global Research</p>', 'source-line'],
    ['<p>Copyright © Jane Roe, Global Research, 2020</p>', 'copyright'],
    ['<p><strong>Disclaimer:</strong> The contents of this article are of sole responsibility of the author(s).</p>', 'disclaimer'],
    ['<p>www.globalresearch.ca contains copyrighted material the use of which has not always been specifically authorized.</p>', 'fair-use'],
    ['<p>For media inquiries: publications@globalresearch.ca</p>', 'media-inquiries'],
    ['<p>Articles by: <a href="/author/x">X</a></p>', 'author-box'],
    ['<p>The url address of this article is: www.globalresearch.ca/index.php?context=va&amp;aid=1</p>', 'other'],
  ])('%s → %s', (html, kind) => {
    expect(kindOf(html)).toBe(kind);
  });

  it.each([
    ['<p>Partager cet article : Facebook Twitter</p>', 'share-prompt'],
    ['<p><a href="/devenez-membre">Devenez membre de Mondialisation.ca</a></p>', 'membership'],
    ['<p>Commentez les articles de Mondialisation.ca sur notre page Facebook</p>', 'facebook'],
    ['<p>La source originale de cet article est Mondialisation.ca</p>', 'source-line'],
    ['<p>Contact média : media@mondialisation.ca</p>', 'media-inquiries'],
    ['<p>Articles de : Claire</p>', 'author-box'],
  ])('French: %s → %s', (html, kind) => {
    expect(kindOf(html, fr)).toBe(kind);
  });

  it.each([
    '<p>The farmers said they would continue to press for a clear, statutory guarantee of the right to save seed.</p>',
    '<p>Readers of the Daily Newsletter of a rival outlet were told a different story, which we quote at length here because it matters to the argument that follows, and because it shows how the claim travelled from one outlet to another over a week, picking up certainty at every step along the way, until by the Friday it was reported as settled fact by outlets that had never checked it.</p>',
    '<p>Copyright law is not the problem, 2015 was.</p>',
    '<p>See <a href="/donate">our appeal</a> and the three reports we published on the subject last year about food aid.</p>',
  ])('leaves article text alone: %s', (html) => {
    expect(kindOf(html)).toBeNull();
  });
});

// "Dear Readers," opens the appeal above a 2018 Selected Articles post (globalresearch.ca/news/page/453):
// it goes with the appeal, and stays where the article itself opens with it.
describe('a salutation above the article', () => {
  const BODY = [
    'When the first national seed bank opened in the highlands in 1987, its founders promised that no variety collected from a farmer would ever be patented by anyone else.',
    'Three decades later that promise is being tested. A review of licensing records shows that at least forty varieties held in the vault have been used as breeding stock.',
    'The companies involved say they followed the rules of the international treaty, which allows access for research and breeding as long as benefits are shared.',
  ];
  const url = 'https://www.globalresearch.ca/selected-articles-seed-vaults/5656000';
  const read = (top: string[]) => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Seed Vaults - Global Research</title></head><body><div class="main">
<h1>Seed Vaults</h1><p class="byline">By <a href="/author/x">Global Research News</a></p><p>Global Research, October 12, 2018</p>
${[...top, ...BODY].map((t) => `<p>${t}</p>`).join('\n')}</div></body></html>`;
    const r = extract(parseHtml(html, url), url);
    if (r.kind !== 'article') throw new Error(r.reason);
    return r;
  };

  it('goes with the appeal it opens', () => {
    const r = read(['Dear Readers,', 'More than ever, Global Research needs your support. We are facing a mounting monthly budget deficit. We thank the readers who have donated to Global Research.']);
    expect(r.content.text).not.toContain('Dear Readers');
    expect(r.removed.find((x) => x.text === 'Dear Readers,')).toMatchObject({ kind: 'donation', rule: 'place' });
    expect(r.content.text).toContain(BODY[0]);
  });

  it('stays when the article itself follows it', () => {
    const r = read(['Dear Readers,']);
    expect(r.content.text).toContain('Dear Readers,');
    expect(r.removed.some((x) => x.text.includes('Dear Readers'))).toBe(false);
  });
});
