// The news-article alignment set (../shared/align/news-dev and what its make.py builds): runs
// the `align` CLI's raw-article code path in process (no process start-up per case), writes
// outputs laid out as run.py writes them so that the set's own score.py scores them, and
// measures how well the confidence points at the wrong rows (which score.py does not).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleAlignerOptions } from '../server/engine/align';
import type { Lexicon } from '../server/engine/lexicon/types';
import { alignRaw } from './cli/align';

export interface NewsCase {
  name: string;
  doc: string;
  variant: string;
  zhPath: string;
  enPath: string;
  goldPath: string;
}

export function readNewsCases(dir: string): NewsCase[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    cases: Array<{ case: string; doc: string; variant: string }>;
  };
  const first = manifest.cases[0]?.case;
  const folder =
    first && !fs.existsSync(path.join(dir, `${first}.gold.json`)) && fs.existsSync(path.join(dir, 'cases'))
      ? path.join(dir, 'cases')
      : dir;
  return manifest.cases.map((c) => ({
    name: c.case,
    doc: c.doc,
    variant: c.variant,
    zhPath: path.join(folder, `${c.case}.zh.txt`),
    enPath: path.join(folder, `${c.case}.en.txt`),
    goldPath: path.join(folder, `${c.case}.gold.json`),
  }));
}

/** Only the documents at odd (1st, 3rd…) or even positions of the manifest (none given: all). */
export function pickDocs(cases: NewsCase[], docs?: string): NewsCase[] {
  if (docs !== 'odd' && docs !== 'even') return cases;
  const order = [...new Set(cases.map((c) => c.doc))];
  const keep = new Set(order.filter((_, k) => (k % 2 === 0) === (docs === 'odd')));
  return cases.filter((c) => keep.has(c.doc));
}

export type NewsOutput = ReturnType<typeof alignRaw>;

export interface NewsRun {
  dir: string;
  outputs: Map<string, NewsOutput>;
  /** Milliseconds per case, aligner only (texts already read). */
  ms: Map<string, number>;
}

/** Aligns every case and writes RUN_DIR/CASE.json, timings.json and RUN.json as run.py does. */
export function runNewsCases(
  cases: NewsCase[],
  lex: Lexicon,
  runDir: string,
  dataDir: string,
  opts: ArticleAlignerOptions = {},
): NewsRun {
  fs.mkdirSync(runDir, { recursive: true });
  const outputs = new Map<string, NewsOutput>();
  const ms = new Map<string, number>();
  const timings: Record<string, { seconds: number; rc: number; stderr: string }> = {};
  for (const c of cases) {
    const zh = fs.readFileSync(c.zhPath, 'utf8');
    const en = fs.readFileSync(c.enPath, 'utf8');
    const t0 = process.hrtime.bigint();
    const out = alignRaw(zh, en, lex, opts);
    const took = Number(process.hrtime.bigint() - t0) / 1e6;
    outputs.set(c.name, out);
    ms.set(c.name, took);
    timings[c.name] = { seconds: took / 1000, rc: 0, stderr: '' };
    fs.writeFileSync(path.join(runDir, `${c.name}.json`), JSON.stringify(out));
  }
  fs.writeFileSync(path.join(runDir, 'timings.json'), JSON.stringify(timings));
  fs.writeFileSync(
    path.join(runDir, 'RUN.json'),
    JSON.stringify({ label: path.basename(runDir), data: path.resolve(dataDir) }),
  );
  return { dir: runDir, outputs, ms };
}

export interface ScoreSummary {
  table: string;
  aligner: Record<string, { P: number; R: number; F1: number; orphaned_rate: number; false_linked: number }>;
}

/** The set's own scorer (python3 score.py) on a run directory. */
export function scoreNewsRun(scorer: string, runDir: string, dataDir: string): ScoreSummary {
  const json = path.join(runDir, 'score.json');
  const table = execFileSync('python3', [scorer, '--run', runDir, '--data', dataDir, '--json', json], {
    encoding: 'utf8',
  });
  const report = JSON.parse(fs.readFileSync(json, 'utf8'));
  return { table, aligner: report.aligner };
}

interface GoldSegment {
  i: number;
  para: number;
  start: number;
  end: number;
  from_doc?: string | null;
}
export interface Gold {
  zh: { segments: GoldSegment[] };
  en: { segments: GoldSegment[] };
  links: Array<[number, number]>;
}

/** Code-point offset of every UTF-16 offset of `text` that falls on a character boundary. */
function codePoints(text: string): Map<number, number> {
  const map = new Map<number, number>([[0, 0]]);
  let u = 0;
  let cp = 0;
  for (const ch of text) {
    u += ch.length;
    cp++;
    map.set(u, cp);
  }
  return map;
}

/** Gold segments of each predicted sentence, mapped as score.py maps them (overlap ≥ half the shorter). */
export function mapSentences(out: NewsOutput, gold: Gold, side: 'zh' | 'en'): number[][] {
  const byPara = new Map<number, GoldSegment[]>();
  for (const s of gold[side].segments) byPara.set(s.para, [...(byPara.get(s.para) ?? []), s]);
  return out[side].sentences.map((s) => {
    const cp = codePoints(out[side].paragraphs[s.paragraph].text);
    const a = cp.get(s.start) ?? 0;
    const b = cp.get(s.end) ?? 0;
    return (byPara.get(s.paragraph) ?? [])
      .filter((g) => {
        const ov = Math.min(b, g.end) - Math.max(a, g.start);
        return ov > 0 && 2 * ov >= Math.min(b - a, g.end - g.start);
      })
      .map((g) => g.i);
  });
}

export interface ConfidenceCounts {
  /** Rows with sentences on both sides. */
  linkedRows: number;
  /** Of those, rows holding at least one wrong link. */
  wrongRows: number;
  wrongRowsUnsure: number;
  /** Wrong links (zh, en segment pairs not in the gold), and how many sit in unsure rows. */
  wrongLinks: number;
  wrongLinksUnsure: number;
  /** Right rows (no wrong link) that are marked unsure anyway: the price of the warning. */
  rightRowsUnsure: number;
  /** Rows of English left unmatched although its partner is in the article, and how many are unsure. */
  orphanRows: number;
  orphanRowsUnsure: number;
}

/** How the rows' confidence separates wrong rows from right ones, at `threshold` ("unsure" below it). */
export function confidenceCounts(cases: NewsCase[], run: NewsRun, threshold: number): ConfidenceCounts {
  const c: ConfidenceCounts = {
    linkedRows: 0,
    wrongRows: 0,
    wrongRowsUnsure: 0,
    wrongLinks: 0,
    wrongLinksUnsure: 0,
    rightRowsUnsure: 0,
    orphanRows: 0,
    orphanRowsUnsure: 0,
  };
  for (const k of cases) {
    const out = run.outputs.get(k.name);
    if (!out) continue;
    const gold = JSON.parse(fs.readFileSync(k.goldPath, 'utf8')) as Gold;
    const goldLinks = new Set(gold.links.map(([z, e]) => `${z}:${e}`));
    const zmap = mapSentences(out, gold, 'zh');
    const emap = mapSentences(out, gold, 'en');
    // English whose partner no row links it to (a piece of a segment cut in two may stand
    // alone while the other piece carries the link)
    const linked = new Set<number>();
    for (const b of out.beads) if (b.zh.length) for (const e of b.en.flatMap((j) => emap[j])) linked.add(e);
    const orphaned = new Set(gold.links.map(([, e]) => e).filter((e) => !linked.has(e)));
    for (const b of out.beads) {
      const unsure = b.confidence < threshold;
      const zs = new Set(b.zh.flatMap((i) => zmap[i]));
      const es = new Set(b.en.flatMap((j) => emap[j]));
      if (zs.size === 0 && es.size > 0) {
        if ([...es].some((e) => orphaned.has(e))) {
          c.orphanRows++;
          if (unsure) c.orphanRowsUnsure++;
        }
        continue;
      }
      if (b.zh.length === 0 || b.en.length === 0) continue;
      c.linkedRows++;
      let wrong = 0;
      for (const z of zs) for (const e of es) if (!goldLinks.has(`${z}:${e}`)) wrong++;
      c.wrongLinks += wrong;
      if (unsure) c.wrongLinksUnsure += wrong;
      if (wrong > 0) {
        c.wrongRows++;
        if (unsure) c.wrongRowsUnsure++;
      } else if (unsure) c.rightRowsUnsure++;
    }
  }
  return c;
}
