// Author names split into citation name parts. Honorifics ("Prof.", "Dr.", "Colonel (er)")
// and credentials ("PhD") are kept aside, never in the given or family name; an
// organisation ("Global Research News") is one literal name.

export interface PersonName {
  given?: string;
  family?: string;
  /** Lower-case particle kept with the family name: "van", "de la", "al-" (CSL non-dropping-particle). */
  particle?: string;
  /** Generational suffix: "Jr.", "III". */
  suffix?: string;
  /** An organisation, written as is. */
  literal?: string;
  /** Honorifics and credentials, for display only: no citation format writes them. */
  honorific?: string;
}

const HONORIFICS = new Set(
  ('prof professor dr doctor mr mrs ms mme mlle pr dre sir dame rev reverend fr father sen senator hon ' +
    'gen general col colonel maj capt captain lt lieutenant cmdr commander admiral amb ambassador sheikh imam rabbi mgr')
    .split(' '),
);
const CREDENTIALS = /^(?:Ph\.?\s?D|M\.?D|M\.?A|M\.?Sc|B\.?A|MBA|LL\.?B|LL\.?M|DDS|RN|FRCP|OBE|MBE|CBE)\.?$/;
const SUFFIXES = /^(?:[JS]r\.?|II|III|IV|fils|père)$/;
/** Words that make a byline an organisation rather than a person. */
const ORGANISATION_WORDS = new Set(
  ('news research institute foundation centre center agency staff editors editorial team network committee ' +
    'council coalition association university ministry collective project corporation company inc ltd llc ' +
    'rédaction comité collectif fondation institut observatoire agence mondialisation globalresearch')
    .split(' '),
);
const PARTICLES = new Set('van von vom de del della der den di da du des la le dos das do ter ten bin ibn ben al el'.split(' '));
/** "al-Sharif", "el-Sisi", "d'Estaing": a particle fused to the family name. */
const FUSED_PARTICLE = /^((?:al|el|ad|ash|as|at|az|ud|ul|d|l)[-'’])(\p{Lu}.*)$/u;

const bare = (token: string) => token.replace(/(?<![.,])[.,]+$/, '').toLowerCase();

export function isOrganisation(name: string): boolean {
  const clean = name.trim();
  const words = clean.split(/\s+/);
  if (words.length > 1 && /^the$/i.test(words[0])) return true; // "The Civic Ledger"
  if (/\.[a-z]{2,}$/i.test(clean) || /[&@]/.test(clean)) return true; // "Mondialisation.ca"
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(clean)) return true; // "CRG"
  return words.some((w) => ORGANISATION_WORDS.has(bare(w)));
}

/** Takes leading honorifics off the tokens: "Colonel (er) Bernard Vallet" → "Colonel (er)". */
function takeHonorifics(tokens: string[]): string[] {
  const taken: string[] = [];
  while (tokens.length > 1 && HONORIFICS.has(bare(tokens[0]))) {
    taken.push(tokens.shift()!);
    while (tokens.length > 1 && /^\(.*\)$/.test(tokens[0])) taken.push(tokens.shift()!);
  }
  return taken;
}

/** Takes trailing credentials and a generational suffix off, with or without a comma before them. */
function takeTrailing(tokens: string[]): { credentials: string[]; suffix?: string } {
  const credentials: string[] = [];
  let suffix: string | undefined;
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1].replace(/,$/, '');
    if (CREDENTIALS.test(last)) credentials.unshift(last);
    else if (!suffix && SUFFIXES.test(last)) suffix = last;
    else break;
    tokens.pop();
  }
  tokens[tokens.length - 1] = tokens[tokens.length - 1].replace(/,$/, '');
  return { credentials, suffix };
}

/** Family name first: "Nazemroaya, Mahdi Darius", "van Gogh, Vincent". */
function splitInverted(familyTokens: string[], givenTokens: string[]): PersonName {
  let start = 0;
  while (start < familyTokens.length - 1 && PARTICLES.has(familyTokens[start])) start++;
  const particle = familyTokens.slice(0, start).join(' ');
  return {
    ...(givenTokens.length ? { given: givenTokens.join(' ') } : {}),
    ...(particle ? { particle } : {}),
    family: familyTokens.slice(start).join(' '),
  };
}

/** Given name first: the last word is the family name, with the particles just before it. */
function splitDirect(tokens: string[]): PersonName {
  if (tokens.length === 1) return { family: tokens[0] };
  let start = tokens.length - 1;
  while (start > 1 && PARTICLES.has(tokens[start - 1])) start--;
  let particle = tokens.slice(start, -1).join(' ');
  let family = tokens[tokens.length - 1];
  const fused = particle ? null : FUSED_PARTICLE.exec(family);
  if (fused) [particle, family] = [fused[1], fused[2]];
  return { given: tokens.slice(0, start).join(' '), ...(particle ? { particle } : {}), family };
}

export function splitName(name: string): PersonName {
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!clean || isOrganisation(clean)) return { literal: clean };
  const tokens = clean.split(' ');
  const honorifics = takeHonorifics(tokens);
  const { credentials, suffix } = takeTrailing(tokens);
  const honorific = [...honorifics, ...credentials].join(' ');
  const comma = tokens.findIndex((t) => t.endsWith(','));
  const parts =
    comma >= 0
      ? splitInverted(tokens.slice(0, comma + 1).map((t) => t.replace(/,$/, '')), tokens.slice(comma + 1))
      : splitDirect(tokens);
  return { ...parts, ...(suffix ? { suffix } : {}), ...(honorific ? { honorific } : {}) };
}

/** "van Gogh", "al-Sharif", "Nazemroaya": the family name as written in a reference. */
export function familyName(n: PersonName): string {
  if (n.literal !== undefined) return n.literal;
  if (!n.particle) return n.family ?? '';
  return /[-'’]$/.test(n.particle) ? `${n.particle}${n.family}` : `${n.particle} ${n.family}`;
}

/** "Nazemroaya, Mahdi Darius", "King, Martin Luther, Jr."; organisations as written. */
export function invertedName(n: PersonName): string {
  if (n.literal !== undefined) return n.literal;
  return [familyName(n), n.given, n.suffix].filter(Boolean).join(', ');
}

/** "Mahdi Darius Nazemroaya", "Martin Luther King Jr." (no honorific). */
export function directName(n: PersonName): string {
  if (n.literal !== undefined) return n.literal;
  return [n.given, familyName(n), n.suffix].filter(Boolean).join(' ');
}

/** "Mahdi Darius" → "M. D.", "Jean-Paul" → "J.-P." (APA). */
export function givenInitials(given: string | undefined): string {
  if (!given) return '';
  return given
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => (part ? `${[...part.normalize('NFC')][0]}.` : part))
        .join('-'),
    )
    .join(' ');
}
