// npm run fuzz:http [-- COUNT [SEED]]: thousands of hostile requests and files (scripts/fuzz/)
// against the built desk running as its own process (demo articles, worker pool as configured).
// Prints the answers per route, per kind of body and per status; any 5xx or unanswered request
// is listed, and the run fails (exit 1) if there is one or the desk died.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDesk } from './desk-process';
import { hostileFiles } from './fuzz/files';
import { type FuzzOutcome, hostileRequests, runFuzz } from './fuzz/requests';

type Tally = Map<string, { n: number; classes: number[] }>;

/** Answers grouped by `key`, counted by status class: 2xx, 3xx, 4xx, 5xx or none. */
function tally(outcome: FuzzOutcome, key: (a: FuzzOutcome['answers'][number]) => string): Tally {
  const t: Tally = new Map();
  for (const a of outcome.answers) {
    const row = t.get(key(a)) ?? { n: 0, classes: [0, 0, 0, 0] };
    const s = typeof a.status === 'number' ? a.status : 600;
    row.n++;
    row.classes[Math.min(3, Math.max(0, Math.floor(s / 100) - 2))]++;
    t.set(key(a), row);
  }
  return t;
}

function printTally(title: string, t: Tally): void {
  console.log(
    `\n| ${title} | requests | 2xx | 3xx | 4xx | 5xx or none |\n| --- | --- | --- | --- | --- | --- |`,
  );
  for (const [k, row] of [...t].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`| ${k} | ${row.n} | ${row.classes.join(' | ')} |`);
}

async function main(): Promise<number> {
  const count = Number(process.argv[2] ?? 1500);
  const seed = Number(process.argv[3] ?? 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-fuzz-'));
  const desk = await startDesk(path.join(dir, 'fuzz.db'), { DEMO: '1' });
  try {
    const h = { authorization: `Bearer ${desk.token}`, 'content-type': 'application/json' };
    const list = (await (await fetch(`${desk.base}/api/articles`, { headers: h })).json()) as {
      items: { id: number }[];
    };
    const articleId = list.items[0].id;
    const article = (await (
      await fetch(`${desk.base}/api/articles/${articleId}`, { headers: h })
    ).json()) as {
      segments: { id: number }[];
      flags: { id: number }[];
    };
    const term = await fetch(`${desk.base}/api/glossary`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ zh: '双边', en: 'bilateral' }),
    });
    const targets = {
      articleId,
      segmentId: article.segments[1].id,
      flagId: article.flags[0]?.id ?? 1,
      glossaryId: ((await term.json()) as { id: number }).id,
      token: desk.token,
    };
    const files = await hostileFiles();
    const t0 = Date.now();
    let rssMax = 0;
    const sampler = setInterval(() => {
      rssMax = Math.max(rssMax, desk.rssMb());
    }, 200);
    const outcome = await runFuzz(desk.base, hostileRequests(seed, count, targets, files), 4);
    clearInterval(sampler);
    const alive = (await fetch(`${desk.base}/healthz`)).status === 200;
    console.log(
      `\nfuzz:http — ${outcome.sent} hostile requests (seed ${seed}, ${files.length} hostile files) in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
    );
    printTally(
      'route',
      tally(outcome, (a) => a.req.route),
    );
    printTally(
      'kind of body',
      tally(outcome, (a) => a.req.kind),
    );
    console.log('\n| status | answers |\n| --- | --- |');
    for (const [s, n] of [...outcome.byStatus].sort((a, b) => a[0] - b[0])) console.log(`| ${s} | ${n} |`);
    console.log(
      `\n5xx or unanswered: ${outcome.failures.length}; desk alive after: ${alive ? 'yes' : 'NO'}; RSS max ${rssMax.toFixed(0)} MB`,
    );
    for (const f of outcome.failures.slice(0, 20))
      console.log(`  ${f.status} ${f.req.method} ${f.req.path.slice(0, 100)} (${f.req.what})`);
    return outcome.failures.length === 0 && alive ? 0 : 1;
  } finally {
    await desk.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
