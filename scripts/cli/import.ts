import fs from 'node:fs';
import { parseArgs, stringFlag } from './args';
import { describeError, openServices } from './context';

/**
 * import --zh ZH_FILE --en EN_FILE [--db PATH] [--json]: one article, through the same path as
 * the desk's form (decoding, chrome removal, headline and paragraph detection, alignment).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const zhPath = stringFlag(args, 'zh');
  const enPath = stringFlag(args, 'en');
  if (!zhPath || !enPath) {
    process.stderr.write('usage: import --zh ZH_FILE --en EN_FILE [--db PATH] [--json]\n');
    return 2;
  }
  for (const p of [zhPath, enPath]) {
    if (!fs.existsSync(p) || !fs.statSync(p).isFile()) {
      process.stderr.write(`import failed: no such file: ${p}\n`);
      return 2;
    }
  }
  const { services, close } = openServices(args);
  try {
    const read = (p: string) => ({ buffer: fs.readFileSync(p), filename: p.split(/[\\/]/).pop() });
    const { id } = await services.articles.create({
      zh: read(zhPath),
      en: read(enPath),
      author: process.env.USER || 'cli',
      sourceName: stringFlag(args, 'source') ?? null,
    });
    const article = services.articles.get(id);
    if (args.flags.has('json')) {
      const out = {
        id,
        title: { zh: article.titleZh, en: article.titleEn },
        segments: article.segments.map((s) => ({ position: s.position, kind: s.kind, zh: s.zh, en: s.en })),
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      process.stdout.write(`imported article ${id}: ${article.titleEn} (${article.segments.length} rows)\n`);
    }
    return 0;
  } catch (err) {
    process.stderr.write(`import failed: ${describeError(err)}\n`);
    return 1;
  } finally {
    close();
  }
}
