import type { CheckContext } from './context';
import {
  enContentTokens,
  enMergedIntoNeighbour,
  glossUnion,
  pinyinMatches,
  zhContentWords,
} from './coverage';
import { at, finding } from './finding';
import { oneSidedRun, splitPartners } from './split-pairs';
import type { CheckInput, Finding } from './types';

// A sentence is an addition when little of it is supported while the rest of its row is:
// a row poor throughout is a loose translation or an alignment matter, not an insertion.
const MIN_WORDS = 8;
const MAX_SUPPORT = 0.2;
const RELATIVE = 0.35;
const ROW_BEST = 0.3;
// a whole paragraph the aligner joined to a neighbour's row needs less evidence than a sentence
const MIN_WORDS_PARAGRAPH = 3;

const EN_SENTENCE = /[^.!?;]+(?:[.!?;]+["”’)]*|$)/g;

function sourcedNearby(input: CheckInput, r: number, ctx: CheckContext, partner: number): boolean {
  if (!ctx.dictionary) return false;
  const near = [r - 1, r + 1].map((k) => input.rows[k]).filter((x) => x !== undefined);
  if (enMergedIntoNeighbour(input.rows[r].en, near, ctx)) return true;
  // the aligner split one pair into a Chinese-only and an English-only row
  if (partner >= 0 && support(input.rows[r].en, input.rows[partner].zh, ctx) >= 0.4) return true;
  // one English row beside the Chinese of its paragraph left as several clause rows
  const run = oneSidedRun(input.rows, r);
  if (run.length > 1 && support(input.rows[r].en, run.map((k) => input.rows[k].zh).join(''), ctx) >= 0.4)
    return true;
  return near.some((n) => !n.en.trim() && n.zh.trim() && support(input.rows[r].en, n.zh, ctx) >= 0.4);
}

function support(en: string, zh: string, ctx: CheckContext): number {
  const gloss = glossUnion(zhContentWords(zh, ctx));
  const tokens = enContentTokens(en, ctx.lexicons.enStopwords);
  if (tokens.length === 0) return 1;
  return tokens.filter((t) => gloss.has(t.stem) || gloss.has(t.word.toLowerCase())).length / tokens.length;
}

/** English content with no source: a row with no Chinese, or a sentence nothing in its row's Chinese supports. */
export function checkAddition(input: CheckInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const stop = ctx.lexicons.enStopwords;
  const partners = splitPartners(input.rows);
  input.rows.forEach((row, r) => {
    const en = row.en.trim();
    if (!en || enContentTokens(en, stop).length < 3) return;
    if (!row.zh.trim()) {
      if (sourcedNearby(input, r, ctx, partners[r])) return;
      out.push(
        finding({
          type: 'addition',
          category: 'accuracy/addition',
          severity: 'major',
          zh: null,
          en: at(r),
          evidence: { en: en.length > 120 ? `${en.slice(0, 120)}…` : en },
          message: {
            en: 'This English passage has no Chinese source.',
            zh: '这段英文没有对应的中文原文。',
          },
        }),
      );
      return;
    }
    const dict = ctx.dictionary;
    if (!dict) return;
    const gloss = glossUnion(zhContentWords(row.zh, ctx));
    const supported = (t: { word: string; stem: string }) =>
      gloss.has(t.stem) ||
      gloss.has(t.word.toLowerCase()) ||
      row.zh.includes(t.word) ||
      (/^[A-Z]/.test(t.word) && pinyinMatches(t.word, row.zh, dict));
    const all = enContentTokens(row.en, stop);
    const units: { text: string; s: number; e: number; min: number }[] = [];
    const pieces = [...row.en.matchAll(/[^\n]+/g)];
    for (const p of pieces) {
      if (pieces.length > 1)
        units.push({ text: p[0], s: p.index, e: p.index + p[0].length, min: MIN_WORDS_PARAGRAPH });
      const sentences = [...p[0].matchAll(EN_SENTENCE)];
      if (sentences.length < 2 && pieces.length > 1) continue;
      for (const m of sentences)
        units.push({ text: m[0], s: p.index + m.index, e: p.index + m.index + m[0].length, min: MIN_WORDS });
    }
    const scored = units.map((u) => {
      const tokens = all.filter((t) => t.start >= u.s && t.end <= u.e);
      return {
        ...u,
        n: tokens.length,
        support: tokens.filter(supported).length / Math.max(1, tokens.length),
      };
    });
    const best = Math.max(...scored.filter((x) => x.n >= 5).map((x) => x.support), 0);
    if (best < ROW_BEST) return;
    let lastEnd = -1;
    for (const { text, s, e, n, min, support } of scored) {
      if (n < min || support > MAX_SUPPORT || support > RELATIVE * best || s < lastEnd) continue;
      lastEnd = e;
      out.push(
        finding({
          type: 'addition',
          category: 'accuracy/addition',
          severity: 'major',
          zh: at(r),
          en: at(r, s, e),
          evidence: { en: text.trim() },
          message: {
            en: 'Nothing in the Chinese of this row seems to correspond to this English sentence.',
            zh: '这句英文在对应的中文中似乎没有来源。',
          },
        }),
      );
    }
  });
  return out;
}
