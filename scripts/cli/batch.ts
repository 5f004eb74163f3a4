import fs from 'node:fs';
import path from 'node:path';

export type BatchJob =
  | { kind: 'pair'; name: string; zh: string; en: string }
  | { kind: 'bilingual'; name: string; file: string }
  | { kind: 'skip'; name: string; reason: string };

const PAIR = /^(.*)\.(zh|en)(?:[-_][A-Za-z]+)?\.(txt|md|markdown|html?|docx)$/i;
const BILINGUAL = /\.(tsv|csv|xlf|xliff|tmx|xml)$/i;

function walk(p: string, out: string[]): void {
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(p).sort()) {
      if (!entry.startsWith('.')) walk(path.join(p, entry), out);
    }
  } else if (stat.isFile()) out.push(p);
}

/**
 * Plans a batch import: NAME.zh.EXT beside NAME.en.EXT makes a pair, TSV/CSV/XLIFF/TMX files
 * are bilingual on their own, anything else is skipped with a reason.
 */
export function planBatch(inputs: string[]): BatchJob[] {
  const files: string[] = [];
  const jobs: BatchJob[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) jobs.push({ kind: 'skip', name: input, reason: 'no such file or directory' });
    else walk(input, files);
  }
  const pairs = new Map<string, { zh?: string; en?: string }>();
  for (const file of files) {
    const m = PAIR.exec(path.basename(file));
    if (m) {
      const key = path.join(path.dirname(file), m[1]);
      const pair = pairs.get(key) ?? {};
      pair[m[2].toLowerCase() as 'zh' | 'en'] = file;
      pairs.set(key, pair);
    } else if (BILINGUAL.test(file)) jobs.push({ kind: 'bilingual', name: file, file });
    else
      jobs.push({ kind: 'skip', name: file, reason: 'not NAME.zh.EXT / NAME.en.EXT nor a bilingual file' });
  }
  for (const [key, pair] of pairs) {
    if (pair.zh && pair.en) jobs.push({ kind: 'pair', name: key, zh: pair.zh, en: pair.en });
    else
      jobs.push({
        kind: 'skip',
        name: (pair.zh ?? pair.en)!,
        reason: `no ${pair.zh ? 'English' : 'Chinese'} partner`,
      });
  }
  return jobs;
}

export interface BatchOutcome {
  imported: { name: string; id: number }[];
  skipped: { name: string; reason: string }[];
}

type Importer = (job: Exclude<BatchJob, { kind: 'skip' }>) => Promise<{ id: number; duplicate: boolean }>;

/**
 * Runs a planned batch with `concurrency` imports in flight, so a pooled engine keeps every
 * worker busy while finished articles are stored one at a time. The same content twice in one
 * batch is imported once (the later job waits for the earlier and reports it as a duplicate).
 * Outcomes come back in plan order, whatever order the imports finished in.
 */
export async function runBatchJobs(
  jobs: BatchJob[],
  importOne: Importer,
  opts: {
    concurrency: number;
    /** Same key, same content. */
    key: (job: Exclude<BatchJob, { kind: 'skip' }>) => string;
    describe: (err: unknown) => string;
    onDone?: (job: BatchJob) => void;
  },
): Promise<BatchOutcome> {
  const results: ({ id: number; duplicate: boolean } | { reason: string })[] = new Array(jobs.length);
  const byContent = new Map<string, Promise<{ id: number; duplicate: boolean }>>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i];
      try {
        if (job.kind === 'skip') results[i] = { reason: job.reason };
        else {
          const key = opts.key(job);
          const earlier = byContent.get(key);
          if (earlier) results[i] = { id: (await earlier).id, duplicate: true };
          else {
            const run = importOne(job);
            byContent.set(key, run);
            results[i] = await run;
          }
        }
      } catch (err) {
        results[i] = { reason: opts.describe(err) };
      }
      opts.onDone?.(job);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  const outcome: BatchOutcome = { imported: [], skipped: [] };
  jobs.forEach((job, i) => {
    const r = results[i];
    if ('reason' in r) outcome.skipped.push({ name: job.name, reason: r.reason });
    else if (r.duplicate)
      outcome.skipped.push({ name: job.name, reason: `already imported as article ${r.id}` });
    else outcome.imported.push({ name: job.name, id: r.id });
  });
  return outcome;
}
