// The rights question, answered from the record: who holds the copyright, what the site's
// republication notice allows and on what terms, whom to write to for print or commercial
// use, and, for a cross-post, where and when the article first appeared (that publisher's
// own terms may differ). It restates what the page says, in the article's language; it
// never judges what is lawful. Pure: the popup, the tests and any other output share it.
//
//   rightsSummary(record, lang?) → { sentences: [terms, holder], holder, terms, contact, original }
import type { ArticleRecord } from '../extract/record';
import { formatMonthDayYear, formatSiteDate } from './calendar';
import { isCrossPost, joinNames, siteName } from './locale';

export type RightsLanguage = 'en' | 'fr';

/** What a notice asks of a cross-post, in the notice's own order of importance. */
export type TermCondition = 'unmodified' | 'source' | 'author' | 'copyright' | 'link';

export interface RepublicationTerms {
  /** The site whose notice it is: "Global Research", "Mondialisation.ca". */
  grantor: string;
  /** False when the notice has no sentence granting permission in words this module knows. */
  recognised: boolean;
  /** Where the notice allows cross-posting, when it says. */
  where: 'community' | 'alternative-media' | null;
  conditions: TermCondition[];
  /** The notice sends print or commercial use to a contact. */
  commercialNeedsContact: boolean;
}

export interface RightsSummary {
  lang: RightsLanguage;
  /** From the copyright line; null when the page has none. */
  holder: { names: string[]; publisher: string | null; year: number | null; text: string } | null;
  /** From the republication notice; null when the page has none. */
  terms: RepublicationTerms | null;
  /** The address the notice gives for print or commercial use. */
  contact: string | null;
  /** A cross-post's first publisher (null for the site's own articles). */
  original: { publisher: string; date: string | null; url: string | null } | null;
  /** Two short sentences: the terms (what an editor may do), then who holds the rights. */
  sentences: [string, string];
}

export interface RightsOptions {
  /**
   * The reader already sees where and when the article first appeared (the popup's "First
   * published by" row): the cross-post clause then names the publisher's terms only.
   */
  originalShown?: boolean;
}

export function rightsSummary(record: ArticleRecord, lang: string = record.lang, options: RightsOptions = {}): RightsSummary {
  const l: RightsLanguage = /^fr\b/i.test(lang) ? 'fr' : 'en';
  const { copyright, republication } = record;
  const holder = copyright ? { names: copyright.holders, publisher: copyright.publisher, year: copyright.year, text: copyright.text } : null;
  const terms = republication ? readTerms(republication.notice, siteName(record)) : null;
  const contact = republication?.contact ?? null;
  const source = record.originalSource;
  const original = source && isCrossPost(record) ? { publisher: source.publisher, date: source.date, url: source.url } : null;
  const w = WORDS[l];
  return {
    lang: l,
    holder,
    terms,
    contact,
    original,
    sentences: [w.terms(terms, contact), w.holder(holder, original && { ...original, date: w.date(original.date) }, options.originalShown === true)],
  };
}

// --- Reading the notice -------------------------------------------------------------------
// Each pattern is a plain alternation of words (linear time on any text).

const PERMISSION = /grants? permission|permission to (?:cross-?post|repost|republish)|accorde la permission|autorise la (?:reproduction|publication)/i;
const COMMUNITY = /community (?:internet |web ?)?sites?|sites? (?:internet |web )?communautaires?/i;
const ALTERNATIVE = /alternative media|médias alternatifs/i;
const COMMERCIAL = /\bprint\b|commercial|imprimée|papier|commerciaux/i;
const CONDITIONS: [TermCondition, RegExp][] = [
  ['unmodified', /not (?:be )?(?:modified|altered)|unmodified|sans (?:les )?modifi/i],
  ['source', /\bsources?\b/i],
  ['author', /\bthe author|l[’']auteur\b/i],
  ['copyright', /copyright|droits? d[’']auteur/i],
  ['link', /hyper-?link|hyperlien|\blink\b|\blien\b/i],
];

/** The notice's sentences: those that grant and set conditions, and the one for print or commercial use. */
export function readTerms(notice: string, grantor: string): RepublicationTerms {
  const sentences = notice.split(/(?<=[.!?])\s+/);
  const commercial = sentences.filter((s) => COMMERCIAL.test(s));
  const granting = sentences.filter((s) => !commercial.includes(s)).join(' ');
  const recognised = PERMISSION.test(granting);
  return {
    grantor,
    recognised,
    where: COMMUNITY.test(granting) ? 'community' : ALTERNATIVE.test(granting) ? 'alternative-media' : null,
    conditions: recognised ? CONDITIONS.filter(([, re]) => re.test(granting)).map(([c]) => c) : [],
    commercialNeedsContact: commercial.length > 0,
  };
}

// --- Writing it ---------------------------------------------------------------------------

interface Words {
  date(iso: string | null): string | null;
  terms(t: RepublicationTerms | null, contact: string | null): string;
  holder(h: RightsSummary['holder'], original: { publisher: string; date: string | null } | null, originalShown: boolean): string;
}

const list = (items: string[], and: string) => joinNames(items, and);

const WORDS: Record<RightsLanguage, Words> = {
  en: {
    date: (iso) => formatMonthDayYear(iso),
    terms(t, contact) {
      if (!t) return 'The page states no republication terms.';
      if (!t.recognised) return 'The page has a republication notice in words this summary does not know: read it in full.';
      const where = t.where === 'community' ? ' community sites' : t.where === 'alternative-media' ? ' alternative media sites' : ' sites';
      const kind = t.commercialNeedsContact ? ' non-commercial' : '';
      const has = (c: TermCondition) => t.conditions.includes(c);
      const parts: string[] = [];
      if (has('source')) parts.push('the source');
      if (has('copyright')) parts.push(has('author') ? 'the author’s copyright' : 'the copyright');
      else if (has('author')) parts.push('the author’s name');
      if (has('link')) parts.push(`a link to the ${t.grantor} article`);
      const how = has('unmodified') ? 'unmodified cross-posting' : 'cross-posting';
      const onWhat = t.where || kind ? ` on${kind}${where}` : '';
      const withWhat = parts.length ? ` with ${list(parts, 'and')}` : '';
      const commercial = t.commercialNeedsContact ? `; for print or commercial use, contact ${contact ?? t.grantor}` : '';
      return `${t.grantor}’s notice allows ${how}${onWhat}${withWhat}${commercial}.`;
    },
    holder(h, original, originalShown) {
      const who = !h
        ? 'The page states no copyright holder'
        : h.names.length
          ? `Copyright: ${list(h.names, 'and')}${paren([h.publisher, h.year])}`
          : h.publisher
            ? `Copyright: ${h.publisher}${paren([h.year])}`
            : `Copyright line: “${h.text}”`;
      const first = !original
        ? ''
        : originalShown
          ? `; ${original.publisher}’s own terms may differ`
          : `; first published by ${original.publisher}${original.date ? ` on ${original.date}` : ''}, whose own terms may differ`;
      return `${who}${first}.`;
    },
  },
  fr: {
    date: (iso) => formatSiteDate(iso, 'fr'),
    terms(t, contact) {
      if (!t) return 'La page n’indique aucune condition de reproduction.';
      if (!t.recognised) return 'La page a un avis de reproduction que ce résumé ne sait pas lire\u00a0: lisez-le en entier.';
      const kind = t.commercialNeedsContact ? ' non commerciaux' : '';
      const where =
        t.where === 'community' ? ` sur des sites communautaires${kind}` : t.where === 'alternative-media' ? ` sur des sites de médias alternatifs${kind}` : kind ? ` sur des sites${kind}` : '';
      const has = (c: TermCondition) => t.conditions.includes(c);
      const parts: string[] = [];
      if (has('source')) parts.push('la source');
      if (has('author')) parts.push('l’auteur');
      if (has('copyright')) parts.push('la mention du droit d’auteur');
      if (has('link')) parts.push(`un lien vers l’article de ${t.grantor}`);
      const how = has('unmodified') ? 'la reproduction sans modification' : 'la reproduction';
      const withWhat = parts.length ? `, avec ${list(parts, 'et')}` : '';
      const commercial = t.commercialNeedsContact ? `\u202f; pour une publication imprimée ou commerciale, écrire à ${contact ?? t.grantor}` : '';
      return `L’avis de ${t.grantor} autorise ${how}${where}${withWhat}${commercial}.`;
    },
    holder(h, original, originalShown) {
      const who = !h
        ? 'La page n’indique aucun titulaire des droits'
        : h.names.length
          ? `Droits d’auteur\u00a0: ${list(h.names, 'et')}${paren([h.publisher, h.year])}`
          : h.publisher
            ? `Droits d’auteur\u00a0: ${h.publisher}${paren([h.year])}`
            : `Ligne de droits d’auteur\u00a0: «\u00a0${h.text}\u00a0»`;
      const first = !original
        ? ''
        : originalShown
          ? `\u202f; les conditions de ${original.publisher} peuvent différer`
          : `\u202f; d’abord publié par ${original.publisher}${original.date ? ` le ${original.date}` : ''}, dont les conditions peuvent différer`;
      return `${who}${first}.`;
    },
  },
};

/** " (Publisher, 2024)", " (2024)", or "" when there is nothing to add. */
function paren(parts: (string | number | null | undefined)[]): string {
  const shown = parts.filter((p) => p != null && p !== '').join(', ');
  return shown ? ` (${shown})` : '';
}
