import type { CheckContext } from './context';
import { enStemSet, zhContentWords, zhCoverage, zhMergedIntoNeighbour } from './coverage';
import { at, finding } from './finding';
import type { CheckInput, Finding } from './types';

// A Chinese sentence counts as left out when almost none of its glossable words meet the
// English of its row; short sentences give too little evidence to judge.
const MIN_WORDS = 6;
const MAX_COVERAGE = 0.12;
const BEST_COVERAGE = 0.4;
// what share of a neighbour's English counts as its edge, and how much of the row it must cover
const EDGE_SHARE = 0.4;
const EDGE_COVERAGE = 0.5;

const ZH_SENTENCE = /[^。！？；]+[。！？；]?[”’」』）)]*/g;

function renderedNearby(input: CheckInput, r: number, ctx: CheckContext): boolean {
  const row = input.rows[r];
  const prev = input.rows[r - 1];
  const next = input.rows[r + 1];
  const near = [prev, next].filter((x) => x !== undefined);
  if (zhMergedIntoNeighbour(row.zh, near, ctx)) return true;
  const words = zhContentWords(row.zh, ctx);
  if (words.length < 3) return false;
  const covers = (en: string) => zhCoverage(words, enStemSet(en)) >= EDGE_COVERAGE;
  // the aligner split one pair into a Chinese-only and an English-only row
  if (near.some((n) => !n.zh.trim() && n.en.trim() && covers(n.en))) return true;
  // the end of the previous English (or the start of the next) renders this sentence
  return (
    (prev?.zh.trim() !== '' && prev?.en && covers(edge(prev.en, 'tail'))) ||
    (next?.zh.trim() !== '' && next?.en && covers(edge(next.en, 'head'))) ||
    false
  );
}

function edge(en: string, which: 'head' | 'tail'): string {
  const cut = Math.floor(en.length * EDGE_SHARE);
  return which === 'head' ? en.slice(0, cut) : en.slice(en.length - cut);
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
