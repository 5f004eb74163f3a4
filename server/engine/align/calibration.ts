import type { ChunkContext } from './bead-dp';
import { beadEvidence } from './evidence';
import { enMatched, zhMatched } from './match-matrix';
import { FULL_WEIGHT } from './members';

/**
 * Weights of two logistic models of "this row is right", one for rows with both sides and
 * one for a sentence left unmatched, over confidenceFeatures(). The DP's posterior alone is
 * sure of almost every row it picks (it only knows the rivals its own scores allow); the
 * row's own evidence says when a row shares little beyond chance or is a many-sided one, and
 * when a sentence left alone has a likely partner next door.
 */
export interface Calibration {
  /** bias, logit(posterior), evidence share above chance, sentences beyond 1–1, length δ². */
  linked: number[];
  /** bias, logit(posterior), best share with a neighbour on the other side, weight (0..1). */
  unmatched: number[];
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
};

/** What zh unit r and en unit c (chunk-relative) share above chance, as a share of their weight. */
function pairShare(ctx: ChunkContext, r: number, c: number): number {
  const { f, mm, chance } = ctx;
  const cap = f.zh.totalWeight[mm.zh0 + r] + f.en.totalWeight[mm.en0 + c];
  const got = zhMatched(mm, r, c, c + 1) + enMatched(mm, c, r, r + 1);
  return (got - chance.zh[mm.zh0 + r] - chance.en[mm.en0 + c]) / (cap + 1e-9);
}

/**
 * Features of the bead zh [i0, i1) × en [j0, j1) (chunk-relative) that the DP chose with
 * `posterior`: see Calibration for their order. A one-sided bead is judged by how well its
 * sentence matches the two nearest units on each side of where it stands on the other side.
 */
export function confidenceFeatures(
  ctx: ChunkContext,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  posterior: number,
): number[] {
  const { f, mm } = ctx;
  if (i1 === i0 || j1 === j0) {
    let near = -1;
    if (i1 > i0) {
      for (let c = Math.max(0, j0 - 2); c < Math.min(mm.m, j0 + 2); c++)
        near = Math.max(near, pairShare(ctx, i0, c));
    } else {
      for (let r = Math.max(0, i0 - 2); r < Math.min(mm.n, i0 + 2); r++)
        near = Math.max(near, pairShare(ctx, r, j0));
    }
    const weight = i1 > i0 ? f.zh.totalWeight[mm.zh0 + i0] : f.en.totalWeight[mm.en0 + j0];
    return [1, logit(posterior), Math.max(near, 0), Math.min(1, weight / FULL_WEIGHT)];
  }
  const ev = beadEvidence(ctx, i0, i1, j0, j1);
  const share = (ev.matched - ev.chance) / (ev.total + 1e-9);
  return [1, logit(posterior), share, i1 - i0 + j1 - j0 - 2, Math.min(ev.delta * ev.delta, 25)];
}

export function calibrated(weights: number[], features: number[]): number {
  let x = 0;
  for (let k = 0; k < weights.length; k++) x += weights[k] * features[k];
  return 1 / (1 + Math.exp(-x));
}
