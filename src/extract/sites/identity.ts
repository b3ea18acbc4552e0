// Who each site is: its hosts, its language and the names it publishes under. Kept apart
// from the extraction rules (the profiles spread it in) so the popup and the formats can
// know the sites without loading every rule.
export interface SiteIdentity {
  /** Host without "www.": the record's `site`. */
  site: string;
  hosts: string[];
  lang: string;
  /** Names the site publishes under; a source line naming one of these marks an original. */
  ownPublishers: string[];
}

export const GLOBAL_RESEARCH: SiteIdentity = {
  site: 'globalresearch.ca',
  hosts: ['globalresearch.ca', 'www.globalresearch.ca'],
  lang: 'en',
  ownPublishers: ['Global Research', 'GlobalResearch.ca', 'Global Research News', 'Centre for Research on Globalization'],
};

export const MONDIALISATION: SiteIdentity = {
  site: 'mondialisation.ca',
  hosts: ['mondialisation.ca', 'www.mondialisation.ca'],
  lang: 'fr',
  ownPublishers: ['Mondialisation.ca', 'Mondialisation', 'Centre de recherche sur la mondialisation'],
};

export const SITE_IDENTITIES: readonly SiteIdentity[] = [GLOBAL_RESEARCH, MONDIALISATION];

/** The site of a host name, or null for a site the extension does not know. */
export function identityForHost(host: string): SiteIdentity | null {
  const h = host.toLowerCase();
  return SITE_IDENTITIES.find((s) => s.hosts.includes(h)) ?? null;
}
