// Chinese side of the number extraction: Arabic, full-width and Chinese numerals, mixed forms
// (1.2万), approximations (二百多), percentages (百分之五, 三成), dates and ordinals.
import {
  isAsciiDigit,
  isLatinLetter,
  type NumberKind,
  type NumberLexicon,
  type NumberMention,
  normalizeDigits,
} from './numbers';

/**
 * Parses a run of Chinese (or mixed Arabic/Chinese) numerals into one or more values.
 * A digit directly after a digit in a run that also has units (十四五) starts a new number.
 */
export function parseZhNumeralRun(run: string, lex: NumberLexicon): { value: number; end: number }[] {
  const out: { value: number; end: number }[] = [];
  const hasUnit = [...run].some((c) => c in lex.zhUnits || c in lex.zhBigUnits);
  if (!hasUnit) {
    // 二〇一六 or 2016: positional digits
    let digits = '';
    for (const c of run) digits += isAsciiDigit(c) || c === '.' ? c : String(lex.zhDigits[c] ?? '');
    const v = Number.parseFloat(digits);
    if (!Number.isNaN(v)) out.push({ value: v, end: run.length });
    return out;
  }
  let total = 0;
  let section = 0;
  let current: number | null = null;
  let lastWasDigit = false;
  let touched = false;
  const flush = (end: number) => {
    const v = total + section + (current ?? 0);
    if (touched) out.push({ value: v, end });
    total = 0;
    section = 0;
    current = null;
    touched = false;
  };
  let i = 0;
  while (i < run.length) {
    const c = run[i];
    if (isAsciiDigit(c)) {
      let j = i;
      while (j < run.length && (isAsciiDigit(run[j]) || run[j] === '.')) j++;
      if (lastWasDigit) flush(i);
      current = Number.parseFloat(run.slice(i, j));
      touched = true;
      lastWasDigit = true;
      i = j;
      continue;
    }
    if (c in lex.zhDigits) {
      if (lastWasDigit && lex.zhDigits[c] !== 0) flush(i);
      if (lex.zhDigits[c] !== 0) current = lex.zhDigits[c];
      touched = true;
      lastWasDigit = lex.zhDigits[c] !== 0;
    } else if (c in lex.zhUnits) {
      section += (current ?? 1) * lex.zhUnits[c];
      current = null;
      touched = true;
      lastWasDigit = false;
    } else if (c in lex.zhBigUnits) {
      const big = lex.zhBigUnits[c];
      const inner = section + (current ?? 0) || 1;
      if (big >= 1e8) total = (total + inner) * big;
      else total += inner * big;
      section = 0;
      current = null;
      touched = true;
      lastWasDigit = false;
    }
    i++;
  }
  // 一万六 is 16,000 and 三千五 is 3,500: a lone digit closing a run after 百, 千, 万 or 亿
  // counts in the next lower place (一万零六, with its 零, stays 10,006)
  const lastC = run[run.length - 1];
  const unitC = run[run.length - 2];
  const place = lex.zhBigUnits[unitC] ?? (lex.zhUnits[unitC] >= 100 ? lex.zhUnits[unitC] : undefined);
  if (run.length >= 3 && place && lex.zhDigits[lastC] && current === lex.zhDigits[lastC])
    current *= place / 10;
  flush(run.length);
  return out;
}

function coveredRanges(text: string, words: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const w of words) {
    let k = text.indexOf(w);
    while (k >= 0) {
      ranges.push([k, k + w.length]);
      k = text.indexOf(w, k + 1);
    }
  }
  return ranges;
}

function inRanges(pos: number, ranges: [number, number][]): boolean {
  return ranges.some(([a, b]) => pos >= a && pos < b);
}

// The numeral characters of a word list (digits, units, big units), as one set per list
const numeralSets = new WeakMap<NumberLexicon, ReadonlySet<string>>();

function numeralChars(lex: NumberLexicon): ReadonlySet<string> {
  let set = numeralSets.get(lex);
  if (!set) {
    set = new Set([
      ...Object.keys(lex.zhDigits),
      ...Object.keys(lex.zhUnits),
      ...Object.keys(lex.zhBigUnits),
    ]);
    numeralSets.set(lex, set);
  }
  return set;
}

/** Every number mentioned in a Chinese text, with its value and span. */
export function extractZhNumbers(
  raw: string,
  lex: NumberLexicon,
  opts: { keepNonNumberWords?: boolean } = {},
): NumberMention[] {
  const text = normalizeDigits(raw);
  const skip = opts.keepNonNumberWords ? [] : coveredRanges(text, lex.zhNonNumberWords);
  const numeral = numeralChars(lex);
  const isNumChar = (c: string) => isAsciiDigit(c) || numeral.has(c);
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    // most characters are no numeral: passed over before the finer tests
    if (!isNumChar(c)) {
      i++;
      continue;
    }
    const canStart =
      c in lex.zhDigits || isAsciiDigit(c) || c === '十' || (opts.keepNonNumberWords && c in lex.zhUnits);
    if (!canStart) {
      i++;
      continue;
    }
    let j = i;
    let approxInside = false;
    while (j < text.length) {
      const d = text[j];
      if (isNumChar(d)) j++;
      else if (d === '.' && isAsciiDigit(text[j - 1]) && isAsciiDigit(text[j + 1])) j++;
      // a thousands comma is followed by exactly three digits; [1,1] is two numbers
      else if (d === ',' && isAsciiDigit(text[j - 1]) && /^\d{3}(?!\d)/.test(text.slice(j + 1, j + 5))) j++;
      else if (lex.zhApproxSuffixes.includes(d) && j > i && text[j + 1] in lex.zhBigUnits) {
        approxInside = true;
        j++;
      } else break;
    }
    const start = i;
    i = j;
    if (inRanges(start, skip)) continue;
    // COVID-19, G20, 5G: part of a name, not a quantity
    if (isLatinLetter(text[start - 1]) || (text[start - 1] === '-' && isLatinLetter(text[start - 2])))
      continue;
    if (isLatinLetter(text[j])) continue;
    const run = text
      .slice(start, j)
      .replace(/,/g, '')
      .replace(/[多余餘几来]/g, '');
    if (text[start - 1] === '几' || run.includes('几')) continue;
    // 四五厘米, 五六百米, 三四十万: two neighbouring digits are "four or five", not 45
    const range = /^([一二三四五六七八])([二三四五六七八九])([十百千万亿]*)$/.exec(run);
    const isRange = range !== null && lex.zhDigits[range[2]] === lex.zhDigits[range[1]] + 1;
    const parts =
      range && isRange
        ? [range[1], range[2]].map((d) => ({
            value:
              lex.zhDigits[d] * (range[3] ? (parseZhNumeralRun(`一${range[3]}`, lex)[0]?.value ?? 1) : 1),
            end: run.length,
          }))
        : parseZhNumeralRun(run, lex);
    const hasArabic = /[0-9]/.test(run);
    const hasBig = /[万萬亿億]/.test(run);
    let prevEnd = start;
    parts.forEach((p, idx) => {
      const last = idx === parts.length - 1;
      const end = last || isRange ? j : start + Math.min(p.end, j - start);
      if (isRange) prevEnd = start;
      const before = text.slice(Math.max(0, prevEnd - 3), prevEnd);
      const after = text[end] ?? '';
      let kind: NumberKind = 'cardinal';
      let value = p.value;
      if (before.endsWith('第')) kind = 'ordinal';
      else if (before.endsWith('百分之') && idx === 0) kind = 'percent';
      else if (after === '%') kind = 'percent';
      else if (
        after === '成' &&
        value < 10 &&
        !(hasArabic && lex.zhWordsAfterCheng?.some((w) => text.startsWith(w, end)))
      ) {
        kind = 'percent';
        value *= 10;
      } else if (after === '年' && text[end + 1] === '代') {
        // 80年代 is the 1980s, 1990年代 the 1990s
        kind = 'decade';
        if (value < 100) value += value < 30 ? 2000 : 1900;
      } else if (after === '后' && run.length === 2 && value % 10 === 0 && (hasArabic || value > 0)) {
        // 90后, 00后, 八零后: the generation born in that decade
        kind = 'decade';
        value += value < 30 ? 2000 : 1900;
      } else if (after === '年' && (value >= 1000 || !hasBig)) kind = value >= 1000 ? 'year' : 'cardinal';
      else if (after === '月') kind = 'month';
      else if (after === '日' || after === '号') kind = 'day';
      const approx =
        isRange ||
        approxInside ||
        (last && lex.zhApproxSuffixes.includes(after)) ||
        lex.zhApproxPrefixes.some((pre) => before.endsWith(pre));
      const measured = after !== '' && lex.zhMeasureOrUnit.includes(after);
      const strong =
        hasArabic ||
        kind === 'ordinal' ||
        kind === 'percent' ||
        (value !== 1 && (end - prevEnd >= 2 || measured || after === '成'));
      mentions.push({
        value,
        kind,
        start: prevEnd,
        end,
        text: raw.slice(prevEnd, end),
        approx,
        strong,
        scaled: hasBig,
      });
      prevEnd = end;
    });
  }
  return mentions;
}
