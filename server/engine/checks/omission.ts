import type { CheckContext } from './context';
import { enStemSet, zhContentWords, zhCoverage, zhMergedIntoNeighbour } from './coverage';
import { at, finding } from './finding';
import type { CheckInput, Finding } from './types';

// A Chinese sentence counts as left out when almost none of its glossable words meet the
// English of its row; short sentences give too little evidence to judge.
const MIN_WORDS = 6;
const MAX_COVERAGE = 0.12;
const BEST_COVERAGE = 0.4;

const ZH_SENTENCE = /[^。！？；]+[。！？；]?[”’」』）)]*/g;

function renderedNearby(input: CheckInput, r: number, ctx: CheckContext): boolean {
  const near = [r - 1, r + 1].map((k) => input.rows[k]).filter((x) => x !== undefined);
  return zhMergedIntoNeighbour(input.rows[r].zh, near, ctx);
}

/** A source row with no rendering, or a source sentence its row's English does not cover. */
export function checkOmission(input: CheckInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  input.rows.forEach((row, r) => {
    const zh = row.zh.trim();
    if (!zh || !/[\u3400-\u9fff]/.test(zh)) return;
    if (!row.en.trim()) {
      if (renderedNearby(input, r, ctx)) return;
      out.push(
        finding({
          type: 'omission',
          category: 'accuracy/omission',
          severity: zh.length > 15 ? 'major' : 'minor',
          zh: at(r),
          en: null,
          evidence: { zh: zh.length > 80 ? `${zh.slice(0, 80)}…` : zh },
          message: {
            en: 'This Chinese passage has no English rendering.',
            zh: '这段中文没有对应的英文译文。',
          },
        }),
      );
      return;
    }
    if (!ctx.dictionary) return;
    const en = enStemSet(row.en);
    const words = zhContentWords(row.zh, ctx);
    const sentences = [...row.zh.matchAll(ZH_SENTENCE)].map((m) => {
      const inside = words.filter((w) => w.start >= m.index && w.end <= m.index + m[0].length);
      return { m, s: m.index, e: m.index + m[0].length, n: inside.length, cov: zhCoverage(inside, en) };
    });
    // a row whose every sentence is poorly covered is a loose rendering or an alignment matter
    const best = Math.max(0, ...sentences.filter((x) => x.n >= 4).map((x) => x.cov));
    if (best < BEST_COVERAGE) return;
    for (const { m, s, e, n, cov } of sentences) {
      if (n < MIN_WORDS || cov > MAX_COVERAGE) continue;
      out.push(
        finding({
          type: 'omission',
          category: 'accuracy/omission',
          severity: 'major',
          zh: at(r, s, e),
          en: at(r),
          evidence: { zh: m[0].length > 80 ? `${m[0].slice(0, 80)}…` : m[0] },
          message: {
            en: 'This Chinese sentence seems to have no rendering in the English of its row.',
            zh: '这句中文在对应的英文中似乎没有译出。',
          },
        }),
      );
    }
  });
  return out;
}
