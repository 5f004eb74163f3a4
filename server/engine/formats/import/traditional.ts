import * as OpenCC from 'opencc-js';

/**
 * Traditional-Chinese detection and a simplified view for checks. The stored text stays
 * as imported; checks and the aligner's dictionary (simplified CC-CEDICT forms) work on
 * `toSimplified(text)`.
 */

type Convert = (text: string) => string;
let toCn: Convert | undefined;
let toTw: Convert | undefined;

/** Taiwan/HK phrase-level conversion to mainland simplified (opencc 'tw' → 'cn'). */
export function toSimplified(text: string): string {
  toCn ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toCn(text);
}

function toTraditional(text: string): string {
  toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTw(text);
}

function changedChars(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return Math.abs(x.length - y.length) + 1;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}

/**
 * 'traditional' when simplifying changes clearly more characters than traditionalising
 * (characters like 的 or 中 are the same in both scripts and count for neither), else
 * 'simplified'; undefined for text with too few Han characters to tell. Samples the
 * first 4 000 Han characters, which is plenty and keeps a 1 MB import fast.
 */
export function detectScript(text: string): 'simplified' | 'traditional' | undefined {
  const han = (text.slice(0, 20000).match(/\p{Script=Han}/gu) ?? []).slice(0, 4000).join('');
  if (han.length < 4) return undefined;
  const toS = changedChars(han, toSimplified(han));
  const toT = changedChars(han, toTraditional(han));
  if (toS === 0 && toT === 0) return undefined;
  return toS > toT ? 'traditional' : 'simplified';
}
