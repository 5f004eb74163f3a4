// npm run bench:scale [-- --articles N --checkpoints 1000,N --workers W --seconds S --keep --replicate]
//
// Generates N realistic articles (default 10,000) into a temporary database through the
// desk's import path in a worker pool, then at each checkpoint starts the real server on it
// and measures the list, search (one at a time and p99 at 10 connections), article pages,
// save, export, delete, database size, server memory and the CLI's start-up. Prints a table
// with the growth between the first and the last checkpoint. Timings belong here, not in tests.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../server/db/connection';
import { migrate } from '../server/db/migrate';
import { unpackSource } from '../server/db/sources.repo';
import { generateArticles } from './bench-scale/generate';
import { auth, getJson, load, median, timeRequest } from './bench-scale/measure';
import { replicateArticles } from './bench-scale/replicate';
import { startDesk } from './desk-process';

const ROOT = path.resolve(__dirname, '..', '..');
type Metrics = Map<string, string>;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const N = Number(argValue('articles') ?? 10000);
const CHECKPOINTS = (argValue('checkpoints') ?? (N > 1000 ? `1000,${N}` : `${N}`))
  .split(',')
  .map(Number)
  .filter((n) => n > 0 && n <= N);
const WORKERS = Number(argValue('workers') ?? os.availableParallelism());
const LOAD_SECONDS = Number(argValue('seconds') ?? 5);
// Import only up to the first checkpoint; reach the later ones by copying those articles in SQL.
const REPLICATE = process.argv.includes('--replicate');
const SHARED = process.env.SHARED_DIR ?? path.resolve(ROOT, '..', 'shared');
const QUERIES: [string, string][] = [
  ['common word', 'said'],
  ['rare word', 'Meishan'],
  ['phrase', 'the United States'],
  ['two characters', '经济'],
  ['one character', '华'],
  ['most common character', '的'],
];

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** The newest articles: the two long-form ones each checkpoint imports last. */
function newest(dbPath: string, n: number): { id: number; rows: number }[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.id, (SELECT count(*) FROM segments s WHERE s.article_id = a.id) AS rows
         FROM articles a ORDER BY a.id DESC LIMIT ?`,
      )
      .all(n) as { id: number; rows: number }[];
  } finally {
    db.close();
  }
}

/** Bytes of the imported texts (both sides' raw input) and the number of articles. */
function importedText(dbPath: string): { bytes: number; articles: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    let bytes = 0;
    const rows = db.prepare('SELECT raw, packed FROM sources').iterate() as Iterable<{
      raw: Buffer;
      packed?: Buffer | null;
    }>;
    for (const r of rows) bytes += r.packed ? unpackSource(r.packed).raw.length : r.raw.length;
    const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    return { bytes, articles: n };
  } finally {
    db.close();
  }
}

function dbBytes(dbPath: string): number {
  const db = new Database(dbPath);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return fs.statSync(dbPath).size;
}

function cliMs(args: string[], runs = 5, viaNpm = false): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    if (viaNpm)
      execFileSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, stdio: 'ignore' });
    else
      execFileSync(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'cli.js'), ...args], {
        stdio: 'ignore',
      });
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function measure(dbPath: string, m: Metrics): Promise<void> {
  const specials = newest(dbPath, 2);
  const long = specials[0];
  const short = specials[1];
  const server = await startDesk(dbPath);
  auth.headers = { authorization: `Bearer ${server.token}` };
  const { base } = server;
  const list = await getJson<{ pages: number }>(`${base}/api/articles?pageSize=20`);
  m.set(
    'list page, first / last (HTML)',
    `${ms((await timeRequest(`${base}/articles`)).ms)} / ${ms((await timeRequest(`${base}/articles?page=${list.pages}`)).ms)}`,
  );
  // other work on the machine moves every latency here: the table says how busy it was
  m.set('machine load average (1 min) before the searches', os.loadavg()[0].toFixed(1));
  for (const [label, q] of QUERIES) {
    const url = `${base}/api/search?q=${encodeURIComponent(q)}`;
    const one = await timeRequest(url, 5);
    const found = await getJson<{ total: number; capped: boolean; estimated?: boolean }>(url);
    const cannon = await load(url, LOAD_SECONDS, 10, server.cpuMs);
    m.set(
      `search ${label} "${q}": one / p99 at 10 conn (server CPU per request)`,
      `${ms(one.ms)} / ${ms(cannon.p99)} (${cannon.cpuPerRequest.toFixed(2)}; ${cannon.rps.toFixed(0)} req/s, ${found.estimated ? '~' : ''}${found.total}${found.capped ? '+' : ''} hits${cannon.errors ? `, ${cannon.errors} errors` : ''})`,
    );
  }
  const page = await timeRequest(`${base}/search?q=${encodeURIComponent('经济')}`, 5);
  m.set('search page (HTML) "经济"', ms(page.ms));
  for (const [label, a] of [
    ['30', short],
    ['300', long],
  ] as const) {
    const html = await timeRequest(`${base}/articles/${a.id}`, 5);
    const json = await timeRequest(`${base}/api/articles/${a.id}`, 5);
    m.set(
      `article page ${label} paragraphs, HTML / JSON`,
      `${ms(html.ms)} / ${ms(json.ms)} (${a.rows} rows, ${Math.round(html.bytes / 1024)} KB HTML)`,
    );
    const view = await getJson<{ segments: { id: number; version: number; en: string }[] }>(
      `${base}/api/articles/${a.id}`,
    );
    const seg = view.segments[Math.floor(view.segments.length / 2)];
    let version = seg.version;
    const saves: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/articles/${a.id}/segments/${seg.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...auth.headers },
        body: JSON.stringify({ en: `${seg.en} (bench edit ${i})`, version }),
      });
      const body = (await res.json()) as { version: number };
      if (i > 0) saves.push(performance.now() - t0);
      if (!res.ok) throw new Error(`save: ${res.status} ${JSON.stringify(body)}`);
      version = body.version;
    }
    m.set(`save one row, ${label}-paragraph article`, ms(median(saves)));
  }
  m.set(
    'export md / docx, 300-paragraph article',
    `${ms((await timeRequest(`${base}/api/articles/${long.id}/export?format=md`, 3)).ms)} / ${ms((await timeRequest(`${base}/api/articles/${long.id}/export?format=docx`, 3)).ms)}`,
  );
  const victims = newest(dbPath, 8).slice(2);
  const deletes: number[] = [];
  for (const v of victims) {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/articles/${v.id}`, {
      method: 'DELETE',
      headers: auth.headers,
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`delete: ${res.status}`);
    deletes.push(performance.now() - t0);
  }
  m.set('delete an article', ms(median(deletes)));
  m.set('server RSS after the bench (MB)', server.rssMb().toFixed(0));
  await server.stop();
  const bytes = dbBytes(dbPath);
  const text = importedText(dbPath);
  m.set(
    'database: per article (KB), × imported text',
    `${(bytes / text.articles / 1024).toFixed(0)}, ${(bytes / text.bytes).toFixed(1)}×`,
  );
  m.set(
    'CLI start: node dist/scripts/cli.js --help / export',
    `${ms(cliMs(['--help']))} / ${ms(cliMs(['export', String(short.id), '--format', 'txt', '--db', dbPath], 3))}`,
  );
  m.set('CLI through npm run cli -- --help', ms(cliMs(['--help'], 3, true)));
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-'));
  const dbPath = path.join(dir, 'bench.db');
  // --db FILE: start from a copy of an earlier bench database (e.g. one kept with --keep)
  const from = argValue('db');
  if (from) {
    const src = new Database(from);
    await src.backup(dbPath);
    src.close();
  }
  const db = openDatabase(dbPath);
  migrate(db, path.join(ROOT, 'data', 'migrations'));
  db.close();
  console.error(
    `bench:scale: ${N} articles into ${dbPath}, ${WORKERS} workers, checkpoints ${CHECKPOINTS.join(', ')}`,
  );
  const results: { at: number; m: Metrics }[] = [];
  let done = (
    new Database(dbPath, { readonly: true }).prepare('SELECT count(*) AS n FROM articles').get() as {
      n: number;
    }
  ).n;
  const imported = done;
  try {
    for (const at of CHECKPOINTS) {
      const m: Metrics = new Map();
      let seen = 0;
      const copy = REPLICATE && done > 0 && at > done;
      if (copy) {
        const t0 = performance.now();
        replicateArticles(dbPath, Math.max(imported, CHECKPOINTS[0]), at);
        console.error(`  copied up to ${at} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
      const gen = await generateArticles({
        dbPath,
        sharedDir: SHARED,
        from: done,
        to: copy ? done : Math.max(done, at),
        paragraphs: 30,
        exact: false,
        workers: WORKERS,
        onProgress: (k) => {
          seen += k;
          if (seen % 500 < k) console.error(`  imported ${done + seen}/${at}`);
        },
      });
      if (gen.articles > 0)
        m.set('batch import, articles/s (worker pool)', (gen.articles / gen.seconds).toFixed(1));
      else m.set('batch import, articles/s (worker pool)', 'copied in SQL');
      const base = 1_000_000 + at * 10;
      const short = await generateArticles({
        dbPath,
        sharedDir: SHARED,
        from: base,
        to: base + 1,
        paragraphs: 30,
        exact: true,
        workers: 1,
      });
      const long = await generateArticles({
        dbPath,
        sharedDir: SHARED,
        from: base + 1,
        to: base + 2,
        paragraphs: 330,
        exact: true,
        workers: 1,
      });
      m.set(
        'import one 30- / 300-paragraph article (s)',
        `${short.seconds.toFixed(2)} / ${long.seconds.toFixed(2)}`,
      );
      done = at;
      console.error(`  measuring at ${at} articles`);
      await measure(dbPath, m);
      results.push({ at, m });
      // each checkpoint's table as soon as it is measured, so a long run shows progress
      if (at !== CHECKPOINTS.at(-1)) printTable(results);
    }
  } finally {
    if (!process.argv.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
  }
  printTable(results);
}

function printTable(results: { at: number; m: Metrics }[]): void {
  const heads = [
    'cost (ms unless said; medians, one request at a time unless said)',
    ...results.map((r) => `${r.at} articles`),
  ];
  const first = results[0].m;
  const last = results.at(-1)!.m;
  const growth = results.length > 1;
  if (growth) heads.push('growth');
  const lines = [`| ${heads.join(' | ')} |`, `|${heads.map(() => '---').join('|')}|`];
  for (const key of last.keys()) {
    const cells = results.map((r) => r.m.get(key) ?? '');
    if (growth) {
      const a = Number.parseFloat(first.get(key) ?? '');
      const b = Number.parseFloat(last.get(key) ?? '');
      cells.push(a > 0 && Number.isFinite(b) ? `${(b / a).toFixed(1)}×` : '');
    }
    lines.push(`| ${key} | ${cells.join(' | ')} |`);
  }
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
