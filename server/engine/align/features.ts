import type { Lexicon } from '../lexicon/types';
import { stemEnglish } from '../text/stem-en';
import { ENGLISH_STOPWORDS, tokenizeEnglish } from '../text/tokens-en';
import { chineseNumberValue } from './zh-numbers';

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

export class KeyTable {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

// Frequent Chinese function words: they match English function-like glosses everywhere.
const ZH_FUNCTION = new Set(
  '的 了 是 在 和 与 及 也 都 就 而 又 还 着 过 把 被 将 给 从 对 向 于 以 之 其 这 那 个 一 不 有 没 很 吗 呢 吧 啊 呀 么 便 却 只 才 已 得 地 所 为 让 使 说 道 我 你 他 她 它 们'.split(
    ' ',
  ),
);

interface RawToken {
  id: string;
  keys: string[];
  functionWord: boolean;
}

function numberKey(digits: string): string {
  const n = Number(digits.replace(/[,，]/g, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return Number.isFinite(n) ? `#${n}` : `#${digits}`;
}

function chineseTokens(text: string, lex: Lexicon): RawToken[] {
  const out: RawToken[] = [];
  for (const t of lex.segment(text)) {
    if (t.kind === 'punct') continue;
    if (t.kind === 'number') {
      out.push({ id: t.text, keys: [numberKey(t.text)], functionWord: false });
      continue;
    }
    if (t.kind === 'latin') {
      out.push({ id: t.text.toLowerCase(), keys: [stemEnglish(t.text)], functionWord: false });
      continue;
    }
    let keys = [...lex.glossStems(t.text)];
    // compounds the dictionary only glosses vaguely still translate through their characters
    if (t.text.length > 1 && keys.length < 2) {
      for (const ch of t.text) for (const s of lex.glossStems(ch)) keys.push(s);
    }
    const value = chineseNumberValue(t.text);
    if (value !== null) keys.push(`#${value}`);
    if (keys.length === 0) keys = [`zh:${t.text}`];
    out.push({ id: t.text, keys, functionWord: ZH_FUNCTION.has(t.text) });
  }
  return out;
}

/** Lower-case pinyin spelling of a capitalised English word if it reads as Chinese syllables. */
export function pinyinName(word: string, lex: Lexicon): string | null {
  const w = word.toLowerCase().replace(/[-'’]/g, '');
  if (w.length < 2 || !/^[a-z]+$/.test(w)) return null;
  // ok[i]: w.slice(0, i) splits into syllables
  const ok = new Uint8Array(w.length + 1);
  ok[0] = 1;
  for (let i = 1; i <= w.length; i++) {
    for (let k = Math.max(0, i - 6); k < i && !ok[i]; k++)
      if (ok[k] && lex.isSyllable(w.slice(k, i))) ok[i] = 1;
  }
  return ok[w.length] ? w : null;
}

function englishTokens(text: string, lex: Lexicon, names: Set<string>): RawToken[] {
  const out: RawToken[] = [];
  const words = tokenizeEnglish(text);
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    if (t.kind === 'number') {
      out.push({ id: t.text, keys: [numberKey(t.text), t.text], functionWord: false });
      continue;
    }
    const lower = t.text.toLowerCase();
    if (ENGLISH_STOPWORDS.has(lower)) continue;
    const parts = lower.split('-').filter((p) => p && !ENGLISH_STOPWORDS.has(p));
    const keys = parts.map(stemEnglish);
    if (/^[A-Z]/.test(t.text) && k > 0) {
      const py = pinyinName(t.text, lex);
      if (py) {
        keys.push(`py:${py}`);
        names.add(py);
      }
    }
    if (keys.length > 0) out.push({ id: stemEnglish(lower), keys, functionWord: false });
  }
  return out;
}

/** Pinyin keys of 1–3 character windows that spell one of the English names found. */
function nameWindows(text: string, lex: Lexicon, names: Set<string>): string[] {
  const found: string[] = [];
  const han = [...text].filter((c) => /[\u3400-\u9fff]/.test(c));
  for (let i = 0; i < han.length; i++) {
    let spellings = [''];
    for (let len = 1; len <= 3 && i + len <= han.length; len++) {
      const readings = lex.readings(han[i + len - 1]);
      if (readings.length === 0) break;
      const next: string[] = [];
      for (const s of spellings) for (const r of readings) if (next.length < 16) next.push(s + r);
      spellings = next;
      for (const s of spellings) if (names.has(s)) found.push(`py:${s}`);
    }
  }
  return found;
}

function buildSide(raw: RawToken[][], lengths: number[], keys: KeyTable, extra: string[][]): SideFeatures {
  const n = raw.length;
  const df = new Map<string, number>();
  for (const unit of raw) for (const id of new Set(unit.map((t) => t.id))) df.set(id, (df.get(id) ?? 0) + 1);
  const tokens: number[][] = [];
  const tokenKeys: Int32Array[] = [];
  const weights: number[] = [];
  const totalWeight = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const list: number[] = [];
    for (const t of raw[u]) {
      // inverse document frequency within this text: generic, needs no corpus statistics
      let w = Math.log((n + 1) / ((df.get(t.id) ?? 1) + 0.5));
      w = Math.max(w, 0.1) * (t.functionWord ? 0.3 : 1);
      list.push(tokenKeys.length);
      tokenKeys.push(Int32Array.from(new Set(t.keys.map((k) => keys.id(k)))));
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
    extraKeys: extra.map((e) => [...new Set(e.map((k) => keys.id(k)))]),
    totalWeight,
  };
}

export interface PairFeatures {
  zh: SideFeatures;
  en: SideFeatures;
}

/** Features of both sides; keys are interned in one table so they compare as integers. */
export function extractFeatures(zhUnits: string[], enUnits: string[], lex: Lexicon): PairFeatures {
  const keys = new KeyTable();
  const names = new Set<string>();
  const enRaw = enUnits.map((u) => englishTokens(u, lex, names));
  const zhRaw = zhUnits.map((u) => chineseTokens(u, lex));
  const zhExtra = zhUnits.map((u) => (names.size > 0 ? nameWindows(u, lex, names) : []));
  const zhLen = zhUnits.map((u) => u.replace(/\s+/g, '').length);
  const enLen = enUnits.map((u) => u.trim().length);
  return {
    zh: buildSide(zhRaw, zhLen, keys, zhExtra),
    en: buildSide(
      enRaw,
      enLen,
      keys,
      enUnits.map(() => []),
    ),
  };
}
