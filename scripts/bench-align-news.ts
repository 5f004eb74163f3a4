// The news part of bench:align: the news-article cases through the raw-article aligner, the
// set's own scorer, time per article, a 60-paragraph article timed warm, and how many wrong
// links the "unsure" mark catches.
import fs from 'node:fs';
import { UNSURE_BELOW } from '../server/engine/align';
import type { Lexicon } from '../server/engine/lexicon/types';
import { alignRaw } from './cli/align';
import {
  confidenceCounts,
  type NewsCase,
  pickDocs,
  readNewsCases,
  runNewsCases,
  scoreNewsRun,
} from './news-eval';

export interface NewsBenchOptions {
  data: string;
  scorer: string;
  lex: Lexicon;
  runDir: string;
  /** Only the documents at odd (1st, 3rd…) or even positions of the manifest. */
  docs?: 'odd' | 'even';
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '–');

/** Body paragraphs of the given cases joined into one long article per side, `paragraphs` long on the zh side. */
function longArticle(cases: NewsCase[], paragraphs: number): { zh: string; en: string; zhParas: number } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const c of cases) {
    if (zh.length >= paragraphs) break;
    const body = (file: string) =>
      fs
        .readFileSync(file, 'utf8')
        .split(/\n\s*\n/)
        .slice(1)
        .filter(Boolean);
    zh.push(...body(c.zhPath));
    en.push(...body(c.enPath));
  }
  const headZh = fs.readFileSync(cases[0].zhPath, 'utf8').split('\n')[0];
  const headEn = fs.readFileSync(cases[0].enPath, 'utf8').split('\n')[0];
  return { zh: [headZh, ...zh].join('\n\n'), en: [headEn, ...en].join('\n\n'), zhParas: zh.length + 1 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

export function benchNews(o: NewsBenchOptions): number {
  const cases = pickDocs(readNewsCases(o.data), o.docs);
  if (cases.length === 0) {
    process.stderr.write(`bench:align: no news cases in ${o.data}\n`);
    return 2;
  }
  // warm-up: the first call pays for the dictionary's lazy parts and the JIT
  for (let k = 0; k < 3; k++)
    alignRaw(fs.readFileSync(cases[0].zhPath, 'utf8'), fs.readFileSync(cases[0].enPath, 'utf8'), o.lex);
  const run = runNewsCases(cases, o.lex, o.runDir, o.data);
  console.log(`## News articles: ${o.data}${o.docs ? ` (${o.docs} documents)` : ''}\n`);
  try {
    process.stdout.write(scoreNewsRun(o.scorer, o.runDir, o.data).table);
  } catch (err) {
    process.stderr.write(`bench:align: news scoring failed: ${(err as Error).message}\n`);
    return 1;
  }
  const times = [...run.ms.values()];
  const slowest = [...run.ms.entries()].sort((a, b) => b[1] - a[1])[0];
  console.log(
    `time per article (aligner only, warm): mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms, median ${median(times).toFixed(1)} ms, max ${slowest[1].toFixed(1)} ms (${slowest[0]})`,
  );
  const long = longArticle(
    cases.filter((c) => c.variant === 'reflow'),
    60,
  );
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 7; k++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    alignRaw(long.zh, long.en, o.lex);
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  // CPU time beside wall time: on a shared machine the wall time counts the waiting too
  console.log(
    `a ${long.zhParas}-paragraph article (reflow bodies joined): ${median(runs.slice(2)).toFixed(1)} ms wall, ${median(cpu.slice(2)).toFixed(1)} ms CPU warm (median of 5 after 2 warm-up runs)`,
  );
  const c = confidenceCounts(cases, run, UNSURE_BELOW);
  console.log(
    [
      '',
      `confidence (unsure below ${UNSURE_BELOW}):`,
      `  wrong links in unsure rows: ${c.wrongLinksUnsure} of ${c.wrongLinks} (${pct(c.wrongLinksUnsure, c.wrongLinks)})`,
      `  rows with a wrong link marked unsure: ${c.wrongRowsUnsure} of ${c.wrongRows} (${pct(c.wrongRowsUnsure, c.wrongRows)}); right rows marked unsure: ${c.rightRowsUnsure} of ${c.linkedRows - c.wrongRows} (${pct(c.rightRowsUnsure, c.linkedRows - c.wrongRows)})`,
      `  English left unmatched although it has a partner: ${c.orphanRows} rows, ${c.orphanRowsUnsure} of them unsure`,
      '',
    ].join('\n'),
  );
  return 0;
}
