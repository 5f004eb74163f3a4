import { BestTwo, increasingChain } from './band';
import type { PairFeatures, SideFeatures } from './features';

/** A confident 1–1 pair used to cut a long text into independently aligned chunks. */
export interface Anchor {
  zh: number;
  en: number;
  score: number;
}

function windowMatches(
  src: SideFeatures,
  tgt: SideFeatures,
  expected: (u: number) => number,
  radius: number,
): Array<Map<number, number>> {
  // tgt postings: key → units in order
  const post = new Map<number, number[]>();
  for (let u = 0; u < tgt.tokens.length; u++) {
    for (const t of tgt.tokens[u]) {
      for (const k of tgt.tokenKeys[t]) {
        const list = post.get(k);
        if (!list) post.set(k, [u]);
        else if (list[list.length - 1] !== u) list.push(u);
      }
    }
  }
  const out: Array<Map<number, number>> = [];
  const seen = new Map<number, number>();
  for (let r = 0; r < src.tokens.length; r++) {
    const row = new Map<number, number>();
    const centre = expected(r);
    for (const t of src.tokens[r]) {
      seen.clear();
      for (const k of src.tokenKeys[t]) {
        for (const u of post.get(k) ?? []) {
          if (u < centre - radius || u > centre + radius || seen.has(u)) continue;
          seen.set(u, 1);
          row.set(u, (row.get(u) ?? 0) + src.tokenWeight[t]);
        }
      }
    }
    out.push(row);
  }
  return out;
}

/**
 * First pass for long texts: pairs that are each other's best lexical match within a window
 * around the diagonal, clearly above chance, kept only if they form an increasing sequence
 * (the longest one). The second pass aligns the stretches between them with the full DP.
 */
export function findAnchors(f: PairFeatures, chance: { zh: Float64Array; en: Float64Array }): Anchor[] {
  const n = f.zh.tokens.length;
  const m = f.en.tokens.length;
  const radius = Math.max(30, Math.round(0.1 * Math.max(n, m)));
  const zhRows = windowMatches(f.zh, f.en, (i) => Math.round((i * m) / n), radius);
  const enRows = windowMatches(f.en, f.zh, (j) => Math.round((j * n) / m), radius);
  const score = (i: number, j: number) => {
    const got = (zhRows[i].get(j) ?? 0) + (enRows[j].get(i) ?? 0) - chance.zh[i] - chance.en[j];
    return got / (f.zh.totalWeight[i] + f.en.totalWeight[j] + 1e-9);
  };
  const rows = new BestTwo(n);
  const cols = new BestTwo(m);
  for (let i = 0; i < n; i++) {
    for (const j of zhRows[i].keys()) {
      const s = score(i, j);
      rows.offer(i, j, s);
      cols.offer(j, i, s);
    }
  }
  for (let j = 0; j < m; j++) {
    for (const i of enRows[j].keys()) {
      if (zhRows[i].has(j)) continue;
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
