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
  /** Unit abbreviations written onto digits ("725km"): the digits are still a quantity. */
  enGluedUnits?: string[];
  /** Scales written onto digits ("1.2bn"). */
  enGluedScales?: Record<string, number>;
  /** Words beginning with 成 (成立, 成为): a digit before them is no tenths. */
  zhWordsAfterCheng?: string[];
  /** 半 with a unit → the counts English gives in the smaller unit (半年 → 6 months). */
  zhHalves?: Record<string, number[]>;
  /** Words that state a count without a figure ("decade", "dozen", "doubled"). */
  enCountWords?: Record<string, number>;
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

export function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isLatinLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
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

export { extractEnNumbers } from './numbers-en';
export { extractZhNumbers, parseZhNumeralRun } from './numbers-zh';
