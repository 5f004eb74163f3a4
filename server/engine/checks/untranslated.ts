import type { CheckContext } from './context';
import { at, finding } from './finding';
import type { CheckInput, Finding } from './types';

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+(?:[\s·・][\u3400-\u9fff\uf900-\ufaff]+)*/g;

/** A dictionary rendering of a Chinese run, word by word, for the suggestion. */
function gloss(run: string, ctx: CheckContext): string | undefined {
  const dict = ctx.dictionary;
  if (!dict) return undefined;
  const words: string[] = [];
  for (const tok of dict.segment(run)) {
    const entry = dict.lookup(tok.text)[0];
    const g = entry?.glosses.find((x) => !/^(CL:|see |variant of |surname )/i.test(x));
    if (!g) return undefined;
    words.push(
      g
        .replace(/\([^)]*\)/g, '')
        .replace(/^to /, '')
        .trim(),
    );
  }
  return words.join(' ');
}

// Words with pinyin tone marks (Zhōngguó, jiāoyù) are pinyin left for the reader to decode;
// plain pinyin names are how English writes Chinese names and stay silent.
const TONED_PINYIN =
  /(?<![A-Za-z\u00C0-\u024F])[A-Za-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][A-Za-z\u00C0-\u024F]*(?:\s+[A-Za-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][A-Za-z\u00C0-\u024F]*)*/g;
// é and è alone are French in English text (café, première): pinyin needs a mark French lacks
const PINYIN_ONLY = /[āǎēěīǐìōǒòūúǔùǖǘǚǜáà]/;

/** Chinese characters or tone-marked pinyin left in the English. */
export function checkUntranslated(input: CheckInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  input.rows.forEach((row, r) => {
    for (const m of row.en.matchAll(HAN_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      const zhAt = row.zh.indexOf(m[0]);
      out.push(
        finding({
          type: 'untranslated',
          category: 'accuracy/untranslated',
          severity: m[0].length > 2 ? 'major' : 'minor',
          zh: zhAt >= 0 ? at(r, zhAt, zhAt + m[0].length) : null,
          en: at(r, start, end),
          evidence: { zh: zhAt >= 0 ? m[0] : undefined, en: m[0] },
          message: {
            en: `"${m[0]}" is left in Chinese in the English text.`,
            zh: `英文译文中保留了未翻译的中文“${m[0]}”。`,
          },
          suggestion: gloss(m[0], ctx),
        }),
      );
    }
    for (const m of row.en.matchAll(TONED_PINYIN)) {
      if (!PINYIN_ONLY.test(m[0])) continue;
      out.push(
        finding({
          type: 'untranslated',
          category: 'accuracy/untranslated',
          severity: 'minor',
          zh: null,
          en: at(r, m.index, m.index + m[0].length),
          evidence: { en: m[0] },
          message: {
            en: `"${m[0]}" is pinyin left in the English text.`,
            zh: `英文译文中保留了拼音“${m[0]}”。`,
          },
        }),
      );
    }
  });
  return out;
}
