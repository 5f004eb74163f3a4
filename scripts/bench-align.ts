// Aligns every MAC-Dev chapter through the CLI's code path (alignSentences on presplit lines),
// prints a table per chapter, dictionary load time and memory, then scores the output with
// ../shared/align/score.py (SHARED_DIR overrides where shared/ is).
//   npm run bench:align [-- --keep OUT_DIR] [-- --max-cells N]   (N forces the two-pass chunking)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alignSentences } from '../server/engine/align';
import { loadLexicon } from '../server/engine/lexicon';
import { formatBeads, readLines, sharedDir } from './align-eval';

function ms(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

function main(): number {
  const root = path.resolve(__dirname, '..', '..');
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const k = args.indexOf(name);
    return k >= 0 ? args[k + 1] : undefined;
  };
  const shared = sharedDir(root);
  const dev = path.join(shared, 'align', 'mac-dev');
  if (!fs.existsSync(dev)) {
    process.stderr.write(`bench:align: MAC-Dev not found at ${dev} (set SHARED_DIR)\n`);
    return 2;
  }
  const out = flag('--keep') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-align-'));
  fs.mkdirSync(out, { recursive: true });
  const maxCells = flag('--max-cells') ? Number(flag('--max-cells')) : undefined;

  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const lex = loadLexicon();
  const loadMs = ms(t0);
  const loadCpu = process.cpuUsage(c0);
  const rssAfterLoad = process.memoryUsage().rss;

  const names = fs
    .readdirSync(path.join(dev, 'zh'))
    .filter((n) => !n.startsWith('.'))
    .sort();
  const rows: string[] = [];
  let totalSentences = 0;
  let totalBeads = 0;
  const c1 = process.cpuUsage();
  const t1 = process.hrtime.bigint();
  for (const name of names) {
    const ts = process.hrtime.bigint();
    const zh = readLines(path.join(dev, 'zh', name));
    const en = readLines(path.join(dev, 'en', name));
    const beads = alignSentences(zh, en, lex, { maxCells });
    fs.writeFileSync(path.join(out, `${name}.align`), formatBeads(beads));
    const sec = ms(ts) / 1000;
    totalSentences += zh.length + en.length;
    totalBeads += beads.length;
    rows.push(
      `${name.padEnd(8)} ${String(zh.length).padStart(5)} ${String(en.length).padStart(5)} ${String(beads.length).padStart(6)} ${sec.toFixed(3).padStart(8)}`,
    );
  }
  const alignMs = ms(t1);
  const alignCpu = process.cpuUsage(c1);
  const cpu = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1e6).toFixed(3);
  const rss = process.memoryUsage().rss;

  console.log('chapter     zh    en  beads  seconds');
  for (const r of rows) console.log(r);
  console.log(
    `${'all'.padEnd(8)} ${String(totalSentences).padStart(11)} ${String(totalBeads).padStart(6)} ${(alignMs / 1000).toFixed(3).padStart(8)}`,
  );
  console.log('');
  console.log(
    `dictionary load: ${(loadMs / 1000).toFixed(3)} s wall, ${cpu(loadCpu)} s CPU   RSS after load: ${(rssAfterLoad / 2 ** 20).toFixed(0)} MB`,
  );
  console.log(
    `align all (${totalSentences} sentences): ${(alignMs / 1000).toFixed(3)} s wall, ${cpu(alignCpu)} s CPU   RSS at end: ${(rss / 2 ** 20).toFixed(0)} MB`,
  );
  console.log(
    `machine load average: ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores (wall times suffer when it is high)`,
  );
  if (maxCells) console.log(`two-pass chunking forced: max ${maxCells} cells per DP`);
  console.log('');
  try {
    const scorer = path.join(shared, 'align', 'score.py');
    const table = execFileSync('python3', [scorer, path.join(dev, 'gold'), out, '--per-file'], {
      encoding: 'utf8',
    });
    process.stdout.write(table);
  } catch (err) {
    process.stderr.write(`bench:align: scoring failed: ${(err as Error).message}\n`);
    return 1;
  }
  if (!flag('--keep')) fs.rmSync(out, { recursive: true, force: true });
  return 0;
}

process.exitCode = main();
