import type { Lexicon } from '../lexicon/types';
import type { HedgeLexicon, NegationLexicon } from '../text/cues';
import type { NumberLexicon } from '../text/numbers';

/** Word lists from data/lexicons/, as loaded by load-lexicons.ts. */
export interface CheckLexicons {
  numbers: NumberLexicon;
  negation: NegationLexicon;
  hedges: HedgeLexicon;
  /** Lower-case English antonym pairs, both directions. */
  antonyms: ReadonlyMap<string, readonly string[]>;
  enStopwords: ReadonlySet<string>;
  zhFunctionWords: ReadonlySet<string>;
}

/**
 * Everything the checks need besides the article: passed in so the checks stay pure.
 * Without a dictionary the dictionary-based parts (coverage, names) stay silent.
 */
export interface CheckContext {
  lexicons: CheckLexicons;
  dictionary?: Lexicon;
}
