import { stemEnglish } from '../text/stem-en';
import { alloc, findString, packStrings } from './packed';

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

/**
 * WordNet's words and relations as typed arrays (one table of distinct strings, a flag byte
 * each, and three string → strings lists in CSR form): ~6 MB instead of ~28 MB of Maps, Sets
 * and strings per thread, and shareable between threads (SharedArrayBuffers) like the lexicon.
 */
export interface PackedWordNet {
  /** Distinct strings, UTF-16 code units back to back; string i is start[i]..start[i+1]. */
  units: Uint16Array;
  start: Uint32Array;
  /** Open-addressing table of string ids (-1: empty). */
  slots: Int32Array;
  /** Per string: 1 = a lower-case lemma ('w'), 2 = a name ('p'). */
  flags: Uint8Array;
  /** antonyms, related (derivations), synonyms: string id → ids, lists i at from[i]..from[i+1]. */
  antonymFrom: Uint32Array;
  antonymIds: Int32Array;
  relatedFrom: Uint32Array;
  relatedIds: Int32Array;
  synonymFrom: Uint32Array;
  synonymIds: Int32Array;
}

const WORD = 1;
const PROPER = 2;

/** Packs the text of wordnet.tsv plus extra antonym pairs; `share` for other threads to use. */
export function packWordNet(
  text: string,
  extraAntonyms: readonly [string, string][] = [],
  share = false,
): PackedWordNet {
  const antonymsRaw = new Map<string, string[]>();
  const relatedRaw = new Map<string, string[]>();
  const synonymRaw = new Map<string, string[]>();
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

  const ids = new Map<string, number>();
  const intern = (w: string) => {
    if (!ids.has(w)) ids.set(w, ids.size);
  };
  for (const w of words) intern(w);
  for (const w of proper) intern(w);
  for (const m of [antonymsRaw, relatedRaw, synonymRaw])
    for (const [k, list] of m) {
      intern(k);
      for (const v of list) intern(v);
    }
  const strings = [...ids.keys()];
  const table = packStrings(strings, share);
  const flags = new Uint8Array(alloc(strings.length, share));
  for (const w of words) flags[ids.get(w) ?? 0] |= WORD;
  for (const w of proper) flags[ids.get(w) ?? 0] |= PROPER;
  const csr = (m: Map<string, string[]>) => {
    const from = new Uint32Array(alloc((strings.length + 1) * 4, share));
    let total = 0;
    for (const list of m.values()) total += list.length;
    const out = new Int32Array(alloc(total * 4, share));
    let at = 0;
    for (let i = 0; i < strings.length; i++) {
      from[i] = at;
      for (const v of m.get(strings[i]) ?? EMPTY) out[at++] = ids.get(v) ?? 0;
    }
    from[strings.length] = at;
    return { from, out };
  };
  const ant = csr(antonymsRaw);
  const rel = csr(relatedRaw);
  const syn = csr(synonymRaw);
  return {
    ...table,
    flags,
    antonymFrom: ant.from,
    antonymIds: ant.out,
    relatedFrom: rel.from,
    relatedIds: rel.out,
    synonymFrom: syn.from,
    synonymIds: syn.out,
  };
}

export function parseWordNet(text: string, extraAntonyms: readonly [string, string][] = []): EnglishLexicon {
  return englishOfPacked(packWordNet(text, extraAntonyms));
}

/** The checks' view of packed WordNet data (built here or by another thread). */
export function englishOfPacked(p: PackedWordNet): EnglishLexicon {
  const antonymStems = new Map<string, readonly string[]>();
  const relatedStems = new Map<string, readonly string[]>();
  const derivedStems = new Map<string, readonly string[]>();
  const idOf = (w: string) => findString(p.slots, p.units, p.start, w);
  const text = (id: number) => String.fromCharCode(...p.units.subarray(p.start[id], p.start[id + 1]));
  const list = (from: Uint32Array, out: Int32Array, w: string): readonly string[] => {
    const id = idOf(w);
    if (id < 0 || from[id] === from[id + 1]) return EMPTY;
    const got: string[] = [];
    for (let k = from[id]; k < from[id + 1]; k++) got.push(text(out[k]));
    return got;
  };
  const has = (w: string, flag: number) => {
    const id = idOf(w);
    return id >= 0 && (p.flags[id] & flag) !== 0;
  };
  const isWord = (w: string) => has(w, WORD);
  const isProper = (w: string) => has(w, PROPER);
  return {
    antonyms: (word) => {
      const w = word.toLowerCase();
      let hit = antonymStems.get(w);
      if (!hit) {
        const own = stemEnglish(w);
        const raw = [w, ...lemmas(w)].flatMap((l) => list(p.antonymFrom, p.antonymIds, l));
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
        const raw = [...list(p.relatedFrom, p.relatedIds, w), ...list(p.synonymFrom, p.synonymIds, w)];
        hit = raw.map((x) => x.split(' ').map(stemEnglish).join(' '));
        relatedStems.set(w, hit);
      }
      return hit;
    },
    derived: (word) => {
      const w = word.toLowerCase();
      let hit = derivedStems.get(w);
      if (!hit) {
        hit = list(p.relatedFrom, p.relatedIds, w)
          .filter((x) => !x.includes(' '))
          .map(stemEnglish);
        derivedStems.set(w, hit);
      }
      return hit;
    },
    isWord: (word) => isWord(word) || lemmas(word).some(isWord),
    isOrdinaryOnly: (word) => {
      const w = word.toLowerCase();
      if (isProper(w)) return false;
      if (isWord(w)) return true;
      const ls = lemmas(w);
      return ls.some(isWord) && !ls.some(isProper);
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
