// Dictionary evidence that one side of a pair says what the other says: Chinese words whose
// CC-CEDICT glosses meet the English, English words some Chinese word can be glossed as,
// and names spelled in pinyin. Shared by omission, addition, entity and headline checks.
import type { ChineseToken, Lexicon } from '../lexicon/types';
import { stemEnglish } from '../text/stem-en';
import { contentStems, ENGLISH_STOPWORDS } from '../text/tokens-en';
import type { CheckContext } from './context';

export interface ZhWord {
  text: string;
  start: number;
  end: number;
  stems: readonly string[];
}

const HAN = /[\u3400-\u9fff]/;

// The desk re-checks an article after every edit and most rows are unchanged: segmentation
// and content words are memoised per dictionary and text (bounded, so memory stays flat).
const MEMO_LIMIT = 5000;

const otherMemos: (() => void)[] = [];

/** Forgets memoised text analyses (benchmarks use it to time cold articles). */
export function clearCheckMemos(): void {
  for (const clear of otherMemos) clear();
}

/**
 * A memo of one analysis of texts, per owner (a dictionary, or a module's own key), holding at
 * most `limit` texts and forgotten by clearCheckMemos.
 */
export function textMemo<V>(limit: number): (owner: object, key: string, make: () => V) => V {
  let store = new WeakMap<object, Map<string, V>>();
  otherMemos.push(() => {
    store = new WeakMap();
  });
  return (owner, key, make) => {
    let m = store.get(owner);
    if (!m) {
      m = new Map();
      store.set(owner, m);
    }
    let v = m.get(key);
    if (v === undefined) {
      if (m.size >= limit) m.clear();
      v = make();
      m.set(key, v);
    }
    return v;
  };
}

const segMemo = textMemo<ChineseToken[]>(MEMO_LIMIT);
const wordMemo = textMemo<ZhWord[]>(MEMO_LIMIT);
// a text's characters indexed once, for all the names asked about it
const matcherMemo = textMemo<(name: string) => boolean>(MEMO_LIMIT);

/** Dictionary segmentation of a Chinese text, memoised. */
export function segment(dict: Lexicon, zh: string): ChineseToken[] {
  return segMemo(dict, zh, () => dict.segment(zh));
}

/** Content words of a Chinese text that the dictionary can gloss. */
export function zhContentWords(zh: string, ctx: CheckContext): ZhWord[] {
  const dict = ctx.dictionary;
  if (!dict) return [];
  return wordMemo(dict, zh, () => contentWordsOf(zh, dict, ctx));
}

function contentWordsOf(zh: string, dict: Lexicon, ctx: CheckContext): ZhWord[] {
  const out: ZhWord[] = [];
  for (const t of segment(dict, zh)) {
    if (t.kind !== 'word' || !HAN.test(t.text) || ctx.lexicons.zhFunctionWords.has(t.text)) continue;
    const stems = dict.glossStems(t.text);
    if (stems.length > 0) out.push({ text: t.text, start: t.start, end: t.end, stems });
  }
  return out;
}

// Derivation changes the ending, not the head: a gloss "science" is met by "scientific",
// "strategy" by "strategic", "innovation" by "innovative". Words of at least this many letters
// also match on this many first letters (shorter heads join unrelated words: prote-in/-ct).
const HEAD = 6;
const headKey = (w: string) => `^${w.slice(0, HEAD)}`;

/** Stems of the English content words, the lower-cased words themselves (for pinyin names) and their heads. */
export function enStemSet(en: string): ReadonlySet<string> {
  return stemSetMemo(STEM_SETS, en, () => stemSetOf(en));
}

// a row's English is read by omission, addition and headline checks, and again as a neighbour's
const STEM_SETS = {};
const stemSetMemo = textMemo<ReadonlySet<string>>(MEMO_LIMIT);
const tokenMemo = textMemo<readonly EnToken[]>(MEMO_LIMIT);

function stemSetOf(en: string): Set<string> {
  const set = new Set(contentStems(en));
  for (const s of [...set]) if (s.length >= HEAD) set.add(headKey(s));
  for (const w of en.toLowerCase().match(/[a-z]+/g) ?? []) set.add(w);
  return set;
}

/** Does one gloss stem meet the English: the stem itself, or its head for long words. */
function meets(stem: string, en: ReadonlySet<string>): boolean {
  return en.has(stem) || (stem.length >= HEAD && en.has(headKey(stem)));
}

/** Share of the Chinese content words whose glosses meet the English (1 when nothing to measure). */
export function zhCoverage(words: readonly ZhWord[], en: ReadonlySet<string>): number {
  if (words.length === 0) return 1;
  let hit = 0;
  for (const w of words) if (w.stems.some((s) => meets(s, en))) hit++;
  return hit / words.length;
}

/** Every stem any Chinese word of the text can be glossed as. */
export function glossUnion(words: readonly ZhWord[]): ReadonlySet<string> {
  let set = glossUnions.get(words);
  if (!set) {
    set = new Set<string>();
    for (const w of words) for (const s of w.stems) set.add(s);
    glossUnions.set(words, set);
  }
  return set;
}

// zhContentWords gives a text's words as one memoised list: its union is made once
const glossUnions = new WeakMap<readonly ZhWord[], Set<string>>();

/** Can `name` (one English word) be read as consecutive characters of `zh` in pinyin? */
export function pinyinMatches(name: string, zh: string, dict: Lexicon): boolean {
  return matcherMemo(dict, zh, () => pinyinMatcher(zh, dict))(name);
}

// A character's readings as a name spells them: ü written v, and u for both.
const spellings = new WeakMap<Lexicon, Map<string, readonly string[]>>();

function spellingsOf(ch: string, dict: Lexicon): readonly string[] {
  let m = spellings.get(dict);
  if (!m) {
    m = new Map();
    spellings.set(dict, m);
  }
  let list = m.get(ch);
  if (!list) {
    const set = new Set<string>();
    for (const r of dict.readings(ch)) {
      const rr = r.replace('u:', 'v').replace('ü', 'v');
      set.add(rr);
      set.add(rr.replace('v', 'u'));
    }
    list = [...set];
    m.set(ch, list);
  }
  return list;
}

const pinyinTarget = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/** Do consecutive characters of `zh` from `pos` spell `target` (at most seven syllables)? */
function fitsAt(target: string, zh: string, pos: number, dict: Lexicon): boolean {
  const fits = (at: number, from: number, depth: number): boolean => {
    if (from === target.length) return depth > 0;
    if (at >= zh.length || depth > 6) return false;
    for (const r of spellingsOf(zh[at], dict))
      if (target.startsWith(r, from) && fits(at + 1, from + r.length, depth + 1)) return true;
    return false;
  };
  return fits(pos, 0, 0);
}

/**
 * pinyinMatches for one long text (an article's whole Chinese) asked about many names: each
 * character's positions are indexed once and a name is tried only where a reading of the
 * character there begins it, instead of at every position of the text.
 */
export function pinyinMatcher(zh: string, dict: Lexicon): (name: string) => boolean {
  let at: Map<string, number[]> | null = null;
  // a spelling → the characters read so
  let chars: Map<string, string[]> | null = null;
  let longest = 0;
  const memo = new Map<string, boolean>();
  const index = () => {
    at = new Map();
    chars = new Map();
    for (let i = 0; i < zh.length; i++) {
      // HAN's range, by code unit (a regex test per character cost more than the rest)
      const code = zh.charCodeAt(i);
      if (code < 0x3400 || code > 0x9fff) continue;
      const list = at.get(zh[i]);
      if (list) list.push(i);
      else at.set(zh[i], [i]);
    }
    for (const c of at.keys())
      for (const r of spellingsOf(c, dict)) {
        longest = Math.max(longest, r.length);
        const list = chars.get(r);
        if (list) list.push(c);
        else chars.set(r, [c]);
      }
  };
  const matches = (target: string): boolean => {
    if (!at || !chars) index();
    for (let len = 1; len <= Math.min(longest, target.length); len++)
      for (const c of chars?.get(target.slice(0, len)) ?? [])
        for (const pos of at?.get(c) ?? []) if (fitsAt(target, zh, pos, dict)) return true;
    return false;
  };
  return (name) => {
    const target = pinyinTarget(name);
    if (target.length < 2) return false;
    let v = memo.get(target);
    if (v === undefined) {
      v = matches(target);
      memo.set(target, v);
    }
    return v;
  };
}

/** Content words of an English text as (stem, span), stop words dropped. */
export function enContentTokens(en: string, stop: ReadonlySet<string>): readonly EnToken[] {
  return tokenMemo(stop, en, () => contentTokensOf(en, stop));
}

export interface EnToken {
  word: string;
  stem: string;
  start: number;
  end: number;
}

function contentTokensOf(en: string, stop: ReadonlySet<string>): EnToken[] {
  const out: EnToken[] = [];
  for (const m of en.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)?/g)) {
    const lower = m[0].toLowerCase();
    if (stop.has(lower) || lower.length < 2) continue;
    out.push({ word: m[0], stem: stemEnglish(lower), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function supports(gloss: ReadonlySet<string>, zh: string, t: { word: string; stem: string }): boolean {
  return gloss.has(t.stem) || gloss.has(t.word.toLowerCase()) || zh.includes(t.word);
}

/**
 * Did the aligner leave this Chinese row alone although a neighbour's English renders it?
 * True when most of this row's words meet English words of a neighbour that the neighbour's
 * own Chinese does not explain: the translator made one sentence of two. A neighbour that
 * merely shares the topic has no such surplus.
 */
export function zhMergedIntoNeighbour(
  zh: string,
  neighbours: { zh: string; en: string }[],
  ctx: CheckContext,
): boolean {
  const mine = zhContentWords(zh, ctx);
  if (mine.length < 2) return false;
  for (const n of neighbours) {
    if (!n.en.trim()) continue;
    const own = glossUnion(zhContentWords(n.zh, ctx));
    const surplus = new Set(
      enContentTokens(n.en, ctx.lexicons.enStopwords)
        .filter((t) => !supports(own, n.zh, t))
        .map((t) => t.stem),
    );
    const bySurplus = zhCoverage(mine, surplus);
    // a long neighbour explains much of its own surplus with words this row shares: then a
    // high overall coverage with some surplus is enough
    if (bySurplus >= 0.5 || (bySurplus >= 0.3 && zhCoverage(mine, enStemSet(n.en)) >= 0.65)) return true;
  }
  return false;
}

/** The same for an English row left alone: its words are what a neighbour's Chinese says and the neighbour's English does not. */
export function enMergedIntoNeighbour(
  en: string,
  neighbours: { zh: string; en: string }[],
  ctx: CheckContext,
): boolean {
  const mine = enContentTokens(en, ctx.lexicons.enStopwords);
  if (mine.length < 2) return false;
  for (const n of neighbours) {
    if (!n.zh.trim()) continue;
    const theirs = enStemSet(n.en);
    const surplus = glossUnion(zhContentWords(n.zh, ctx).filter((w) => !w.stems.some((x) => theirs.has(x))));
    if (mine.filter((t) => surplus.has(t.stem)).length / mine.length >= 0.5) return true;
  }
  return false;
}

/**
 * Coverage of each Chinese sentence of a row when every English word renders one Chinese word
 * only. Sentences of one paragraph repeat their topic (儿童失踪信息 twice): with plain coverage
 * a dropped sentence still looks rendered by the words its neighbour's English shares with it.
 * Words that occur in one sentence take their English first; repeated ones share what is left,
 * in sentence order. A word the English has no token for counts as unmet, as usual.
 */
export function sentenceCoverages(sentences: ZhWord[][], en: string): number[] {
  // one token per English word, known by its form, its stem and its head
  const tokens: Set<string>[] = [];
  for (const w of en.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (ENGLISH_STOPWORDS.has(w)) continue;
    const stem = stemEnglish(w);
    tokens.push(new Set(stem.length >= HEAD ? [w, stem, headKey(stem)] : [w, stem]));
  }
  const used = new Array<boolean>(tokens.length).fill(false);
  const take = (w: ZhWord): boolean => {
    for (let i = 0; i < tokens.length; i++) {
      if (used[i]) continue;
      if (w.stems.some((s) => tokens[i].has(s) || (s.length >= HEAD && tokens[i].has(headKey(s))))) {
        used[i] = true;
        return true;
      }
    }
    return false;
  };
  const inSentences = new Map<string, number>();
  for (const s of sentences)
    for (const t of new Set(s.map((w) => w.text))) inSentences.set(t, (inSentences.get(t) ?? 0) + 1);
  const hits = sentences.map(() => 0);
  sentences.forEach((s, k) => {
    for (const w of s) if ((inSentences.get(w.text) ?? 0) <= 1 && take(w)) hits[k]++;
  });
  sentences.forEach((s, k) => {
    for (const w of s) if ((inSentences.get(w.text) ?? 0) > 1 && take(w)) hits[k]++;
  });
  return sentences.map((s, k) => (s.length === 0 ? 1 : hits[k] / s.length));
}

/**
 * Words to look for, spelled in pinyin, in many texts (an article's names in its rows). A walk
 * through a text's readings follows only spellings some word begins with, so a text costs its
 * own length, not its length times the number of words.
 */
export class PinyinTargets {
  private readonly prefixes = new Set<string>();
  private readonly words = new Map<string, string[]>();

  constructor(
    words: Iterable<string>,
    private readonly dict: Lexicon,
  ) {
    for (const w of words) {
      const target = pinyinTarget(w);
      if (target.length < 2) continue;
      for (let k = 0; k <= target.length; k++) this.prefixes.add(target.slice(0, k));
      const list = this.words.get(target);
      if (list) list.push(w);
      else this.words.set(target, [w]);
    }
  }

  /** The words for which pinyinMatches(word, zh) holds. */
  in(zh: string): Set<string> {
    const out = new Set<string>();
    const walk = (at: number, spelled: string, depth: number) => {
      if (depth > 0) for (const w of this.words.get(spelled) ?? []) out.add(w);
      if (at >= zh.length || depth > 6) return;
      for (const r of spellingsOf(zh[at], this.dict)) {
        const next = spelled + r;
        if (this.prefixes.has(next)) walk(at + 1, next, depth + 1);
      }
    };
    if (this.words.size > 0) for (let i = 0; i < zh.length; i++) if (HAN.test(zh[i])) walk(i, '', 0);
    return out;
  }
}
