import { at, finding } from './finding';
import type { CheckInput, Finding } from './types';

const FULL_WIDTH = /[，。：；！？（）【】「」『』、《》～]/g;
const PAIRS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
];
// Curly quotes are not paired per paragraph: a quotation running over several paragraphs
// opens each one and closes only the last.

/** Full-width punctuation, unbalanced brackets or quotes, and doubled spaces in the English. */
export function checkPunctuation(input: CheckInput): Finding[] {
  const out: Finding[] = [];
  input.rows.forEach((row, r) => {
    const en = row.en;
    if (!en) return;
    for (const m of en.matchAll(FULL_WIDTH)) {
      // a run of Chinese is the untranslated check's business
      if (/[\u3400-\u9fff]/.test(en.slice(Math.max(0, m.index - 1), m.index + 2))) continue;
      out.push(
        finding({
          type: 'punctuation',
          category: 'locale-conventions',
          severity: 'minor',
          zh: null,
          en: at(r, m.index, m.index + 1),
          evidence: { en: en.slice(Math.max(0, m.index - 10), m.index + 10) },
          message: {
            en: `The English contains the full-width punctuation mark "${m[0]}".`,
            zh: `英文中出现了全角标点“${m[0]}”。`,
          },
        }),
      );
    }
    for (const [open, close] of PAIRS) {
      const opens = en.split(open).length - 1;
      const closes = en.split(close).length - 1;
      if (opens !== closes) {
        out.push(
          finding({
            type: 'punctuation',
            category: 'fluency',
            severity: 'minor',
            zh: null,
            en: at(r),
            evidence: { en: en.length > 100 ? `${en.slice(0, 100)}…` : en },
            message: {
              en: `Unbalanced ${open}${close}: ${opens} opening and ${closes} closing.`,
              zh: `${open}${close}不成对：${opens} 个左侧，${closes} 个右侧。`,
            },
          }),
        );
      }
    }
    const dbl = /\S( {2,})\S/.exec(en);
    if (dbl) {
      const start = dbl.index + 1;
      out.push(
        finding({
          type: 'punctuation',
          category: 'fluency',
          severity: 'minor',
          zh: null,
          en: at(r, start, start + dbl[1].length),
          evidence: { en: en.slice(Math.max(0, start - 15), start + 15) },
          message: { en: 'The English contains a doubled space.', zh: '英文中有连续的空格。' },
          suggestion: ' ',
        }),
      );
    }
  });
  return out;
}
