import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BatchJob, runBatchJobs } from '../../scripts/cli/batch';
import { run as importRun } from '../../scripts/cli/import';
import { captureRun } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/services';

describe('runBatchJobs', () => {
  const pair = (name: string): BatchJob => ({ kind: 'pair', name, zh: `${name}.zh`, en: `${name}.en` });

  it('keeps several imports in flight, reports in plan order, and imports the same content once', async () => {
    const jobs: BatchJob[] = [
      pair('a'),
      pair('b'),
      { kind: 'skip', name: 'x.pdf', reason: 'not a pair' },
      pair('a2'),
      pair('c'),
    ];
    let inFlight = 0;
    let most = 0;
    const started: string[] = [];
    let id = 0;
    const outcome = await runBatchJobs(
      jobs,
      async (job) => {
        started.push(job.name);
        inFlight++;
        most = Math.max(most, inFlight);
        // later jobs finish first: the outcome must still follow the plan
        await new Promise((r) => setTimeout(r, job.name === 'a' ? 30 : 5));
        inFlight--;
        if (job.name === 'c') throw new Error('bad file');
        return { id: ++id, duplicate: false };
      },
      { concurrency: 2, key: (job) => job.name.slice(0, 1), describe: (e) => (e as Error).message },
    );
    expect(most).toBe(2);
    expect(started).not.toContain('a2');
    expect(outcome.imported.map((i) => i.name)).toEqual(['a', 'b']);
    const aId = outcome.imported[0].id;
    expect(outcome.skipped).toEqual([
      { name: 'x.pdf', reason: 'not a pair' },
      { name: 'a2', reason: `already imported as article ${aId}` },
      { name: 'c', reason: 'bad file' },
    ]);
  });
});

describe('cli import (batch through the engine pool)', () => {
  it('imports a folder in worker threads, the same texts under two names once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-pool-'));
    try {
      for (const [name, demo] of [
        ['visit', 'visit'],
        ['flood', 'flood'],
        ['jetliner', 'jetliner'],
        ['copy-of-visit', 'visit'],
      ])
        for (const lang of ['zh', 'en'])
          fs.copyFileSync(path.join(DEMO_DIR, `${demo}.${lang}.txt`), path.join(dir, `${name}.${lang}.txt`));
      const db = path.join(`${dir}-db`, 'b.db');
      const out = await captureRun(importRun, [dir, '--db', db, '--json']);
      expect(out.code).toBe(0);
      const summary = JSON.parse(out.stdout) as {
        imported: { name: string; id: number }[];
        skipped: { name: string; reason: string }[];
      };
      expect(summary.imported.map((i) => path.basename(i.name)).sort()).toEqual([
        'copy-of-visit', // first in plan order
        'flood',
        'jetliner',
      ]);
      expect(summary.skipped.map((s) => path.basename(s.name))).toEqual(['visit']);
      expect(summary.skipped[0].reason).toMatch(/^already imported as article \d+$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(`${dir}-db`, { recursive: true, force: true });
    }
  });
});
