// Fills the bench database with generated articles through the batch import's own path: the
// engine work of several articles at once in the engine's worker pool, each finished article
// stored in one transaction by this thread (scripts/cli/batch.ts, services.articles.create).
import os from 'node:os';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/connection';
import { createServices } from '../../server/services';
import { createPooledEngine } from '../../server/services/engine';
import { createEnginePool } from '../../server/workers/pool';
import { type BatchJob, runBatchJobs } from '../cli/batch';
import { ArticleGenerator, loadCorpus, loadReflowed } from './corpus';

export interface GenerateResult {
  articles: number;
  seconds: number;
  /** Bytes of imported text (both languages). */
  bytes: number;
}

export async function generateArticles(opts: {
  dbPath: string;
  sharedDir: string;
  /** Article numbers from..to-1. */
  from: number;
  to: number;
  paragraphs: number;
  exact: boolean;
  workers?: number;
  onProgress?: (n: number) => void;
}): Promise<GenerateResult> {
  if (opts.to <= opts.from) return { articles: 0, seconds: 0, bytes: 0 };
  const threads = Math.max(1, opts.workers ?? os.availableParallelism());
  const gen = new ArticleGenerator(loadCorpus(opts.sharedDir), loadReflowed(opts.sharedDir));
  const config = loadConfig({ DB_PATH: opts.dbPath, DEMO: '0' });
  const db = openDatabase(opts.dbPath);
  const engine = createPooledEngine(
    createEnginePool({ ...config.workers, threads, maxQueue: threads * 4, jobTimeoutMs: 600_000 }),
  );
  const services = createServices(db, config, engine);
  const started = performance.now();
  let bytes = 0;
  try {
    const jobs: BatchJob[] = [];
    for (let i = opts.from; i < opts.to; i++) jobs.push({ kind: 'pair', name: String(i), zh: '', en: '' });
    const outcome = await runBatchJobs(
      jobs,
      (job) => {
        const a = gen.article(Number(job.name), opts.paragraphs, opts.exact);
        bytes += Buffer.byteLength(a.zh) + Buffer.byteLength(a.en);
        return services.articles.create({ zh: { text: a.zh }, en: { text: a.en }, author: 'bench' });
      },
      {
        concurrency: threads * 2,
        key: (job) => job.name,
        describe: (err) => String((err as Error)?.stack ?? err),
        onDone: () => opts.onProgress?.(1),
      },
    );
    if (outcome.skipped.length) throw new Error(`import failed: ${outcome.skipped[0].reason}`);
    return { articles: outcome.imported.length, seconds: (performance.now() - started) / 1000, bytes };
  } finally {
    await engine.close();
    db.close();
  }
}
