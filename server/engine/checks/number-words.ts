// Numerals that are letters of a word, not quantities: 三星 (Samsung), 四川, 五角大楼, 一起
// ("together"), 九二共识. The dictionary's segmentation finds the word; its entries say whether
// it names something or means a number.
import type { Lexicon } from '../lexicon/types';
import { extractEnNumbers, type NumberLexicon, type NumberMention } from '../text/numbers';
import { segment } from './coverage';

const NUMBER_GLOSS =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|first|second|third|half|double|twice|triple|dozen|percent|decade)\b/i;

export interface WordNumerals {
  /** Mentions that are quantities. */
  kept: NumberMention[];
  /** Mentions inside words that are no quantities. */
  skipped: NumberMention[];
  /** Numbers the skipped words' glosses state (九二共识 → 1992), which may explain an English value. */
  glossNumbers: NumberMention[];
}

export function wordNumerals(
  zh: string,
  en: string,
  mentions: NumberMention[],
  dict: Lexicon | undefined,
  lex: NumberLexicon,
): WordNumerals {
  if (!dict || mentions.length === 0) return { kept: mentions, skipped: [], glossNumbers: [] };
  const tokens = segment(dict, zh);
  const numeral = (c: string) =>
    /[0-9０-９]/.test(c) || c in lex.zhDigits || c in lex.zhUnits || c in lex.zhBigUnits;
  const enLower = en.toLowerCase();
  const kept: NumberMention[] = [];
  const glossNumbers: NumberMention[] = [];
  const skipped: NumberMention[] = [];
  for (const m of mentions) {
    const t = tokens.find(
      (x) => x.kind === 'word' && x.start <= m.start && m.end <= x.end && x.text.length >= 2,
    );
    const other = t ? [...t.text].filter((c) => !numeral(c) && !lex.zhMeasureOrUnit.includes(c)) : [];
    if (!t || other.length === 0) {
      kept.push(m);
      continue;
    }
    const entries = dict.lookup(t.text);
    const named = entries.some(
      (e) =>
        e.properNoun &&
        dict.englishNames(t.text).some((n) => n.length > 2 && enLower.includes(n.toLowerCase())),
    );
    const isWord =
      named ||
      entries.every((e) => e.properNoun) ||
      !entries.some((e) => e.glosses.some((g) => NUMBER_GLOSS.test(g)));
    if (!isWord) {
      kept.push(m);
      continue;
    }
    skipped.push(m);
    for (const e of entries) for (const g of e.glosses) glossNumbers.push(...extractEnNumbers(g, lex));
  }
  return { kept, skipped, glossNumbers };
}
