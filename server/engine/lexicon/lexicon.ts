import { stemsOfGloss } from './gloss-stems';
import { segmentChinese } from './segment';
import type { ChineseToken, Lexicon, LexiconEntry } from './types';

// Longer headwords exist (idioms, titles) but matching beyond this only costs time.
const MAX_SEGMENT = 8;
const MAX_GLOSS_STEMS = 4;

function toneless(syllable: string): string {
  return syllable.toLowerCase().replace(/[0-9]/g, '').replace(/u:/g, 'v').replace(/ü/g, 'v');
}

/** "Bei3 jing1" → "Beijing": how English text usually spells a Chinese name. */
function pinyinAsName(pinyin: string): string {
  const joined = pinyin
    .split(/\s+/)
    .map(toneless)
    .filter((s) => /^[a-z]+$/.test(s))
    .join('');
  return joined ? joined[0].toUpperCase() + joined.slice(1) : '';
}

function nameHead(gloss: string): string {
  return gloss
    .replace(/^(surname|abbr\. for|old name for|short for)\s+/i, '')
    .replace(/\s*[(,;].*$/, '')
    .trim();
}

class DictionaryLexicon implements Lexicon {
  private readonly index = new Map<string, number[]>();
  private readonly stemCache = new Map<string, readonly string[]>();
  private readonly readingCache = new Map<string, readonly string[]>();
  private syllables: Set<string> | null = null;

  constructor(private readonly lines: string[]) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const t1 = line.indexOf('\t');
      const t2 = line.indexOf('\t', t1 + 1);
      if (t1 <= 0 || t2 < 0) continue;
      const simp = line.slice(0, t1);
      this.add(simp, i);
      const trad = line.slice(t1 + 1, t2);
      if (trad !== simp) this.add(trad, i);
    }
  }

  private add(word: string, line: number): void {
    const list = this.index.get(word);
    if (list) list.push(line);
    else this.index.set(word, [line]);
  }

  get size(): number {
    return this.index.size;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  lookup(word: string): LexiconEntry[] {
    const found = this.index.get(word);
    if (!found) return [];
    return found.map((i) => {
      const [simplified, traditional, pinyin, ...glosses] = this.lines[i].split('\t');
      return { simplified, traditional, pinyin, glosses, properNoun: /^[A-Z]/.test(pinyin) };
    });
  }

  glossStems(word: string): readonly string[] {
    let stems = this.stemCache.get(word);
    if (!stems) {
      const set = new Set<string>();
      for (const entry of this.lookup(word)) {
        if (entry.properNoun) {
          // a name's gloss explains who it is; English text spells the name itself
          const spelled = pinyinAsName(entry.pinyin).toLowerCase();
          if (spelled) set.add(spelled);
          for (const gloss of entry.glosses) {
            const head = stemsOfGloss(nameHead(gloss));
            if (head.length <= 2) for (const s of head) set.add(s);
          }
          continue;
        }
        for (const gloss of entry.glosses) {
          const stems = stemsOfGloss(gloss);
          // long glosses are usage notes ("used after a verb to…"), not translations
          if (stems.length <= MAX_GLOSS_STEMS) for (const s of stems) set.add(s);
        }
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
      for (const e of this.lookup(char)) {
        const s = toneless(e.pinyin);
        if (/^[a-z]+$/.test(s)) set.add(s);
      }
      list = [...set];
      this.readingCache.set(char, list);
    }
    return list;
  }

  isSyllable(syllable: string): boolean {
    if (!this.syllables) {
      const set = new Set<string>();
      for (const [word, lines] of this.index) {
        if (word.length !== 1) continue;
        for (const i of lines) {
          const line = this.lines[i];
          const t1 = line.indexOf('\t');
          const t2 = line.indexOf('\t', t1 + 1);
          const s = toneless(line.slice(t2 + 1, line.indexOf('\t', t2 + 1)));
          if (/^[a-z]+$/.test(s)) set.add(s);
        }
      }
      this.syllables = set;
    }
    return this.syllables.has(syllable);
  }

  segment(text: string): ChineseToken[] {
    return segmentChinese(text, (w) => this.index.has(w), MAX_SEGMENT);
  }
}

/**
 * Builds a lexicon from the text of data/generated/lexicon.tsv (see scripts/build-lexicon.mjs):
 * one entry per line, tab-separated simplified, traditional, pinyin, glosses…; lines starting
 * with '#' are comments. Tests pass small inline dictionaries through here.
 */
export function parseLexicon(text: string): Lexicon {
  const lines = text.split('\n').filter((l) => l.length > 0 && !l.startsWith('#'));
  return new DictionaryLexicon(lines);
}
