import { entryStems, nameHead } from './gloss-stems';
import { isPinyinSyllable, pinyinAsName, toneless } from './pinyin';
import { segmentChinese } from './segment';
import type { ChineseToken, Lexicon, LexiconEntry } from './types';

// Longer headwords exist (idioms, titles) but matching beyond this only costs time.
const MAX_SEGMENT = 8;
// Column 4 holds precomputed gloss stems; this marks a file built without them.
const NO_STEMS = '?';

interface RawEntry {
  simplified: string;
  traditional: string;
  pinyin: string;
  stems: string;
  glosses: string[];
}

class DictionaryLexicon implements Lexicon {
  // simplified word → line number, or -(k + 1) for multi[k] when a word has several entries:
  // most words have one, and not allocating an array each keeps loading fast
  private readonly index = new Map<string, number>();
  private readonly multi: number[][] = [];
  // traditional forms, indexed on first use only (imports convert to simplified first)
  private traditional: Map<string, number[]> | null = null;
  // first two characters of every longer word → its longest length (and the same for the
  // last two): segmentation then tries only lengths that can exist at a position
  private readonly prefix2 = new Map<string, number>();
  private readonly suffix2 = new Map<string, number>();
  private readonly stemCache = new Map<string, readonly string[]>();
  private readonly readingCache = new Map<string, readonly string[]>();

  constructor(private readonly lines: string[]) {
    for (let i = 0; i < lines.length; i++) {
      const t1 = lines[i].indexOf('\t');
      if (t1 > 0) this.add(lines[i].slice(0, t1), i);
    }
  }

  private add(word: string, line: number): void {
    const found = this.index.get(word);
    if (found === undefined) {
      this.index.set(word, line);
      this.notePrefixes(word);
    } else if (found >= 0) {
      this.multi.push([found, line]);
      this.index.set(word, -this.multi.length);
    } else this.multi[-found - 1].push(line);
  }

  private notePrefixes(word: string): void {
    if (word.length < 2) return;
    const len = Math.min(word.length, MAX_SEGMENT);
    const pre = word.slice(0, 2);
    const suf = word.slice(-2);
    if ((this.prefix2.get(pre) ?? 0) < len) this.prefix2.set(pre, len);
    if ((this.suffix2.get(suf) ?? 0) < len) this.suffix2.set(suf, len);
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
          this.notePrefixes(trad);
        }
      }
      this.traditional = map;
    }
    return this.traditional;
  }

  private linesOf(word: string): number[] {
    const found = this.index.get(word);
    if (found !== undefined) return found >= 0 ? [found] : this.multi[-found - 1];
    return /[\u3400-\u9fff]/.test(word) ? (this.traditionalIndex().get(word) ?? []) : [];
  }

  private raw(i: number): RawEntry {
    const [simplified, traditional, pinyin, stems, ...glosses] = this.lines[i].split('\t');
    return { simplified, traditional, pinyin, stems, glosses };
  }

  get size(): number {
    return this.index.size;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  lookup(word: string): LexiconEntry[] {
    return this.linesOf(word).map((i) => {
      const { simplified, traditional, pinyin, glosses } = this.raw(i);
      return { simplified, traditional, pinyin, glosses, properNoun: /^[A-Z]/.test(pinyin) };
    });
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
    // a character the simplified index lacks suggests traditional text: index those forms too
    if (!this.traditional && /[\u3400-\u9fff]/.test(text)) {
      for (const ch of text) {
        if (ch >= '\u3400' && ch <= '\u9fff' && !this.index.has(ch)) {
          this.traditionalIndex();
          break;
        }
      }
    }
    const trad = this.traditional;
    return segmentChinese(
      text,
      (w) => this.index.has(w) || trad?.has(w) === true,
      (two) => this.prefix2.get(two) ?? 1,
      (two) => this.suffix2.get(two) ?? 1,
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
  return new DictionaryLexicon(lines);
}
