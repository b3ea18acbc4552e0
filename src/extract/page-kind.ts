// Is this page an article? Readability alone says yes to home pages and listings, so the
// address, the page's own metadata and its structure decide first.
import type { Frame } from './frame';
import type { PageUrl } from './page-url';

const LISTING_TYPES = /^(?:CollectionPage|ProfilePage|SearchResultsPage|ItemList|AboutPage|ContactPage)$/;

export const classifyPage = {
  /** Home, listing, author and site pages are known by their address. */
  byUrl(page: PageUrl): string | null {
    if (page.articleShaped) return null;
    return page.profile.listingPaths.find((l) => l.pattern.test(page.path))?.reason ?? null;
  },

  /** og:type "website" or a schema.org collection, unless the address is an article's. */
  byMeta(doc: Document, page: PageUrl, ldTypes: string[], hasLdArticle: boolean): string | null {
    if (page.articleShaped || hasLdArticle) return null;
    const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
    if (ldTypes.some((t) => LISTING_TYPES.test(t))) {
      return ldTypes.includes('ProfilePage') ? 'author page' : 'listing page';
    }
    if (ogType === 'website') return 'not an article (og:type website)';
    if (ogType === 'profile') return 'author page';
    return null;
  },

  /** No title heading or no body, or a page made of many teasers. */
  byStructure(doc: Document, page: PageUrl, frame: Frame): string | null {
    if (!frame.bodyStart) return 'no article body found';
    if (!page.articleShaped) {
      if (!frame.anchor) return 'no article title found';
      if (doc.querySelectorAll('article').length > 3) return 'listing page';
    }
    return null;
  },
};
