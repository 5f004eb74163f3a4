import type { PairFeatures, SideFeatures } from './features';

/**
 * How much of each unit is translated by each unit of the other side, as prefix sums so a
 * bead's evidence costs O(bead size): zhPrefix[i*(m+1)+j] is the weight of zh unit i's tokens
 * matched in en units 0..j-1 (each en unit counted separately), enPrefix likewise.
 * Only the rectangle [zh0, zh1) × [en0, en1) is built, so long texts are handled in chunks.
 */
export interface MatchMatrix {
  zh0: number;
  en0: number;
  n: number;
  m: number;
  zhPrefix: Float64Array;
  enPrefix: Float64Array;
  /** Which units of the other side each token hits (built on request, see unionMatched). */
  zhHits?: TokenHits;
  enHits?: TokenHits;
}

/**
 * For every token of every unit of one side, the units of the other side that translate it
 * (chunk-relative, ascending): so a bead can count a token once however many of its units
 * on the other side contain a translation of it.
 */
export interface TokenHits {
  /** unitStart[r] = index of unit r's first token in `weight`/`hitStart`; one extra entry. */
  unitStart: Int32Array;
  weight: Float64Array;
  /** hitStart[q] .. hitStart[q+1] = token q's hit units in `units`. */
  hitStart: Int32Array;
  units: Int32Array;
}

/** Weight of unit r's tokens translated somewhere in units [u0, u1) of the other side, each token once. */
export function unionMatched(h: TokenHits, r: number, u0: number, u1: number): number {
  let sum = 0;
  for (let q = h.unitStart[r]; q < h.unitStart[r + 1]; q++) {
    let lo = h.hitStart[q];
    let hi = h.hitStart[q + 1];
    if (lo === hi) continue;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h.units[mid] < u0) lo = mid + 1;
      else hi = mid;
    }
    if (lo < h.hitStart[q + 1] && h.units[lo] < u1) sum += h.weight[q];
  }
  return sum;
}

/**
 * Matched weight of zh unit r (chunk-relative) in en units [j0, j1), and of en unit c in zh
 * units [i0, i1). With token hits (articles) a token translated in two units of the bead
 * counts once: a dropped sentence on the same topic as its neighbour then adds nothing to a
 * 2–1 bead but its own words, where the per-unit sums counted the shared ones twice.
 */
export function zhMatched(mm: MatchMatrix, r: number, j0: number, j1: number): number {
  if (mm.zhHits && j1 - j0 > 1) return unionMatched(mm.zhHits, r, j0, j1);
  const row = r * (mm.m + 1);
  return mm.zhPrefix[row + j1] - mm.zhPrefix[row + j0];
}
export function enMatched(mm: MatchMatrix, c: number, i0: number, i1: number): number {
  if (mm.enHits && i1 - i0 > 1) return unionMatched(mm.enHits, c, i0, i1);
  const row = c * (mm.n + 1);
  return mm.enPrefix[row + i1] - mm.enPrefix[row + i0];
}

function postings(side: SideFeatures, from: number, to: number, withExtra: boolean): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (let u = from; u < to; u++) {
    const add = (key: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [u]);
      else if (list[list.length - 1] !== u) list.push(u);
    };
    for (const t of side.tokens[u]) for (const k of side.tokenKeys[t]) add(k);
    if (withExtra) for (const k of side.extraKeys[u]) add(k);
  }
  return map;
}

function fill(
  src: SideFeatures,
  srcFrom: number,
  srcTo: number,
  post: Map<number, number[]>,
  tgtFrom: number,
  width: number,
  withHits: boolean,
): { prefix: Float64Array; hits?: TokenHits } {
  const rows = srcTo - srcFrom;
  const out = new Float64Array(rows * (width + 1));
  const seen = new Int32Array(width).fill(-1);
  const unitStart: number[] = [];
  const weight: number[] = [];
  const hitStart: number[] = [];
  const units: number[] = [];
  const mine: number[] = [];
  for (let r = 0; r < rows; r++) {
    const base = r * (width + 1);
    unitStart.push(weight.length);
    for (const t of src.tokens[srcFrom + r]) {
      const w = src.tokenWeight[t];
      mine.length = 0;
      for (const k of src.tokenKeys[t]) {
        const list = post.get(k);
        if (!list) continue;
        for (const u of list) {
          const c = u - tgtFrom;
          if (seen[c] === t) continue;
          seen[c] = t;
          out[base + c + 1] += w;
          if (withHits) mine.push(c);
        }
      }
      if (withHits) {
        weight.push(w);
        hitStart.push(units.length);
        if (mine.length > 1) mine.sort((a, b) => a - b);
        for (const c of mine) units.push(c);
      }
    }
    for (let c = 1; c <= width; c++) out[base + c] += out[base + c - 1];
  }
  if (!withHits) return { prefix: out };
  unitStart.push(weight.length);
  hitStart.push(units.length);
  return {
    prefix: out,
    hits: {
      unitStart: Int32Array.from(unitStart),
      weight: Float64Array.from(weight),
      hitStart: Int32Array.from(hitStart),
      units: Int32Array.from(units),
    },
  };
}

export function buildMatchMatrix(
  f: PairFeatures,
  zh0: number,
  zh1: number,
  en0: number,
  en1: number,
  withHits = false,
): MatchMatrix {
  const n = zh1 - zh0;
  const m = en1 - en0;
  const enPost = postings(f.en, en0, en1, false);
  const zhPost = postings(f.zh, zh0, zh1, true);
  const zh = fill(f.zh, zh0, zh1, enPost, en0, m, withHits);
  const en = fill(f.en, en0, en1, zhPost, zh0, n, withHits);
  return { zh0, en0, n, m, zhPrefix: zh.prefix, enPrefix: en.prefix, zhHits: zh.hits, enHits: en.hits };
}

/**
 * Chance level per unit: the weight a unit matches in an average unit of the other side
 * (within a wide window of the text). A bead earns only evidence above this, so merging an unrelated
 * sentence into a bead does not pay; computed once per text so that chunks agree.
 */
export function chanceLevels(f: PairFeatures): { zh: Float64Array; en: Float64Array } {
  const n = f.zh.tokens.length;
  const m = f.en.tokens.length;
  return {
    zh: rowMeans(f.zh, postings(f.en, 0, m, false), m, n > 0 ? m / n : 0),
    en: rowMeans(f.en, postings(f.zh, 0, n, true), n, m > 0 ? n / m : 0),
  };
}

// Chance is estimated against the units within this distance of where the diagonal puts a
// unit: as good an average as the whole text, and linear rather than quadratic on a book.
const CHANCE_RADIUS = 300;

function firstAtLeast(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rowMeans(
  src: SideFeatures,
  post: Map<number, number[]>,
  width: number,
  slope: number,
): Float64Array {
  const out = new Float64Array(src.tokens.length);
  const seen = new Int32Array(width).fill(-1);
  for (let r = 0; r < src.tokens.length; r++) {
    const centre = Math.round(r * slope);
    const from = Math.max(0, Math.min(centre - CHANCE_RADIUS, width - 2 * CHANCE_RADIUS - 1));
    const to = Math.min(width - 1, from + 2 * CHANCE_RADIUS);
    let sum = 0;
    for (const t of src.tokens[r]) {
      let hits = 0;
      for (const k of src.tokenKeys[t]) {
        const list = post.get(k);
        if (!list) continue;
        for (let q = firstAtLeast(list, from); q < list.length && list[q] <= to; q++) {
          const u = list[q];
          if (seen[u] === t) continue;
          seen[u] = t;
          hits++;
        }
      }
      sum += src.tokenWeight[t] * hits;
    }
    out[r] = to >= from ? sum / (to - from + 1) : 0;
  }
  return out;
}
