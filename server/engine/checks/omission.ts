import type { CheckContext } from './context';
import {
  enStemSet,
  sentenceCoverages,
  type ZhWord,
  zhContentWords,
  zhCoverage,
  zhMergedIntoNeighbour,
} from './coverage';
import { at, finding } from './finding';
import { oneSidedRun, splitPartners } from './split-pairs';
import type { CheckInput, Finding } from './types';

// A Chinese sentence counts as left out when almost none of its glossable words meet the
// English of its row; short sentences give too little evidence to judge.
const MIN_WORDS = 6;
const MAX_COVERAGE = 0.12;
const BEST_COVERAGE = 0.4;
const SHORT_MAX_COVERAGE = 0.3;
// what share of a neighbour's English counts as its edge, and how much of the row it must cover
const EDGE_SHARE = 0.4;
const EDGE_COVERAGE = 0.5;

const ZH_SENTENCE = /[^。！？；]+[。！？；]?[”’」』）)]*/g;

function renderedNearby(input: CheckInput, r: number, ctx: CheckContext, partner: number): boolean {
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
  if (partner >= 0 && covers(input.rows[partner].en)) return true;
  // one paragraph left as clause rows beside one English row: that English renders them, if
  // it says what this row says beyond what the run's other Chinese rows explain
  const run = oneSidedRun(input.rows, r);
  if (run.length > 0) {
    const others = oneSidedRun(input.rows, run[0]).filter((k) => k !== r);
    const joined = {
      zh: others.map((k) => input.rows[k].zh).join(''),
      en: run.map((k) => input.rows[k].en).join(' '),
    };
    if (zhMergedIntoNeighbour(row.zh, [joined], ctx)) return true;
  }
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

const ZH_CLAUSE = /[^，,。！？；：]+[，,。！？；：]?[”’」』）)]*/g;
// a row counts as short below this share of the article's median length ratio
const SHORT_ROW = 0.7;
const CLAUSE_COVERAGE = 0.12;
const CLAUSE_WORDS = 6;

function ratioOf(row: { zh: string; en: string }): number {
  return row.en.trim().length / Math.max(1, row.zh.replace(/\s/g, '').length);
}

function medianRatio(input: CheckInput): number | null {
  const r = input.rows
    .filter((x) => x.zh.trim().length >= 10 && x.en.trim())
    .map(ratioOf)
    .sort((a, b) => a - b);
  return r.length >= 3 ? r[Math.floor(r.length / 2)] : null;
}

/** Runs of consecutive comma clauses the English does not cover, with enough words to judge. */
function uncoveredClauses(zh: string, words: ZhWord[], en: ReadonlySet<string>): { s: number; e: number }[] {
  const clauses = [...zh.matchAll(ZH_CLAUSE)].map((m) => ({
    s: m.index,
    e: m.index + m[0].length,
    inside: words.filter((w) => w.start >= m.index && w.end <= m.index + m[0].length),
  }));
  // as for sentences, some clause must be well rendered for the row to be judged at all
  if (!clauses.some((c) => c.inside.length >= 3 && zhCoverage(c.inside, en) >= BEST_COVERAGE)) return [];
  const low = clauses.map((c) => c.inside.length > 0 && zhCoverage(c.inside, en) <= CLAUSE_COVERAGE);
  const out: { s: number; e: number }[] = [];
  let i = 0;
  while (i < clauses.length) {
    if (!low[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < clauses.length && low[j + 1]) j++;
    const run = clauses.slice(i, j + 1).flatMap((c) => c.inside);
    if (run.length >= CLAUSE_WORDS && zhCoverage(run, en) <= CLAUSE_COVERAGE)
      out.push({ s: clauses[i].s, e: clauses[j].e });
    i = j + 1;
  }
  return out;
}

/** A source row with no rendering, or a source sentence its row's English does not cover. */
export function checkOmission(input: CheckInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const median = medianRatio(input);
  const partners = splitPartners(input.rows);
  input.rows.forEach((row, r) => {
    const zh = row.zh.trim();
    if (!zh || !/[\u3400-\u9fff]/.test(zh)) return;
    if (!row.en.trim()) {
      if (renderedNearby(input, r, ctx, partners[r])) return;
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
    const matches = [...row.zh.matchAll(ZH_SENTENCE)];
    const insides = matches.map((m) =>
      words.filter((w) => w.start >= m.index && w.end <= m.index + m[0].length),
    );
    // sentences of one row share their topic words: each English word renders one of them
    const shared = insides.length > 1 ? sentenceCoverages(insides, row.en) : null;
    const sentences = matches.map((m, k) => ({
      m,
      s: m.index,
      e: m.index + m[0].length,
      n: insides[k].length,
      cov: Math.min(zhCoverage(insides[k], en), shared ? shared[k] : 1),
    }));
    // a row whose every sentence is poorly covered is a loose rendering or an alignment matter
    const best = Math.max(0, ...sentences.filter((x) => x.n >= 4).map((x) => x.cov));
    // an English much shorter than the article's usual ratio says something is missing: a
    // sentence then needs less evidence of being left out
    const short = median !== null && ratioOf(row) < SHORT_ROW * median;
    const most = short && sentences.length > 1 ? SHORT_MAX_COVERAGE : MAX_COVERAGE;
    const spans =
      best < BEST_COVERAGE
        ? []
        : sentences.filter((x) => x.n >= MIN_WORDS && x.cov <= most).map((x) => ({ s: x.s, e: x.e }));
    // and a run of uncovered clauses is then likely a dropped sentence, even inside one long
    // Chinese sentence
    if (spans.length === 0 && short) spans.push(...uncoveredClauses(row.zh, words, en));
    for (const { s, e } of spans) {
      const text = row.zh.slice(s, e);
      out.push(
        finding({
          type: 'omission',
          category: 'accuracy/omission',
          severity: 'major',
          zh: at(r, s, e),
          en: at(r),
          evidence: { zh: text.length > 80 ? `${text.slice(0, 80)}…` : text },
          message: {
            en: 'This part of the Chinese seems to have no rendering in the English of its row.',
            zh: '这部分中文在对应的英文中似乎没有译出。',
          },
        }),
      );
    }
  });
  return out;
}
