import { MONDIALISATION } from './identity';
import type { SiteProfile } from './types';
import { globalResearch } from './global-research';

// mondialisation.ca: the French sister site, same engine, its own words.
export const mondialisation: SiteProfile = {
  ...MONDIALISATION,
  titleSuffix: /\s+[-–—|]\s+Mondialisation(?:\.ca)?(?:\s+-\s+Centre de recherche sur la mondialisation)?\s*$/i,
  labels: {
    regions: ['Région', 'Régions', 'Region'],
    themes: ['Thème', 'Thèmes', 'Theme'],
    inDepthReports: ['Analyses', 'Analyse', 'Dossier', 'Dossiers'],
  },
  bylinePrefixes: ['Par'],
  originalSourcePrefixes: [/^La source originale de cet article est\s*/i],
  aboutAuthor: [/^À propos de l['’]auteur(?:e|s)?\s*:?/i, /^A propos de l['’]auteur/i],
  republicationStart: [/accorde la permission de (?:reproduire|republier|reprendre)/i],
  notes: [
    /^(?:Cet article a (?:été|d['’]abord été) )?(?:publié|paru) (?:initialement|originellement|originalement|à l['’]origine|pour la première fois|en anglais)\b/i,
    /^Article (?:publié|paru) (?:initialement|originellement|en anglais)\b/i,
    /^(?:Article )?(?:Traduit|Traduction)\b/i,
    /^(?:Article|Texte) original(?:e)? (?:en|publié)\b/i,
    /^Note de (?:l['’]éditeur|la rédaction)\b/i,
  ],
  firstPublished: [/^(?:Publié|Paru) (?:initialement|pour la première fois) (?:par|sur) Mondialisation(?:\.ca)?(?: le)?\s+(.*)$/i],
  imageCredit: [/^(?:Image|Photo|Illustration) (?:en vedette|à la une|de couverture)\b/i, /^(?:Source de l['’]image|Crédit photo)\s*:/i],
  boilerplate: [
    { kind: 'top-note', pattern: /peuvent être lus en \d+ langues/i, maxLength: 400 },
    { kind: 'top-note', pattern: /^Traduire (?:le|ce) site\b/i, maxLength: 400 },
    { kind: 'top-note', pattern: /^(?:Pour recevoir|Abonnez-vous à) (?:notre|la|le) (?:infolettre|bulletin|lettre)/i, maxLength: 300 },
    { kind: 'top-note', pattern: /^Suivez-nous sur\b/i, maxLength: 400 },
    { kind: 'share-prompt', pattern: /^Partager cet article\b/i, maxLength: 300 },
    { kind: 'donation', pattern: /^(?:Faites un don|Soutenez Mondialisation|Faire un don)\b/i, maxLength: 300 },
    { kind: 'membership', pattern: /Devenez membre de Mondialisation/i, maxLength: 300 },
    { kind: 'facebook', pattern: /sur notre page Facebook/i, maxLength: 300 },
    { kind: 'source-line', pattern: /^La source originale de cet article est\b/i, maxLength: 400 },
    { kind: 'disclaimer', pattern: /^Avis de non-responsabilité\s*:?/i },
    { kind: 'disclaimer', pattern: /n['’]engagent que (?:leur|le|la)/i, maxLength: 1500 },
    { kind: 'disclaimer', pattern: /accorde la permission de reproduire/i, maxLength: 1500 },
    { kind: 'fair-use', pattern: /contient du matériel protégé par le droit d['’]auteur/i },
    { kind: 'media-inquiries', pattern: /^Contact médias?\s*:/i, maxLength: 300 },
    { kind: 'author-box', pattern: /^Articles de\s*:/i, maxLength: 400 },
    { kind: 'other', pattern: /^L['’]adresse (?:url|URL) de cet article est\b/i, maxLength: 400 },
  ],
  listingPaths: globalResearch.listingPaths,
};
