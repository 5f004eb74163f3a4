import { stemEnglish } from '../text/stem-en';

/**
 * What the checks take from WordNet (data/generated/wordnet.tsv, written by
 * scripts/build-wordnet.mjs): antonyms, derivations and the ordinary words of English.
 * Everything is keyed by stem (text/stem-en.ts), so inflected forms find their lemma's pairs.
 */
export interface EnglishLexicon {
  /** Stems of the antonyms of a stem (rise → fall, accept → reject/refuse). */
  antonyms(stem: string): readonly string[];
  /** Stems of words derived from or related to a word (korean → korea, rejection → reject). */
  related(word: string): readonly string[];
  /** Is the lower-case word an ordinary English word (a lower-case WordNet lemma or its inflection)? */
  isWord(word: string): boolean;
}

const EMPTY: readonly string[] = [];

export function parseWordNet(text: string, extraAntonyms: readonly [string, string][] = []): EnglishLexicon {
  const antonyms = new Map<string, string[]>();
  const related = new Map<string, string[]>();
  const words = new Set<string>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (!list) m.set(k, [v]);
    else if (!list.includes(v)) list.push(v);
  };
  const addAntonym = (a: string, b: string) => {
    // multi-word antonyms ("say farewell") and a word's own stem say nothing here
    if (a.includes(' ') || b.includes(' ')) return;
    const sa = stemEnglish(a);
    const sb = stemEnglish(b);
    if (sa === sb) return;
    push(antonyms, sa, sb);
    push(antonyms, sb, sa);
  };
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [kind, a, b] = line.split('\t');
    if (kind === 'w') words.add(a);
    else if (kind === 'a' && b) addAntonym(a, b);
    else if (kind === 'd' && b && !a.includes(' ') && !b.includes(' ') && a !== b) {
      push(related, a, stemEnglish(b));
      push(related, b, stemEnglish(a));
    }
  }
  for (const [a, b] of extraAntonyms) addAntonym(a, b);
  const wordStems = new Set([...words].map(stemEnglish));
  return {
    antonyms: (stem) => antonyms.get(stem) ?? EMPTY,
    related: (word) => related.get(word.toLowerCase()) ?? EMPTY,
    isWord: (word) => words.has(word) || wordStems.has(stemEnglish(word)),
  };
}
