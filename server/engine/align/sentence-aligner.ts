import type { Lexicon } from '../lexicon/types';
import { alignChunk, type Bead } from './bead-dp';
import { extractFeatures, type PairFeatures } from './features';
import { buildMatchMatrix, type MatchMatrix } from './match-matrix';
import { type AlignParams, DEFAULT_PARAMS } from './params';

export interface AlignOptions {
  params?: AlignParams;
}

function lengthRatio(f: PairFeatures): number {
  let z = 0;
  let e = 0;
  for (const x of f.zh.lengths) z += x;
  for (const x of f.en.lengths) e += x;
  // an empty side gives no ratio to learn; 3 is typical of Chinese→English prose
  return z > 0 && e > 0 ? e / z : 3;
}

/** Features and match matrix of a text pair: everything that does not depend on the weights. */
export interface PreparedPair {
  f: PairFeatures;
  ratio: number;
  mm: MatchMatrix;
}

export function preparePair(zh: string[], en: string[], lex: Lexicon): PreparedPair {
  const f = extractFeatures(zh, en, lex);
  return { f, ratio: lengthRatio(f), mm: buildMatchMatrix(f, 0, zh.length, 0, en.length) };
}

export function alignPrepared(prep: PreparedPair, params: AlignParams = DEFAULT_PARAMS): Bead[] {
  return alignChunk({ ...prep, params });
}

/** Aligns units (sentences or paragraphs) already split, returning beads covering both sides in order. */
export function alignUnits(zh: string[], en: string[], lex: Lexicon, opts: AlignOptions = {}): Bead[] {
  if (zh.length === 0 || en.length === 0) {
    return [
      ...zh.map((_, i) => ({ zh: [i], en: [], confidence: 1 })),
      ...en.map((_, j) => ({ zh: [], en: [j], confidence: 1 })),
    ];
  }
  return alignPrepared(preparePair(zh, en, lex), opts.params ?? DEFAULT_PARAMS);
}

export const alignSentences = alignUnits;
