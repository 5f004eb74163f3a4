// The engine pool: decoding, chrome removal, alignment, checks and exports run in worker
// threads, so no article, however large or hostile, blocks the requests of other people.
// Each job has a time limit, each worker a heap limit; the queue is bounded.
import path from 'node:path';
import Piscina from 'piscina';
import { AppError, BusyError } from '../errors';
import type { JobErrorData, JobReply } from './engine.worker';
import type { JobInput, JobName, JobOutput } from './jobs';

export interface PoolOptions {
  /** Worker threads (each holds its own dictionary, about 50 MB). */
  threads: number;
  /** Jobs waiting for a thread before new ones are refused with 503. */
  maxQueue: number;
  /** A job running longer is stopped (its thread is replaced) and refused with 413. */
  jobTimeoutMs: number;
  /** Heap of one worker; a job that needs more is stopped and refused with 413. */
  maxMemoryMb: number;
}

export interface EnginePool {
  run<K extends JobName>(name: K, input: JobInput<K>): Promise<JobOutput<K>>;
  stats(): { threads: number; inFlight: number; completed: number };
  close(): Promise<void>;
}

/** The compiled worker, or the TypeScript shim when running from sources (tests, tsx). */
function workerFile(): string {
  return __filename.endsWith('.ts')
    ? path.join(__dirname, 'ts-worker.cjs')
    : path.join(__dirname, 'engine.worker.js');
}

/** A job's own failure (a FormatError from the importer…) rebuilt with its code and params. */
function rehydrate(data: JobErrorData): Error {
  return Object.assign(new Error(data.message), data);
}

function poolFailure(err: unknown, opts: PoolOptions): unknown {
  const e = err as { name?: string; code?: string; message?: string };
  if (e?.name === 'AbortError')
    return new AppError(413, 'job_timeout', 'errors.job_timeout', {
      seconds: Math.round(opts.jobTimeoutMs / 1000),
    });
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return new AppError(413, 'job_memory', 'errors.job_memory', { mb: opts.maxMemoryMb });
  return err;
}

export function createEnginePool(opts: PoolOptions): EnginePool {
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: 1,
    maxThreads: opts.threads,
    // the bound is kept below (in flight ≤ threads + maxQueue): piscina's own queue accounting
    // lets a burst through while it hands tasks to busy workers
    maxQueue: 'auto',
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb },
  });
  let inFlight = 0;
  return {
    async run(name, input) {
      if (inFlight >= opts.threads + opts.maxQueue) throw new BusyError(5);
      inFlight++;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), opts.jobTimeoutMs);
      try {
        const reply = (await pool.run({ name, input }, { signal: abort.signal })) as JobReply;
        if (!reply.ok) throw rehydrate(reply.error);
        return reply.value as JobOutput<typeof name>;
      } catch (err) {
        throw poolFailure(err, opts);
      } finally {
        inFlight--;
        clearTimeout(timer);
      }
    },
    stats: () => ({ threads: pool.threads.length, inFlight, completed: pool.completed }),
    close: () => pool.destroy(),
  };
}
