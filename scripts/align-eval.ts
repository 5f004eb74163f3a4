// Shared by bench-align.ts and tune-align.ts: reading a gold/sentence-split corpus laid out
// like MAC-Dev (zh/NAME, en/NAME, gold/NAME.align) and a strict/lax scorer that mirrors
// ../shared/align/score.py, so tuning loops need not spawn Python per trial.
import fs from 'node:fs';
import path from 'node:path';
import type { Bead } from '../server/engine/align';

export interface Chapter {
  name: string;
  zh: string[];
  en: string[];
  gold: Array<[number[], number[]]>;
}

export function readLines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function parseBeads(text: string): Array<[number[], number[]]> {
  const out: Array<[number[], number[]]> = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\[([0-9,\s]*)\]\s*:\s*\[([0-9,\s]*)\]/.exec(line);
    if (!m) continue;
    const ids = (s: string) =>
      s
        .split(',')
        .filter((x) => x.trim())
        .map(Number)
        .sort((a, b) => a - b);
    out.push([ids(m[1]), ids(m[2])]);
  }
  return out;
}

export function formatBeads(beads: Bead[]): string {
  return beads.map((b) => `[${b.zh.join(',')}]:[${b.en.join(',')}]\n`).join('');
}

export function readCorpus(dir: string): Chapter[] {
  const names = fs
    .readdirSync(path.join(dir, 'zh'))
    .filter((n) => !n.startsWith('.'))
    .sort();
  return names.map((name) => ({
    name,
    zh: readLines(path.join(dir, 'zh', name)),
    en: readLines(path.join(dir, 'en', name)),
    gold: fs.existsSync(path.join(dir, 'gold', `${name}.align`))
      ? parseBeads(fs.readFileSync(path.join(dir, 'gold', `${name}.align`), 'utf8'))
      : [],
  }));
}

export interface StrictCounts {
  pTp: number;
  pAll: number;
  rTp: number;
  rAll: number;
}

const key = (b: [number[], number[]]) => `${b[0].join(',')}:${b[1].join(',')}`;

/** Strict counts as score.py computes them (precision over all predicted beads, recall over 1+–1+ gold beads). */
export function strictCounts(
  gold: Array<[number[], number[]]>,
  pred: Array<[number[], number[]]>,
): StrictCounts {
  const goldSet = new Set(gold.filter((b) => b[0].length || b[1].length).map(key));
  const predAll = new Set(pred.filter((b) => b[0].length || b[1].length).map(key));
  const goldBoth = new Set(gold.filter((b) => b[0].length && b[1].length).map(key));
  const predBoth = new Set(pred.filter((b) => b[0].length && b[1].length).map(key));
  let pTp = 0;
  for (const k of predAll) if (goldSet.has(k)) pTp++;
  let rTp = 0;
  for (const k of goldBoth) if (predBoth.has(k)) rTp++;
  return { pTp, pAll: predAll.size, rTp, rAll: goldBoth.size };
}

export function f1(c: StrictCounts): { p: number; r: number; f: number } {
  const p = c.pAll ? c.pTp / c.pAll : 0;
  const r = c.rAll ? c.rTp / c.rAll : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function sumCounts(list: StrictCounts[]): StrictCounts {
  return list.reduce(
    (a, c) => ({ pTp: a.pTp + c.pTp, pAll: a.pAll + c.pAll, rTp: a.rTp + c.rTp, rAll: a.rAll + c.rAll }),
    {
      pTp: 0,
      pAll: 0,
      rTp: 0,
      rAll: 0,
    },
  );
}

export function sharedDir(root: string): string {
  return process.env.SHARED_DIR ? path.resolve(process.env.SHARED_DIR) : path.resolve(root, '..', 'shared');
}
