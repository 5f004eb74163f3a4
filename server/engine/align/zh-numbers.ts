// Values of Chinese numerals (三, 十五, 两千, 3万, 一百二十) so that "三千" meets "3,000".
// Approximate forms (十多, 几百) have no single value and yield null.
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Numeric value of a token made only of Chinese numeral characters, else null. */
export function chineseNumberValue(token: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(token)) return null;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of token) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      section += (digit < 0 ? 1 : digit) * UNITS[ch];
      digit = -1;
    } else {
      section += Math.max(digit, 0);
      total += (section === 0 ? 1 : section) * BIG[ch];
      section = 0;
      digit = -1;
    }
  }
  return total + section + Math.max(digit, 0);
}
