import { at, finding } from './finding';
import type { CheckInput, Finding } from './types';

// How far (as a factor) a pair's English/Chinese length ratio may stray from the article's
// median before it is worth a look; news translations vary a lot, so the bar is high.
const FACTOR = 3;
const MIN_ZH_CHARS = 25;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Pairs whose length ratio is far outside the article's own distribution. */
export function checkLength(input: CheckInput): Finding[] {
  const ratios: { r: number; ratio: number }[] = [];
  input.rows.forEach((row, r) => {
    const zh = row.zh.replace(/\s/g, '').length;
    const en = row.en.trim().length;
    if (zh >= MIN_ZH_CHARS && en > 0) ratios.push({ r, ratio: Math.log(en / zh) });
  });
  if (ratios.length < 4) return [];
  const mid = median(ratios.map((x) => x.ratio));
  const out: Finding[] = [];
  for (const { r, ratio } of ratios) {
    const off = ratio - mid;
    if (Math.abs(off) < Math.log(FACTOR)) continue;
    const longer = off > 0;
    const factor = Math.exp(Math.abs(off)).toFixed(1);
    out.push(
      finding({
        type: 'length',
        category: longer ? 'accuracy/addition' : 'accuracy/omission',
        severity: 'minor',
        zh: at(r),
        en: at(r),
        evidence: { zh: input.rows[r].zh.slice(0, 60), en: input.rows[r].en.slice(0, 100) },
        message: longer
          ? {
              en: `The English is ${factor} times longer than usual for this article relative to the Chinese.`,
              zh: `相对中文，这一段英文比本文通常的长度长 ${factor} 倍。`,
            }
          : {
              en: `The English is ${factor} times shorter than usual for this article relative to the Chinese.`,
              zh: `相对中文，这一段英文比本文通常的长度短 ${factor} 倍。`,
            },
      }),
    );
  }
  return out;
}
