// Fits the news rows' confidence model (server/engine/align/calibration.ts) on news-article
// sets: aligns every case with the calibration off (confidence = the DP's posterior), works
// out each row's features and whether the row is right by the gold, then fits the two
// logistic models by Newton's method and prints their weights for params.ts.
//   node dist/scripts/fit-confidence.js DIR[:odd|even] ...   (tuning sets only)
import fs from 'node:fs';
import { type AlignParams, ARTICLE_PARAMS } from '../server/engine/align';
import { splitParagraphs } from '../server/engine/align/article-aligner';
import type { ChunkContext } from '../server/engine/align/bead-dp';
import { confidenceFeatures } from '../server/engine/align/calibration';
import { buildMatchMatrix } from '../server/engine/align/match-matrix';
import { preparePair } from '../server/engine/align/sentence-aligner';
import { loadLexicon } from '../server/engine/lexicon';
import { splitEnglishSentences } from '../server/engine/text/sentences-en';
import { splitChineseSentences } from '../server/engine/text/sentences-zh';
import { alignRaw, textToParagraphs } from './cli/align';
import { type Gold, mapSentences, pickDocs, readNewsCases } from './news-eval';

interface Sample {
  x: number[];
  y: number;
  weight?: number;
}

/** Logistic regression by Newton's method with a little ridge (the features are few and tame). */
export function fitLogistic(samples: Sample[], ridge = 1e-3, rounds = 50): number[] {
  const d = samples[0].x.length;
  let w = new Array(d).fill(0);
  for (let it = 0; it < rounds; it++) {
    const g = new Array(d).fill(0);
    const h = Array.from({ length: d }, () => new Array(d).fill(0));
    for (const { x, y, weight = 1 } of samples) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * w[k], 0)));
      for (let a = 0; a < d; a++) {
        g[a] += weight * (p - y) * x[a];
        for (let b = 0; b < d; b++) h[a][b] += weight * p * (1 - p) * x[a] * x[b];
      }
    }
    for (let a = 0; a < d; a++) {
      g[a] += ridge * w[a];
      h[a][a] += ridge;
    }
    const step = solve(h, g);
    w = w.map((v, k) => v - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c][c] === 0) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

const RECALL_WEIGHT = 0.3;

function main(): void {
  const lex = loadLexicon();
  const params: AlignParams = { ...ARTICLE_PARAMS, calibration: undefined };
  const linked: Sample[] = [];
  const alone: Sample[] = [];
  for (const spec of process.argv.slice(2)) {
    const [dir, docs] = spec.split(':');
    for (const c of pickDocs(readNewsCases(dir), docs)) {
      const zhText = fs.readFileSync(c.zhPath, 'utf8');
      const enText = fs.readFileSync(c.enPath, 'utf8');
      const zhP = textToParagraphs(zhText, 'zh');
      const enP = textToParagraphs(enText, 'en');
      const zh = splitParagraphs(zhP, splitChineseSentences);
      const en = splitParagraphs(enP, splitEnglishSentences);
      const prep = preparePair(zh.texts, en.texts, lex);
      const mm = buildMatchMatrix(prep.f, 0, zh.texts.length, 0, en.texts.length, params.unionEvidence);
      const ctx: ChunkContext = { f: prep.f, mm, params, ratio: prep.ratio, chance: prep.chance };
      const out = alignRaw(zhText, enText, lex, { params });
      const gold = JSON.parse(fs.readFileSync(c.goldPath, 'utf8')) as Gold;
      const links = new Set(gold.links.map(([z, e]) => `${z}:${e}`));
      const zmap = mapSentences(out, gold, 'zh');
      const emap = mapSentences(out, gold, 'en');
      const predicted = new Set<string>();
      for (const b of out.beads)
        for (const z of b.zh.flatMap((i) => zmap[i]))
          for (const e of b.en.flatMap((j) => emap[j])) predicted.add(`${z}:${e}`);
      // a one-sided row is wrong when its sentence has a partner that no row links it to
      const missed = (side: 0 | 1, seg: number) =>
        gold.links.some((l) => l[side] === seg && !predicted.has(`${l[0]}:${l[1]}`));
      for (const b of out.beads) {
        const i0 = b.zh[0] ?? startOf(out.beads, b, 'zh');
        const j0 = b.en[0] ?? startOf(out.beads, b, 'en');
        const x = confidenceFeatures(ctx, i0, i0 + b.zh.length, j0, j0 + b.en.length, b.confidence);
        if (b.zh.length && b.en.length) {
          let wrong = false;
          for (const z of b.zh.flatMap((i) => zmap[i]))
            for (const e of b.en.flatMap((j) => emap[j])) if (!links.has(`${z}:${e}`)) wrong = true;
          linked.push({ x, y: wrong ? 0 : 1 });
        } else {
          const wrong = b.zh.length
            ? b.zh.flatMap((i) => zmap[i]).some((z) => missed(0, z))
            : b.en.flatMap((j) => emap[j]).some((e) => missed(1, e));
          alone.push({ x, y: wrong ? 0 : 1 });
        }
      }
    }
  }
  const round = (w: number[]) => w.map((v) => Math.round(v * 1000) / 1000);
  const report = (name: string, s: Sample[]) => {
    const wrong = s.filter((x) => x.y === 0).length;
    // "unsure" (below 0.5) is meant to catch the wrong rows, which are few: the wrong class
    // weighs RECALL_WEIGHT times its share, so the boundary sits where a row looks more like
    // the wrong rows than the right ones would justify by their numbers alone
    const up = (RECALL_WEIGHT * (s.length - wrong)) / Math.max(wrong, 1);
    const w = round(fitLogistic(s.map((x) => ({ ...x, weight: x.y === 0 ? up : 1 }))));
    const conf = s.map((x) => 1 / (1 + Math.exp(-x.x.reduce((a, v, k) => a + v * w[k], 0))));
    const caught = s.filter((x, k) => x.y === 0 && conf[k] < 0.5).length;
    const alarms = s.filter((x, k) => x.y === 1 && conf[k] < 0.5).length;
    console.log(
      `${name}: ${s.length} rows, ${wrong} wrong, ${caught} of them unsure; ${alarms} right rows unsure; weights ${JSON.stringify(w)}`,
    );
  };
  report('linked', linked);
  report('unmatched', alone);
}

/** Where a one-sided bead stands on its empty side: the number of that side's sentences before it. */
function startOf(
  beads: Array<{ zh: number[]; en: number[] }>,
  bead: { zh: number[]; en: number[] },
  side: 'zh' | 'en',
): number {
  let n = 0;
  for (const b of beads) {
    if (b === bead) return n;
    n += b[side].length;
  }
  return n;
}

main();
