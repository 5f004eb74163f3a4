// Public API of the aligner. Everything here is pure; the dictionary comes in as a Lexicon
// (server/engine/lexicon, loaded once per process by loadLexicon()).
//
//   createArticleAligner(lex)(zhParagraphs, enParagraphs) → { rows }     import, re-align
//   alignSentences(zhSentences, enSentences, lex, opts?) → Bead[]        presplit text (CLI)
//   mergeWithNext / splitRow / moveSentence / markUnmatched / applyEdit   manual edits
//   realign(rows, zh, en, lex)                                           re-run, keep manual rows
//   renderAlignmentMap(rows, options) → SVG string

export { type AlignmentMapOptions, renderAlignmentMap } from './alignment-map';
export { type ArticleAlignerOptions, alignArticle, createArticleAligner } from './article-aligner';
export type { Bead } from './bead-dp';
export {
  type AlignmentEdit,
  AlignmentEditError,
  type AlignmentEditErrorCode,
  applyEdit,
  markUnmatched,
  mergeWithNext,
  moveSentence,
  splitRow,
} from './manual-ops';
export { type AlignParams, ARTICLE_PARAMS, DEFAULT_PARAMS } from './params';
export { realign } from './realign';
export {
  type AlignOptions,
  alignPrepared,
  alignSentences,
  alignUnits,
  type PreparedPair,
  preparePair,
} from './sentence-aligner';
export type { AlignedRow, Alignment, ArticleAligner, SentenceRef } from './types';
export { joinRowTexts, sideText, UNSURE_BELOW } from './types';
