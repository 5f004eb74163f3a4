// The engine pool's memory (issue 11): workers share one packed copy of the dictionaries, and
// a worker idle for the pool's idle time exits; the next job starts a new one.
import { ConfigError, loadConfig } from '../../server/config';
import { createEnginePool, type PoolOptions } from '../../server/workers/pool';
import { sharedTables } from '../../server/workers/shared-tables';
import { demoText, engine as inProcess } from '../helpers/services';

const OPTS: PoolOptions = { threads: 2, maxQueue: 4, jobTimeoutMs: 60_000, maxMemoryMb: 512 };
const LIMITS = { maxBytes: 5 * 1024 * 1024, maxLines: 20_000 };
const job = (name: string) => ({
  zh: { text: demoText(name, 'zh') },
  en: { text: demoText(name, 'en') },
  limits: LIMITS,
  glossary: [],
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('engine pool memory', () => {
  it('hands its workers the dictionaries packed once, in shared memory', async () => {
    const tables = await sharedTables();
    // made in another thread (and jest's realm): compared by tag, not by constructor
    const tag = (x: unknown) => Object.prototype.toString.call(x);
    expect(tag(tables?.lexicon?.packed.rest.buffer)).toBe('[object SharedArrayBuffer]');
    expect(tag(tables?.wordnet?.packed.units.buffer)).toBe('[object SharedArrayBuffer]');
    // the same object for every pool of the process: packed once
    expect(await sharedTables()).toBe(tables);
    const pool = createEnginePool(OPTS);
    try {
      const both = await Promise.all([pool.run('health', undefined), pool.run('health', undefined)]);
      for (const h of both) expect(h.sharedTables).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('lets an idle worker exit and starts a new one for the next job, with the same results', async () => {
    const pool = createEnginePool({ ...OPTS, idleMs: 50 });
    try {
      const first = await pool.run('prepareImport', job('visit'));
      expect(pool.stats().threads).toBeGreaterThan(0);
      while (pool.stats().threads > 0) await sleep(25);
      const again = await pool.run('prepareImport', job('visit'));
      expect(pool.stats().threads).toBeGreaterThan(0);
      const reference = await inProcess().prepareImport(job('visit'));
      expect(again.findings.length).toBeGreaterThan(0);
      expect(again.rows).toEqual(reference.rows);
      expect(again.findings).toEqual(reference.findings);
      expect(first.findings).toEqual(reference.findings);
    } finally {
      await pool.close();
    }
  });

  it('reads the idle time from WORKER_IDLE_SECONDS (30 s unless set) and refuses a bad one', () => {
    expect(loadConfig({}).workers.idleMs).toBe(30_000);
    expect(loadConfig({ WORKER_IDLE_SECONDS: '5' }).workers.idleMs).toBe(5_000);
    expect(() => loadConfig({ WORKER_IDLE_SECONDS: '0' })).toThrow(ConfigError);
  });
});
