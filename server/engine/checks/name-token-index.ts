// Which of an article's name words each Chinese word can account for. The swap check asks, for
// every row, whether some stretch of its Chinese accounts for one of the article's bodies; asking
// every body's words about every token of every row grows with the square of the article. Here
// each distinct token is asked once, about the few words its lookup keys and pinyin can reach.
import type { Lexicon } from '../lexicon/types';
import type { CheckContext } from './context';
import { PinyinTargets } from './coverage';
import { CALENDAR, fold, nameSupport, nameVocabulary, vocabularyKeys } from './names';

const tokenMemo = new WeakMap<Lexicon, Map<string, boolean>>();

/** Does one Chinese word account for one English word? Memoised: both sides repeat a lot. */
export function wordFromToken(w: string, token: string, dict: Lexicon, ctx: CheckContext): boolean {
  let memo = tokenMemo.get(dict);
  if (!memo) {
    memo = new Map();
    tokenMemo.set(dict, memo);
  }
  const key = `${w}\u0000${token}`;
  let v = memo.get(key);
  if (v === undefined) {
    const one = { text: w, start: 0, end: 0, words: [w], sentenceInitial: false };
    const vocab = nameVocabulary(token, dict, ctx);
    v =
      nameSupport(one, token, vocab, dict, [], ctx.lexicons.enStopwords, ctx.lexicons.english.related).missing
        .length === 0;
    if (memo.size > 200_000) memo.clear();
    memo.set(key, v);
  }
  return v;
}

// a letter of an alphabet: a token holding one may hold an English word as written
const LETTER = /(?![\u3400-\u9fff])\p{L}/u;

/** The words of a set that wordFromToken says a token accounts for, each token asked once. */
export class NameTokenIndex {
  /** Lookup key (as nameVocabulary holds them) → the words that ask for it. */
  private readonly byKey = new Map<string, Set<string>>();
  /** Words every token accounts for (days and months, which names do not count). */
  private readonly always: string[] = [];
  private readonly pinyin: PinyinTargets;
  private readonly words: string[];
  private readonly memo = new Map<string, readonly string[]>();
  /** A word (or hyphen part) as pinyin would spell it → the words it comes from. */
  private readonly spelledAs = new Map<string, string[]>();

  constructor(
    words: Iterable<string>,
    private readonly dict: Lexicon,
    private readonly ctx: CheckContext,
  ) {
    this.words = [...new Set(words)];
    const spelled: string[] = [];
    const key = (k: string, w: string) => {
      const set = this.byKey.get(k);
      if (set) set.add(w);
      else this.byKey.set(k, new Set([w]));
    };
    for (const w of this.words) {
      const lower = fold(w);
      if (ctx.lexicons.enStopwords.has(w.toLowerCase()) || CALENDAR.has(w.toLowerCase())) {
        this.always.push(w);
        continue;
      }
      const parts = lower.split('-').filter(Boolean);
      for (const x of parts.length > 1 ? [lower, ...parts] : [lower]) {
        // no letter to find in a Chinese token or its keys: asked of every token
        if (!LETTER.test(x)) this.always.push(w);
        for (const k of vocabularyKeys(x)) key(k, w);
        // an adjective WordNet relates to a name whose words the vocabulary holds
        for (const r of ctx.lexicons.english.related(x)) key(r.split(' ')[0], w);
        spelled.push(x);
        this.spelledAs.set(x, [...(this.spelledAs.get(x) ?? []), w]);
      }
    }
    this.pinyin = new PinyinTargets(spelled, dict);
  }

  /** The words `token` accounts for. */
  supportedBy(token: string): readonly string[] {
    let out = this.memo.get(token);
    if (out) return out;
    const candidates = new Set<string>(this.always);
    if (LETTER.test(token)) for (const w of this.words) candidates.add(w);
    else {
      for (const k of nameVocabulary(token, this.dict, this.ctx))
        for (const w of this.byKey.get(k) ?? []) candidates.add(w);
      for (const x of this.pinyin.in(token)) for (const w of this.spelledAs.get(x) ?? []) candidates.add(w);
    }
    out = [...candidates].filter((w) => wordFromToken(w, token, this.dict, this.ctx));
    this.memo.set(token, out);
    return out;
  }
}
