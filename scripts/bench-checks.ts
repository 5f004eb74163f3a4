// `npm run bench:checks [-- --no-scorer] [-- -v]`: runs the QA dev set through the CLI's own
// code path (checkTexts) in-process for timings and a quick score, builds a 60-paragraph
// article for the latency target, then runs the real scorer (score.py) and prints its table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearCheckMemos, runChecks } from '../server/engine/checks';
import { alignTexts, checkTexts, loadCheckEngine, type ReportFinding } from './cli/check';

const root = path.resolve(
  __dirname,
  fs.existsSync(path.resolve(__dirname, '../package.json')) ? '..' : '../..',
);
const qa = path.resolve(root, '../shared/qa');
const data = path.join(qa, 'dev');
const args = new Set(process.argv.slice(2));
const verbose = args.has('-v') || args.has('--verbose');

const TYPES = ['number', 'negation', 'hedge', 'entity', 'omission', 'addition', 'untranslated', 'headline'];
const TOL: Record<string, number> = { omission: 1, addition: 1 };

interface Gold {
  case: string;
  type: string;
  zh_paragraph: number | null;
  en_paragraph: number | null;
}

function hits(f: ReportFinding, g: Gold): boolean {
  if (f.type !== g.type) return false;
  const want = g.type === 'omission' ? g.zh_paragraph : g.en_paragraph;
  const got = g.type === 'omission' ? f.zh?.paragraph : f.en?.paragraph;
  if (want === null || got === undefined) return false;
  return Math.abs(got - want) <= (TOL[g.type] ?? 0);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

function main(): void {
  const t0 = performance.now();
  const engine = loadCheckEngine();
  const loadMs = performance.now() - t0;
  const gold = new Map<string, Gold>(
    (JSON.parse(fs.readFileSync(path.join(data, 'gold.json'), 'utf8')) as Gold[]).map((g) => [g.case, g]),
  );
  const names = fs
    .readdirSync(path.join(data, 'cases'))
    .filter((f) => f.endsWith('.zh.txt'))
    .map((f) => f.slice(0, -7))
    .sort();
  const found: Record<string, [number, number]> = Object.fromEntries(TYPES.map((t) => [t, [0, 0]]));
  let good = 0;
  let scored = 0;
  let cleanFindings = 0;
  let cleanCases = 0;
  const times: number[] = [];
  for (const name of names) {
    const zh = fs.readFileSync(path.join(data, 'cases', `${name}.zh.txt`), 'utf8');
    const en = fs.readFileSync(path.join(data, 'cases', `${name}.en.txt`), 'utf8');
    const s = performance.now();
    const findings = checkTexts(zh, en, engine);
    times.push(performance.now() - s);
    const g = gold.get(name);
    if (!g) {
      cleanCases++;
      cleanFindings += findings.length;
      if (verbose)
        for (const f of findings)
          console.log(`  clean ${name} ${f.type} ¶${f.en?.paragraph ?? f.zh?.paragraph}: ${f.message}`);
      continue;
    }
    found[g.type][1]++;
    const ok = findings.some((f) => hits(f, g));
    if (ok) found[g.type][0]++;
    else if (verbose) console.log(`  MISS ${name} ${g.type} zh¶${g.zh_paragraph} en¶${g.en_paragraph}`);
    for (const f of findings.filter((x) => TYPES.includes(x.type))) {
      scored++;
      if (hits(f, g)) good++;
      else if (verbose)
        console.log(`  false ${name} ${f.type} ¶${f.en?.paragraph ?? f.zh?.paragraph}: ${f.message}`);
    }
  }
  console.log('in-process (same code path as the CLI):');
  let all = 0;
  let hit = 0;
  for (const t of TYPES) {
    const [h, n] = found[t];
    all += n;
    hit += h;
    console.log(`  ${t.padEnd(13)} ${h}/${n}  recall ${(h / Math.max(1, n)).toFixed(2)}`);
  }
  console.log(
    `  overall recall ${(hit / all).toFixed(3)}  precision ${(good / Math.max(1, scored)).toFixed(3)}`,
  );
  console.log(`  false findings per clean case ${(cleanFindings / Math.max(1, cleanCases)).toFixed(2)}`);
  console.log(
    `  timing: load ${loadMs.toFixed(0)} ms; per article median ${quantile(times, 0.5).toFixed(1)} ms, p90 ${quantile(times, 0.9).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );

  // a 60-paragraph article: dev articles' paragraphs concatenated
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
  for (let i = 0; i < 10; i++) {
    let s = performance.now();
    alignTexts(zhBig, enBig, engine);
    alignMs.push(performance.now() - s);
    clearCheckMemos(); // time the checks as on a new article, not on memoised rows
    s = performance.now();
    runChecks({ rows: aligned.rows }, engine.ctx);
    checkMs.push(performance.now() - s);
  }
  console.log(
    `  60-paragraph article (${zhLines.length - 1} body paragraphs, ${enBig.split(/\s+/).length} English words, ${aligned.rows.length} rows), warm:`,
  );
  console.log(
    `    runChecks: median ${quantile(checkMs, 0.5).toFixed(1)} ms, max ${Math.max(...checkMs).toFixed(1)} ms (target < 150 ms)`,
  );
  console.log(`    alignment (not part of the checks): median ${quantile(alignMs, 0.5).toFixed(1)} ms`);
  clearCheckMemos();
  const s = performance.now();
  checkTexts(zhBig, enBig, engine);
  console.log(`    read + align + check + report, cold memo: ${(performance.now() - s).toFixed(1)} ms`);

  if (args.has('--no-scorer')) return;
  console.log('\nscorer (python3 ../shared/qa/score.py, through `npm run cli -- check`):');
  const r = spawnSync('python3', [path.join(qa, 'score.py'), '--jobs', '2'], { cwd: root, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.stderr.write(r.stderr);
}

main();
