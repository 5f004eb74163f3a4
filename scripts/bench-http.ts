// npm run bench:http [-- --seconds S]
//
// The built desk as its own process (as `npm start` runs it), measured over real HTTP with an
// API token: req/s, p50 and p99 at 1 and 10 connections (autocannon) for the article list,
// an article page (and the first page of a 3,000-row one), its JSON, a save, a search and exports; then the desk's event-loop delay
// (perf_hooks, read inside the server process by scripts/bench-http/loop-probe.ts) and RSS while
// a 5 MB article is imported, the latency of a save on a 3,000-row article, and RSS at the end.
// Timings belong here, not in tests; the machine is shared, so compare within one run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { LoopDelay } from './bench-http/loop-probe';
import { ArticleGenerator, type ArticlePair, loadCorpus } from './bench-scale/corpus';
import { type DeskProcess, startDesk } from './desk-process';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = process.env.SHARED_DIR ?? path.resolve(ROOT, '..', 'shared');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SECONDS = Number(arg('seconds') ?? 5);
const BIG_BYTES = 5_000_000;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

interface Article {
  id: number;
  segments: { id: number; version: number; en: string }[];
}

async function api<T>(
  desk: DeskProcess,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${desk.base}${url}`, {
    method,
    headers: { authorization: `Bearer ${desk.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
}

async function importArticle(desk: DeskProcess, pair: ArticlePair): Promise<Article> {
  const r = await api<Article & { error?: unknown }>(desk, 'POST', '/api/articles', pair);
  if (r.status !== 201) throw new Error(`import: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
  return r.json;
}

/** Asks the loop probe inside the desk's process. */
function probe(desk: DeskProcess, what: 'reset' | 'read'): Promise<LoopDelay | undefined> {
  return new Promise((resolve) => {
    const on = (m: { type: string; delay?: LoopDelay }) => {
      if (m.type !== `loop:${what}`) return;
      desk.child.off('message', on);
      resolve(m.delay);
    };
    desk.child.on('message', on);
    desk.child.send(`loop:${what}`);
  });
}

/** About `bytes` of article (both languages): corpus pairs, three to a paragraph. */
function bigArticle(gen: ArticleGenerator, bytes: number): ArticlePair {
  const zh: string[] = [];
  const en: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = gen.article(10_000 + i, 90, true);
    const z = a.zh.trim().split(/\n\n/);
    const e = a.en.trim().split(/\n\n/);
    for (let k = 0; k + 3 <= Math.min(z.length, e.length) && size < bytes; k += 3) {
      const pz = z.slice(k, k + 3).join('');
      const pe = e.slice(k, k + 3).join(' ');
      zh.push(pz);
      en.push(pe);
      size += Buffer.byteLength(pz) + Buffer.byteLength(pe) + 4;
    }
  }
  return { zh: zh.join('\n\n'), en: en.join('\n\n') };
}

interface Row {
  label: string;
  path?: string;
  requests?: autocannon.Request[];
}

async function loadRow(desk: DeskProcess, row: Row, connections: number) {
  const r = await autocannon({
    url: `${desk.base}${row.path ?? ''}`,
    connections,
    duration: SECONDS,
    headers: { authorization: `Bearer ${desk.token}` },
    requests: row.requests,
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bad: r.errors + r.timeouts + r.non2xx,
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-http-'));
  const probePath = path.join(ROOT, 'dist', 'scripts', 'bench-http', 'loop-probe.js');
  const desk = await startDesk(path.join(dir, 'bench.db'), { DEMO: '0' }, probePath);
  try {
    const gen = new ArticleGenerator(loadCorpus(SHARED), []);
    console.error('bench:http: importing 20 articles of about 30 paragraphs and one of 3,000 rows…');
    const articles: Article[] = [];
    for (let i = 0; i < 20; i++) articles.push(await importArticle(desk, gen.article(i, 30)));
    const tall = await importArticle(desk, gen.article(500, 3000, true));
    const a = articles[articles.length - 1];
    const seg = a.segments[Math.floor(a.segments.length / 2)];
    let edit = 0;
    const json = { 'content-type': 'application/json', authorization: `Bearer ${desk.token}` };
    const rows: Row[] = [
      { label: 'article list (HTML)', path: '/articles' },
      { label: `article page (HTML, ${a.segments.length} rows)`, path: `/articles/${a.id}` },
      // a page of 50 rows of a very long article: the server's work should follow the page, not the article
      {
        label: `article page (HTML, first page of ${tall.segments.length} rows)`,
        path: `/articles/${tall.id}`,
      },
      { label: 'article JSON', path: `/api/articles/${a.id}` },
      {
        label: 'save one row (PUT)',
        requests: [
          {
            method: 'PUT',
            path: `/api/articles/${a.id}/segments/${seg.id}`,
            headers: json,
            setupRequest: (req) => ({ ...req, body: JSON.stringify({ en: `${seg.en} (edit ${++edit})` }) }),
          },
        ],
      },
      { label: 'search API "经济"', path: `/api/search?q=${encodeURIComponent('经济')}` },
      { label: 'export md', path: `/api/articles/${a.id}/export?format=md` },
      { label: 'export docx', path: `/api/articles/${a.id}/export?format=docx` },
    ];
    console.log(
      `\nbench:http — ${SECONDS} s per cell, ${os.cpus().length} cores shared with other work (noisy)\n`,
    );
    console.log(
      '| route | 1 conn: req/s | p50 ms | p99 ms | 10 conn: req/s | p50 ms | p99 ms | non-2xx/errors |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) {
      const one = await loadRow(desk, row, 1);
      const ten = await loadRow(desk, row, 10);
      console.log(
        `| ${row.label} | ${one.rps.toFixed(0)} | ${one.p50} | ${one.p99} | ${ten.rps.toFixed(0)} | ${ten.p50} | ${ten.p99} | ${one.bad} / ${ten.bad} |`,
      );
    }

    // a save on the 3,000-row article, one at a time with the row's version (as the desk sends it)
    const mid = tall.segments[Math.floor(tall.segments.length / 2)];
    let version = mid.version;
    const saves: number[] = [];
    for (let i = 0; i <= 20; i++) {
      const t0 = performance.now();
      const r = await api<{ version: number }>(desk, 'PUT', `/api/articles/${tall.id}/segments/${mid.id}`, {
        en: `${mid.en} (bench ${i})`,
        version,
      });
      if (r.status !== 200) throw new Error(`save on the tall article: ${r.status}`);
      if (i > 0) saves.push(performance.now() - t0);
      version = r.json.version;
    }
    saves.sort((x, y) => x - y);

    // the event loop and memory while a 5 MB article is imported; a GET every 100 ms meanwhile
    const big = bigArticle(gen, BIG_BYTES);
    const bigBytes = Buffer.byteLength(big.zh) + Buffer.byteLength(big.en);
    await probe(desk, 'reset');
    let rssMax = desk.rssMb();
    const gets: number[] = [];
    let importing = true;
    const t0 = performance.now();
    const imported = api<Article>(desk, 'POST', '/api/articles', big).finally(() => {
      importing = false;
    });
    while (importing) {
      const g0 = performance.now();
      await (await fetch(`${desk.base}/healthz`)).arrayBuffer();
      gets.push(performance.now() - g0);
      rssMax = Math.max(rssMax, desk.rssMb());
      await new Promise((r) => setTimeout(r, 100));
    }
    const result = await imported;
    const importSeconds = (performance.now() - t0) / 1000;
    const loop = await probe(desk, 'read');
    gets.sort((x, y) => x - y);
    const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

    console.log('\n| measure | value |\n| --- | --- |');
    console.log(
      `| save one row, ${tall.segments.length}-row article (20 saves): p50 / p90 / max ms | ${ms(pct(saves, 50))} / ${ms(pct(saves, 90))} / ${ms(saves[saves.length - 1])} |`,
    );
    console.log(
      `| ${(bigBytes / 1e6).toFixed(1)} MB import (${big.zh.split('\n\n').length} paragraphs a side): answer, seconds | ${result.status}${result.status === 201 ? ` (${result.json.segments.length} rows)` : ` ${(result.json as { error?: { code?: string } }).error?.code ?? ''}`}, ${importSeconds.toFixed(1)} |`,
    );
    if (loop)
      console.log(
        `| event-loop delay during the import: p50 / p99 / max ms | ${ms(loop.p50)} / ${ms(loop.p99)} / ${ms(loop.max)} |`,
      );
    console.log(
      `| GET /healthz during the import (${gets.length}): p50 / p99 / max ms | ${ms(pct(gets, 50))} / ${ms(pct(gets, 99))} / ${ms(gets[gets.length - 1] ?? 0)} |`,
    );
    console.log(`| server RSS, max during the import (MB) | ${rssMax.toFixed(0)} |`);
    console.log(`| server RSS after the run (MB) | ${desk.rssMb().toFixed(0)} |`);
  } finally {
    await desk.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
