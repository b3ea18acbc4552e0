// Title casing per style, for English titles (other languages keep their own rules: a French
// title is already in sentence case and stays as published).
//
//   headlineCase(title)            MLA, Chicago: "Russia and Iran Are Coordinating in Syria"
//   sentenceCase(title, bodyText)  APA: "Russia and Iran are coordinating in Syria"
//   protectedWords(title, bodyText) BibTeX: the words to brace so no style re-cases them
//
// Headline case follows citeproc-js and the CSL stop-word list: a word written in lower case
// is capitalised unless it is a stop word (articles, conjunctions, prepositions), and the
// first word, the last and the word after a colon are always capitalised. A word the title
// already capitalises is left as written, stop word or not: "Wake Up" or "Look Down" use a
// preposition as an adverb, which a word list cannot tell.
//
// Sentence case has to decide which capitalised words are proper nouns, and no rule can know
// that for sure. When unsure it keeps the published casing: a capitalised word is lowered
// only when it is a stop word or a common function word, when the article's own text uses it
// (or another form of it) in lower case mid-sentence and never capitalised mid-sentence
// ("Coordinating" → "coordinating", "Iran", "NATO", "World Bank" stay), or, for a word the
// article never uses, when it is an adverb no name can be ("-ously", "-ically"). Any
// other capitalised word is kept: a proper noun lowered by mistake is worse than a common noun
// left capitalised. Editors should read an APA title before using it.

/** CSL's stop words (citeproc-js CSL.SKIP_WORDS, single words). */
const STOP_WORDS = new Set(
  ('about above across afore after against al along alongside amid amidst among amongst anenst apropos apud around as aside ' +
    'astride at athwart atop barring before behind below beneath beside besides between beyond but by circa despite down during ' +
    'et except for forenenst from given in inside into lest like modulo near next notwithstanding of off on onto out over per plus ' +
    'pro qua sans since than through throughout thruout till to toward towards under underneath until unto up upon versus vs. v. vs ' +
    'v via vis-à-vis with within without or yet so and nor a an the de d von van c ca')
    .split(' '),
);

/** Words that are never proper nouns in English, lowered in sentence case whatever the body says. */
const COMMON_WORDS = new Set(
  ('is are was were be been being am do does did has have had will would shall should can could may might must not no yes ' +
    'it its this that these those there here what which who whom whose why how when where if then than as all any some every ' +
    'each more most less least many much few new old own other such only also just very how our your their his her my we you they')
    .split(' '),
);

/** A run of letters, digits, apostrophes or periods inside a word ("Canada’s", "U.S."). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.]*/gu;

const isLower = (w: string) => w === w.toLowerCase() && w !== w.toUpperCase();
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** The bare word: trailing periods and possessive "’s" off, for list look-ups. */
function bareWord(w: string): string {
  let bare = w.replace(/['’]s$/i, '');
  while (bare.endsWith('.')) bare = bare.slice(0, -1);
  return bare;
}

interface Token {
  word: string;
  start: number;
  first: boolean;
  last: boolean;
  /** Follows ":", "?" or "!" (a subtitle or a second sentence). */
  afterBreak: boolean;
}

function tokens(title: string): Token[] {
  const list: Token[] = [];
  let previousEnd = 0;
  for (const m of title.matchAll(WORD)) {
    const between = title.slice(previousEnd, m.index);
    // An apostrophe-led fragment ("’s" split off by a quote) continues the previous word.
    list.push({ word: m[0], start: m.index!, first: list.length === 0, last: false, afterBreak: /[:?!]/.test(between) });
    previousEnd = m.index! + m[0].length;
  }
  if (list.length) list[list.length - 1].last = true;
  return list;
}

function rebuild(title: string, list: Token[], replace: (t: Token, i: number) => string): string {
  let out = '';
  let at = 0;
  for (const [i, t] of list.entries()) {
    out += title.slice(at, t.start) + replace(t, i);
    at = t.start + t.word.length;
  }
  return out + title.slice(at);
}

/** A stop word as CSL counts them; a word of one letter never is capitalised mid-title ("’s", "d’"). */
const isStopWord = (w: string) => STOP_WORDS.has(w.toLowerCase()) || STOP_WORDS.has(bareWord(w).toLowerCase());

export function headlineCase(title: string): string {
  return rebuild(title, tokens(title), (t) => {
    if (!isLower(t.word)) return t.word;
    // A word right after a letter and an apostrophe is the tail of an elision: "l’État".
    if (/\p{L}['’]$/u.test(title.slice(0, t.start))) return t.word;
    if (t.first || t.afterBreak || (t.last && t.word.length > 1)) return capitalise(t.word);
    if (t.word.length > 1 && !isStopWord(t.word)) return capitalise(t.word);
    return t.word;
  });
}

/**
 * A rough English stem, so that the body's "coordinated" speaks for the title's "Coordinating":
 * inflection endings off when at least four letters remain, and a final "e".
 */
function stem(word: string): string {
  const w = word.toLowerCase();
  const cut = /^(.{4,}?)(?:ings?|ed|es|s|ers?|ly)$/u.exec(w)?.[1] ?? w;
  return cut.length > 4 ? cut.replace(/e$/, '') : cut;
}

/** How a word is written mid-sentence in the article, by stem: lower-case and capitalised counts. */
export function midSentenceUsage(text: string): Map<string, { lower: number; capital: number }> {
  const usage = new Map<string, { lower: number; capital: number }>();
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)) {
    // Sentence starts (after . ? ! : ; a quote or a new block) say nothing about a word's casing;
    // looking back over the spaces before each word keeps the whole walk linear.
    let i = (m.index ?? 0) - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
    if (i < 0 || '.?!:;"“«\n\r'.includes(text[i])) continue;
    const word = bareWord(m[0]);
    const key = stem(word);
    let entry = usage.get(key);
    if (!entry) usage.set(key, (entry = { lower: 0, capital: 0 }));
    if (isLower(word)) entry.lower++;
    else if (word.charAt(0) !== word.charAt(0).toLowerCase()) entry.capital++;
  }
  return usage;
}

/**
 * Endings of English adverbs that no name has ("Deliberately", "Historically"): such a word is
 * lowered even when the body does not use it. Noun endings are not enough: "-tion", "-ment"
 * and "-ity" end many names of institutions (United Nations, European Parliament, Palestinian
 * Authority), and -ed or -ing end personal and place names (Ahmed, Beijing).
 */
const COMMON_ENDINGS = /(?:ously|ably|ibly|fully|ically|ingly|edly)$/;

/** A capitalised title word that is safe to lower: a plain capital ("Coordinating", not "NATO" or "McDonald"). */
const plainCapital = (w: string) => /^\p{Lu}[\p{Ll}\p{M}'’]*$/u.test(w);

function lowerable(word: string, usage: Map<string, { lower: number; capital: number }>): boolean {
  const bare = bareWord(word);
  if (!plainCapital(bare)) return false;
  const key = bare.toLowerCase();
  if (STOP_WORDS.has(key) || COMMON_WORDS.has(key)) return true;
  const seen = usage.get(stem(key));
  if (seen) return seen.lower > 0 && seen.capital === 0;
  return COMMON_ENDINGS.test(key);
}

/**
 * APA sentence case: the first word and the first word after a colon (a subtitle) capitalised,
 * other words lowered only when they are surely not proper nouns (see the file's header).
 * Hyphenated words are judged part by part ("Self-Determination" → "self-determination").
 */
export function sentenceCase(title: string, bodyText = ''): string {
  const list = tokens(title);
  const forms = sentenceForms(list, midSentenceUsage(bodyText));
  return rebuild(title, list, (_, i) => forms[i]);
}

/**
 * Each title word as sentence case writes it. A capitalised word the article never uses is
 * kept (it may be a name), unless it sits between two words written in lower case, in the
 * same clause, one of which the article's text showed to be a common word: "A Market Failure
 * Hiding in Plain Sight" ("failure" and "sight" are the body's) gives "a market failure
 * hiding in plain sight". A name the body never repeats mostly stands beside another capital,
 * a stop word or function word ("Russia and Iran are"), a colon or the title's ends.
 */
function sentenceForms(list: Token[], usage: Map<string, { lower: number; capital: number }>): string[] {
  const forms = list.map((t) => {
    if (t.first || t.afterBreak) return isLower(t.word) ? capitalise(t.word) : t.word;
    return t.word
      .split('-')
      .map((part) => (lowerable(part, usage) ? part.toLowerCase() : part))
      .join('-');
  });
  return forms.map((form, i) => {
    const t = list[i];
    if (t.first || t.afterBreak || t.last || list[i + 1].afterBreak || form.includes('-')) return form;
    const bare = bareWord(form);
    if (!plainCapital(bare) || usage.has(stem(bare.toLowerCase()))) return form;
    return isLower(forms[i - 1]) && isLower(forms[i + 1]) && (judged(i - 1) || judged(i + 1)) ? form.toLowerCase() : form;
  });

  /** A capitalised word the article's text showed to be common (not a stop or function word: "Russia and Iran are" keeps Iran). */
  function judged(j: number): boolean {
    const key = bareWord(list[j].word).toLowerCase();
    return forms[j] !== list[j].word && !STOP_WORDS.has(key) && !COMMON_WORDS.has(key);
  }
}

/**
 * Words BibTeX must keep as written: proper nouns and acronyms, judged as sentenceCase judges
 * them. The first word keeps its capital in every style, so it is protected only when it holds
 * more capitals than its first letter ("NATO", "iPhone").
 */
export function protectedWords(title: string, bodyText = ''): Set<number> {
  const usage = midSentenceUsage(bodyText);
  const list = tokens(title);
  const forms = sentenceForms(list, usage);
  const starts = new Set<number>();
  for (const [i, t] of list.entries()) {
    const keep = t.first
      ? /^.+\p{Lu}/u.test(t.word)
      : /\p{Lu}/u.test(forms[i]) && t.word.split('-').some((part) => /\p{Lu}/u.test(part) && !lowerable(part, usage));
    if (keep) starts.add(t.start);
  }
  return starts;
}

/** The title's word positions, for writers that wrap some words (BibTeX braces). */
export function titleTokens(title: string): { word: string; start: number }[] {
  return tokens(title).map(({ word, start }) => ({ word, start }));
}
