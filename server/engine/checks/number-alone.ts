// A figure written in digits on one side with nothing on the other: the dropped or invented
// number a plain digit comparison (Translate Toolkit's pofilter) catches. Only digit-written
// counts and percentages qualify — a digit is deliberate, where a numeral character may be part
// of a word or an idiom — and never a clock time, which English rewrites freely (19时 "7 p.m.",
// 24小时 "around the clock").
import type { NumberLexicon, NumberMention } from '../text/numbers';
import { extractEnNumbers, extractZhNumbers, sameQuantity } from '../text/numbers';
import { at, finding, snippet } from './finding';
import type { Finding } from './types';

// Machine translation drops figures; a careful translator adds them (a conversion, the year of
// a date, an explanation), so an added figure is only "possible" (below POSSIBLE_BELOW).
const DROPPED_CONFIDENCE = 0.6;
const ADDED_CONFIDENCE = 0.45;

/** 19时, 0—24时, 3点, 30分: the digits name a clock time or an hour span. */
const ZH_CLOCK_AFTER = /^\s*(?:[—–\-~～至到]\s*\d+\s*)?(?:时|点|小时|分|秒|:)/;
/** 4:30, 19:00, 9 a.m., 7 o'clock. */
const EN_CLOCK = (text: string, m: NumberMention) =>
  text[m.start - 1] === ':' ||
  text[m.end] === ':' ||
  /^\s*(?:a\.?m\b|p\.?m\b|o'clock|h\b|hrs?\b|GMT|UTC)/i.test(text.slice(m.end, m.end + 8));

const digitsOf = (s: string) => s.replace(/[^0-9.]/g, '').replace(/\.$/, '');

/** Whether the other side holds the same digit string (737, Ka-52: a figure kept in a name). */
function sameDigits(m: NumberMention, other: string): boolean {
  const d = digitsOf(m.text);
  if (!d) return false;
  for (const run of other.replace(/,(?=\d{3}\b)/g, '').match(/\d+(?:\.\d+)?/g) ?? [])
    if (run === d) return true;
  return false;
}

/** English words that state a count without a figure ("a decade", "doubled", "a dozen"). */
function wordCount(en: string, value: number, lex: NumberLexicon): boolean {
  const lower = en.toLowerCase();
  for (const [word, v] of Object.entries(lex.enCountWords ?? {}))
    if (v === value && new RegExp(`\\b${word}`).test(lower)) return true;
  return false;
}

/** 上万, 成千, 近百, 数亿: a bare unit after a word of degree is a rough count of that unit. */
export function bareUnits(zh: string, lex: NumberLexicon): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of zh.matchAll(/[上成近数几逾过好]([百千万亿])/g)) {
    const u = m[1];
    const value = lex.zhUnits[u] ?? lex.zhBigUnits[u];
    if (value === undefined || /[0-9一二两三四五六七八九十]/.test(zh[m.index + 2] ?? '')) continue;
    out.push({
      value,
      kind: 'cardinal',
      start: m.index + 1,
      end: m.index + 2,
      text: u,
      approx: true,
      strong: false,
      scaled: true,
    });
  }
  return out;
}

export interface AloneInput {
  zh: string;
  en: string;
  row: number;
  /** Chinese mentions no English value accounts for. */
  zhLeft: NumberMention[];
  /** English mentions no Chinese value accounts for. */
  enLeft: NumberMention[];
  /** Chinese words that may explain an English value (半 → 0.5, 百年). */
  soft: NumberMention[];
  /**
   * The neighbouring rows' text on each side: alignment may put a figure's clause in the next
   * row, so a figure is alone only when the neighbourhood lacks it too.
   */
  near: (side: 'zh' | 'en') => string;
}

export function aloneNumbers(p: AloneInput, lex: NumberLexicon): Finding[] {
  const out: Finding[] = [];
  const countable = (m: NumberMention) => m.strong && (m.kind === 'cardinal' || m.kind === 'percent');
  const enLeft = p.enLeft.filter((e) => !p.soft.some((z) => sameQuantity(z, e)));
  const zhCandidates = p.zhLeft.filter(
    (z) =>
      /[0-9]/.test(z.text) &&
      countable(z) &&
      z.value !== 0 &&
      !ZH_CLOCK_AFTER.test(p.zh.slice(z.end)) &&
      !sameDigits(z, p.en) &&
      !wordCount(p.en, z.value, lex),
  );
  const enNearText = zhCandidates.length ? p.near('en') : '';
  const enNear = enNearText ? extractEnNumbers(enNearText, lex) : [];
  if (enLeft.length === 0)
    for (const z of zhCandidates) {
      if (sameDigits(z, enNearText) || enNear.some((e) => sameQuantity(z, e))) continue;
      // 1倍 "doubled", 2倍 "tripled": a multiple English states with a verb
      if (p.zh[z.end] === '倍' && z.value <= 3) continue;
      out.push(
        finding({
          type: 'number',
          category: 'accuracy/omission',
          severity: 'major',
          zh: at(p.row, z.start, z.end),
          en: at(p.row),
          evidence: { zh: snippet(p.zh, z.start, z.end, 8) },
          message: {
            en: `The Chinese figure ${z.text} has no counterpart in the English.`,
            zh: `中文数字“${z.text}”在英文中没有对应。`,
          },
          confidence: DROPPED_CONFIDENCE,
        }),
      );
    }
  if (p.zhLeft.some((z) => z.value !== 1)) return out;
  const enCandidates = p.enLeft.filter(
    (e) =>
      /^[0-9]/.test(e.text) &&
      countable(e) &&
      e.value !== 0 &&
      !EN_CLOCK(p.en, e) &&
      !sameDigits(e, p.zh) &&
      !p.soft.some((z) => sameQuantity(z, e)) &&
      // 半 is a half: 半米 "0.5 metres"
      !(e.value === 0.5 && p.zh.includes('半')),
  );
  const zhNearText = enCandidates.length ? p.near('zh') : '';
  const zhNear = zhNearText ? extractZhNumbers(zhNearText, lex, { keepNonNumberWords: true }) : [];
  for (const e of enCandidates) {
    if (sameDigits(e, zhNearText) || zhNear.some((z) => sameQuantity(z, e))) continue;
    out.push(
      finding({
        type: 'number',
        category: 'accuracy/addition',
        severity: 'major',
        zh: at(p.row),
        en: at(p.row, e.start, e.end),
        evidence: { en: snippet(p.en, e.start, e.end, 12) },
        message: {
          en: `The English figure ${e.text} has no counterpart in the Chinese.`,
          zh: `英文数字“${e.text}”在中文中没有对应。`,
        },
        confidence: ADDED_CONFIDENCE,
      }),
    );
  }
  return out;
}
