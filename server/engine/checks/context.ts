import type { Lexicon } from '../lexicon/types';
import type { EnglishLexicon } from '../lexicon/wordnet';
import type { HedgeLexicon, NegationLexicon } from '../text/cues';
import type { NumberLexicon } from '../text/numbers';

/** Word lists from data/lexicons/, as loaded by load-lexicons.ts. */
export interface CheckLexicons {
  numbers: NumberLexicon;
  negation: NegationLexicon;
  hedges: HedgeLexicon;
  /** Lower-case English antonym pairs, both directions. */
  antonyms: ReadonlyMap<string, readonly string[]>;
  /** WordNet's antonyms, derivations and word list (with antonyms.json's pairs added). */
  english: EnglishLexicon;
  enStopwords: ReadonlySet<string>;
  zhFunctionWords: ReadonlySet<string>;
  /** Characters used to spell foreign names phonetically. */
  transliteration: ReadonlySet<string>;
  /** Chinese words that imply an English name (我国 → China). */
  implicitNames: ReadonlyMap<string, readonly string[]>;
  /** Lower-case word → the words that name the same kind of body (council/committee). */
  nameSynonyms: ReadonlyMap<string, readonly string[]>;
  /** Lower-case head words of institution names (ministry, bureau, university…). */
  institutionWords: ReadonlySet<string>;
}

/**
 * Everything the checks need besides the article: passed in so the checks stay pure.
 * Without a dictionary the dictionary-based parts (coverage, names) stay silent.
 */
export interface CheckContext {
  lexicons: CheckLexicons;
  dictionary?: Lexicon;
}
