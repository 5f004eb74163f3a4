import type { Band } from './band';
import { breakScore, type ParagraphBreaks } from './breaks';
import { calibrated, confidenceFeatures } from './calibration';
import type { PairFeatures } from './features';
import { enMatched, type MatchMatrix, zhMatched } from './match-matrix';
import { memberPenalty, silencePenalty } from './members';
import type { AlignParams } from './params';
import { forwardBackward, posteriorOf } from './posterior';

/** One bead of a sentence alignment: indices of the units on each side, and a confidence. */
export interface Bead {
  zh: number[];
  en: number[];
  confidence: number;
}

export interface Shapes {
  a: Int32Array;
  b: Int32Array;
  prior: Float64Array;
}

const shapeCache = new WeakMap<Record<string, number>, Shapes>();

export function shapesOf(beads: Record<string, number>): Shapes {
  let s = shapeCache.get(beads);
  if (!s) {
    const entries = Object.entries(beads).map(([k, v]) => {
      const [a, b] = k.split('-').map(Number);
      return { a, b, v };
    });
    s = {
      a: Int32Array.from(entries.map((e) => e.a)),
      b: Int32Array.from(entries.map((e) => e.b)),
      prior: Float64Array.from(entries.map((e) => e.v)),
    };
    shapeCache.set(beads, s);
  }
  return s;
}

/** Everything a bead score needs, precomputed for one chunk. */
export interface ChunkContext {
  f: PairFeatures;
  mm: MatchMatrix;
  params: AlignParams;
  /** English characters per Chinese character in this text. */
  ratio: number;
  /** Chance-level match per unit (see chanceLevels). */
  chance: { zh: Float64Array; en: Float64Array };
  /** The boundary before each unit, when the text has paragraphs (an article). */
  breaks?: ParagraphBreaks;
}

import type { BeadEvidence } from './evidence';

export { type BeadEvidence, beadEvidence } from './evidence';

/** The bead score (lexical evidence above chance, length fit) without allocating: the DP calls this millions of times. */
export function fastScore(ctx: ChunkContext, i0: number, i1: number, j0: number, j1: number): number {
  const { f, mm, ratio, params } = ctx;
  const chanceZh = ctx.chance.zh;
  const chanceEn = ctx.chance.en;
  let matched = 0;
  let chance = 0;
  let zt = 0;
  let et = 0;
  let lz = 0;
  let le = 0;
  for (let r = i0; r < i1; r++) {
    const cap = f.zh.totalWeight[mm.zh0 + r];
    matched += Math.min(zhMatched(mm, r, j0, j1), cap);
    zt += cap;
    chance += (j1 - j0) * chanceZh[mm.zh0 + r];
    lz += f.zh.lengths[mm.zh0 + r];
  }
  for (let c = j0; c < j1; c++) {
    const cap = f.en.totalWeight[mm.en0 + c];
    matched += Math.min(enMatched(mm, c, i0, i1), cap);
    et += cap;
    chance += (i1 - i0) * chanceEn[mm.en0 + c];
    le += f.en.lengths[mm.en0 + c];
  }
  const d = le - ratio * lz;
  const d2 = (d * d) / (params.lengthVariance * ((ratio * lz + le) / 2) + 1);
  // tokens the other side does not translate count against the bead: a sentence nothing in
  // it translates is better left unmatched than absorbed into a neighbour's row
  const unmatched = zt + et - matched;
  let score =
    params.lexical * (matched - params.chance * chance) -
    params.unmatched * unmatched -
    (params.length * d2) / 2;
  if (params.silence > 0) score -= silencePenalty(params, matched, chance, zt + et);
  // pooled evidence hides a member that nothing translates: judge each one (members.ts)
  if (params.orphan > 0 && (i1 - i0 > 1 || j1 - j0 > 1))
    return score - memberPenalty(ctx, i0, i1, j0, j1, lz, le, d2);
  return score;
}

/** Logistic model of "this bead is right" over its evidence; see params.confidence. */
export function beadConfidence(ctx: ChunkContext, a: number, b: number, ev: BeadEvidence): number {
  const c = ctx.params.confidence;
  if (a === 0 || b === 0) return nullConfidence(ctx.params);
  const coverage = ev.total > 0 ? ev.matched / ev.total : 0;
  const x = c.bias + c.coverage * coverage - (c.length * ev.delta * ev.delta) / 2 - c.size * (a + b - 2);
  return 1 / (1 + Math.exp(-x));
}

export function nullConfidence(params: AlignParams): number {
  return 1 / (1 + Math.exp(-params.confidence.unmatched));
}

/**
 * Best bead sequence over the whole chunk by dynamic programming: D[i][j] is the best score
 * of aligning the first i zh and j en units; each cell tries every allowed bead shape.
 * Confidences are the beads' posterior probabilities over all paths (posterior.ts).
 */
export function alignChunk(ctx: ChunkContext, band?: Band): Bead[] {
  const { n, m, zh0, en0 } = ctx.mm;
  const shapes = shapesOf(ctx.params.beads);
  const k = shapes.a.length;
  const w = m + 1;
  const lo = band ? band.lo : new Int32Array(n + 1);
  const hi = band ? band.hi : new Int32Array(n + 1).fill(m);
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1);
  const steps = new Float32Array(rowStart[n + 1] * k).fill(Number.NEGATIVE_INFINITY);
  const best = new Float64Array((n + 1) * w).fill(Number.NEGATIVE_INFINITY);
  const back = new Int8Array((n + 1) * w).fill(-1);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      const cell = (rowStart[i] + j - lo[i]) * k;
      let top = Number.NEGATIVE_INFINITY;
      let arg = -1;
      for (let s = 0; s < k; s++) {
        const a = shapes.a[s];
        const b = shapes.b[s];
        if (a > i || b > j) continue;
        const prev = best[(i - a) * w + (j - b)];
        if (prev === Number.NEGATIVE_INFINITY) continue;
        let step = shapes.prior[s];
        if (a > 0 && b > 0) step += fastScore(ctx, i - a, i, j - b, j);
        if (ctx.breaks) step += breakScore(ctx, i, j, a, b);
        steps[cell + s] = step;
        if (prev + step > top) {
          top = prev + step;
          arg = s;
        }
      }
      best[i * w + j] = top;
      back[i * w + j] = arg;
    }
  }
  if (band && best[n * w + m] === Number.NEGATIVE_INFINITY) return alignChunk(ctx);
  const lattice = { n, m, shapes, lo, hi, rowStart, steps };
  const fb = forwardBackward(lattice, ctx.params.temperature);
  const path: Array<{ i: number; j: number; s: number }> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = back[i * w + j];
    path.push({ i, j, s });
    i -= shapes.a[s];
    j -= shapes.b[s];
  }
  path.reverse();
  const cal = ctx.params.calibration;
  return path.map((p) => {
    const i0 = p.i - shapes.a[p.s];
    const j0 = p.j - shapes.b[p.s];
    let confidence = posteriorOf(lattice, fb, p.i, p.j, p.s);
    if (cal) {
      const x = confidenceFeatures(ctx, i0, p.i, j0, p.j, confidence);
      confidence = calibrated(i0 === p.i || j0 === p.j ? cal.unmatched : cal.linked, x);
    }
    return { zh: range(zh0 + i0, zh0 + p.i), en: range(en0 + j0, en0 + p.j), confidence };
  });
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let x = from; x < to; x++) out.push(x);
  return out;
}
