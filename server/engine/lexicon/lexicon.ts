import { entryStems, nameHead } from './gloss-stems';
import { isPinyinSyllable, pinyinAsName, toneless } from './pinyin';
import { segmentChinese } from './segment';
import type { ChineseToken, Lexicon, LexiconEntry } from './types';

// Longer headwords exist (idioms, titles) but matching beyond this only costs time.
const MAX_SEGMENT = 8;
// Parsed entries kept (then forgotten all at once: memory stays flat over a long batch).
const ENTRY_CACHE = 50_000;
// Column 4 holds precomputed gloss stems; this marks a file built without them.
const NO_STEMS = '?';

interface RawEntry {
  simplified: string;
  traditional: string;
  pinyin: string;
  stems: string;
  glosses: string[];
}

/** Compares `word` with the headword (text before the first tab) of `line`, in UTF-16 order. */
function compareKey(word: string, line: string): number {
  for (let k = 0; ; k++) {
    const a = k < word.length ? word.charCodeAt(k) : -1;
    let b = line.charCodeAt(k);
    if (b === 9 || Number.isNaN(b)) b = -1;
    if (a !== b || a === -1) return a - b;
  }
}

class DictionaryLexicon implements Lexicon {
  // Lines are sorted by headword, so lookups are binary searches: loading is one split of
  // the file, with no index of 124,000 words to build before the first sentence.
  // Traditional forms get a Map, built on first need (imports convert to simplified first).
  private traditional: Map<string, number[]> | null = null;
  private readonly tradPrefix = new Map<string, number>();
  private readonly tradSuffix = new Map<string, number>();
  // first two characters → longest headword starting with them (filled as text is seen)
  private readonly prefixLongest = new Map<string, number>();
  // Segmentation asks "is this a word?" for every candidate length at every position: a
  // binary search each time made it the checks' largest cost. The first segmentation builds
  // a set of the headwords and, per last two characters, the longest headword ending so.
  private words: Set<string> | null = null;
  private suffixLongest: Map<string, number> | null = null;
  private readonly stemCache = new Map<string, readonly string[]>();
  private readonly readingCache = new Map<string, readonly string[]>();
  private readonly entryCache = new Map<string, readonly LexiconEntry[]>();
  private distinct = -1;

  constructor(private readonly lines: string[]) {}

  /** Index of the first line whose headword is >= word. */
  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKey(word, this.lines[mid]) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private find(word: string): number {
    const i = this.lowerBound(word);
    return i < this.lines.length && compareKey(word, this.lines[i]) === 0 ? i : -1;
  }

  private traditionalIndex(): Map<string, number[]> {
    if (!this.traditional) {
      const map = new Map<string, number[]>();
      for (let i = 0; i < this.lines.length; i++) {
        const line = this.lines[i];
        const t1 = line.indexOf('\t');
        const trad = line.slice(t1 + 1, line.indexOf('\t', t1 + 1));
        if (trad === line.slice(0, t1)) continue;
        const list = map.get(trad);
        if (list) list.push(i);
        else {
          map.set(trad, [i]);
          const two = trad.slice(0, 2);
          if (trad.length > 1 && (this.tradPrefix.get(two) ?? 0) < trad.length)
            this.tradPrefix.set(two, trad.length);
          const end = trad.slice(-2);
          if (trad.length > 2 && (this.tradSuffix.get(end) ?? 0) < trad.length)
            this.tradSuffix.set(end, trad.length);
        }
      }
      this.traditional = map;
    }
    return this.traditional;
  }

  private linesOf(word: string): number[] {
    const first = this.find(word);
    if (first >= 0) {
      const out = [first];
      for (let i = first + 1; i < this.lines.length && compareKey(word, this.lines[i]) === 0; i++)
        out.push(i);
      return out;
    }
    return /[\u3400-\u9fff]/.test(word) ? (this.traditionalIndex().get(word) ?? []) : [];
  }

  /** Longest headword (capped) that starts with the two characters `two`; 1 if none does. */
  private longestFrom(two: string): number {
    let best = this.prefixLongest.get(two);
    if (best === undefined) {
      best = 1;
      for (let i = this.lowerBound(two); i < this.lines.length && this.lines[i].startsWith(two); i++) {
        best = Math.max(best, Math.min(this.lines[i].indexOf('\t'), MAX_SEGMENT));
      }
      this.prefixLongest.set(two, best);
    }
    return this.traditional ? Math.max(best, Math.min(this.tradPrefix.get(two) ?? 1, MAX_SEGMENT)) : best;
  }

  private raw(i: number): RawEntry {
    const [simplified, traditional, pinyin, stems, ...glosses] = this.lines[i].split('\t');
    return { simplified, traditional, pinyin, stems, glosses };
  }

  get size(): number {
    if (this.distinct < 0) {
      let n = 0;
      let last = '';
      for (const line of this.lines) {
        const key = line.slice(0, line.indexOf('\t'));
        if (key !== last) n++;
        last = key;
      }
      this.distinct = n;
    }
    return this.distinct;
  }

  has(word: string): boolean {
    return this.words ? this.words.has(word) : this.find(word) >= 0;
  }

  private wordIndex(): Set<string> {
    if (!this.words) {
      const words = new Set<string>();
      const suffix = new Map<string, number>();
      let last = '';
      for (const line of this.lines) {
        const key = line.slice(0, line.indexOf('\t'));
        if (key === last) continue;
        last = key;
        words.add(key);
        if (key.length > 2) {
          const two = key.slice(-2);
          const len = Math.min(key.length, MAX_SEGMENT);
          if ((suffix.get(two) ?? 2) < len) suffix.set(two, len);
        }
      }
      this.words = words;
      this.suffixLongest = suffix;
    }
    return this.words;
  }

  /** Longest headword (capped) that ends with the two characters `two`. */
  private longestTo(two: string): number {
    const simplified = this.suffixLongest?.get(two) ?? 2;
    if (!this.traditional) return simplified;
    return Math.max(simplified, Math.min(this.tradSuffix.get(two) ?? 2, MAX_SEGMENT));
  }

  lookup(word: string): LexiconEntry[] {
    // every check asks about the same words of a row: parse each word's lines once
    let entries = this.entryCache.get(word);
    if (!entries) {
      entries = Object.freeze(
        this.linesOf(word).map((i) => {
          const { simplified, traditional, pinyin, glosses } = this.raw(i);
          Object.freeze(glosses);
          return Object.freeze({
            simplified,
            traditional,
            pinyin,
            glosses,
            properNoun: /^[A-Z]/.test(pinyin),
          });
        }),
      );
      if (this.entryCache.size >= ENTRY_CACHE) this.entryCache.clear();
      this.entryCache.set(word, entries);
    }
    return entries as LexiconEntry[];
  }

  glossStems(word: string): readonly string[] {
    let stems = this.stemCache.get(word);
    if (!stems) {
      const set = new Set<string>();
      for (const i of this.linesOf(word)) {
        const e = this.raw(i);
        const list = e.stems === NO_STEMS ? entryStems(e.pinyin, e.glosses) : e.stems.split(' ');
        for (const s of list) if (s) set.add(s);
      }
      stems = [...set];
      this.stemCache.set(word, stems);
    }
    return stems;
  }

  isProperNoun(word: string): boolean {
    return this.lookup(word).some((e) => e.properNoun);
  }

  englishNames(word: string): string[] {
    const names = new Set<string>();
    for (const entry of this.lookup(word)) {
      if (!entry.properNoun) continue;
      const spelled = pinyinAsName(entry.pinyin);
      if (spelled) names.add(spelled);
      for (const gloss of entry.glosses) {
        const head = nameHead(gloss);
        if (/^[A-Z]/.test(head)) names.add(head);
      }
    }
    return [...names];
  }

  readings(char: string): readonly string[] {
    let list = this.readingCache.get(char);
    if (!list) {
      const set = new Set<string>();
      for (const i of this.linesOf(char)) {
        const s = toneless(this.raw(i).pinyin);
        if (/^[a-z]+$/.test(s)) set.add(s);
      }
      list = [...set];
      this.readingCache.set(char, list);
    }
    return list;
  }

  isSyllable(syllable: string): boolean {
    return isPinyinSyllable(syllable);
  }

  segment(text: string): ChineseToken[] {
    // a character the simplified headwords lack suggests traditional text: index those too
    if (!this.traditional && /[\u3400-\u9fff]/.test(text)) {
      for (const ch of text) {
        if (ch >= '\u3400' && ch <= '\u9fff' && !this.has(ch)) {
          this.traditionalIndex();
          break;
        }
      }
    }
    const words = this.wordIndex();
    const trad = this.traditional;
    return segmentChinese(
      text,
      trad ? (w) => words.has(w) || trad.has(w) : (w) => words.has(w),
      (two) => this.longestFrom(two),
      (two) => this.longestTo(two),
    );
  }
}

/**
 * Builds a lexicon from the text of data/generated/lexicon.tsv (see scripts/build-lexicon.mjs):
 * one entry per line, tab-separated: simplified, traditional, pinyin, gloss stems (space-
 * separated, or '?' to compute them here), glosses…; lines starting with '#' are comments.
 * Tests pass small inline dictionaries through here.
 */
export function parseLexicon(text: string): Lexicon {
  const lines = text.split('\n').filter((l) => l.length > 0 && l[0] !== '#');
  // the generated file is sorted; a hand-written one (tests) may not be
  for (let i = 1; i < lines.length; i++) {
    if (lines[i - 1] > lines[i]) {
      lines.sort();
      break;
    }
  }
  return new DictionaryLexicon(lines);
}
