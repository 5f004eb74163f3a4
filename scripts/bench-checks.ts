// `npm run bench:checks [-- --quick]`: the four visible sets in one table, each split into a
// tuning part and a held-out part (bench-checks-sets.ts says how), then the latency of a
// 60-paragraph article. `--quick` skips the scorers and prints only the timings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearCheckMemos, runChecks } from '../server/engine/checks';
import { perturb } from './bench-checks-perturb';
import { devDocs, type Part, partOf, qa, runSet, type SetResult } from './bench-checks-sets';
import { alignTexts, checkTexts, loadCheckEngine } from './cli/check';

const argv = process.argv.slice(2);
const args = new Set(argv);
// `--sets dev,mqm,clean,perturb` runs only those sets
const sets = new Set((argv[argv.indexOf('--sets') + 1] ?? '').split(','));
const wanted = (s: string) => !args.has('--sets') || sets.has(s);
const data = path.join(qa, 'dev');

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const f3 = (x: number | string) => (typeof x === 'number' ? (Number.isNaN(x) ? '–' : x.toFixed(3)) : x);

function table(results: SetResult[], pert: Record<Part, ReturnType<typeof perturb>> | null): void {
  const rows: string[][] = [['set', 'part', 'cases', 'crashes', 'median ms', 'result']];
  for (const r of results) {
    const m = r.metrics;
    const text = Object.entries(m)
      .map(([k, v]) => `${k} ${f3(v)}`)
      .join('  ');
    rows.push([r.set, r.part, String(r.cases), String(r.crashes), r.medianMs.toFixed(0), text]);
  }
  for (const part of pert ? (['tune', 'held'] as Part[]) : []) {
    const p = (pert as Record<Part, ReturnType<typeof perturb>>)[part];
    rows.push([
      'perturb',
      part,
      `${p.articles}/${p.edits}`,
      '0',
      '',
      `recall ${p.recall.toFixed(3)}  any_type ${p.anyType.toFixed(3)}  new_per_edit ${p.newPerEdit.toFixed(2)}  worst_group ${p.worstGroup}`,
    ]);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join('  '));
}

/** Latency of a 60-paragraph article (dev articles' paragraphs concatenated), warm. */
function timing(names: string[], gold: Set<string>, engine: ReturnType<typeof loadCheckEngine>): void {
  const zhLines: string[] = [];
  const enLines: string[] = [];
  for (const name of names.filter((n) => !gold.has(n))) {
    const z = fs
      .readFileSync(path.join(data, 'cases', `${name}.zh.txt`), 'utf8')
      .split('\n')
      .filter(Boolean);
    const e = fs
      .readFileSync(path.join(data, 'cases', `${name}.en.txt`), 'utf8')
      .split('\n')
      .filter(Boolean);
    const n = Math.min(z.length, e.length, 61 - zhLines.length);
    zhLines.push(...z.slice(0, n));
    enLines.push(...e.slice(0, n));
    if (zhLines.length >= 61) break;
  }
  const zhBig = zhLines.join('\n');
  const enBig = enLines.join('\n');
  for (let i = 0; i < 3; i++) checkTexts(zhBig, enBig, engine);
  const aligned = alignTexts(zhBig, enBig, engine);
  const alignMs: number[] = [];
  const checkMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < 10; i++) {
    let s = performance.now();
    alignTexts(zhBig, enBig, engine);
    alignMs.push(performance.now() - s);
    clearCheckMemos(); // time the checks as on a new article, not on memoised rows
    s = performance.now();
    const cpu = process.cpuUsage();
    runChecks({ rows: aligned.rows }, engine.ctx);
    checkMs.push(performance.now() - s);
    // CPU time of this thread's work: on a shared machine wall time mostly measures the others
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  console.log(
    `  60-paragraph article (${zhLines.length - 1} body paragraphs, ${enBig.split(/\s+/).length} English words, ${aligned.rows.length} rows), warm:`,
  );
  console.log(
    `    runChecks: median ${quantile(checkMs, 0.5).toFixed(1)} ms, max ${Math.max(...checkMs).toFixed(1)} ms (target < 150 ms); CPU median ${quantile(cpuMs, 0.5).toFixed(1)} ms`,
  );
  console.log(`    alignment (not part of the checks): median ${quantile(alignMs, 0.5).toFixed(1)} ms`);
  clearCheckMemos();
  const s = performance.now();
  checkTexts(zhBig, enBig, engine);
  console.log(`    read + align + check + report, cold memo: ${(performance.now() - s).toFixed(1)} ms`);
}

function main(): void {
  const t0 = performance.now();
  const engine = loadCheckEngine();
  console.log(`engine load ${(performance.now() - t0).toFixed(0)} ms`);
  const gold = new Set(
    (JSON.parse(fs.readFileSync(path.join(data, 'gold.json'), 'utf8')) as { case: string }[]).map(
      (g) => g.case,
    ),
  );
  const names = fs
    .readdirSync(path.join(data, 'cases'))
    .filter((f) => f.endsWith('.zh.txt'))
    .map((f) => f.slice(0, -7))
    .sort();
  if (wanted('timing')) timing(names, gold, engine);
  if (args.has('--quick')) return;

  const results: SetResult[] = [];
  for (const set of ['dev', 'mqm', 'clean'] as const)
    if (wanted(set)) for (const part of ['tune', 'held'] as Part[]) results.push(runSet(set, part, engine));
  const docs = devDocs();
  const pert = wanted('perturb')
    ? {
        tune: perturb(engine, (d) => partOf('dev', d, docs) === 'tune', true),
        held: perturb(engine, (d) => partOf('dev', d, docs) === 'held', true),
      }
    : null;
  console.log('\nfour visible sets (tune = documents rules may be fitted to; held = the others):');
  table(results, pert);
  if (args.has('--json'))
    fs.writeFileSync(
      path.join(os.tmpdir(), 'bench-checks.json'),
      JSON.stringify(results.map((r) => ({ set: r.set, part: r.part, result: r.raw }))),
    );
}

main();
