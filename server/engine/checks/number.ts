import {
  extractEnNumbers,
  extractZhNumbers,
  isScaleSlip,
  type NumberLexicon,
  type NumberMention,
  sameQuantity,
} from '../text/numbers';
import type { CheckContext } from './context';
import { at, finding, snippet } from './finding';
import { aloneNumbers, bareUnits } from './number-alone';
import { wordNumerals } from './number-words';
import type { CheckInput, Finding } from './types';

function formatValue(m: NumberMention): string {
  const v = Number.isInteger(m.value) ? m.value.toLocaleString('en-US') : String(m.value);
  return m.kind === 'percent' ? `${v}%` : v;
}

function remove<T>(list: T[], item: T): void {
  const k = list.indexOf(item);
  if (k >= 0) list.splice(k, 1);
}

/** Pairs equal values greedily in reading order; returns what is left on each side. */
export function unmatchedNumbers(
  zh: NumberMention[],
  en: NumberMention[],
): { zh: NumberMention[]; en: NumberMention[] } {
  const used = new Set<number>();
  const leftZh: NumberMention[] = [];
  for (const z of zh) {
    let idx = en.findIndex((e, k) => !used.has(k) && sameQuantity(z, e) && e.kind === z.kind);
    if (idx < 0) idx = en.findIndex((e, k) => !used.has(k) && sameQuantity(z, e));
    if (idx >= 0) used.add(idx);
    else leftZh.push(z);
  }
  // an English value may repeat one the Chinese gave once ("20 ... the 20 cases")
  const leftEn = en.filter((e, k) => !used.has(k) && !zh.some((z) => sameQuantity(z, e)));
  return { zh: leftZh, en: leftEn };
}

/** "6,000 mu (400 hectares)", "10 million yuan (about 1.4 million dollars)": a unit conversion the English adds. */
function conversion(en: string, e: NumberMention): boolean {
  return /\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?\s*[A-Za-z$€£¥%][\w.$€£¥%]*(?:\s+[A-Za-z][\w.]*){0,2}\s*\(\s*(?:(?:about|around|approximately|roughly|some|nearly|over|almost|or)\s+)?(?:US|U\.S\.)?[$€£¥]?\s*$/.test(
    en.slice(Math.max(0, e.start - 80), e.start),
  );
}

/** "July 25, 2020": English datelines carry the year the Chinese 7月25日 leaves to the reader. */
function datedYear(en: string, e: NumberMention, lex: NumberLexicon): boolean {
  const m =
    /([A-Za-z]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*$|\d{1,2}(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s*$/.exec(
      en.slice(Math.max(0, e.start - 20), e.start),
    );
  const month = m ? (m[1] ?? m[2]).toLowerCase() : '';
  return month in lex.enMonths;
}

/** 半年, 半小时: the count English gives in months or minutes; they explain, never raise. */
function halves(zh: string, lex: NumberLexicon): NumberMention[] {
  const out: NumberMention[] = [];
  for (const [word, values] of Object.entries(lex.zhHalves ?? {}))
    for (let k = zh.indexOf(word); k >= 0; k = zh.indexOf(word, k + 1))
      for (const value of values)
        out.push({
          value,
          kind: 'cardinal',
          start: k,
          end: k + word.length,
          text: word,
          approx: false,
          strong: false,
          scaled: false,
        });
  return out;
}

/** The other rows of row r's paragraphs, and its neighbours: where alignment may have put a figure's clause. */
function near(rows: CheckInput['rows'], r: number, side: 'zh' | 'en'): string {
  const row = rows[r];
  const same = (k: number) =>
    Math.abs(k - r) <= 1 ||
    (row.zhParagraph !== null && rows[k].zhParagraph === row.zhParagraph) ||
    (row.enParagraph !== null && rows[k].enParagraph === row.enParagraph);
  const out: string[] = [];
  for (let k = 0; k < rows.length; k++) if (k !== r && same(k)) out.push(rows[k][side]);
  return out.join('\n');
}

/**
 * Quantities, dates, years, percentages and ordinals must agree in value within a pair.
 * A finding needs a value on each side left without a partner (so a number the English
 * leaves implicit, like 一 → "a", stays silent), or an English digit string with no source.
 */
export function checkNumbers(input: CheckInput, ctx: CheckContext): Finding[] {
  const lex = ctx.lexicons.numbers;
  const out: Finding[] = [];
  input.rows.forEach((row, r) => {
    if (!row.zh.trim() || !row.en.trim()) return;
    const words = wordNumerals(row.zh, row.en, extractZhNumbers(row.zh, lex), ctx.dictionary, lex);
    const zhNums = words.kept;
    const zhYear = zhNums.some((z) => z.kind === 'year');
    // 25日 → "July 25": the English names the month a Chinese dispatch leaves implicit
    const zhDayOnly = zhNums.some((z) => z.kind === 'day') && !zhNums.some((z) => z.kind === 'month');
    const enNums = extractEnNumbers(row.en, lex).filter(
      (e) =>
        !words.glossNumbers.some((g) => sameQuantity(g, e)) &&
        !conversion(row.en, e) &&
        !(e.kind === 'year' && !zhYear && datedYear(row.en, e, lex)) &&
        !(e.kind === 'month' && zhDayOnly),
    );
    const left = unmatchedNumbers(zhNums, enNums);
    // 百年 → "one hundred years": words kept out of the count may still explain an English value
    const soft = [
      ...extractZhNumbers(row.zh, lex, { keepNonNumberWords: true }).filter(
        (z) => !words.skipped.some((k) => z.start >= k.start && z.start < k.end),
      ),
      ...halves(row.zh, lex),
      ...bareUnits(row.zh, lex),
    ];
    const enStrong = left.en.filter((m) => m.strong && !soft.some((z) => sameQuantity(z, m)));
    const zhStrong = left.zh.filter((m) => m.strong);
    const zhAny = left.zh.filter((m) => m.value !== 1);
    // 百年 rendered as "1000 years": a counted word is the last resort for an English digit string
    const softLeft = soft.filter(
      (z) =>
        z.value >= 10 && !zhNums.some((n) => n.start === z.start) && !enNums.some((m) => sameQuantity(z, m)),
    );
    const usedZh = new Set<NumberMention>();
    const flaggedEn = new Set<NumberMention>();
    for (const e of enStrong) {
      const z =
        (zhStrong.length ? zhStrong : zhAny).find((m) => m.kind === e.kind) ??
        zhStrong[0] ??
        zhAny[0] ??
        (/^[0-9]/.test(e.text) ? softLeft[0] : undefined);
      if (!z) continue;
      usedZh.add(z);
      flaggedEn.add(e);
      const slip = isScaleSlip(z.value, e.value);
      const expected = formatValue(z);
      out.push(
        finding({
          type: 'number',
          category: 'accuracy/mistranslation',
          severity: slip ? 'critical' : 'major',
          zh: at(r, z.start, z.end),
          en: at(r, e.start, e.end),
          evidence: { zh: snippet(row.zh, z.start, z.end, 6), en: snippet(row.en, e.start, e.end, 12) },
          message: slip
            ? {
                en: `The English says ${e.text} where the Chinese ${z.text} means ${expected}: a scale error (万/亿).`,
                zh: `英文“${e.text}”与中文“${z.text}”（${expected}）数量级不符，疑为万/亿换算错误。`,
              }
            : {
                en: `The English number ${e.text} does not match the Chinese ${z.text} (${expected}).`,
                zh: `英文数字“${e.text}”与中文“${z.text}”（${expected}）不一致。`,
              },
          suggestion: expected,
        }),
      );
      remove(zhStrong, z);
      remove(softLeft, z);
      remove(zhAny, z);
    }
    out.push(
      ...aloneNumbers(
        {
          zh: row.zh,
          en: row.en,
          row: r,
          zhLeft: left.zh.filter((z) => !usedZh.has(z)),
          enLeft: left.en.filter((e) => !flaggedEn.has(e)),
          soft,
          near: (side) => near(input.rows, r, side),
        },
        lex,
      ),
    );
  });
  return out;
}
