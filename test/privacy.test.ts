// @vitest-environment jsdom
// Remote images (security review item 5): the reader loads none until the user asks, and
// then only from the sites' own https hosts; the exported HTML keeps its <img> elements but
// its CSP lets a browser load images only from those hosts, over https.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../src/extract/record';
import { DOCUMENT_CSP } from '../src/format/html-document';
import { readerView, showSiteImages } from '../src/reader/reader-view';

const IMAGES =
  '<p>Text of the article, long enough.</p><p><img src="https://www.globalresearch.ca/wp-content/uploads/a.jpg" alt="own"></p>' +
  '<p><img src="http://www.globalresearch.ca/wp-content/uploads/b.jpg" alt="own over http"><img src="https://tracker.example/pixel.gif" alt="elsewhere"></p>';

function record(): ArticleRecord {
  return {
    kind: 'article', url: 'https://www.globalresearch.ca/a/5000001', canonicalUrl: 'https://www.globalresearch.ca/a/5000001', postId: 5000001,
    site: 'globalresearch.ca', lang: 'en', title: 'T', subtitle: null, authors: [], publishedAt: null, originalSource: null,
    regions: [], themes: [], inDepthReports: [], tagUrls: {}, copyright: null, republication: null, authorBio: null, featuredImage: null, notes: [],
    content: { html: IMAGES, text: 'Text', wordCount: 1, readingMinutes: 1, excerpt: 'Text' }, removed: [], capture: null, evidence: {},
  } as ArticleRecord;
}

describe('the reader', () => {
  it('loads no image until asked, then only those on the sites’ own https hosts', () => {
    const view = readerView(record());
    const images = Array.from(view.querySelectorAll('img'));
    expect(images).toHaveLength(3);
    expect(images.filter((i) => i.hasAttribute('src'))).toEqual([]);
    expect(showSiteImages(view)).toEqual({ shown: 1, hidden: 2 });
    expect(images.map((i) => i.getAttribute('src'))).toEqual(['https://www.globalresearch.ca/wp-content/uploads/a.jpg', null, null]);
  });
});

describe('the exported HTML', () => {
  it('allows images over https from the sites’ own hosts only', () => {
    const imgSrc = /(?:^|; )img-src ([^;]*)/.exec(DOCUMENT_CSP)?.[1] ?? '';
    const sources = imgSrc.split(' ');
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s).toMatch(/^https:\/\/(?:www\.)?(?:globalresearch|mondialisation)\.ca$/);
    expect(DOCUMENT_CSP).toMatch(/default-src 'none'/);
  });
});
