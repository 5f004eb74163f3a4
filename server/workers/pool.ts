// The engine pool: decoding, chrome removal, alignment, checks and exports run in worker
// threads, so no article, however large or hostile, blocks the requests of other people.
// Each job has a time limit, each worker a heap limit; the queue is bounded.
import path from 'node:path';
import Piscina from 'piscina';
import type { SharedTables } from '../engine/lexicon/shared-tables';
import { AppError, BusyError } from '../errors';
import type { JobErrorData, JobReply } from './engine.worker';
import type { JobInput, JobName, JobOutput } from './jobs';
import { sharedTables } from './shared-tables';

export interface PoolOptions {
  /** Most worker threads (they share the packed dictionaries, see shared-tables.ts). */
  threads: number;
  /** Jobs waiting for a thread before new ones are refused with 503. */
  maxQueue: number;
  /** A job running longer is stopped (its thread is replaced) and refused with 413. */
  jobTimeoutMs: number;
  /** Heap of one worker; a job that needs more is stopped and refused with 413. */
  maxMemoryMb: number;
  /**
   * A worker idle this long exits and gives its memory back; the next job starts one again
   * (about a fifth of a second: the dictionaries are shared, not re-read). Default 30 s.
   */
  idleMs?: number;
}

// V8's default young generation lets each thread grow ~50 MB of short-lived objects before a
// scavenge; the engine's jobs allocate in small pieces, so a smaller one costs little time
// and keeps every worker's resident memory down.
const YOUNG_GENERATION_MB = 16;

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
  // the workers start once the shared dictionaries are packed (the first pool of a process
  // waits ~1 s for them; jobs queue meanwhile, the request thread stays free)
  const make = (tables: SharedTables | undefined) =>
    new Piscina({
      filename: workerFile(),
      // no worker waits idle: memory is given back between bursts of work
      minThreads: 0,
      maxThreads: opts.threads,
      // the bound is kept below (in flight ≤ threads + maxQueue): piscina's own queue accounting
      // lets a burst through while it hands tasks to busy workers
      maxQueue: 'auto',
      idleTimeout: opts.idleMs ?? 30_000,
      resourceLimits: {
        maxOldGenerationSizeMb: opts.maxMemoryMb,
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      },
      workerData: { tables },
    });
  let made: Piscina | undefined;
  const ready = sharedTables().then((tables) => {
    made = make(tables);
    return made;
  });
  let inFlight = 0;
  return {
    async run(name, input) {
      if (inFlight >= opts.threads + opts.maxQueue) throw new BusyError(5);
      inFlight++;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), opts.jobTimeoutMs);
      try {
        const pool = await ready;
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
    stats: () => ({ threads: made?.threads.length ?? 0, inFlight, completed: made?.completed ?? 0 }),
    close: async () => (await ready).destroy(),
  };
}
