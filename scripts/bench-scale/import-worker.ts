// One import worker of the scale bench: generates its share of the articles and imports them
// through the desk's own import service over its own connection to the bench database.
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/connection';
import { createServices } from '../../server/services';
import { ArticleGenerator, loadCorpus, loadReflowed } from './corpus';

export interface ImportJob {
  dbPath: string;
  sharedDir: string;
  /** Article numbers to import: every `step`-th from `from` up to `to`. */
  from: number;
  to: number;
  step: number;
  paragraphs: number;
  exact: boolean;
}

async function main(job: ImportJob): Promise<void> {
  const gen = new ArticleGenerator(loadCorpus(job.sharedDir), loadReflowed(job.sharedDir));
  const db = openDatabase(job.dbPath);
  const services = createServices(db, loadConfig({ DB_PATH: job.dbPath, DEMO: '0' }));
  let bytes = 0;
  let done = 0;
  for (let i = job.from; i < job.to; i += job.step) {
    const a = gen.article(i, job.paragraphs, job.exact);
    bytes += Buffer.byteLength(a.zh) + Buffer.byteLength(a.en);
    await services.articles.create({ zh: { text: a.zh }, en: { text: a.en }, author: 'bench' });
    if (++done % 25 === 0) parentPort!.postMessage({ progress: 25 });
  }
  parentPort!.postMessage({ progress: done % 25, bytes });
  db.close();
}

if (parentPort)
  main(workerData as ImportJob).catch((err) => {
    throw err;
  });
