import { globalResearch } from './global-research';
import { mondialisation } from './mondialisation';
import type { RemovedKind } from '../record';
import type { BoilerplateRule, SiteProfile } from './types';

export type { BoilerplateRule, SiteProfile } from './types';

export const SITES: readonly SiteProfile[] = [globalResearch, mondialisation];

/** The profile for a host name, or null for a site the extension does not know. */
export function siteForHost(host: string): SiteProfile | null {
  const h = host.toLowerCase();
  return SITES.find((s) => s.hosts.includes(h)) ?? null;
}

/**
 * The text rules applied to a page: the page's own site first, then the sister site's,
 * because translated articles carry notes and labels of both languages.
 */
export interface Rules {
  profile: SiteProfile;
  all: readonly SiteProfile[];
  boilerplate: BoilerplateRule[];
  /** Matches whatever any boilerplate rule matches (and more): a quick first test. */
  anyBoilerplate: RegExp;
  /** Classification by text, for this page: the same block is met before and after Readability. */
  classified: Map<string, { loose: RemovedKind | null; strict: RemovedKind | null }>;
  /** The prompt vocabulary of the page's own site (the words of one language: "don" is not a French gift in English). */
  prompts: { kind: RemovedKind; words: RegExp }[];
  /** The page's own site's reader-addressing words. */
  promptCall: RegExp;
  /** Any profile's related-list headings. */
  relatedHeadings: RegExp;
  /** The name of either site as publisher ("Global Research", "Mondialisation.ca"). */
  ownName: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (res: RegExp[]) => new RegExp(res.map((r) => `(?:${r.source})`).join('|'), 'i');

interface Compiled {
  anyBoilerplate: RegExp;
  promptCall: RegExp;
  relatedHeadings: RegExp;
  ownName: RegExp;
}

const COMPILED = new Map<SiteProfile, Compiled>();

export function rulesFor(profile: SiteProfile): Rules {
  const all = [profile, ...SITES.filter((s) => s !== profile)];
  const boilerplate = all.flatMap((s) => s.boilerplate);
  let compiled = COMPILED.get(profile);
  if (!compiled) {
    compiled = {
      anyBoilerplate: anyOf(boilerplate.map((r) => r.pattern)),
      promptCall: profile.promptCall,
      relatedHeadings: anyOf(all.map((s) => s.relatedHeadings)),
      ownName: new RegExp(`\\b(?:${all.flatMap((s) => s.ownPublishers).map(escape).join('|')})\\b`, 'i'),
    };
    COMPILED.set(profile, compiled);
  }
  return { profile, all, boilerplate, classified: new Map(), prompts: profile.prompts, ...compiled };
}

/** The union of one list-valued field over all profiles (own site first). */
type ListKey = { [K in keyof SiteProfile]: SiteProfile[K] extends unknown[] ? K : never }[keyof SiteProfile];

export function collect<K extends ListKey>(rules: Rules, key: K): SiteProfile[K] {
  return rules.all.flatMap((s) => s[key] as unknown[]) as SiteProfile[K];
}
