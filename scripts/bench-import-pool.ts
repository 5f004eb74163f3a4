// The batch import's cost, for `npm run bench:import` (issue 11): where one generated
// 30-paragraph article's CPU time goes (parse, align, checks in an engine thread; storing in
// the request thread), and what the engine pool costs in time and memory (packing the shared
// dictionaries, a worker's first job, a warm job, the first job after idle workers exited).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { migrate } from '../server/db/migrate';
import { createServices } from '../server/services';
import { createEngine, createPooledEngine, type Engine } from '../server/services/engine';
import { checkRowsOf, type ImportResult, jobs, preparedRows, warmUp } from '../server/workers/jobs';
import { createEnginePool } from '../server/workers/pool';
import { sharedTables } from '../server/workers/shared-tables';
import { ArticleGenerator, loadCorpus, loadReflowed } from './bench-scale/corpus';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = process.env.SHARED_DIR ?? path.resolve(ROOT, '..', 'shared');
const LIMITS = { maxBytes: 5 << 20, maxLines: 20_000 };

const cpuMs = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rssMb = () =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tempDesk(engine: Engine) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-import-'));
  const dbPath = path.join(dir, 'bench.db');
  const db = openDatabase(dbPath);
  migrate(db, path.join(ROOT, 'data', 'migrations'));
  const services = createServices(db, loadConfig({ DB_PATH: dbPath, DEMO: '0' }), engine);
  return {
    services,
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** CPU per article by stage, all in this thread (the stages the pool splits across threads). */
async function stages(gen: ArticleGenerator, n: number): Promise<void> {
  const t: Record<string, number[]> = { parse: [], align: [], checks: [], store: [] };
  let prepared: ImportResult | undefined;
  // the store is timed with the engine's real result for the same texts, handed over at once
  const engine: Engine = { ...createEngine(), prepareImport: async () => prepared as ImportResult };
  const desk = tempDesk(engine);
  try {
    warmUp();
    for (let i = -3; i < n; i++) {
      const a = gen.article(500_000 + i, 30, false);
      let c = process.cpuUsage();
      const zh = await jobs.parse({ input: { text: a.zh }, lang: 'zh', limits: LIMITS });
      const en = await jobs.parse({ input: { text: a.en }, lang: 'en', limits: LIMITS });
      const parse = cpuMs(c);
      // the stages in prepareImport's order, each on what the one before left (caches included)
      c = process.cpuUsage();
      const rows = preparedRows(zh, en);
      const align = cpuMs(c);
      c = process.cpuUsage();
      const findings = jobs.check({ rows: checkRowsOf(rows), glossary: [] });
      const checks = cpuMs(c);
      prepared = { zh, en, rows, findings };
      c = process.cpuUsage();
      await desk.services.articles.create({ zh: { text: a.zh }, en: { text: a.en }, author: 'bench' });
      const store = cpuMs(c);
      if (i < 0) continue; // warming up
      t.parse.push(parse);
      t.checks.push(checks);
      t.align.push(align);
      t.store.push(store);
    }
  } finally {
    desk.close();
  }
  const total = median(t.parse) + median(t.align) + median(t.checks) + median(t.store);
  console.log(`\n| one generated 30-paragraph article (median of ${n}) | CPU ms |`);
  console.log('|---|---|');
  console.log(`| parse both sides (engine thread) | ${median(t.parse).toFixed(1)} |`);
  console.log(`| align (engine thread) | ${median(t.align).toFixed(1)} |`);
  console.log(`| checks (engine thread) | ${median(t.checks).toFixed(1)} |`);
  console.log(
    `| store: one transaction, rows, findings, search index (request thread) | ${median(t.store).toFixed(1)} |`,
  );
  console.log(
    `| total; most articles/s two cores can give | ${total.toFixed(1)}; ${(2000 / total).toFixed(1)} |`,
  );
}

/** The pool: packing, first and warm jobs, the first job after idle workers exited, memory. */
async function pool(gen: ArticleGenerator, n: number): Promise<void> {
  const rows: [string, string][] = [];
  let t0 = performance.now();
  await sharedTables();
  rows.push(['shared dictionaries packed (in their own thread), ms', (performance.now() - t0).toFixed(0)]);
  const idleMs = 1000;
  const enginePool = createEnginePool({
    threads: 2,
    maxQueue: 64,
    jobTimeoutMs: 600_000,
    maxMemoryMb: 512,
    idleMs,
  });
  const engine = createPooledEngine(enginePool);
  const desk = tempDesk(engine);
  const job = (i: number) => {
    const a = gen.article(600_000 + i, 30, false);
    return { zh: { text: a.zh }, en: { text: a.en }, limits: LIMITS, glossary: [] };
  };
  try {
    t0 = performance.now();
    await engine.prepareImport(job(0));
    rows.push([
      "a worker's first job (thread start, modules, warm-up), ms",
      (performance.now() - t0).toFixed(0),
    ]);
    const warm: number[] = [];
    for (let i = 1; i <= 5; i++) {
      t0 = performance.now();
      await engine.prepareImport(job(i));
      warm.push(performance.now() - t0);
    }
    rows.push(['a warm job, ms (median of 5)', median(warm).toFixed(0)]);
    t0 = performance.now();
    let done = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (done < n) {
          const a = gen.article(700_000 + done++, 30, false);
          await desk.services.articles.create({ zh: { text: a.zh }, en: { text: a.en }, author: 'bench' });
        }
      }),
    );
    rows.push([
      `batch import of ${n} articles through 2 workers, articles/s`,
      (n / ((performance.now() - t0) / 1000)).toFixed(1),
    ]);
    rows.push(['process RSS with both workers warm, MB', rssMb().toFixed(0)]);
    while (enginePool.stats().threads > 0) await sleep(200);
    await sleep(500);
    rows.push([`process RSS after the workers' idle exit (${idleMs} ms), MB`, rssMb().toFixed(0)]);
    t0 = performance.now();
    await engine.prepareImport(job(99));
    rows.push(['the first job after the idle exit, ms', (performance.now() - t0).toFixed(0)]);
  } finally {
    desk.close();
    await engine.close();
  }
  console.log('\n| engine pool | value |');
  console.log('|---|---|');
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
}

/** Both tables; `--articles N` sets how many articles each measures (default 40). */
export async function benchImportCost(): Promise<void> {
  const i = process.argv.indexOf('--articles');
  const n = i > 0 ? Number(process.argv[i + 1]) : 40;
  const gen = new ArticleGenerator(loadCorpus(SHARED), loadReflowed(SHARED));
  // the pool first: its RSS is then the pool's, not the in-thread engine's of the stages
  await pool(gen, n);
  await stages(gen, n);
}
