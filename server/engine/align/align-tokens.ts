import type { Lexicon } from '../lexicon/types';
import { stemEnglish } from '../text/stem-en';
import { ENGLISH_STOPWORDS, tokenizeEnglish } from '../text/tokens-en';
import { chineseNumberValue } from './zh-numbers';

/** A token as evidence: its identity (for document frequency) and the keys it matches on. */
export interface TokenInfo {
  id: string;
  keys: Int32Array;
  functionWord: boolean;
  /** Pinyin spelling when an English token looks like a Chinese name. */
  pinyin?: string;
}

/**
 * Interned keys and per-word token info, shared by every text aligned with one lexicon: a
 * word's keys never change, and texts repeat words, so each is worked out once per process.
 */
export class TokenCache {
  private readonly ids = new Map<string, number>();
  readonly zh = new Map<string, TokenInfo>();
  readonly en = new Map<string, TokenInfo>();

  constructor(readonly lex: Lexicon) {}

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  info(id: string, keys: string[], functionWord: boolean, pinyin?: string): TokenInfo {
    return { id, keys: Int32Array.from(new Set(keys.map((k) => this.id(k)))), functionWord, pinyin };
  }

  /** Keeps a long-running server's tables bounded (numbers alone are endless). */
  trim(): void {
    if (this.ids.size > 1_000_000) {
      this.ids.clear();
      this.zh.clear();
      this.en.clear();
    }
  }
}

const caches = new WeakMap<Lexicon, TokenCache>();

export function tokenCache(lex: Lexicon): TokenCache {
  let c = caches.get(lex);
  if (!c) {
    c = new TokenCache(lex);
    caches.set(lex, c);
  }
  c.trim();
  return c;
}

// Frequent Chinese function words: they match English function-like glosses everywhere.
const ZH_FUNCTION = new Set(
  '的 了 是 在 和 与 及 也 都 就 而 又 还 着 过 把 被 将 给 从 对 向 于 以 之 其 这 那 个 一 不 有 没 很 吗 呢 吧 啊 呀 么 便 却 只 才 已 得 地 所 为 让 使 说 道 我 你 他 她 它 们'.split(
    ' ',
  ),
);

function numberKey(digits: string): string {
  const n = Number(digits.replace(/[,，]/g, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return Number.isFinite(n) ? `#${n}` : `#${digits}`;
}

// Punctuation that survives translation: questions stay questions, exclamations and quoted
// speech mostly stay so. One token per kind and sentence.
const ZH_MARKS: Array<[RegExp, string]> = [
  [/[？?]/, 'p?'],
  [/[！!]/, 'p!'],
  [/[“”「」『』]/, 'p"'],
];
const EN_MARKS: Array<[RegExp, string]> = [
  [/\?/, 'p?'],
  [/!/, 'p!'],
  [/["“”]|(^|[\s(—-])'|'($|[\s,.!?;:)—-])|[‘’](?![a-z])/, 'p"'],
];

function markTokens(text: string, marks: Array<[RegExp, string]>, cache: TokenCache): TokenInfo[] {
  const out: TokenInfo[] = [];
  for (const [re, key] of marks) {
    if (!re.test(text)) continue;
    let info = cache.zh.get(key);
    if (!info) {
      info = cache.info(key, [key], false);
      cache.zh.set(key, info);
    }
    out.push(info);
  }
  return out;
}

function chineseInfo(t: { text: string; kind: string }, cache: TokenCache): TokenInfo {
  const lex = cache.lex;
  if (t.kind === 'number') return cache.info(t.text, [numberKey(t.text)], false);
  if (t.kind === 'latin') return cache.info(t.text.toLowerCase(), [stemEnglish(t.text)], false);
  let keys = [...lex.glossStems(t.text)];
  // compounds the dictionary only glosses vaguely still translate through their characters
  if (t.text.length > 1 && keys.length === 0) {
    for (const ch of t.text) for (const s of lex.glossStems(ch)) keys.push(s);
  }
  const value = chineseNumberValue(t.text);
  if (value !== null) keys.push(`#${value}`);
  if (keys.length === 0) keys = [`zh:${t.text}`];
  return cache.info(t.text, keys, ZH_FUNCTION.has(t.text));
}

export function chineseTokens(text: string, cache: TokenCache): TokenInfo[] {
  const out = markTokens(text, ZH_MARKS, cache);
  for (const t of cache.lex.segment(text)) {
    if (t.kind === 'punct') continue;
    const key = t.kind === 'word' || t.kind === 'unknown' ? t.text : `${t.kind}:${t.text}`;
    let info = cache.zh.get(key);
    if (!info) {
      info = chineseInfo(t, cache);
      cache.zh.set(key, info);
    }
    out.push(info);
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

function englishInfo(word: string, capitalised: boolean, cache: TokenCache): TokenInfo | null {
  if (/^[0-9]/.test(word)) return cache.info(word, [numberKey(word), word], false);
  const lower = word.toLowerCase();
  if (ENGLISH_STOPWORDS.has(lower)) return null;
  const keys = lower
    .split('-')
    .filter((p) => p && !ENGLISH_STOPWORDS.has(p))
    .map(stemEnglish);
  const py = capitalised ? pinyinName(word, cache.lex) : null;
  if (py) keys.push(`py:${py}`);
  return keys.length > 0 ? cache.info(stemEnglish(lower), keys, false, py ?? undefined) : null;
}

export function englishTokens(text: string, cache: TokenCache, names: Set<string>): TokenInfo[] {
  const out = markTokens(text, EN_MARKS, cache);
  const words = tokenizeEnglish(text);
  for (let k = 0; k < words.length; k++) {
    const word = words[k].text;
    // a capital inside a sentence may be a name spelled in pinyin
    const capitalised = k > 0 && /^[A-Z]/.test(word);
    const key = capitalised ? `^${word}` : word;
    let info = cache.en.get(key);
    if (info === undefined) {
      info = englishInfo(word, capitalised, cache) ?? NONE;
      cache.en.set(key, info);
    }
    if (info === NONE) continue;
    if (info.pinyin) names.add(info.pinyin);
    out.push(info);
  }
  return out;
}

/** Pinyin keys of 1–3 character windows that spell one of the English names found. */
export function nameWindows(text: string, lex: Lexicon, names: Set<string>, prefixes: Set<string>): string[] {
  const found: string[] = [];
  const han: string[] = [];
  for (const c of text) if (c >= '\u3400' && c <= '\u9fff') han.push(c);
  for (let i = 0; i < han.length; i++) {
    let spellings = [''];
    for (let len = 1; len <= 3 && i + len <= han.length && spellings.length > 0; len++) {
      const next: string[] = [];
      for (const s of spellings) {
        for (const r of lex.readings(han[i + len - 1])) {
          const spelled = s + r;
          if (!prefixes.has(spelled)) continue;
          next.push(spelled);
          if (names.has(spelled)) found.push(`py:${spelled}`);
        }
      }
      spellings = next;
    }
  }
  return found;
}

const NONE: TokenInfo = { id: '', keys: new Int32Array(0), functionWord: true };
