import type { ChunkContext } from './bead-dp';
import type { AlignParams } from './params';

// A member counts as contributing when its own evidence (its words found on the other side,
// plus the other side's words found in it) reaches this share of its own token weight.
export const CONTRIBUTES = 0.2;
// Token weight at which a member's silence is full evidence against it: a sentence with a
// word or two of rare content ("Joy?") says little when nothing of it is found.
export const FULL_WEIGHT = 6;

/**
 * Penalty of a many-sided bead for its members that contribute nothing: for each sentence on a
 * side with two or more members, how far short its own matched evidence falls of what a
 * translated sentence shows, times how much it spoils the length fit of the rest. Pooling
 * evidence over the whole bead lets a dropped (or added) sentence ride along with a
 * neighbour's 1–1 at the cost of a merge prior; judged member by member it is seen as what it
 * is, while a long sentence rendered as two English ones, each carrying part of it, pays
 * nothing. A silent member that the length of the other side needs (a literary translator's
 * "He was pleased as punch.") is not charged either: without it the rest would not fit.
 *
 * `lz`/`le` are the bead's lengths and `d2` its squared length deviation, as fastScore has them.
 */
export function memberPenalty(
  ctx: ChunkContext,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  lz: number,
  le: number,
  d2: number,
): number {
  const { f, mm, ratio, params } = ctx;
  const w = mm.m + 1;
  const h = mm.n + 1;
  const variance = params.lengthVariance;
  const lengthGain = (z: number, e: number) => {
    const d = e - ratio * z;
    return Math.min(1, Math.max(0, d2 - (d * d) / (variance * ((ratio * z + e) / 2) + 1)));
  };
  let penalty = 0;
  if (i1 - i0 > 1) {
    for (let r = i0; r < i1; r++) {
      const cap = f.zh.totalWeight[mm.zh0 + r];
      let ev = Math.min(cap, mm.zhPrefix[r * w + j1] - mm.zhPrefix[r * w + j0]);
      let luck = (j1 - j0) * ctx.chance.zh[mm.zh0 + r];
      for (let c = j0; c < j1; c++) {
        ev += mm.enPrefix[c * h + r + 1] - mm.enPrefix[c * h + r];
        luck += ctx.chance.en[mm.en0 + c];
      }
      ev -= luck;
      const silence = 1 - ev / (CONTRIBUTES * cap + 1e-9);
      if (silence <= 0) continue;
      penalty += silence * Math.min(1, cap / FULL_WEIGHT) * lengthGain(lz - f.zh.lengths[mm.zh0 + r], le);
    }
  }
  if (j1 - j0 > 1) {
    for (let c = j0; c < j1; c++) {
      const cap = f.en.totalWeight[mm.en0 + c];
      let ev = Math.min(cap, mm.enPrefix[c * h + i1] - mm.enPrefix[c * h + i0]);
      let luck = (i1 - i0) * ctx.chance.en[mm.en0 + c];
      for (let r = i0; r < i1; r++) {
        ev += mm.zhPrefix[r * w + c + 1] - mm.zhPrefix[r * w + c];
        luck += ctx.chance.zh[mm.zh0 + r];
      }
      ev -= luck;
      const silence = 1 - ev / (CONTRIBUTES * cap + 1e-9);
      if (silence <= 0) continue;
      penalty += silence * Math.min(1, cap / FULL_WEIGHT) * lengthGain(lz, le - f.en.lengths[mm.en0 + c]);
    }
  }
  return params.orphan * penalty;
}

/**
 * Penalty of a bead whose two sides have nothing to do with each other: its matched evidence
 * above chance falls short of what a translation shows (CONTRIBUTES of its token weight).
 * An unrelated paragraph inserted next to a Chinese sentence the rendering cut is otherwise
 * cheaper to pair with it than to leave both unmatched.
 */
export function silencePenalty(params: AlignParams, matched: number, chance: number, total: number): number {
  const silence = 1 - (matched - chance) / (CONTRIBUTES * total + 1e-9);
  if (silence <= 0) return 0;
  return params.silence * Math.min(1, silence) * Math.min(1, total / FULL_WEIGHT);
}
