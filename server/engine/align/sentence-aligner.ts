import type { Lexicon } from '../lexicon/types';
import { findAnchors } from './anchors';
import { anchorBand } from './band';
import { alignChunk, type Bead, beadConfidence, beadEvidence, nullConfidence } from './bead-dp';
import type { ParagraphBreaks } from './breaks';
import { extractFeatures, type PairFeatures } from './features';
import { buildMatchMatrix, chanceLevels } from './match-matrix';
import { type AlignParams, DEFAULT_PARAMS } from './params';

export interface AlignOptions {
  params?: AlignParams;
  /**
   * Largest zh × en rectangle aligned in one dynamic programme. Longer texts are first cut at
   * confident 1–1 anchors (two-pass search), keeping time and memory linear in practice.
   */
  maxCells?: number;
}

const DEFAULT_MAX_CELLS = 250_000;

/** Features, length ratio and chance levels of a text pair: everything independent of the weights. */
export interface PreparedPair {
  f: PairFeatures;
  ratio: number;
  chance: { zh: Float64Array; en: Float64Array };
  /** Where paragraphs start (articles); the DP reads them as a soft signal. */
  breaks?: ParagraphBreaks;
}

// English characters per Chinese character in translated prose, and how many Chinese
// characters of evidence that belief is worth: a short article (where one omitted sentence
// skews the totals) leans on it, a book chapter hardly at all.
const PRIOR_RATIO = 3.5;
const PRIOR_WEIGHT = 500;

function lengthRatio(f: PairFeatures): number {
  let z = 0;
  let e = 0;
  for (const x of f.zh.lengths) z += x;
  for (const x of f.en.lengths) e += x;
  return (e + PRIOR_RATIO * PRIOR_WEIGHT) / (z + PRIOR_WEIGHT);
}

export function preparePair(
  zh: string[],
  en: string[],
  lex: Lexicon,
  breaks?: ParagraphBreaks,
): PreparedPair {
  const f = extractFeatures(zh, en, lex);
  return { f, ratio: lengthRatio(f), chance: chanceLevels(f), breaks };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** Aligns zh units [zh0, zh1) with en units [en0, en1) in one dynamic programme. */
export function alignRange(
  prep: PreparedPair,
  params: AlignParams,
  zh0: number,
  zh1: number,
  en0: number,
  en1: number,
): Bead[] {
  if (zh1 <= zh0 || en1 <= en0) {
    const confidence = nullConfidence(params);
    return [
      ...range(zh0, zh1).map((i) => ({ zh: [i], en: [], confidence })),
      ...range(en0, en1).map((j) => ({ zh: [], en: [j], confidence })),
    ];
  }
  const mm = buildMatchMatrix(prep.f, zh0, zh1, en0, en1, params.unionEvidence);
  const ctx = { f: prep.f, mm, params, ratio: prep.ratio, chance: prep.chance, breaks: prep.breaks };
  const small = mm.n * mm.m <= (params.band * 4) ** 2;
  return alignChunk(ctx, small ? undefined : anchorBand(ctx, params.band));
}

/** An anchor as a 1–1 bead, with the confidence its evidence earns like any other bead. */
function anchorBead(prep: PreparedPair, params: AlignParams, i: number, j: number): Bead {
  const mm = buildMatchMatrix(prep.f, i, i + 1, j, j + 1);
  const ctx = { f: prep.f, mm, params, ratio: prep.ratio, chance: prep.chance };
  return { zh: [i], en: [j], confidence: beadConfidence(ctx, 1, 1, beadEvidence(ctx, 0, 1, 0, 1)) };
}

/**
 * Aligns a whole prepared pair, in anchor-separated chunks when it is large. (A stretch of
 * more than `maxCells` with no confident anchor at all is still aligned in one piece.)
 */
export function alignPrepared(
  prep: PreparedPair,
  params: AlignParams = DEFAULT_PARAMS,
  opts: AlignOptions = {},
): Bead[] {
  return alignSpan(prep, params, 0, prep.f.zh.tokens.length, 0, prep.f.en.tokens.length, opts);
}

/** Aligns zh units [z0, z1) with en units [e0, e1), cut at confident anchors when large. */
export function alignSpan(
  prep: PreparedPair,
  params: AlignParams,
  z0: number,
  z1: number,
  e0: number,
  e1: number,
  opts: AlignOptions = {},
): Bead[] {
  const maxCells = opts.maxCells ?? DEFAULT_MAX_CELLS;
  if ((z1 - z0) * (e1 - e0) <= maxCells) return alignRange(prep, params, z0, z1, e0, e1);
  const anchors = findAnchors(prep.f, prep.chance).filter(
    (a) => a.zh >= z0 && a.zh < z1 && a.en >= e0 && a.en < e1,
  );
  // keep only as many anchors as needed: cut where the pending rectangle would grow too big
  const beads: Bead[] = [];
  let zh0 = z0;
  let en0 = e0;
  let last: { zh: number; en: number } | null = null;
  const flush = (cut: { zh: number; en: number }) => {
    for (const b of alignRange(prep, params, zh0, cut.zh, en0, cut.en)) beads.push(b);
    beads.push(anchorBead(prep, params, cut.zh, cut.en));
    zh0 = cut.zh + 1;
    en0 = cut.en + 1;
  };
  for (const a of anchors) {
    if (last && (a.zh - zh0) * (a.en - en0) > maxCells) {
      flush(last);
      last = null;
    }
    if ((a.zh - zh0) * (a.en - en0) <= maxCells) last = a;
    else last = null;
  }
  if (last && (z1 - zh0) * (e1 - en0) > maxCells) flush(last);
  for (const b of alignRange(prep, params, zh0, z1, en0, e1)) beads.push(b);
  return beads;
}

/** Aligns units (sentences or paragraphs) already split; beads cover both sides in order. */
export function alignUnits(zh: string[], en: string[], lex: Lexicon, opts: AlignOptions = {}): Bead[] {
  return alignPrepared(preparePair(zh, en, lex), opts.params ?? DEFAULT_PARAMS, opts);
}

/** Sentence alignment of presplit text: the contract of `cli align --presplit`. */
export const alignSentences = alignUnits;
