import { describe, expect, it } from 'vitest';
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
