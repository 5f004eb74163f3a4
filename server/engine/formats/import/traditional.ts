import * as OpenCC from 'opencc-js';

/**
 * Traditional-Chinese detection and a simplified view for checks. The stored text stays
 * as imported; checks and the aligner's dictionary (simplified CC-CEDICT forms) work on
 * `toSimplified(text)`.
 */

type Convert = (text: string) => string;
let toCn: Convert | undefined;

/** Taiwan/HK phrase-level conversion to mainland simplified (opencc 'tw' → 'cn'). */
export function toSimplified(text: string): string {
  toCn ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toCn(text);
}

/**
 * Characters that show a script: those OpenCC's character tables change when simplifying, and
 * those they change when traditionalising. Read from the tables rather than through a cn → tw
 * converter, which builds phrase tries of ~70 MB per worker just to tell the two scripts apart.
 */
let scriptChars: { traditional: Set<string>; simplified: Set<string> } | undefined;

/** Characters OpenCC's character tables change (phrase entries are the converters' business). */
function changedChars(groups: readonly (readonly (string | readonly (readonly [string, string])[])[])[]) {
  const out = new Set<string>();
  for (const group of groups)
    for (const dict of group)
      for (const [from, to] of typeof dict === 'string' ? dict.split('|').map((p) => p.split(' ')) : dict)
        if (from && to && [...from].length === 1 && [...to].length === 1 && from !== to) out.add(from);
  return out;
}

function charsOfScripts(): { traditional: Set<string>; simplified: Set<string> } {
  if (!scriptChars) {
    // traditional → mainland simplified, and simplified → traditional, character by character
    const traditional = changedChars(OpenCC.Locale.to.cn);
    const simplified = changedChars(OpenCC.Locale.from.cn);
    for (const c of traditional) simplified.delete(c);
    scriptChars = { traditional, simplified };
  }
  return scriptChars;
}

/**
 * 'traditional' when more of the text's characters are traditional-only forms than
 * simplified-only ones (characters like 的 or 中 are the same in both scripts and count for
 * neither), else
 * 'simplified'; undefined for text with too few Han characters to tell. Samples the
 * first 4 000 Han characters, which is plenty and keeps a 1 MB import fast.
 */
export function detectScript(text: string): 'simplified' | 'traditional' | undefined {
  const han = (text.slice(0, 20000).match(/\p{Script=Han}/gu) ?? []).slice(0, 4000).join('');
  if (han.length < 4) return undefined;
  const { traditional, simplified } = charsOfScripts();
  let toS = 0;
  let toT = 0;
  for (const c of han)
    if (traditional.has(c)) toS++;
    else if (simplified.has(c)) toT++;
  if (toS === 0 && toT === 0) return undefined;
  return toS > toT ? 'traditional' : 'simplified';
}
