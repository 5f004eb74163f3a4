// The dictionaries every engine thread needs, packed once per process into SharedArrayBuffers
// and handed to each worker of the pool (lexicon/shared-tables.ts): a new worker then starts
// without reading or parsing CC-CEDICT and WordNet, and all workers hold one copy. The packing
// runs in a short-lived thread of its own, so the request thread neither waits for it nor
// keeps the garbage of parsing the files.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { packEnglish } from '../engine/checks/load-lexicons';
import { defaultLexiconPath, packLexiconFile } from '../engine/lexicon/load-lexicon';
import type { SharedTables } from '../engine/lexicon/shared-tables';

/** Packs the tables in this thread (what the packing thread runs). */
export function packSharedTables(): SharedTables {
  const file = defaultLexiconPath();
  return { lexicon: { file, packed: packLexiconFile(file, true) }, wordnet: packEnglish(undefined, true) };
}

let built: Promise<SharedTables | undefined> | undefined;

/**
 * The tables, packed on the first call and kept: every pool of the process shares them.
 * Undefined when packing failed (a missing dictionary): each worker then loads its own and
 * reports the missing file as before.
 */
export function sharedTables(): Promise<SharedTables | undefined> {
  built ??= new Promise((resolve) => {
    const ts = __filename.endsWith('.ts');
    const worker = new Worker(path.join(__dirname, ts ? 'ts-worker.cjs' : 'pack-tables.worker.js'), {
      workerData: ts ? { entry: './pack-tables.worker.ts' } : undefined,
    });
    worker.once('message', (tables: SharedTables) => resolve(tables));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return built;
}
