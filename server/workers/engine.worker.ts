// A worker thread of the engine pool (pool.ts): takes the pool's shared dictionaries, loads
// the rest once, then runs jobs.
import { workerData } from 'node:worker_threads';
import { provideTables, type SharedTables } from '../engine/lexicon/shared-tables';
import { type JobName, jobs, warmUp } from './jobs';

const data = workerData as { tables?: SharedTables } | undefined;
if (data?.tables) provideTables(data.tables);
warmUp();

/** An error as plain data: piscina would pass on only the message of a thrown one. */
export interface JobErrorData {
  name: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
  side?: string;
}

export type JobReply = { ok: true; value: unknown } | { ok: false; error: JobErrorData };

export default async function run(task: { name: JobName; input: unknown }): Promise<JobReply> {
  try {
    const job = jobs[task.name] as (input: unknown) => unknown;
    return { ok: true, value: await job(task.input) };
  } catch (err) {
    const e = (err ?? {}) as Partial<JobErrorData>;
    return {
      ok: false,
      error: {
        name: String(e.name ?? 'Error'),
        message: String(e.message ?? err),
        code: typeof e.code === 'string' ? e.code : undefined,
        params: e.params && typeof e.params === 'object' ? { ...e.params } : undefined,
        side: typeof e.side === 'string' ? e.side : undefined,
      },
    };
  }
}
