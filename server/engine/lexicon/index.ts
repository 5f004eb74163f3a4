export { stemsOfGloss } from './gloss-stems';
export { parseLexicon } from './lexicon';
export { defaultLexiconPath, loadLexicon } from './load-lexicon';
export type { ChineseToken, ChineseTokenKind, Lexicon, LexiconEntry } from './types';
