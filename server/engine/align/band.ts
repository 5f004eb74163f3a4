import type { ChunkContext } from './bead-dp';

/** Rows i of the DP only visit en positions lo[i]..hi[i] (inclusive). */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/**
 * The search band of the second pass. Pairs that are each other's best match, clearly above
 * chance, and in increasing order on both sides (longest such chain) are anchors; the band
 * follows the line through them with `width` units either side. Cheap because the match
 * matrix is already built; it cuts the DP to a fraction without losing paths a translation
 * plausibly takes.
 */
export function anchorBand(ctx: ChunkContext, width: number, minScore = 0.3): Band {
  const { mm, f, chance } = ctx;
  const { n, m } = mm;
  const w = m + 1;
  const h = n + 1;
  const score = (i: number, j: number) => {
    const z = mm.zhPrefix[i * w + j + 1] - mm.zhPrefix[i * w + j];
    const e = mm.enPrefix[j * h + i + 1] - mm.enPrefix[j * h + i];
    const zt = f.zh.totalWeight[mm.zh0 + i];
    const et = f.en.totalWeight[mm.en0 + j];
    return (z + e - chance.zh[mm.zh0 + i] - chance.en[mm.en0 + j]) / (zt + et + 1e-9);
  };
  const rows = new BestTwo(n);
  const cols = new BestTwo(m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const s = score(i, j);
      rows.offer(i, j, s);
      cols.offer(j, i, s);
    }
  }
  const cand: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    const j = rows.best[i];
    if (j >= 0 && cols.best[j] === i && rows.clear(i, minScore) && cols.clear(j, minScore)) cand.push([i, j]);
  }
  const chain = increasingChain(cand);
  // knots of the centre line: corners plus anchor centres
  const xs = [0, ...chain.map(([i]) => i + 0.5), n];
  const ys = [0, ...chain.map(([, j]) => j + 0.5), m];
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < xs.length - 2 && xs[k + 1] < i) k++;
    const t = xs[k + 1] > xs[k] ? (i - xs[k]) / (xs[k + 1] - xs[k]) : 0;
    const c = ys[k] + t * (ys[k + 1] - ys[k]);
    lo[i] = Math.max(0, Math.floor(c - width));
    hi[i] = Math.min(m, Math.ceil(c + width));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i], lo[i - 1]);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(Math.max(hi[i], lo[i + 1]), m);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i], hi[i - 1]);
  return { lo, hi };
}

/** Longest subsequence of (i, j) pairs (sorted by i) strictly increasing in j. */
export function increasingChain(c: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const prev = new Int32Array(c.length).fill(-1);
  for (let k = 0; k < c.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[tails[mid]][1] < c[k][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const out: Array<[number, number]> = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) out.push(c[k]);
  return out.reverse();
}

/**
 * Best and second-best candidate per row. An anchor must win clearly: a sentence repeated in
 * the text ("He laughed.") ties with its copies and must not pin the alignment.
 */
export class BestTwo {
  readonly best: Int32Array;
  private readonly top: Float64Array;
  private readonly second: Float64Array;
  constructor(n: number) {
    this.best = new Int32Array(n).fill(-1);
    this.top = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    this.second = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  }
  offer(row: number, candidate: number, score: number): void {
    if (score > this.top[row]) {
      this.second[row] = this.top[row];
      this.top[row] = score;
      this.best[row] = candidate;
    } else if (score > this.second[row]) this.second[row] = score;
  }
  clear(row: number, minScore: number, margin = 0.1): boolean {
    return this.top[row] >= minScore && this.top[row] - Math.max(this.second[row], 0) >= margin;
  }
}
