// `npm run bench:checks:long [-- 60,300,2000,13636]`: runChecks on long articles made of the
// clean-news segments (repeated when more rows are asked for), each size in its own process so
// its peak memory is its own. Prints rows, findings, wall and CPU time of runChecks (alignment
// is done first and not counted) and the process's peak RSS above what it held before checking.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearCheckMemos, runChecks } from '../server/engine/checks';
import { qa } from './bench-checks-sets';
import { alignTexts, loadCheckEngine } from './cli/check';

/** The first `n` clean-news segments, cycling through the set: first line headline. */
export function longArticle(n: number): { zh: string; en: string } {
  const dir = path.join(qa, 'clean-news', 'cases');
  const zh: string[] = [];
  const en: string[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.zh.txt')) continue;
    const read = (lang: string) =>
      fs
        .readFileSync(path.join(dir, f.replace('.zh.', `.${lang}.`)), 'utf8')
        .split('\n')
        .filter((l) => l.trim());
    const z = read('zh');
    const e = read('en');
    const k = Math.min(z.length, e.length);
    zh.push(...z.slice(0, k));
    en.push(...e.slice(0, k));
  }
  const cycle = (lines: string[]) => Array.from({ length: n }, (_, i) => lines[i % lines.length]).join('\n');
  return { zh: cycle(zh), en: cycle(en) };
}

function child(n: number): void {
  const engine = loadCheckEngine();
  const { zh, en } = longArticle(n);
  const { rows } = alignTexts(zh, en, engine);
  // a warm engine (WordNet, dictionary caches) on a small article, then the memos cleared
  runChecks({ rows: rows.slice(0, 20) }, engine.ctx);
  clearCheckMemos();
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const findings = runChecks({ rows }, engine.ctx);
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    `${JSON.stringify({
      rows: rows.length,
      findings: findings.length,
      wall,
      cpu: (used.user + used.system) / 1000,
      peakAbove: Math.max(0, peak - rssBefore),
      peak,
      heapAfter: process.memoryUsage().heapUsed,
    })}\n`,
  );
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    child(Number(argv[1]));
    return;
  }
  const sizes = (argv[0] ?? '60,300,2000').split(',').map(Number);
  const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
  console.log('rows    findings  wall ms   CPU ms    peak RSS (above start)  heap after');
  for (const n of sizes) {
    const r = spawnSync(process.execPath, ['--expose-gc', __filename, '--child', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status !== 0 || !line.startsWith('{')) {
      console.log(`${String(n).padEnd(7)} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
      continue;
    }
    const x = JSON.parse(line);
    console.log(
      [
        String(x.rows).padEnd(7),
        String(x.findings).padEnd(9),
        x.wall.toFixed(0).padEnd(9),
        x.cpu.toFixed(0).padEnd(9),
        `${mb(x.peak)} (${mb(x.peakAbove)})`.padEnd(23),
        mb(x.heapAfter),
      ].join(' '),
    );
  }
}

main();
