/** One CC-CEDICT entry (one reading of one word). */
export interface LexiconEntry {
  simplified: string;
  traditional: string;
  /** Numbered pinyin as in CC-CEDICT, e.g. "Bei3 jing1"; capitalised for proper nouns. */
  pinyin: string;
  glosses: string[];
  /** CC-CEDICT marks names (people, places, organisations) with capitalised pinyin. */
  properNoun: boolean;
}

export type ChineseTokenKind = 'word' | 'unknown' | 'latin' | 'number' | 'punct';

/** A piece of Chinese text from longest-match segmentation, with offsets into the input. */
export interface ChineseToken {
  text: string;
  start: number;
  end: number;
  /** 'word' is in the dictionary; 'unknown' is a single Han character it lacks. */
  kind: ChineseTokenKind;
}

/**
 * The Chinese–English dictionary (CC-CEDICT) as the engine sees it.
 *
 *   const lex = loadLexicon();            // server/engine/lexicon/load-lexicon.ts, cached
 *   lex.lookup('北京')                     // → [{ pinyin: 'Bei3 jing1', glosses: […], properNoun: true, … }]
 *   lex.glossStems('走了')                 // → English stems to match against English text
 *   lex.segment('李在明访华')              // → longest-match tokens with offsets
 *   lex.englishNames('北京')               // → ['Beijing', 'Beijing municipality'] (proper nouns only)
 *   lex.readings('乐')                     // → ['le', 'yue', 'yao', …] toneless pinyin
 *
 * Lookups and segmentation accept simplified or traditional forms (traditional ones are
 * indexed on first need). Every method is pure and cached; the object is safe to share across
 * requests. CC-CEDICT is CC BY-SA 4.0: credit it wherever its glosses are shown.
 */
export interface Lexicon {
  /** Number of distinct headwords (simplified and traditional). */
  readonly size: number;
  has(word: string): boolean;
  lookup(word: string): LexiconEntry[];
  /** Stemmed English content words of all glosses of `word` (see text/stem-en.ts). */
  glossStems(word: string): readonly string[];
  /** English renderings of a proper noun: capitalised gloss heads and the pinyin spelled as a name. */
  englishNames(word: string): string[];
  isProperNoun(word: string): boolean;
  /** Toneless lower-case pinyin syllables a character can be read as. */
  readings(char: string): readonly string[];
  /** Does `syllable` (toneless, lower case) occur as a reading in the dictionary? */
  isSyllable(syllable: string): boolean;
  /** Bidirectional longest-match segmentation of Chinese text against the dictionary. */
  segment(text: string): ChineseToken[];
}
