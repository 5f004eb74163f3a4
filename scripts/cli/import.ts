import fs from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Services } from '../../server/services';
import { type Actor, cliActor } from '../../server/services/actor';
import { contentHash } from '../../server/services/articles.service';
import { parseArgs, stringFlag } from './args';
import { planBatch, runBatchJobs } from './batch';
import { describeError, openForCommand } from './context';

const USAGE = [
  'usage: import --zh ZH_FILE --en EN_FILE [--db PATH] [--json] [--allow-duplicate]',
  '       import --bilingual FILE [--db PATH] [--json] [--allow-duplicate]',
  '       import DIR_OR_FILES… [--db PATH] [--json]',
].join('\n');

function read(p: string) {
  return { buffer: fs.readFileSync(p), filename: path.basename(p) };
}

function articleJson(services: Services, id: number) {
  const a = services.articles.get(id);
  return {
    id,
    title: { zh: a.titleZh, en: a.titleEn },
    segments: a.segments.map((s) => ({ position: s.position, kind: s.kind, zh: s.zh, en: s.en })),
  };
}

/**
 * import: one article (--zh/--en or --bilingual), through the same path as the desk's form
 * (decoding, chrome removal, headline and paragraph detection, alignment); or a batch of
 * files and folders, where re-importing the same content is skipped (content hash).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'allow-duplicate']);
  const zhPath = stringFlag(args, 'zh');
  const enPath = stringFlag(args, 'en');
  const bilingual = stringFlag(args, 'bilingual');
  const single = zhPath || enPath || bilingual;
  if (
    (single && args.positional.length > 0) ||
    (!single && args.positional.length === 0) ||
    (!bilingual && single && !(zhPath && enPath))
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  for (const p of [zhPath, enPath, bilingual].filter((x): x is string => !!x)) {
    if (!fs.existsSync(p) || !fs.statSync(p).isFile()) {
      process.stderr.write(`import failed: no such file: ${p}\n`);
      return 2;
    }
  }
  // a batch runs the engine in worker threads, a single import in this thread
  const opened = openForCommand('import', args, { create: true, pooled: !single });
  if (!opened) return 1;
  const { services, close } = opened;
  // the command line acts as the local administrator, recorded under the OS user
  const author = cliActor();
  const sourceName = stringFlag(args, 'source') ?? null;
  try {
    if (single) {
      // the same texts again are shown, not stored twice, unless asked for
      const skipDuplicate = !args.flags.has('allow-duplicate');
      const { id, duplicate } = bilingual
        ? await services.articles.createFromBilingual({
            file: read(bilingual),
            author,
            sourceName,
            skipDuplicate,
          })
        : await services.articles.create({
            zh: read(zhPath!),
            en: read(enPath!),
            author,
            sourceName,
            skipDuplicate,
          });
      if (duplicate)
        process.stderr.write(
          `already imported as article ${id} (/articles/${id}); nothing new stored — pass --allow-duplicate to import it again\n`,
        );
      const out = articleJson(services, id);
      if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(out)}\n`);
      else if (!duplicate)
        process.stdout.write(`imported article ${id}: ${out.title.en} (${out.segments.length} rows)\n`);
      return 0;
    }
    const concurrency = opened.workers * 2;
    return await runBatch(services, args.positional, author, args.flags.has('json'), concurrency);
  } catch (err) {
    process.stderr.write(`import failed: ${describeError(err)}\n`);
    return 1;
  } finally {
    await close();
  }
}

async function runBatch(
  services: Services,
  inputs: string[],
  author: Actor,
  json: boolean,
  concurrency: number,
): Promise<number> {
  const jobs = planBatch(inputs);
  const bar = new SingleBar({
    format: 'importing [{bar}] {value}/{total} {name}',
    stream: process.stderr,
    noTTYOutput: false,
  });
  if (process.stderr.isTTY) bar.start(jobs.length, 0, { name: '' });
  const { imported, skipped } = await runBatchJobs(
    jobs,
    (job) =>
      job.kind === 'pair'
        ? services.articles.create({ zh: read(job.zh), en: read(job.en), author, skipDuplicate: true })
        : services.articles.createFromBilingual({ file: read(job.file), author, skipDuplicate: true }),
    {
      concurrency,
      key: (job) =>
        job.kind === 'pair'
          ? contentHash(fs.readFileSync(job.zh), fs.readFileSync(job.en))
          : contentHash(fs.readFileSync(job.file), Buffer.alloc(0)),
      describe: describeError,
      onDone: (job) => {
        if (process.stderr.isTTY) bar.increment({ name: path.basename(job.name) });
      },
    },
  );
  if (process.stderr.isTTY) bar.stop();
  if (json) process.stdout.write(`${JSON.stringify({ imported, skipped })}\n`);
  else {
    for (const i of imported) process.stdout.write(`imported  ${i.name} → article ${i.id}\n`);
    for (const s of skipped) process.stdout.write(`skipped   ${s.name}: ${s.reason}\n`);
    process.stdout.write(`${imported.length} imported, ${skipped.length} skipped\n`);
  }
  return imported.length === 0 && skipped.length > 0 ? 1 : 0;
}
