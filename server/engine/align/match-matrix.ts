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
): Float64Array {
  const rows = srcTo - srcFrom;
  const out = new Float64Array(rows * (width + 1));
  const seen = new Int32Array(width).fill(-1);
  for (let r = 0; r < rows; r++) {
    const base = r * (width + 1);
    for (const t of src.tokens[srcFrom + r]) {
      const w = src.tokenWeight[t];
      for (const k of src.tokenKeys[t]) {
        const list = post.get(k);
        if (!list) continue;
        for (const u of list) {
          const c = u - tgtFrom;
          if (seen[c] === t) continue;
          seen[c] = t;
          out[base + c + 1] += w;
        }
      }
    }
    for (let c = 1; c <= width; c++) out[base + c] += out[base + c - 1];
  }
  return out;
}

export function buildMatchMatrix(
  f: PairFeatures,
  zh0: number,
  zh1: number,
  en0: number,
  en1: number,
): MatchMatrix {
  const n = zh1 - zh0;
  const m = en1 - en0;
  const enPost = postings(f.en, en0, en1, false);
  const zhPost = postings(f.zh, zh0, zh1, true);
  return {
    zh0,
    en0,
    n,
    m,
    zhPrefix: fill(f.zh, zh0, zh1, enPost, en0, m),
    enPrefix: fill(f.en, en0, en1, zhPost, zh0, n),
  };
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
