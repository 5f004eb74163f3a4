// Numbers as values, on both sides of a pair, so a check can compare 1.2万 with "12,000"
// and catch 90亿 rendered as "900 million". Word lists come from data/lexicons/numbers.json
// (passed in); nothing here reads files.

export interface NumberLexicon {
  zhDigits: Record<string, number>;
  zhUnits: Record<string, number>;
  zhBigUnits: Record<string, number>;
  zhApproxSuffixes: string[];
  zhApproxPrefixes: string[];
  zhNonNumberWords: string[];
  zhMeasureOrUnit: string;
  enSmall: Record<string, number>;
  enOrdinals: Record<string, number>;
  enScales: Record<string, number>;
  enMonths: Record<string, number>;
  enApproxBefore: string[];
  enWeakWords: string[];
}

export type NumberKind = 'cardinal' | 'percent' | 'ordinal' | 'year' | 'month' | 'day' | 'decade';

export interface NumberMention {
  value: number;
  kind: NumberKind;
  /** Span in the text the mention was found in. */
  start: number;
  end: number;
  text: string;
  /** "more than 200", 二百多: the value is a bound, not an exact count. */
  approx: boolean;
  /** Weak mentions (一, "one", "a", "second") may confirm a match but never raise a finding alone. */
  strong: boolean;
  /** Written with a scale word (1.2 million, 3.5亿): rounding is expected. */
  scaled: boolean;
}

const FULLWIDTH_DIGIT = /[０-９．％，]/g;

/** Full-width digits to ASCII; one code unit each, so spans stay valid. */
export function normalizeDigits(text: string): string {
  return text.replace(FULLWIDTH_DIGIT, (c) => {
    if (c === '．') return '.';
    if (c === '％') return '%';
    if (c === '，') return '，';
    return String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48);
  });
}

function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isLatinLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

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

/** Every number mentioned in a Chinese text, with its value and span. */
export function extractZhNumbers(
  raw: string,
  lex: NumberLexicon,
  opts: { keepNonNumberWords?: boolean } = {},
): NumberMention[] {
  const text = normalizeDigits(raw);
  const skip = opts.keepNonNumberWords ? [] : coveredRanges(text, lex.zhNonNumberWords);
  const isNumChar = (c: string) =>
    isAsciiDigit(c) || c in lex.zhDigits || c in lex.zhUnits || c in lex.zhBigUnits;
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const canStart =
      c in lex.zhDigits || isAsciiDigit(c) || c === '十' || (opts.keepNonNumberWords && c in lex.zhUnits);
    if (!isNumChar(c) || !canStart) {
      i++;
      continue;
    }
    let j = i;
    let approxInside = false;
    while (j < text.length) {
      const d = text[j];
      if (isNumChar(d)) j++;
      else if ((d === '.' || d === ',') && isAsciiDigit(text[j - 1]) && isAsciiDigit(text[j + 1])) j++;
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
    const parts = parseZhNumeralRun(run, lex);
    const hasArabic = /[0-9]/.test(run);
    const hasBig = /[万萬亿億]/.test(run);
    let prevEnd = start;
    parts.forEach((p, idx) => {
      const last = idx === parts.length - 1;
      const end = last ? j : start + Math.min(p.end, j - start);
      const before = text.slice(Math.max(0, prevEnd - 3), prevEnd);
      const after = text[end] ?? '';
      let kind: NumberKind = 'cardinal';
      let value = p.value;
      if (before.endsWith('第')) kind = 'ordinal';
      else if (before.endsWith('百分之') && idx === 0) kind = 'percent';
      else if (after === '%') kind = 'percent';
      else if (after === '成' && value < 10 && !hasArabic) {
        kind = 'percent';
        value *= 10;
      } else if (after === '年' && (value >= 1000 || !hasBig)) kind = value >= 1000 ? 'year' : 'cardinal';
      else if (after === '月') kind = 'month';
      else if (after === '日' || after === '号') kind = 'day';
      const approx =
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

interface EnToken {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const EN_TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s)?|[A-Za-z]+(?:[-‐][A-Za-z]+)*|%/g;

function tokenizeEn(text: string): EnToken[] {
  const out: EnToken[] = [];
  for (const m of text.matchAll(EN_TOKEN)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "forty-one", "twenty-first", "four-day": value of the leading number word(s), if any. */
function wordValue(
  lower: string,
  lex: NumberLexicon,
): { value: number; ordinal: boolean; tail: boolean; parts: number } | null {
  const parts = lower.split(/[-‐]/);
  const a = parts[0];
  const b = parts[1];
  if (a in lex.enSmall) {
    const av = lex.enSmall[a];
    if (b !== undefined && av >= 20 && av % 10 === 0) {
      if (b in lex.enSmall && lex.enSmall[b] < 10)
        return { value: av + lex.enSmall[b], ordinal: false, tail: parts.length > 2, parts: 2 };
      if (b in lex.enOrdinals && lex.enOrdinals[b] < 10)
        return { value: av + lex.enOrdinals[b], ordinal: true, tail: parts.length > 2, parts: 2 };
    }
    return { value: av, ordinal: false, tail: parts.length > 1, parts: 1 };
  }
  if (a in lex.enOrdinals)
    return { value: lex.enOrdinals[a], ordinal: true, tail: parts.length > 1, parts: 1 };
  return null;
}

function precededBy(text: string, start: number, phrases: string[]): boolean {
  const before = text
    .slice(Math.max(0, start - 24), start)
    .toLowerCase()
    .trimEnd();
  return phrases.some((p) => before === p || before.endsWith(` ${p}`));
}

const MONTH_CONTEXT =
  /\b(in|since|of|early|late|mid|by|until|last|next|this|from|to|on|between|and|through)\s*$/i;

/** Every number mentioned in an English text, with its value and span. */
export function extractEnNumbers(text: string, lex: NumberLexicon): NumberMention[] {
  const tokens = tokenizeEn(text);
  const out: NumberMention[] = [];
  const push = (
    t0: EnToken,
    t1: EnToken,
    value: number,
    kind: NumberKind,
    strong: boolean,
    scaled: boolean,
  ) => {
    out.push({
      value,
      kind,
      start: t0.start,
      end: t1.end,
      text: text.slice(t0.start, t1.end),
      approx: precededBy(text, t0.start, lex.enApproxBefore),
      strong,
      scaled,
    });
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const prevChar = text[t.start - 1];
    if (/^\d/.test(t.text)) {
      // COVID-19, G20, 5G, A4: names, not quantities
      if (
        isLatinLetter(prevChar) ||
        (prevChar === '-' && isLatinLetter(text[t.start - 2])) ||
        isLatinLetter(text[t.end])
      ) {
        i++;
        continue;
      }
      const m = /^([\d,]+(?:\.\d+)?)(st|nd|rd|th|s)?$/.exec(t.text);
      if (!m) {
        i++;
        continue;
      }
      let value = Number.parseFloat(m[1].replace(/,/g, ''));
      let kind: NumberKind = m[2] === 's' ? 'decade' : m[2] ? 'ordinal' : 'cardinal';
      let last = t;
      let scaled = false;
      const next = tokens[i + 1];
      if (next && next.lower in lex.enScales && next.start - t.end <= 1) {
        value *= lex.enScales[next.lower];
        last = next;
        scaled = true;
        i++;
      }
      const after = tokens[i + 1];
      if (
        text[last.end] === '%' ||
        (after && (after.lower === 'percent' || (after.lower === 'per' && tokens[i + 2]?.lower === 'cent')))
      ) {
        kind = 'percent';
      } else if (
        kind === 'cardinal' &&
        value >= 1000 &&
        value <= 2100 &&
        Number.isInteger(value) &&
        !m[1].includes(',')
      ) {
        kind = 'year';
      }
      push(t, last, value, kind, true, scaled);
      i++;
      continue;
    }
    if (t.lower in lex.enMonths && /^[A-Z]/.test(t.text)) {
      const next = tokens[i + 1];
      const full = t.lower.length > 3 || t.lower === 'may';
      const dayFollows = next && /^\d{1,2}(st|nd|rd|th)?$/.test(next.text) && next.start - t.end <= 2;
      const yearFollows = next && /^\d{4}$/.test(next.text);
      const ctx = MONTH_CONTEXT.test(text.slice(Math.max(0, t.start - 12), t.start));
      if (full && (dayFollows || yearFollows || (ctx && t.lower !== 'may' && t.lower !== 'march'))) {
        push(t, t, lex.enMonths[t.lower], 'month', true, false);
      }
      i++;
      continue;
    }
    const wv = wordValue(t.lower, lex);
    if (wv) {
      // "two-thirds" is a fraction, not a count
      if (wv.tail && /(thirds|quarters|fifths|halves)$/.test(t.lower)) {
        i++;
        continue;
      }
      let value = wv.value;
      let last = t;
      let scaled = false;
      let k = i + 1;
      if (!wv.ordinal && !wv.tail) {
        let current = value;
        let total = 0;
        while (k < tokens.length) {
          const n = tokens[k];
          if (n.lower in lex.enScales) {
            const s = lex.enScales[n.lower];
            if (s === 100) current *= 100;
            else {
              total += current * s;
              current = 0;
            }
            scaled = true;
          } else if (n.lower in lex.enSmall && !n.lower.includes('-')) current += lex.enSmall[n.lower];
          else if (n.lower === 'and' && tokens[k + 1] && tokens[k + 1].lower in lex.enSmall && scaled) {
            k++;
            continue;
          } else {
            const compound = wordValue(n.lower, lex);
            if (compound && !compound.ordinal && !compound.tail && scaled) current += compound.value;
            else break;
          }
          last = n;
          k++;
        }
        value = total + current;
      }
      const weak = lex.enWeakWords.includes(t.lower) && last === t;
      push(t, last, value, wv.ordinal ? 'ordinal' : 'cardinal', !weak && value !== 1, scaled);
      i = last === t ? i + 1 : k;
      continue;
    }
    // "a hundred", "a million": the article is the multiplier
    if ((t.lower === 'a' || t.lower === 'an') && tokens[i + 1] && tokens[i + 1].lower in lex.enScales) {
      const s = tokens[i + 1];
      push(t, s, lex.enScales[s.lower], 'cardinal', true, true);
      i += 2;
      continue;
    }
    i++;
  }
  return out;
}

/** Whether two values name the same quantity, allowing rounding when either side is approximate. */
export function sameQuantity(a: NumberMention, b: NumberMention): boolean {
  const x = a.value;
  const y = b.value;
  if (x === y) return true;
  const big = Math.max(Math.abs(x), Math.abs(y));
  if (big === 0) return false;
  const rel = Math.abs(x - y) / big;
  if (rel < 1e-9) return true;
  if ((a.approx || b.approx || a.scaled || b.scaled) && rel < 0.011) return true;
  return false;
}

/** Whether two values differ by a power of ten — the 万/亿 scale slip. */
export function isScaleSlip(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  const r = Math.log10(Math.abs(a / b));
  return Math.abs(r - Math.round(r)) < 1e-6 && Math.round(r) !== 0;
}
