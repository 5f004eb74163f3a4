import { entryStems, nameHead } from './gloss-stems';
import { findString, MAX_SEGMENT, type PackedLexicon, packLexicon, pairKey, pairLength } from './packed';
import { isPinyinSyllable, pinyinAsName, toneless } from './pinyin';
import { segmentChinese } from './segment';
import type { ChineseToken, Lexicon, LexiconEntry } from './types';

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

// bounded, so a long-lived worker's memo stays flat
const RUN_WORDS_LIMIT = 50_000;

class DictionaryLexicon implements Lexicon {
  // Lines are sorted by headword and packed in typed arrays (packed.ts), with hash tables of
  // the headwords and of the traditional forms: loading is one pass over the file, and the
  // server's engine threads share one copy. Traditional forms count as words only once a
  // text has needed them (imports convert to simplified first), as when they were indexed lazily.
  private tradOn = false;
  // first two characters → longest headword starting with them (filled as text is seen)
  private readonly prefixLongest = new Map<string, number>();
  private readonly stemCache = new Map<string, readonly string[]>();
  private readonly readingCache = new Map<string, readonly string[]>();
  private readonly entryCache = new Map<string, readonly LexiconEntry[]>();
  // Han run → its words: an article's rows are segmented alone and again inside their
  // neighbours' context; forgotten when traditional forms come in (they change the words)
  private runWords = new Map<string, readonly string[]>();
  private runWordsTrad = false;
  private distinct = -1;
  private readonly n: number;
  private readonly restBuf: Buffer;

  constructor(private readonly p: PackedLexicon) {
    this.n = p.keyStart.length - 1;
    this.restBuf = Buffer.from(p.rest.buffer, p.rest.byteOffset, p.rest.byteLength);
  }

  /** Compares `word` with the headword of line `i`, in UTF-16 order. */
  private compareKey(word: string, i: number): number {
    const { keys, keyStart } = this.p;
    const from = keyStart[i];
    const len = keyStart[i + 1] - from;
    for (let k = 0; ; k++) {
      const a = k < word.length ? word.charCodeAt(k) : -1;
      const b = k < len ? keys[from + k] : -1;
      if (a !== b || a === -1) return a - b;
    }
  }

  private key(i: number): string {
    return String.fromCharCode(...this.p.keys.subarray(this.p.keyStart[i], this.p.keyStart[i + 1]));
  }

  /** Index of the first line whose headword is >= word. */
  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareKey(word, mid) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private find(word: string): number {
    return findString(this.p.wordSlots, this.p.keys, this.p.keyStart, word);
  }

  /** Lines whose traditional form (when it differs from the headword) is `word`. */
  private tradLines(word: string): number[] {
    const out: number[] = [];
    for (
      let i = findString(this.p.tradSlots, this.p.trad, this.p.tradStart, word);
      i >= 0;
      i = this.p.tradNext[i]
    )
      out.push(i);
    return out;
  }

  private isTraditional(word: string): boolean {
    return findString(this.p.tradSlots, this.p.trad, this.p.tradStart, word) >= 0;
  }

  private linesOf(word: string): number[] {
    const first = this.find(word);
    if (first >= 0) {
      const out = [first];
      for (let i = first + 1; i < this.n && this.compareKey(word, i) === 0; i++) out.push(i);
      return out;
    }
    if (!/[\u3400-\u9fff]/.test(word)) return [];
    this.tradOn = true;
    return this.tradLines(word);
  }

  /** Longest headword (capped) that starts with the two characters `two`; 1 if none does. */
  private longestFrom(two: string): number {
    let best = this.prefixLongest.get(two);
    if (best === undefined) {
      best = 1;
      for (let i = this.lowerBound(two); i < this.n && this.startsWith(i, two); i++) {
        best = Math.max(best, Math.min(this.p.keyStart[i + 1] - this.p.keyStart[i], MAX_SEGMENT));
      }
      this.prefixLongest.set(two, best);
    }
    if (!this.tradOn) return best;
    const trad = pairLength(this.p.tradPrefixKeys, this.p.tradPrefixLen, pairKey(two)) ?? 1;
    return Math.max(best, Math.min(trad, MAX_SEGMENT));
  }

  /** Does line i's headword start with `two` (the old test on the whole line)? */
  private startsWith(i: number, two: string): boolean {
    const from = this.p.keyStart[i];
    for (let k = 0; k < two.length; k++) {
      // past the headword the line went on with a tab: no character of `two` matches there
      if (from + k >= this.p.keyStart[i + 1] || this.p.keys[from + k] !== two.charCodeAt(k)) return false;
    }
    return true;
  }

  private raw(i: number): RawEntry {
    const rest = this.restBuf.toString('utf8', this.p.restStart[i], this.p.restStart[i + 1]);
    const [simplified, traditional, pinyin, stems, ...glosses] = (this.key(i) + rest).split('\t');
    return { simplified, traditional, pinyin, stems, glosses };
  }

  get size(): number {
    if (this.distinct < 0) {
      let n = 0;
      let last = '';
      for (let i = 0; i < this.n; i++) {
        const key = this.key(i);
        if (key !== last) n++;
        last = key;
      }
      this.distinct = n;
    }
    return this.distinct;
  }

  has(word: string): boolean {
    return this.find(word) >= 0;
  }

  /** Longest headword (capped) that ends with the two characters `two`. */
  private longestTo(two: string): number {
    const simplified = pairLength(this.p.suffixKeys, this.p.suffixLen, pairKey(two)) ?? 2;
    if (!this.tradOn) return simplified;
    const trad = pairLength(this.p.tradSuffixKeys, this.p.tradSuffixLen, pairKey(two)) ?? 2;
    return Math.max(simplified, Math.min(trad, MAX_SEGMENT));
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
    if (!this.tradOn && /[\u3400-\u9fff]/.test(text)) {
      for (const ch of text) {
        if (ch >= '\u3400' && ch <= '\u9fff' && !this.has(ch)) {
          this.tradOn = true;
          break;
        }
      }
    }
    const trad = this.tradOn;
    if (trad !== this.runWordsTrad || this.runWords.size >= RUN_WORDS_LIMIT) {
      this.runWords = new Map();
      this.runWordsTrad = trad;
    }
    return segmentChinese(
      text,
      trad ? (w) => this.has(w) || this.isTraditional(w) : (w) => this.has(w),
      (two) => this.longestFrom(two),
      (two) => this.longestTo(two),
      this.runWords,
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
  return new DictionaryLexicon(packLexiconText(text));
}

/** A lexicon over packed lines, e.g. ones another thread packed into SharedArrayBuffers. */
export function lexiconOfPacked(packed: PackedLexicon): Lexicon {
  return new DictionaryLexicon(packed);
}

/** The text of a dictionary file packed (see parseLexicon); `share` for other threads to use. */
export function packLexiconText(text: string, share = false): PackedLexicon {
  const lines = text.split('\n').filter((l) => l.length > 0 && l[0] !== '#');
  // the generated file is sorted; a hand-written one (tests) may not be
  for (let i = 1; i < lines.length; i++) {
    if (lines[i - 1] > lines[i]) {
      lines.sort();
      break;
    }
  }
  return packLexicon(lines, share);
}
