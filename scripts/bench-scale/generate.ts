// Fills the bench database with generated articles, in a pool of worker threads.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportJob } from './import-worker';

export interface GenerateResult {
  articles: number;
  seconds: number;
  /** Bytes of imported text (both languages). */
  bytes: number;
}

export async function generateArticles(
  opts: Omit<ImportJob, 'step'> & { workers?: number; onProgress?: (n: number) => void },
): Promise<GenerateResult> {
  if (opts.to <= opts.from) return { articles: 0, seconds: 0, bytes: 0 };
  const workers = Math.max(1, Math.min(opts.workers ?? os.availableParallelism(), opts.to - opts.from));
  const started = performance.now();
  let bytes = 0;
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const job: ImportJob = { ...opts, from: opts.from + w, step: workers };
      delete (job as Partial<typeof opts>).onProgress;
      delete (job as Partial<typeof opts>).workers;
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(path.join(__dirname, 'import-worker.js'), { workerData: job });
        worker.on('message', (m: { progress: number; bytes?: number }) => {
          opts.onProgress?.(m.progress);
          if (m.bytes !== undefined) bytes += m.bytes;
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`import worker exited ${code}`)),
        );
      });
    }),
  );
  return { articles: opts.to - opts.from, seconds: (performance.now() - started) / 1000, bytes };
}
