// The one place the checks touch the file system: the cue lists in data/lexicons/ and the
// WordNet derivative in data/generated/ (scripts/build-wordnet.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { providedWordNet } from '../lexicon/shared-tables';
import type { Lexicon } from '../lexicon/types';
import {
  type EnglishLexicon,
  englishOfPacked,
  lazyEnglish,
  type PackedWordNet,
  packWordNet,
} from '../lexicon/wordnet';
import type { HedgeLexicon, NegationLexicon } from '../text/cues';
import type { NumberLexicon } from '../text/numbers';
import type { CheckContext, CheckLexicons } from './context';

/** data/lexicons relative to this file, in both the source tree and dist/. */
export function defaultLexiconDir(): string {
  const candidates = [
    path.resolve(__dirname, '../../../data/lexicons'),
    path.resolve(__dirname, '../../../../data/lexicons'),
  ];
  return candidates.find((d) => fs.existsSync(path.join(d, 'numbers.json'))) ?? candidates[0];
}

/** The generated WordNet file beside data/lexicons. */
const wordNetFile = (dir: string) => path.join(dir, '..', 'generated', 'wordnet.tsv');

/** antonyms.json's pairs, which join WordNet's antonyms. */
const antonymPairs = (dir: string) => readJson<{ pairs: [string, string][] }>(dir, 'antonyms.json').pairs;

/**
 * WordNet packed with antonyms.json's pairs; an unbuilt file gives no antonyms beyond the pairs.
 * `share` puts it in SharedArrayBuffers for other threads (see lexicon/shared-tables.ts).
 */
export function packEnglish(
  dir: string = defaultLexiconDir(),
  share = false,
): { file: string; packed: PackedWordNet } {
  const file = wordNetFile(dir);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return { file, packed: packWordNet(text, antonymPairs(dir), share) };
}

function loadEnglish(dir: string): EnglishLexicon {
  return englishOfPacked(providedWordNet(wordNetFile(dir)) ?? packEnglish(dir).packed);
}

function readJson<T>(dir: string, name: string): T {
  return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T;
}

function synonymMap(groups: string[][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const g of groups) for (const w of g) map.set(w, [...new Set([...(map.get(w) ?? []), ...g])]);
  return map;
}

let cached: { dir: string; value: CheckLexicons } | null = null;

/** Loads (once per directory) the cue lists the checks compare. */
export function loadCheckLexicons(dir: string = defaultLexiconDir()): CheckLexicons {
  if (cached && cached.dir === dir) return cached.value;
  const pairs = antonymPairs(dir);
  const antonyms = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    antonyms.set(a, [...(antonyms.get(a) ?? []), b]);
    antonyms.set(b, [...(antonyms.get(b) ?? []), a]);
  }
  const value: CheckLexicons = {
    numbers: readJson<NumberLexicon>(dir, 'numbers.json'),
    negation: readJson<NegationLexicon>(dir, 'negation.json'),
    hedges: readJson<HedgeLexicon>(dir, 'hedges.json'),
    antonyms,
    english: lazyEnglish(() => loadEnglish(dir)),
    enStopwords: new Set(readJson<{ words: string[] }>(dir, 'stopwords-en.json').words),
    zhFunctionWords: new Set(readJson<{ words: string[] }>(dir, 'zh-function-words.json').words),
    implicitNames: new Map(
      Object.entries(readJson<{ names: Record<string, string[]> }>(dir, 'implicit-names.json').names),
    ),
    nameSynonyms: synonymMap(readJson<{ groups: string[][] }>(dir, 'name-synonyms.json').groups),
    institutionWords: new Set(readJson<{ words: string[] }>(dir, 'institution-words.json').words),
    transliteration: new Set([...readJson<{ chars: string }>(dir, 'transliteration.json').chars]),
  };
  cached = { dir, value };
  return value;
}

/**
 * The context runChecks needs: the cue lists from data/lexicons plus, when given, the
 * dictionary (loadLexicon() from server/engine/lexicon). Without it the dictionary-based
 * checks (entity, partial omission/addition, inconsistency) stay silent.
 */
export function loadCheckContext(dictionary?: Lexicon, dir?: string): CheckContext {
  return { lexicons: loadCheckLexicons(dir), dictionary };
}
