import { stemEnglish } from '../text/stem-en';

/**
 * What the checks take from WordNet (data/generated/wordnet.tsv, written by
 * scripts/build-wordnet.mjs): antonyms, derivations and the ordinary words of English.
 * Everything is keyed by stem (text/stem-en.ts), so inflected forms find their lemma's pairs.
 */
export interface EnglishLexicon {
  /** Stems of the antonyms of a word or of its lemma (rises → fall, accepted → reject/refuse). */
  antonyms(word: string): readonly string[];
  /**
   * Stems of words derived from or related to a word, with the synonyms of what it derives
   * from (korean → korea, american → america / unit state, rejection → reject). A phrase is
   * its words' stems joined by spaces.
   */
  related(word: string): readonly string[];
  /** Stems of the words WordNet directly derives a word from or to (rejection ↔ reject), no synonyms. */
  derived(word: string): readonly string[];
  /** Is the lower-case word an ordinary English word (a lower-case WordNet lemma or its inflection)? */
  isWord(word: string): boolean;
  /**
   * An English word WordNet knows only in lower case ("title", "local", "correspondents"), never
   * as a name (China, Troy and Lewis are also names): capitalised, it is an ordinary word.
   */
  isOrdinaryOnly(word: string): boolean;
}

const EMPTY: readonly string[] = [];

export function parseWordNet(text: string, extraAntonyms: readonly [string, string][] = []): EnglishLexicon {
  const antonymsRaw = new Map<string, string[]>();
  const antonymStems = new Map<string, readonly string[]>();
  const relatedRaw = new Map<string, string[]>();
  const synonymRaw = new Map<string, string[]>();
  const relatedStems = new Map<string, readonly string[]>();
  const derivedStems = new Map<string, readonly string[]>();
  const words = new Set<string>();
  const proper = new Set<string>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (!list) m.set(k, [v]);
    else if (!list.includes(v)) list.push(v);
  };
  const addAntonym = (a: string, b: string) => {
    // multi-word antonyms ("say farewell") say nothing here
    if (a.includes(' ') || b.includes(' ') || a === b) return;
    push(antonymsRaw, a, b);
    push(antonymsRaw, b, a);
  };
  // stems are computed on first need: loading stays a split of lines
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [kind, a, b] = line.split('\t');
    if (kind === 'w') words.add(a);
    else if (kind === 'p') proper.add(a);
    else if (kind === 'a' && b) addAntonym(a, b);
    else if (kind === 'd' && b && !a.includes(' ') && a !== b) {
      push(relatedRaw, a, b);
      if (!b.includes(' ')) push(relatedRaw, b, a);
    } else if (kind === 's' && b) push(synonymRaw, a, b);
  }
  for (const [a, b] of extraAntonyms) addAntonym(a, b);
  return {
    antonyms: (word) => {
      const w = word.toLowerCase();
      let hit = antonymStems.get(w);
      if (!hit) {
        const own = stemEnglish(w);
        const raw = [w, ...lemmas(w)].flatMap((l) => antonymsRaw.get(l) ?? EMPTY);
        hit = [...new Set(raw.map(stemEnglish))].filter((x) => x !== own);
        antonymStems.set(w, hit);
      }
      return hit;
    },
    related: (word) => {
      const w = word.toLowerCase();
      let hit = relatedStems.get(w);
      if (!hit) {
        // a phrase (united states) is kept as the stems of its words
        const raw = [...(relatedRaw.get(w) ?? EMPTY), ...(synonymRaw.get(w) ?? EMPTY)];
        hit = raw.map((x) => x.split(' ').map(stemEnglish).join(' '));
        relatedStems.set(w, hit);
      }
      return hit;
    },
    derived: (word) => {
      const w = word.toLowerCase();
      let hit = derivedStems.get(w);
      if (!hit) {
        hit = (relatedRaw.get(w) ?? EMPTY).filter((x) => !x.includes(' ')).map(stemEnglish);
        derivedStems.set(w, hit);
      }
      return hit;
    },
    isWord: (word) => words.has(word) || lemmas(word).some((l) => words.has(l)),
    isOrdinaryOnly: (word) => {
      const w = word.toLowerCase();
      if (proper.has(w)) return false;
      if (words.has(w)) return true;
      const ls = lemmas(w);
      return ls.some((l) => words.has(l)) && !ls.some((l) => proper.has(l));
    },
  };
}

/** Candidate lemmas of an inflected form (WordNet's own detachment rules, without its exception lists). */
function lemmas(w: string): string[] {
  const out: string[] = [];
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/es$/, ''],
    [/s$/, ''],
    [/ed$/, ''],
    [/ed$/, 'e'],
    [/ing$/, ''],
    [/ing$/, 'e'],
    [/er$/, ''],
    [/est$/, ''],
    [/ier$/, 'y'],
    [/iest$/, 'y'],
  ];
  for (const [re, to] of rules) if (re.test(w)) out.push(w.replace(re, to));
  return out;
}

/** Parses on first use: a process that never asks (an import-only worker) never pays for WordNet's memory. */
export function lazyEnglish(load: () => EnglishLexicon): EnglishLexicon {
  let lex: EnglishLexicon | null = null;
  const get = () => {
    lex ??= load();
    return lex;
  };
  return {
    antonyms: (w) => get().antonyms(w),
    related: (w) => get().related(w),
    derived: (w) => get().derived(w),
    isWord: (w) => get().isWord(w),
    isOrdinaryOnly: (w) => get().isOrdinaryOnly(w),
  };
}
