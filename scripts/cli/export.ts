import fs from 'node:fs';
import yazl from 'yazl';
import type { Services } from '../../server/services';
import { cliActor } from '../../server/services/actor';
import { parseArgs, stringFlag } from './args';
import { describeError, openForCommand } from './context';

/**
 * export ID --format FORMAT [--out FILE] [--db PATH]: one article to stdout or a file.
 * export ID… | --all --format FORMAT --out FILE.zip: many articles into one zip.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['all']);
  const format = stringFlag(args, 'format') ?? 'txt';
  const out = stringFlag(args, 'out');
  const opened = openForCommand('export', args);
  if (!opened) return 1;
  const { services, close } = opened;
  try {
    const ids = args.flags.has('all')
      ? services.articles.list({ pageSize: 100 }).total > 0
        ? allIds(services)
        : []
      : args.positional.map((p) => Number(p));
    if (ids.length === 0 || ids.some((n) => !Number.isSafeInteger(n) || n <= 0)) {
      process.stderr.write('usage: export ID [ID…] --format FORMAT [--out FILE] [--db PATH]\n');
      return 2;
    }
    if (ids.length === 1 && !out?.endsWith('.zip')) {
      const file = await services.exports.render(ids[0], format, cliActor());
      if (out) fs.writeFileSync(out, file.body);
      else process.stdout.write(file.body);
      return 0;
    }
    if (!out) {
      process.stderr.write('exporting several articles needs --out FILE.zip\n');
      return 2;
    }
    const zip = new yazl.ZipFile();
    for (const id of ids) {
      const file = await services.exports.render(id, format, cliActor());
      zip.addBuffer(file.body, file.filename);
    }
    zip.end();
    await new Promise<void>((resolve, reject) => {
      zip.outputStream.pipe(fs.createWriteStream(out)).on('close', resolve).on('error', reject);
    });
    process.stderr.write(`wrote ${ids.length} articles to ${out}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`export failed: ${describeError(err)}\n`);
    return 1;
  } finally {
    await close();
  }
}

function allIds(services: Services): number[] {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const p = services.articles.list({ page, pageSize: 100 });
    ids.push(...p.items.map((a) => a.id));
    if (page >= p.pages) return ids.reverse();
  }
}
