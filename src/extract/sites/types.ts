import type { RemovedKind } from '../record';
import type { SiteIdentity } from './identity';

/** A boilerplate block recognised by its text. `maxLength` keeps a phrase quoted in a long paragraph from matching. */
export interface BoilerplateRule {
  kind: RemovedKind;
  pattern: RegExp;
  maxLength?: number;
}

/** What one site family prints, as data: the engine in ../ is generic. */
export interface SiteProfile extends SiteIdentity {
  /** Removed from the end of <title> / og:title. */
  titleSuffix: RegExp;
  labels: { regions: string[]; themes: string[]; inDepthReports: string[] };
  /** "By", "Par": the word that opens a byline. */
  bylinePrefixes: string[];
  /** "The original source of this article is …" */
  originalSourcePrefixes: RegExp[];
  /** Headings that open the author's bio block. */
  aboutAuthor: RegExp[];
  /** The sentence that grants permission to cross-post (start of the republication notice). */
  republicationStart: RegExp[];
  /** Editorial notes kept as metadata and removed from the body. */
  notes: RegExp[];
  /** "First published by Global Research on …": the date of a Global Research original. */
  firstPublished: RegExp[];
  /** Featured image credit lines. */
  imageCredit: RegExp[];
  boilerplate: BoilerplateRule[];
  /**
   * The vocabulary of the site's prompts and appeals, by kind (first match wins). A short block
   * in the top-notes or end-matter zone that uses it, and calls on the reader (`promptCall`) or
   * links to a promotional page, is boilerplate even when no wording rule knows it.
   */
  prompts: { kind: RemovedKind; words: RegExp }[];
  /** Words by which a prompt addresses the reader: imperatives, "our", "we". */
  promptCall: RegExp;
  /** The salutation that opens an appeal above the article ("Dear Readers,"): it goes with the appeal. */
  salutation: RegExp;
  /** An editor's preface above the article, by its words ("this timely article was written …"). */
  editorPreface: RegExp;
  /** Headings of the lists that follow an article: related, popular, more by the author. */
  relatedHeadings: RegExp;
  /** URL paths that are listings, never articles. */
  listingPaths: { pattern: RegExp; reason: string }[];
}
