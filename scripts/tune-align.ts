// Fits the aligner's weights (server/engine/align/params.ts) on a gold corpus laid out like
// MAC-Dev, by coordinate ascent on strict F1, and reports leave-one-chapter-out scores so a
// fit that only memorises the dev chapters shows up as a gap between "fit" and "held out".
//   node dist/scripts/tune-align.js [CORPUS_DIR] [--loo]
import path from 'node:path';
import {
  type AlignParams,
  alignPrepared,
  DEFAULT_PARAMS,
  type PreparedPair,
  preparePair,
} from '../server/engine/align';
import { beadEvidence } from '../server/engine/align/bead-dp';
import { buildMatchMatrix } from '../server/engine/align/match-matrix';
import { loadLexicon } from '../server/engine/lexicon';
import {
  type Chapter,
  f1,
  readCorpus,
  type StrictCounts,
  sharedDir,
  strictCounts,
  sumCounts,
} from './align-eval';

/** Hand-set weights before any fitting (Gale–Church-like priors): the start of every LOO fold. */
const START_PARAMS: AlignParams = {
  ...DEFAULT_PARAMS,
  lexical: 0.1,
  chance: 1,
  unmatched: 0.02,
  length: 1,
  lengthVariance: 6,
  beads: {
    '1-1': 0,
    '1-2': -2,
    '2-1': -3,
    '1-3': -4,
    '3-1': -6,
    '2-2': -6,
    '1-4': -6,
    '4-1': -8,
    '2-3': -8,
    '3-2': -8,
    '1-0': -6,
    '0-1': -6,
  },
};

type Knob = {
  get(p: AlignParams): number;
  set(p: AlignParams, v: number): AlignParams;
  steps: number[];
  multiply: boolean;
};

const scalar = (k: 'lexical' | 'chance' | 'unmatched' | 'length' | 'lengthVariance'): Knob => ({
  get: (p) => p[k],
  set: (p, v) => ({ ...p, [k]: v }),
  steps: [0.7, 0.85, 1.15, 1.4],
  multiply: true,
});
const prior = (shape: string): Knob => ({
  get: (p) => p.beads[shape],
  set: (p, v) => ({ ...p, beads: { ...p.beads, [shape]: v } }),
  steps: [-1.5, -0.5, 0.5, 1.5],
  multiply: false,
});

function knobs(p: AlignParams): Knob[] {
  return [
    scalar('lexical'),
    scalar('chance'),
    scalar('unmatched'),
    scalar('length'),
    scalar('lengthVariance'),
    ...Object.keys(p.beads)
      .filter((s) => s !== '1-1')
      .map(prior),
  ];
}

function evaluate(chapters: Chapter[], preps: PreparedPair[], p: AlignParams): number {
  const counts = chapters.map((ch, i) =>
    strictCounts(
      ch.gold,
      alignPrepared(preps[i], p).map((b) => [b.zh, b.en]),
    ),
  );
  return f1(sumCounts(counts)).f;
}

function coordinateAscent(
  chapters: Chapter[],
  preps: PreparedPair[],
  start: AlignParams,
  rounds = 3,
): AlignParams {
  let best = start;
  let bestF = evaluate(chapters, preps, best);
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const knob of knobs(best)) {
      const base = knob.get(best);
      for (const step of knob.steps) {
        const v = knob.multiply ? base * step : base + step;
        const cand = knob.set(best, v);
        const f = evaluate(chapters, preps, cand);
        if (f > bestF + 1e-6) {
          best = cand;
          bestF = f;
          improved = true;
        }
      }
    }
    process.stderr.write(`round ${round + 1}: F1 ${bestF.toFixed(4)}\n`);
    if (!improved) break;
  }
  return best;
}

/**
 * Logistic regression of "predicted bead is strictly right" on the bead's evidence (the
 * features of beadConfidence), by plain gradient descent: a few hundred beads, five weights.
 */
function fitConfidence(
  chapters: Chapter[],
  preps: PreparedPair[],
  p: AlignParams,
): AlignParams['confidence'] {
  const rows: Array<{ x: number[]; y: number }> = [];
  let nullRight = 0;
  let nullAll = 0;
  chapters.forEach((ch, c) => {
    const gold = new Set(ch.gold.map(([z, e]) => `${z}:${e}`));
    const f = preps[c].f;
    const mm = buildMatchMatrix(f, 0, ch.zh.length, 0, ch.en.length);
    const ctx = { f, mm, params: p, ratio: preps[c].ratio, chance: preps[c].chance };
    for (const b of alignPrepared(preps[c], p)) {
      const y = gold.has(`${b.zh}:${b.en}`) ? 1 : 0;
      if (b.zh.length === 0 || b.en.length === 0) {
        nullRight += y;
        nullAll++;
        continue;
      }
      const ev = beadEvidence(ctx, b.zh[0], b.zh[b.zh.length - 1] + 1, b.en[0], b.en[b.en.length - 1] + 1);
      const x = [
        1,
        ev.total > 0 ? ev.matched / ev.total : 0,
        -(ev.delta * ev.delta) / 2,
        -(b.zh.length + b.en.length - 2),
      ];
      rows.push({ x, y });
    }
  });
  const w = [0, 0, 0, 0];
  for (let it = 0; it < 3000; it++) {
    const g = [0, 0, 0, 0];
    for (const { x, y } of rows) {
      const z = w.reduce((s, wk, k) => s + wk * x[k], 0);
      const err = 1 / (1 + Math.exp(-z)) - y;
      for (let k = 0; k < 4; k++) g[k] += err * x[k];
    }
    for (let k = 0; k < 4; k++) w[k] -= (0.5 * g[k]) / rows.length;
  }
  const rate = (nullRight + 1) / (nullAll + 2);
  return { bias: w[0], coverage: w[1], length: w[2], size: w[3], unmatched: Math.log(rate / (1 - rate)) };
}

function main(): void {
  const args = process.argv.slice(2);
  const root = path.resolve(__dirname, '..', '..');
  const dir = args.find((a) => !a.startsWith('--')) ?? path.join(sharedDir(root), 'align', 'mac-dev');
  const lex = loadLexicon();
  const chapters = readCorpus(dir);
  const preps = chapters.map((ch) => preparePair(ch.zh, ch.en, lex));
  console.log(`defaults: strict F1 ${evaluate(chapters, preps, DEFAULT_PARAMS).toFixed(4)}`);
  if (args.includes('--loo')) {
    // each fold starts from the same hand-set weights, never from the shipped ones (which
    // have seen every chapter), and held-out beads are pooled as score.py pools files
    const held: StrictCounts[] = [];
    const fits: StrictCounts[] = [];
    for (let k = 0; k < chapters.length; k++) {
      const train = chapters.filter((_, i) => i !== k);
      const trainPreps = preps.filter((_, i) => i !== k);
      const p = coordinateAscent(train, trainPreps, START_PARAMS, 2);
      const predict = (i: number) =>
        alignPrepared(preps[i], p).map((b) => [b.zh, b.en] as [number[], number[]]);
      held.push(strictCounts(chapters[k].gold, predict(k)));
      fits.push(...train.map((ch) => strictCounts(ch.gold, predict(chapters.indexOf(ch)))));
      console.log(`held out ${chapters[k].name}: strict F1 ${f1(held[k]).f.toFixed(4)}`);
    }
    console.log(`leave-one-chapter-out: held-out strict F1 ${f1(sumCounts(held)).f.toFixed(4)}`);
    console.log(`                       on training chapters ${f1(sumCounts(fits)).f.toFixed(4)}`);
    console.log(`start weights on all chapters: ${evaluate(chapters, preps, START_PARAMS).toFixed(4)}`);
    return;
  }
  const p = args.includes('--confidence-only')
    ? DEFAULT_PARAMS
    : coordinateAscent(chapters, preps, DEFAULT_PARAMS);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const conf = fitConfidence(chapters, preps, p);
  console.log(
    JSON.stringify(
      { ...p, confidence: Object.fromEntries(Object.entries(conf).map(([k, v]) => [k, round(v)])) },
      null,
      2,
    ),
  );
}

main();
