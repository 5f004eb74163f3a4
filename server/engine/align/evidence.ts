import type { ChunkContext } from './bead-dp';
import { enMatched, zhMatched } from './match-matrix';

export interface BeadEvidence {
  matched: number;
  total: number;
  chance: number;
  delta: number;
}

/** Lexical and length evidence for zh units [i0, i1) and en units [j0, j1) (chunk-relative). */
export function beadEvidence(
  ctx: ChunkContext,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
): BeadEvidence {
  const { f, mm, ratio } = ctx;
  let matched = 0;
  let total = 0;
  let lz = 0;
  let le = 0;
  // chance: what a unit matches in an average unit of the other side; a bead earns only the
  // evidence above chance, so that merging in an unrelated sentence does not pay
  let chance = 0;
  for (let r = i0; r < i1; r++) {
    const cap = f.zh.totalWeight[mm.zh0 + r];
    matched += Math.min(cap, zhMatched(mm, r, j0, j1));
    chance += (j1 - j0) * ctx.chance.zh[mm.zh0 + r];
    total += cap;
    lz += f.zh.lengths[mm.zh0 + r];
  }
  for (let c = j0; c < j1; c++) {
    const cap = f.en.totalWeight[mm.en0 + c];
    matched += Math.min(cap, enMatched(mm, c, i0, i1));
    chance += (i1 - i0) * ctx.chance.en[mm.en0 + c];
    total += cap;
    le += f.en.lengths[mm.en0 + c];
  }
  const delta = (le - ratio * lz) / Math.sqrt(ctx.params.lengthVariance * ((ratio * lz + le) / 2) + 1);
  return { matched, total, chance, delta };
}
