export type { Bead } from './bead-dp';
export { type AlignParams, DEFAULT_PARAMS } from './params';
export {
  type AlignOptions,
  alignPrepared,
  alignSentences,
  alignUnits,
  type PreparedPair,
  preparePair,
} from './sentence-aligner';
