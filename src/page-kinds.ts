// The site pages the core names in a not-article reason ("home page", …), as UI words: the
// popup and the toolbar button's title say what the page is; any other reason is a detail.
import type { MessageKey } from './i18n';

export const PAGE_KINDS: Readonly<Record<string, MessageKey>> = {
  'home page': 'state.homePage',
  'listing page': 'state.listingPage',
  'author page': 'state.authorPage',
  'site page': 'state.sitePage',
};
