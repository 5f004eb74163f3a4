// The engine pool (issue 10, "never freeze"): jobs run in worker threads with a time limit, a
// heap limit and a bounded queue; their failures come back as clear errors.

import { AppError } from '../../server/errors';
import { createPooledEngine } from '../../server/services/engine';
import { createEnginePool, type PoolOptions } from '../../server/workers/pool';
import { request } from '../helpers/auth';
import { appFor, demoText, engine as inProcess, makeDesk } from '../helpers/services';

const OPTS: PoolOptions = { threads: 1, maxQueue: 4, jobTimeoutMs: 60_000, maxMemoryMb: 512 };
const LIMITS = { maxBytes: 5 * 1024 * 1024, maxLines: 20_000 };

describe('engine pool', () => {
  it('gives the same import as the in-process engine, dictionary and checks included', async () => {
    const pooled = createPooledEngine(createEnginePool(OPTS));
    try {
      const job = {
        zh: { text: demoText('visit', 'zh') },
        en: { text: demoText('visit', 'en') },
        limits: LIMITS,
        glossary: [],
      };
      const [a, b] = await Promise.all([pooled.prepareImport(job), inProcess().prepareImport(job)]);
      expect(a.rows).toEqual(b.rows);
      expect(a.findings).toEqual(b.findings);
      expect(a.findings.length).toBeGreaterThan(0);
      const exported = await pooled.exportArticle(
        { id: 1, titleZh: 'z', titleEn: 'e', rows: [], flags: [] } as never,
        'txt',
      );
      expect(Buffer.isBuffer(exported.body)).toBe(true);
    } finally {
      await pooled.close();
    }
  });

  it("passes an importer's FormatError on with its code, params and side", async () => {
    const pooled = createPooledEngine(createEnginePool(OPTS));
    try {
      const job = { zh: { text: '中文。' }, en: { text: ' \n ' }, limits: LIMITS, glossary: [] };
      await expect(pooled.prepareImport(job)).rejects.toMatchObject({
        name: 'FormatError',
        code: 'empty_text',
        side: 'en',
      });
    } finally {
      await pooled.close();
    }
  });

  it('stops a job over its time limit and answers 413 job_timeout', async () => {
    const pool = createEnginePool({ ...OPTS, jobTimeoutMs: 1 });
    try {
      const err = await pool.run('align', { zh: [], en: [] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ status: 413, code: 'job_timeout' });
    } finally {
      await pool.close();
    }
  });

  it('stops a job that outgrows the heap limit and answers 413 job_memory', async () => {
    // the engine fits in 20 MB (the dictionaries are shared memory, off the heap), an import of
    // 160 articles' text does not
    const pool = createEnginePool({ ...OPTS, maxMemoryMb: 20 });
    try {
      const job = {
        zh: { text: Array.from({ length: 160 }, () => demoText('flood', 'zh')).join('\n\n') },
        en: { text: Array.from({ length: 160 }, () => demoText('flood', 'en')).join('\n\n') },
        limits: LIMITS,
        glossary: [],
      };
      const err = await pool.run('prepareImport', job).catch((e: unknown) => e);
      expect(err).toMatchObject({ status: 413, code: 'job_memory', params: { mb: 20 } });
      // a new worker takes the next job
      await expect(pool.run('align', { zh: [], en: [] })).resolves.toMatchObject({ rows: [] });
    } finally {
      await pool.close();
    }
  });

  it('refuses jobs beyond the queue with 503 server_busy and a retry delay', async () => {
    const pool = createEnginePool({ ...OPTS, maxQueue: 1 });
    try {
      const job = {
        zh: [{ kind: 'body' as const, text: '中文。' }],
        en: [{ kind: 'body' as const, text: 'Text.' }],
      };
      // one thread and a queue of one: two jobs in flight, the other four refused at once
      const results = await Promise.allSettled(Array.from({ length: 6 }, () => pool.run('align', job)));
      const refused = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
      expect(refused).toHaveLength(4);
      for (const r of refused) expect(r).toMatchObject({ status: 503, code: 'server_busy', retryAfter: 5 });
      expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe('the server while an import runs in the pool', () => {
  it('answers 503 server_busy with Retry-After when the pool is full', async () => {
    const pooled = createPooledEngine(createEnginePool({ ...OPTS, threads: 1, maxQueue: 0 }));
    const desk = makeDesk({}, pooled);
    const app = appFor(desk);
    try {
      const body = { zh: demoText('visit', 'zh'), en: demoText('visit', 'en') };
      const all = await Promise.all(
        Array.from({ length: 3 }, () => request(app).post('/api/articles/preview').send(body)),
      );
      const busy = all.filter((r) => r.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy[0].headers['retry-after']).toBe('5');
      expect(busy[0].body.error.code).toBe('server_busy');
      expect(all.some((r) => r.status === 200)).toBe(true);
    } finally {
      desk.close();
      await pooled.close();
    }
  });

  it('answers a GET while a large import is still in flight, then stores the import', async () => {
    const pooled = createPooledEngine(createEnginePool({ ...OPTS, threads: 1 }));
    const desk = makeDesk({}, pooled);
    const app = appFor(desk);
    try {
      // about 1.3 MB of text: seconds of engine work, none of it on this thread
      const zh = Array.from({ length: 60 }, () => demoText('flood', 'zh')).join('\n\n');
      const en = Array.from({ length: 60 }, () => demoText('flood', 'en')).join('\n\n');
      const order: string[] = [];
      const importing = request(app)
        .post('/api/articles')
        .send({ zh, en })
        .then((res) => {
          order.push('import');
          return res;
        });
      // give the request time to reach the worker
      await new Promise((r) => setTimeout(r, 300));
      const list = await request(app).get('/api/articles');
      order.push('get');
      expect(list.status).toBe(200);
      const created = await importing;
      expect(created.status).toBe(201);
      expect(order).toEqual(['get', 'import']);
    } finally {
      desk.close();
      await pooled.close();
    }
  });
});
