// Names in English text and what a Chinese passage can account for: dictionary glosses
// (with synonyms and abbreviations resolved), pinyin spellings and consonant outlines.
import type { Lexicon } from '../lexicon/types';
import { stemEnglish } from '../text/stem-en';
import type { CheckContext } from './context';
import { pinyinMatcher, pinyinMatches, segment, textMemo } from './coverage';
import type { GlossaryTerm } from './types';

export interface NamePhrase {
  text: string;
  start: number;
  end: number;
  /** The capitalised words that carry the name ("of", "the" left out). */
  words: string[];
  sentenceInitial: boolean;
}

// "on" and "in" would join a name to the date or place after it
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'da', 'van', 'von', '&']);
export const CAP = /^\p{Lu}[\p{L}\p{M}’'.-]*$/u;
// a site's name without its domain: Xuexi.cn is Xuexi, ChinaNews.com is ChinaNews
const WEB_SUFFIX = /\.(?:cn|com|net|org|gov|edu)(?:\.[a-z]{2})?$/;
// Days and months name dates, which the number check compares
export const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

// the entity checks read each row's names several times over; callers must not change them
const phraseMemo = textMemo<readonly NamePhrase[]>(5000);
const PHRASES = {};

/** Runs of capitalised words (with "of", "and"… inside), i.e. candidate names of people, places and bodies. */
export function namePhrases(en: string): readonly NamePhrase[] {
  return phraseMemo(PHRASES, en, () => phrasesOf(en));
}

function phrasesOf(en: string): NamePhrase[] {
  // a site glued to a title by a hyphen ("…Confessed to Arson-Ecns.cn") is a name of its own
  const text = en.replace(/-(?=[\p{L}0-9]+\.(?:cn|com|net|org)\b)/gu, ' ');
  const tokens = [...text.matchAll(/\p{L}[\p{L}\p{M}0-9’'.-]*|&/gu)].map((m) => ({
    t: m[0]
      .replace(/[’']s$/, '')
      .replace(/\.$/, '')
      .replace(WEB_SUFFIX, ''),
    start: m.index,
    end: m.index + m[0].length,
    site: WEB_SUFFIX.test(m[0].replace(/[’']s$/, '').replace(/\.$/, '')),
  }));
  const out: NamePhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!CAP.test(tokens[i].t)) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1];
      const gap = en.slice(tokens[j].end, n.start);
      // a web address is a name of its own: "Source: Chinanews.com Author: …" holds no name
      // "Chinanews Author", "…of Cyber Security-Ecns.cn" no "Security Ecns"
      if (!/^(?:\s+|-)$/.test(gap) || tokens[j].site || n.site) break;
      if (CAP.test(n.t)) last = j + 1;
      else if (!CONNECTORS.has(n.t)) break;
      j++;
    }
    const span = tokens.slice(i, last + 1);
    const before = en.slice(0, tokens[i].start).trimEnd();
    out.push({
      text: en.slice(tokens[i].start, tokens[last].end),
      start: tokens[i].start,
      end: tokens[last].end,
      words: span.map((x) => x.t).filter((w) => CAP.test(w)),
      sentenceInitial: before === '' || /[.!?:;“"(—–-]$/.test(before),
    });
    i = last + 1;
  }
  return out;
}

export interface NameSupport {
  supported: number;
  total: number;
  missing: string[];
}

/**
 * English words the Chinese of a passage can account for in a name: every word of every
 * dictionary gloss (not only the short ones the coverage stems keep: 新华社 is "Xinhua News
 * Agency"), the English names of proper nouns, and implicit names (我国 → China).
 */
export function nameVocabulary(zh: string, dict: Lexicon, ctx: CheckContext): WordVocabulary {
  return vocabMemo(dict, zh, () => vocabularyOf(zh, dict, ctx));
}

// The entity check and the swap check ask for the same rows' vocabularies, one pass after
// the other: kept for the length of a long article, then forgotten.
const vocabMemo = textMemo<WordVocabulary>(400);

/**
 * A text's vocabulary as the key sets of its words (each cached per word): a row's words
 * hold ~900 keys, and copying them into one set cost more than the few questions asked.
 */
export class WordVocabulary implements Vocabulary, Iterable<string> {
  // a row is asked about its own names, its neighbours' and the swap check's: answers kept
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly parts: readonly ReadonlySet<string>[]) {}

  has(key: string): boolean {
    let v = this.answers.get(key);
    if (v === undefined) {
      v = false;
      for (const p of this.parts)
        if (p.has(key)) {
          v = true;
          break;
        }
      this.answers.set(key, v);
    }
    return v;
  }

  *[Symbol.iterator](): Iterator<string> {
    const seen = new Set<string>();
    for (const p of this.parts)
      for (const k of p)
        if (!seen.has(k)) {
          seen.add(k);
          yield k;
        }
  }
}

function vocabularyOf(zh: string, dict: Lexicon, ctx: CheckContext): WordVocabulary {
  const parts = new Set<ReadonlySet<string>>();
  for (const t of segment(dict, zh)) if (t.kind === 'word') parts.add(wordKeys(t.text, dict, ctx));
  for (const [word, names] of ctx.lexicons.implicitNames)
    if (zh.includes(word)) parts.add(keysOfText(names.join(' '), ctx));
  return new WordVocabulary([...parts]);
}

/**
 * The union of the texts' vocabularies (nameVocabulary of each), each distinct word's keys
 * added once: an article's Chinese repeats its words.
 */
export function articleVocabulary(zhs: readonly string[], dict: Lexicon, ctx: CheckContext): Set<string> {
  const vocab = new Set<string>();
  const add = (keys: Iterable<string>) => {
    for (const k of keys) vocab.add(k);
  };
  const seen = new Set<string>();
  for (const zh of zhs)
    for (const t of segment(dict, zh))
      if (t.kind === 'word' && !seen.has(t.text)) {
        seen.add(t.text);
        add(wordKeys(t.text, dict, ctx));
      }
  for (const [word, names] of ctx.lexicons.implicitNames)
    if (zhs.some((zh) => zh.includes(word))) add(keysOfText(names.join(' '), ctx));
  return vocab;
}

const keyCache = new WeakMap<Lexicon, Map<string, ReadonlySet<string>>>();
const KEY_CACHE_LIMIT = 20_000;

/** The dictionary words a compound is made of (forward longest match, shorter than the compound). */
function wordsInside(compound: string, dict: Lexicon): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < compound.length) {
    // at least one character, or a one-character compound would never advance
    let len = Math.max(1, Math.min(compound.length - 1, compound.length - i));
    while (len > 1 && !dict.has(compound.slice(i, i + len))) len--;
    out.push(compound.slice(i, i + len));
    i += len;
  }
  return out;
}

/** Lookup keys of one dictionary word, cached per dictionary: the word list is stable. */
function wordKeys(word: string, dict: Lexicon, ctx: CheckContext): ReadonlySet<string> {
  let cache = keyCache.get(dict);
  if (!cache) {
    cache = new Map();
    keyCache.set(dict, cache);
  }
  let keys = cache.get(word);
  if (!keys) {
    const entries = dict.lookup(word);
    // a name's gloss describes it ("Sichuan province…, capital Chengdu"): only its head names it
    const glosses = entries.flatMap((e) =>
      e.properNoun ? e.glosses.map((g) => g.split(/[,;]| \(/)[0]) : e.glosses,
    );
    // "abbr. for 中国商用飞机", "see 乌鲁木齐市": the other entry's glosses name the same thing
    const refs = entries
      .flatMap((e) => e.glosses)
      .flatMap((g) =>
        [
          ...g.matchAll(
            /(?:abbr\. for|see|variant of|also written|same as) ([\u3400-\u9fff]+)\|?([\u3400-\u9fff]*)/g,
          ),
        ].map((m) => m[2] || m[1]),
      );
    // and so do its words (中国/商用/飞机), which CC-CEDICT glosses one by one
    const refWords = refs.flatMap((r) => [r, ...wordsInside(r, dict)]);
    const text = [
      ...glosses,
      ...refWords.flatMap((r) => dict.lookup(r).flatMap((e) => e.glosses)),
      ...dict.englishNames(word),
    ].join(' ');
    keys = keysOfText(text, ctx);
    // bounded: a long-lived worker would otherwise come to hold the keys of every word it met
    if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
    cache.set(word, keys);
  }
  return keys;
}

// an English word's own keys, for the many glosses that share their words
const ownKeyCache = new Map<string, readonly string[]>();

function ownKeys(w: string): readonly string[] {
  let keys = ownKeyCache.get(w);
  if (!keys) {
    const out = [w, stemEnglish(w)];
    if (w.length >= 5) {
      for (let k = 5; k <= Math.min(PREFIX_MAX, w.length); k++) out.push(`^${w.slice(0, k)}`);
      out.push(outlineKey(w));
    }
    keys = out;
    if (ownKeyCache.size >= KEY_CACHE_LIMIT) ownKeyCache.clear();
    ownKeyCache.set(w, keys);
  }
  return keys;
}

function keysOfText(text: string, ctx: CheckContext): Set<string> {
  const keys = new Set<string>();
  const addWord = (w: string) => {
    for (const k of ownKeys(w)) keys.add(k);
  };
  for (const w of fold(text).match(/[a-z][a-z0-9'-]*/g) ?? []) {
    for (const x of [w, ...w.split('-')]) {
      if (!x) continue;
      addWord(x);
      for (const syn of ctx.lexicons.nameSynonyms.get(x) ?? []) addWord(syn);
    }
  }
  return keys;
}

/** Lower case without diacritics: Ürümqi and Urumqi, São Paulo and Sao Paulo are one spelling. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Consonant outline of a name: Muhammad and Mohammed, Tehran and Teheran share one. */
export function skeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouyh]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The outline as a lookup key, with the first letter kept: outlines drop vowels and h, so
 * without it "Haodong" and "doing" would both be "dng".
 */
function outlineKey(w: string): string {
  return `~${w[0]}${skeleton(w)}`;
}

/** What a name's words are looked up in: one row's vocabulary or several together. */
export interface Vocabulary {
  has(key: string): boolean;
}

export function union(parts: Vocabulary[]): Vocabulary {
  return { has: (k) => parts.some((p) => p.has(k)) };
}

// Prefix keys stop at eight letters: "cooperat" already joins cooperation and cooperate.
const PREFIX_MAX = 8;

function inVocabulary(w: string, vocab: Vocabulary): boolean {
  if (vocab.has(w) || vocab.has(stemEnglish(w))) return true;
  // Afghan/Afghanistan, Malawian/Malawi: a shared head of five letters is the same name
  if (w.length < 5) return false;
  for (
    let k = Math.max(5, Math.min(PREFIX_MAX, Math.ceil(0.7 * w.length)));
    k <= Math.min(PREFIX_MAX, w.length);
    k++
  )
    if (vocab.has(`^${w.slice(0, k)}`)) return true;
  return w.length >= 5 && vocab.has(outlineKey(w));
}

function glossaryWordsOf(glossary: GlossaryTerm[], zh: string): Set<string> {
  return new Set(
    glossary
      .filter((g) => zh.includes(g.zh))
      .flatMap((g) => [g.en, ...(g.variants ?? [])])
      .flatMap((s) => s.toLowerCase().split(/\s+/)),
  );
}

/**
 * What nameSupport reads of a Chinese text besides its vocabulary, made once for a long text
 * asked about many names (an article's whole Chinese): reading it afresh per name is
 * quadratic in the article's length.
 */
export interface PreparedZh {
  lower: string;
  glossaryWords: ReadonlySet<string>;
  spells: (word: string) => boolean;
}

export function prepareZh(zh: string, dict: Lexicon, glossary: GlossaryTerm[]): PreparedZh {
  return {
    lower: zh.toLowerCase(),
    glossaryWords: glossaryWordsOf(glossary, zh),
    spells: pinyinMatcher(zh, dict),
  };
}

/** Every key inVocabulary may ask about a word. */
export function vocabularyKeys(w: string): string[] {
  const keys = [w, stemEnglish(w)];
  if (w.length < 5) return keys;
  for (
    let k = Math.max(5, Math.min(PREFIX_MAX, Math.ceil(0.7 * w.length)));
    k <= Math.min(PREFIX_MAX, w.length);
    k++
  )
    keys.push(`^${w.slice(0, k)}`);
  keys.push(outlineKey(w));
  return keys;
}

/** How many words of a name the Chinese accounts for: glosses, pinyin, Latin letters, glossary. */
export function nameSupport(
  phrase: NamePhrase,
  zh: string,
  vocab: Vocabulary,
  dict: Lexicon,
  glossary: GlossaryTerm[],
  stop: ReadonlySet<string>,
  related: (word: string) => readonly string[] = () => [],
  sounds: (word: string) => boolean = () => false,
  prepared?: PreparedZh,
): NameSupport {
  const words = phrase.words.filter((w) => !stop.has(w.toLowerCase()) && !CALENDAR.has(w.toLowerCase()));
  const glossaryWords = prepared?.glossaryWords ?? glossaryWordsOf(glossary, zh);
  const zhLower = prepared?.lower ?? zh.toLowerCase();
  const spells = prepared?.spells ?? ((x: string) => pinyinMatches(x, zh, dict));
  const missing: string[] = [];
  const known = (x: string) =>
    inVocabulary(x, vocab) ||
    // American for 美国, Korean for 韩国: WordNet relates the adjective to the country
    related(x).some((r) => r.split(' ').every((part) => vocab.has(part))) ||
    glossaryWords.has(x) ||
    zhLower.includes(x) ||
    // Apps for APP: a Latin word of the Chinese in the plural
    (x.length > 3 && x.endsWith('s') && zhLower.includes(x.slice(0, -1))) ||
    spells(x) ||
    sounds(x);
  for (const w of words) {
    const lower = fold(w);
    const parts = lower.split('-').filter(Boolean);
    const ok = known(lower) || (parts.length > 1 && parts.every(known));
    if (!ok) missing.push(w);
  }
  // Jair Messias Bolsonaro for 博索纳罗, Stephen Dickson: a foreign person's surname the
  // Chinese spells, with given names it leaves out (given names in pinyin must match)
  const last = words[words.length - 1];
  if (
    words.length >= 2 &&
    missing.length > 0 &&
    last &&
    !missing.includes(last) &&
    sounds(last) &&
    missing.every((w) => w !== last && !isPinyinSpelling(w, dict))
  )
    return { supported: words.length, total: words.length, missing: [] };
  return { supported: words.length - missing.length, total: words.length, missing };
}

/**
 * A Chinese name spelled in pinyin (Guangxi, Wang Haizhou) that the Chinese does not contain.
 * When another unexplained word of the name is not pinyin at all (Shuji Nakamura), the name is
 * foreign and pinyin says nothing about it.
 */
export function chineseNameMissing(missing: string[], dict: Lexicon): boolean {
  if (!missing.some((w) => looksLikePinyin(w, dict))) return false;
  return !missing.some((w) => !w.includes('-') && !isPinyinSpelling(w, dict));
}

// CC-CEDICT also lists interjection and suffix readings (r, m, n, ng, hm) no name is spelled with
function validSyllable(s: string, dict: Lexicon): boolean {
  if (s.length === 1) return s === 'a' || s === 'e' || s === 'o';
  return !/^(ng|hm|hng|m|n|r)$/.test(s) && dict.isSyllable(s);
}

function isPinyinSpelling(word: string, dict: Lexicon): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  const ok: boolean[] = new Array(w.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < w.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= 6 && i + len <= w.length; len++)
      if (validSyllable(w.slice(i, i + len), dict)) ok[i + len] = true;
  }
  return ok[w.length];
}

/** Can a word be cut into two or more pinyin syllables (Hangzhou, Haizhou)? Such a word names something Chinese. */
export function looksLikePinyin(word: string, dict: Lexicon): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]{4,}$/.test(w)) return false;
  const ok: number[] = new Array(w.length + 1).fill(0);
  ok[0] = 1;
  for (let i = 0; i < w.length; i++) {
    if (!ok[i]) continue;
    for (let len = 2; len <= 6 && i + len <= w.length; len++) {
      if (validSyllable(w.slice(i, i + len), dict)) ok[i + len] = Math.max(ok[i + len], ok[i] + 1);
    }
  }
  return ok[w.length] >= 3;
}

/** A Chinese personal name in pinyin: a one-syllable surname and a given name of one or two syllables. */
export function looksLikeChinesePerson(words: string[], dict: Lexicon): boolean {
  if (words.length < 2) return false;
  const [surname, given] = words.slice(-2).map((w) => w.toLowerCase());
  return (
    /^[a-z]{1,6}$/.test(surname) &&
    validSyllable(surname, dict) &&
    isPinyinSpelling(given, dict) &&
    given.length <= 12
  );
}

/** Is a position inside quotation marks (curly, or straight ones counted in pairs)? */
export function insideQuotes(text: string, pos: number): boolean {
  const before = text.slice(0, pos);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  return opens > closes || (before.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * A capitalised phrase that names nothing the Chinese must hold: an acronym (CPC, "the FAA",
 * a site's short name such as Ecns.cn), or one word English writes only in lower case
 * ("Title:", "Correspondents:", "Local residents") and that spells no Chinese name.
 */
export function isOrdinaryName(p: NamePhrase, ctx: CheckContext, dict: Lexicon): boolean {
  const words = p.words.filter((w) => !ctx.lexicons.enStopwords.has(w.toLowerCase()));
  if (words.length === 0) return true;
  const acronym = (w: string) => /^[A-Z0-9.-]{2,6}$/.test(w);
  // "NCPA Orchestra", "HKSAR Government": an acronym with the kind of body it is
  if (
    words.some(acronym) &&
    words.every((w) => acronym(w) || ctx.lexicons.institutionWords.has(w.toLowerCase()))
  )
    return true;
  const site = /\.(?:cn|com|net|org)\b/.test(p.text);
  if (site && words.length === 1 && /^[A-Za-z]{2,6}$/.test(words[0]) && !isPinyinSpelling(words[0], dict))
    return !ctx.lexicons.english.isWord(words[0].toLowerCase());
  const w = words[0].replace(/[’']s$/, '');
  // a word that could be pinyin (Hang, Long) must be inflected to count as English ("Depending")
  return (
    words.length === 1 &&
    ctx.lexicons.english.isOrdinaryOnly(w) &&
    (!looksLikePinyin(w, dict) || /(?:ing|ed|s)$/.test(w))
  );
}

/** Most words of four letters or more capitalised: a headline or title in title case. */
export function isTitleCase(en: string): boolean {
  const words = en.match(/[A-Za-z][a-z’']{3,}|[A-Z][A-Z]{3,}/g) ?? [];
  if (words.length < 3) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length >= 0.7 * words.length;
}
