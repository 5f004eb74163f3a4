// The aligner's benchmark: MAC-Dev literary chapters through the CLI's presplit code path,
// scored by ../shared/align/score.py, and the news-article set through the raw-article code
// path, scored by its own score.py, with time per article and how the confidence points at
// the wrong rows. SHARED_DIR overrides where shared/ is.
//   npm run bench:align [-- --only mac|news] [-- --keep OUT_DIR] [-- --max-cells N]
//   npm run bench:align -- --only news --news DIR [--docs odd|even]   (a make.py set; half its documents)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alignSentences } from '../server/engine/align';
import { loadLexicon } from '../server/engine/lexicon';
import type { Lexicon } from '../server/engine/lexicon/types';
import { formatBeads, readLines, sharedDir } from './align-eval';
import { benchNews } from './bench-align-news';

function ms(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

function benchMac(dev: string, shared: string, lex: Lexicon, out: string, maxCells?: number): number {
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
  console.log('## MAC-Dev (literary chapters, presplit)\n');
  console.log('chapter     zh    en  beads  seconds');
  for (const r of rows) console.log(r);
  console.log(
    `${'all'.padEnd(8)} ${String(totalSentences).padStart(11)} ${String(totalBeads).padStart(6)} ${(alignMs / 1000).toFixed(3).padStart(8)}`,
  );
  console.log(
    `align all (${totalSentences} sentences): ${(alignMs / 1000).toFixed(3)} s wall, ${cpu(alignCpu)} s CPU   RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
  if (maxCells) console.log(`two-pass chunking forced: max ${maxCells} cells per DP`);
  console.log('');
  try {
    const scorer = path.join(shared, 'align', 'score.py');
    process.stdout.write(
      execFileSync('python3', [scorer, path.join(dev, 'gold'), out, '--per-file'], { encoding: 'utf8' }),
    );
  } catch (err) {
    process.stderr.write(`bench:align: scoring failed: ${(err as Error).message}\n`);
    return 1;
  }
  return 0;
}

function main(): number {
  const root = path.resolve(__dirname, '..', '..');
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const k = args.indexOf(name);
    return k >= 0 ? args[k + 1] : undefined;
  };
  const only = flag('--only');
  const shared = sharedDir(root);
  const dev = path.join(shared, 'align', 'mac-dev');
  const newsData = flag('--news') ?? path.join(shared, 'align', 'news-dev', 'cases');
  if ((only !== 'news' && !fs.existsSync(dev)) || (only !== 'mac' && !fs.existsSync(newsData))) {
    process.stderr.write(`bench:align: evaluation data not found under ${shared} (set SHARED_DIR)\n`);
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
  console.log(
    `dictionary load: ${(loadMs / 1000).toFixed(3)} s wall, ${((loadCpu.user + loadCpu.system) / 1e6).toFixed(3)} s CPU   RSS after load: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
  console.log(
    `machine load average: ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores (wall times suffer when it is high)\n`,
  );
  let rc = 0;
  if (only !== 'news') {
    const macOut = path.join(out, 'mac-dev');
    fs.mkdirSync(macOut, { recursive: true });
    rc = Math.max(rc, benchMac(dev, shared, lex, macOut, maxCells));
  }
  if (only !== 'mac') {
    const docs = flag('--docs');
    rc = Math.max(
      rc,
      benchNews({
        data: newsData,
        scorer: path.join(shared, 'align', 'news-dev', 'score.py'),
        lex,
        runDir: path.join(out, 'news'),
        docs: docs === 'odd' || docs === 'even' ? docs : undefined,
      }),
    );
  }
  if (!flag('--keep')) fs.rmSync(out, { recursive: true, force: true });
  return rc;
}

process.exitCode = main();
