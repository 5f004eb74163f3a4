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
