// The four visible sets, each split into a tuning part and a held-out part by document, so a
// rule fitted to the tuning part shows up as a gap. Findings are computed in-process (the
// `check` CLI's code path) and handed to each set's own scorer as stored output, so the
// scorers' rules, not ours, decide what counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CheckEngine, checkTexts } from './cli/check';

export type Part = 'tune' | 'held';

export interface SetCase {
  name: string;
  doc: string;
}

/**
 * The split, by document (never by case: the cases of one document share its text).
 * dev: its 13 documents sorted by id, even positions tune, odd ones held out.
 * mqm-ted: talks 2 and 7 tune, talks 5, 6 and 9 held out (all 15 systems of a talk together).
 * clean-news: chunks 001–049 tune, 050–098 held out (neighbouring chunks share stories).
 */
export function partOf(set: 'dev' | 'mqm' | 'clean', doc: string, devDocs: string[]): Part {
  if (set === 'dev') return devDocs.indexOf(doc) % 2 === 0 ? 'tune' : 'held';
  if (set === 'mqm') return /talk\.(2|7)$/.test(doc) ? 'tune' : 'held';
  return Number(doc) <= 49 ? 'tune' : 'held';
}

export const root = path.resolve(
  __dirname,
  fs.existsSync(path.resolve(__dirname, '../package.json')) ? '..' : '../..',
);
export const qa = path.resolve(process.env.SHARED_DIR ?? path.resolve(root, '..', 'shared'), 'qa');

const readJson = <T>(p: string): T => JSON.parse(fs.readFileSync(p, 'utf8')) as T;

export function devDocs(): string[] {
  const m = readJson<{ cases: { doc: string }[] }>(path.join(qa, 'dev', 'manifest.json'));
  return [...new Set(m.cases.map((c) => c.doc))].sort();
}

/** A data folder holding one part of a set: the scorer's own files, filtered, with the cases linked. */
function partFolder(set: 'dev' | 'mqm' | 'clean', part: Part): { dir: string; cases: string[] } {
  const docs = devDocs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${set}-${part}-`));
  fs.mkdirSync(path.join(dir, 'cases'));
  let cases: string[];
  if (set === 'dev') {
    const m = readJson<{ summary: unknown; cases: { case: string; doc: string }[] }>(
      path.join(qa, 'dev', 'manifest.json'),
    );
    const keep = m.cases.filter((c) => partOf('dev', c.doc, docs) === part);
    cases = keep.map((c) => c.case);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...m, cases: keep }));
    const gold = readJson<{ case: string }[]>(path.join(qa, 'dev', 'gold.json'));
    fs.writeFileSync(path.join(dir, 'gold.json'), JSON.stringify(gold.filter((g) => cases.includes(g.case))));
  } else if (set === 'mqm') {
    const g = readJson<{ cases: { case: string; doc: string }[] }>(path.join(qa, 'mqm-ted', 'gold.json'));
    const keep = g.cases.filter((c) => partOf('mqm', c.doc, docs) === part);
    cases = keep.map((c) => c.case);
    fs.writeFileSync(path.join(dir, 'gold.json'), JSON.stringify({ ...g, cases: keep }));
  } else {
    cases = fs
      .readdirSync(path.join(qa, 'clean-news', 'cases'))
      .filter((f) => f.endsWith('.zh.txt'))
      .map((f) => f.slice(0, -7))
      .filter((c) => partOf('clean', c, docs) === part);
  }
  const src = path.join(qa, set === 'dev' ? 'dev' : set === 'mqm' ? 'mqm-ted' : 'clean-news', 'cases');
  for (const c of cases)
    for (const lang of ['zh', 'en'])
      fs.symlinkSync(path.join(src, `${c}.${lang}.txt`), path.join(dir, 'cases', `${c}.${lang}.txt`));
  return { dir, cases };
}

/** Checks every case of the folder in-process; a case that throws gets no output (the scorer counts it failed). */
function precompute(dir: string, cases: string[], engine: CheckEngine): { crashes: number; ms: number[] } {
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  let crashes = 0;
  const ms: number[] = [];
  for (const c of cases) {
    const zh = fs.readFileSync(path.join(dir, 'cases', `${c}.zh.txt`), 'utf8');
    const en = fs.readFileSync(path.join(dir, 'cases', `${c}.en.txt`), 'utf8');
    const t = performance.now();
    try {
      const findings = checkTexts(zh, en, engine);
      fs.writeFileSync(path.join(out, `${c}.json`), JSON.stringify({ findings }));
    } catch (err) {
      crashes++;
      process.stderr.write(`crash in ${c}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    ms.push(performance.now() - t);
  }
  return { crashes, ms };
}

// the scorers substitute {zh} with the case's path; the stored output sits beside it
const CAT = `node -e "process.stdout.write(require('fs').readFileSync(process.argv[1].replace(/cases\\/([^/]+)\\.zh\\.txt$/,'out/$1.json')))" {zh}`;

function score(script: string, dir: string, extra: string[] = []): Record<string, unknown> {
  const json = path.join(dir, 'result.json');
  const r = spawnSync(
    'python3',
    [script, '--data', dir, '--no-copy', '--jobs', '2', '--cmd', CAT, '--json', json, ...extra],
    { cwd: root, encoding: 'utf8' },
  );
  if (!fs.existsSync(json)) throw new Error(`${path.basename(script)} wrote no result: ${r.stderr}`);
  return readJson<Record<string, unknown>>(json);
}

export interface SetResult {
  set: string;
  part: Part;
  cases: number;
  crashes: number;
  medianMs: number;
  metrics: Record<string, number | string>;
  raw: Record<string, unknown>;
}

const num = (x: unknown): number => (typeof x === 'number' ? x : Number.NaN);

export function runSet(set: 'dev' | 'mqm' | 'clean', part: Part, engine: CheckEngine): SetResult {
  const { dir, cases } = partFolder(set, part);
  const { crashes, ms } = precompute(dir, cases, engine);
  const script = path.join(
    qa,
    set === 'dev' ? 'score.py' : set === 'mqm' ? 'mqm-ted/score.py' : 'clean-news/fp.py',
  );
  const raw = score(script, dir);
  const s = (raw.summary ?? raw) as Record<string, unknown>;
  const metrics: Record<string, number | string> = {};
  if (set === 'dev') {
    metrics.recall = num(s.recall);
    metrics.precision = num(s.precision);
    metrics.fp_per_clean = num(s.fp_per_clean);
    const per = s.per_type as Record<string, { recall: number | null }>;
    let worst = 1;
    let worstType = '';
    for (const [t, v] of Object.entries(per ?? {}))
      if (v.recall !== null && v.recall < worst) {
        worst = v.recall;
        worstType = t;
      }
    metrics.worst_type = `${worstType} ${worst.toFixed(2)}`;
  } else if (set === 'mqm') {
    const o = (s.overall ?? {}) as Record<string, unknown>;
    const chance = (o.chance_length_matched ?? {}) as Record<string, unknown>;
    const groups = (s.per_group ?? {}) as Record<string, Record<string, unknown>>;
    metrics.P_any = num(o.precision_any);
    metrics.chance_P_any = num(chance.precision_any);
    metrics.R_strict = num(o.recall_strict);
    metrics.fp_per_100_clean = num(o.false_per_100_clean);
    metrics.number_R = num(groups.NumberSpan?.recall_any);
    metrics.flagged = num(o.flagged);
  } else {
    metrics.fp_per_1k_words = num(s.fp_per_1k_words);
    metrics.findings = num(s.findings);
    // per check, so a change shows where it moved the false findings
    const by = (s.by_type ?? {}) as Record<string, { per_1k_words: number }>;
    for (const [t, v] of Object.entries(by)) metrics[t] = num(v.per_1k_words);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  ms.sort((a, b) => a - b);
  return {
    set,
    part,
    cases: cases.length,
    crashes,
    medianMs: ms[Math.floor(ms.length / 2)] ?? 0,
    metrics,
    raw,
  };
}
