import type { Lexicon } from '../lexicon/types';
import {
  chineseTokens,
  englishTokens,
  nameWindows,
  type TokenCache,
  type TokenInfo,
  tokenCache,
} from './align-tokens';

/**
 * Lexical evidence for one side of a text: every unit (sentence or paragraph) as a list of
 * weighted tokens, each token a list of interned keys. A Chinese token matches an English
 * unit when one of its keys (gloss stems, number values, Latin words, pinyin names) occurs
 * there, and vice versa.
 */
export interface SideFeatures {
  /** Length used by the length model: non-space characters (zh) or characters (en). */
  lengths: Float64Array;
  /** tokens[u] = token indices into `tokenKeys`/`tokenWeight` for unit u. */
  tokens: number[][];
  tokenKeys: Int32Array[];
  tokenWeight: Float64Array;
  /** Keys a unit offers for matching that are not tokens of it (e.g. pinyin of name windows). */
  extraKeys: number[][];
  /** Sum of token weights per unit. */
  totalWeight: Float64Array;
}

const IDF_SCALE = 5.5;

function buildSide(raw: TokenInfo[][], lengths: number[], extra: number[][]): SideFeatures {
  const n = raw.length;
  const df = new Map<string, number>();
  const seen = new Set<string>();
  for (const unit of raw) {
    seen.clear();
    for (const t of unit) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      df.set(t.id, (df.get(t.id) ?? 0) + 1);
    }
  }
  const tokens: number[][] = [];
  const tokenKeys: Int32Array[] = [];
  const weights: number[] = [];
  const totalWeight = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const list: number[] = [];
    for (const t of raw[u]) {
      // inverse document frequency within this text (generic, needs no corpus statistics),
      // scaled so a word found once weighs about the same in a short article as in a book
      let w = (IDF_SCALE * Math.log((n + 1) / ((df.get(t.id) ?? 1) + 0.5))) / Math.log(n + 1.5);
      w = Math.max(w, 0.1) * (t.functionWord ? 0.3 : 1);
      list.push(tokenKeys.length);
      tokenKeys.push(t.keys);
      weights.push(w);
      totalWeight[u] += w;
    }
    tokens.push(list);
  }
  return {
    lengths: Float64Array.from(lengths),
    tokens,
    tokenKeys,
    tokenWeight: Float64Array.from(weights),
    extraKeys: extra,
    totalWeight,
  };
}

export interface PairFeatures {
  zh: SideFeatures;
  en: SideFeatures;
}

function windowKeys(units: string[], names: Set<string>, cache: TokenCache): number[][] {
  if (names.size === 0) return units.map(() => []);
  const prefixes = new Set<string>();
  for (const name of names) for (let k = 1; k <= name.length; k++) prefixes.add(name.slice(0, k));
  return units.map((u) => [...new Set(nameWindows(u, cache.lex, names, prefixes).map((k) => cache.id(k)))]);
}

/** Features of both sides; keys are interned integers, so matching compares numbers. */
export function extractFeatures(zhUnits: string[], enUnits: string[], lex: Lexicon): PairFeatures {
  const cache = tokenCache(lex);
  const names = new Set<string>();
  const enRaw = enUnits.map((u) => englishTokens(u, cache, names));
  const zhRaw = zhUnits.map((u) => chineseTokens(u, cache));
  const zhLen = zhUnits.map((u) => u.replace(/\s+/g, '').length);
  const enLen = enUnits.map((u) => u.trim().length);
  return {
    zh: buildSide(zhRaw, zhLen, windowKeys(zhUnits, names, cache)),
    en: buildSide(
      enRaw,
      enLen,
      enUnits.map(() => []),
    ),
  };
}
