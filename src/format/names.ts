// Author names split into citation name parts. Honorifics ("Prof.", "Dr.", "Colonel (er)")
// and credentials ("PhD") are kept aside, never in the given or family name; an
// organisation ("Global Research News") is one literal name.

export interface PersonName {
  given?: string;
  family?: string;
  /** Lower-case particle kept with the family name: "van", "de la", "al-" (CSL non-dropping-particle). */
  particle?: string;
  /**
   * Particle written before a capitalised family name, dropped when the name is inverted:
   * "Jean-Baptiste de La Fontaine" → "La Fontaine, Jean-Baptiste de" (CSL dropping-particle).
   */
  droppingParticle?: string;
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
/** French particles that, after a second capitalised word, mark a compound family name: "Roger Martin du Gard". */
const FRENCH_PARTICLES = new Set(['du', 'des', "d'", 'd’']);
/** Capitalised articles that begin a French family name after "de": "de La Fontaine", "de La Rochefoucauld". */
const FAMILY_ARTICLES = new Set(['La', 'Le', 'Les', "L'", 'L’', 'Du', 'Des']);
/** "al-Sharif", "el-Sisi", "d'Estaing": a particle fused to the family name. */
const FUSED_PARTICLE = /^((?:al|el|ad|ash|as|at|az|ud|ul|d|l)[-'’])(\p{Lu}.*)$/u;
/**
 * Surnames common in Spanish and Portuguese and rare as given names: before the last word they
 * begin a two-part family name, "Gabriel García Márquez" → "García Márquez". Names also used as
 * given names (Santiago, Cruz, León, Santos…) are left out: when unsure, the last word alone is
 * the family name.
 */
const IBERIAN_SURNAMES = new Set(
  ('García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno ' +
    'Álvarez Muñoz Romero Gutiérrez Navarro Torres Domínguez Vázquez Ramos Ramírez Serrano Blanco Suárez Molina Morales ' +
    'Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Lozano Guerrero Cano Prieto ' +
    'Méndez Calvo Gallego Vidal Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Caballero Reyes Nieto ' +
    'Aguilar Herrero Montero Hidalgo Giménez Ibáñez Ferrer Durán Benítez Vargas Arias Carmona Crespo Soto Sáez Velasco ' +
    'Moya Soler Parra Bravo Gallardo Rojas Quintero Chávez Mendoza Guzmán Salazar Contreras Figueroa Espinoza Sandoval ' +
    'Silva Oliveira Souza Sousa Pereira Costa Ferreira Rodrigues Almeida Nascimento Lima Araújo Fernandes Carvalho Gomes ' +
    'Martins Rocha Ribeiro Alves Monteiro Mendes Barros Freitas Barbosa Pinto Moura Cavalcanti Cardoso Teixeira Correia ' +
    'Lopes Marques Vieira Soares Machado Nunes Azevedo Magalhães Guimarães')
    .split(' '),
);

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
  let end = givenTokens.length;
  while (end > 1 && PARTICLES.has(givenTokens[end - 1])) end--;
  const dropping = givenTokens.slice(end).join(' ');
  return {
    ...(end ? { given: givenTokens.slice(0, end).join(' ') } : {}),
    ...(dropping ? { droppingParticle: dropping } : {}),
    ...(particle ? { particle } : {}),
    family: familyTokens.slice(start).join(' '),
  };
}

/**
 * Given name first. The family name is the last word with the lower-case particles before it
 * ("Ludwig van der Berg"), the words after a particle ("Miguel de Cervantes Saavedra"), or two
 * words when the first is a Spanish or Portuguese surname ("Gabriel García Márquez"). A French
 * particle after a second capitalised word makes a compound family name ("Valéry Giscard
 * d'Estaing", "Roger Martin du Gard"); "de" before a capitalised article is a dropping
 * particle ("Jean-Baptiste de La Fontaine"). The given name is never cut.
 */
function splitDirect(tokens: string[]): PersonName {
  const n = tokens.length;
  if (n === 1) return { family: tokens[0] };
  const p = tokens.findIndex((t, i) => i > 0 && i < n - 1 && PARTICLES.has(t));
  if (p > 0) {
    let q = p;
    while (q < n - 1 && PARTICLES.has(tokens[q])) q++;
    const particle = tokens.slice(p, q).join(' ');
    const family = tokens.slice(q).join(' ');
    if (p >= 2 && FRENCH_PARTICLES.has(tokens[p])) return { given: tokens[0], family: tokens.slice(1).join(' ') };
    if (FAMILY_ARTICLES.has(tokens[q]) && q < n - 1) return { given: tokens.slice(0, p).join(' '), droppingParticle: particle, family };
    return { given: tokens.slice(0, p).join(' '), particle, family };
  }
  const fused = FUSED_PARTICLE.exec(tokens[n - 1]);
  if (fused) {
    if (n >= 3 && FRENCH_PARTICLES.has(fused[1])) return { given: tokens[0], family: tokens.slice(1).join(' ') };
    return { given: tokens.slice(0, -1).join(' '), particle: fused[1], family: fused[2] };
  }
  const from = n >= 3 && IBERIAN_SURNAMES.has(tokens[n - 2]) ? n - 2 : n - 1;
  return { given: tokens.slice(0, from).join(' '), family: tokens.slice(from).join(' ') };
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

/** "Nazemroaya, Mahdi Darius", "King, Martin Luther, Jr.", "La Fontaine, Jean-Baptiste de"; organisations as written. */
export function invertedName(n: PersonName): string {
  if (n.literal !== undefined) return n.literal;
  const given = [n.given, n.droppingParticle].filter(Boolean).join(' ');
  return [familyName(n), given, n.suffix].filter(Boolean).join(', ');
}

/** "Mahdi Darius Nazemroaya", "Martin Luther King Jr.", "Jean-Baptiste de La Fontaine" (no honorific). */
export function directName(n: PersonName): string {
  if (n.literal !== undefined) return n.literal;
  return [n.given, n.droppingParticle, familyName(n), n.suffix].filter(Boolean).join(' ');
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
