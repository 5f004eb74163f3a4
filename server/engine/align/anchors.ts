import { BestTwo, increasingChain } from './band';
import type { PairFeatures, SideFeatures } from './features';

/** A confident 1–1 pair used to cut a long text into independently aligned chunks. */
export interface Anchor {
  zh: number;
  en: number;
  score: number;
}

/**
 * Matched weight of each source unit against the target units within `radius` of where the
 * diagonal puts it, as one dense band (a Map per row cost hundreds of MB on long books).
 */
class WindowMatches {
  readonly width: number;
  readonly centre: Int32Array;
  readonly data: Float32Array;

  constructor(
    src: SideFeatures,
    tgt: SideFeatures,
    tgtExtra: boolean,
    ratio: number,
    readonly radius: number,
  ) {
    const n = src.tokens.length;
    this.width = 2 * radius + 1;
    this.centre = new Int32Array(n);
    this.data = new Float32Array(n * this.width);
    const post = new Map<number, number[]>();
    const add = (k: number, u: number) => {
      const list = post.get(k);
      if (!list) post.set(k, [u]);
      else if (list[list.length - 1] !== u) list.push(u);
    };
    for (let u = 0; u < tgt.tokens.length; u++) {
      for (const t of tgt.tokens[u]) for (const k of tgt.tokenKeys[t]) add(k, u);
      if (tgtExtra) for (const k of tgt.extraKeys[u]) add(k, u);
    }
    const seen = new Int32Array(this.width).fill(-1);
    for (let r = 0; r < n; r++) {
      const c = Math.round(r * ratio);
      this.centre[r] = c;
      const base = r * this.width;
      for (const t of src.tokens[r]) {
        for (const k of src.tokenKeys[t]) {
          for (const u of post.get(k) ?? []) {
            const off = u - c + radius;
            if (off < 0 || off >= this.width || seen[off] === t) continue;
            seen[off] = t;
            this.data[base + off] += src.tokenWeight[t];
          }
        }
      }
    }
  }

  get(r: number, u: number): number {
    const off = u - this.centre[r] + this.radius;
    return off >= 0 && off < this.width ? this.data[r * this.width + off] : 0;
  }

  /** Target units in row r's window. */
  *targets(r: number, limit: number): Generator<number> {
    const from = Math.max(0, this.centre[r] - this.radius);
    const to = Math.min(limit - 1, this.centre[r] + this.radius);
    for (let u = from; u <= to; u++)
      if (this.data[r * this.width + u - this.centre[r] + this.radius] > 0) yield u;
  }
}

/**
 * First pass for long texts: pairs that are each other's best lexical match within a window
 * around the diagonal, clearly above chance, kept only if they form an increasing sequence
 * (the longest one). The second pass aligns the stretches between them with the full DP.
 */
export function findAnchors(f: PairFeatures, chance: { zh: Float64Array; en: Float64Array }): Anchor[] {
  const n = f.zh.tokens.length;
  const m = f.en.tokens.length;
  const radius = Math.max(30, Math.min(200, Math.round(0.05 * Math.max(n, m))));
  const zhRows = new WindowMatches(f.zh, f.en, false, m / n, radius);
  const enRows = new WindowMatches(f.en, f.zh, true, n / m, radius);
  const score = (i: number, j: number) => {
    const got = zhRows.get(i, j) + enRows.get(j, i) - chance.zh[i] - chance.en[j];
    return got / (f.zh.totalWeight[i] + f.en.totalWeight[j] + 1e-9);
  };
  const rows = new BestTwo(n);
  const cols = new BestTwo(m);
  for (let i = 0; i < n; i++) {
    for (const j of zhRows.targets(i, m)) {
      const s = score(i, j);
      rows.offer(i, j, s);
      cols.offer(j, i, s);
    }
  }
  for (let j = 0; j < m; j++) {
    for (const i of enRows.targets(j, n)) {
      if (zhRows.get(i, j) > 0) continue;
      const s = score(i, j);
      rows.offer(i, j, s);
      cols.offer(j, i, s);
    }
  }
  const candidates: Anchor[] = [];
  for (let i = 0; i < n; i++) {
    const j = rows.best[i];
    if (j >= 0 && cols.best[j] === i && rows.clear(i, 0.35) && cols.clear(j, 0.35)) {
      candidates.push({ zh: i, en: j, score: score(i, j) });
    }
  }
  const chain = increasingChain(candidates.map((a) => [a.zh, a.en] as [number, number]));
  const byZh = new Map(candidates.map((a) => [a.zh, a]));
  return chain.map(([i]) => byZh.get(i)!);
}
