// A standing fuzz check (issue 10): a few hundred hostile requests — every route, every content
// type, hostile files — against a real HTTP server with the engine in worker threads. No
// answer may be a 5xx, every request must be answered, and the server must be alive after.
// `npm run fuzz:http` sends thousands the same way against the built server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostileFiles } from '../../scripts/fuzz/files';
import { hostileRequests, runFuzz } from '../../scripts/fuzz/requests';
import { createPooledEngine } from '../../server/services/engine';
import { createEnginePool } from '../../server/workers/pool';
import { tokenFor } from '../helpers/auth';
import { appFor, importDemo, makeDesk } from '../helpers/services';

const COUNT = 300;

describe('fuzz: hostile requests against a real server', () => {
  it(`answers ${COUNT} hostile requests without a single 5xx and stays alive`, async () => {
    const engine = createPooledEngine(
      createEnginePool({ threads: 1, maxQueue: 16, jobTimeoutMs: 60_000, maxMemoryMb: 512 }),
    );
    const desk = makeDesk({}, engine);
    const app = appFor(desk);
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const articleId = await importDemo(desk.services, 'visit');
      const article = desk.services.articles.get(articleId);
      const token = tokenFor(app);
      const term = await fetch(`${base}/api/glossary`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ zh: '李在明', en: 'Lee Jae-myung' }),
      });
      expect(term.status).toBe(201);
      const targets = {
        articleId,
        segmentId: article.segments[1].id,
        flagId: article.flags[0].id,
        glossaryId: ((await term.json()) as { id: number }).id,
        token,
      };
      const requests = hostileRequests(20261203, COUNT, targets, await hostileFiles());
      const outcome = await runFuzz(base, requests, 4);
      const failures = outcome.failures.map(
        (f) => `${f.status} ${f.req.method} ${f.req.path.slice(0, 120)} (${f.req.what})`,
      );
      expect(failures).toEqual([]);
      expect(outcome.sent).toBe(COUNT);
      // hostile input is refused with 4xx, not waved through: most answers are client errors
      const fourxx = [...outcome.byStatus]
        .filter(([s]) => s >= 400 && s < 500)
        .reduce((n, [, c]) => n + c, 0);
      expect(fourxx).toBeGreaterThan(COUNT / 3);
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(desk.services.articles.get(articleId).id).toBe(articleId);
    } finally {
      await new Promise((r) => server.close(r));
      desk.close();
      await engine.close();
    }
  }, 600_000);
});
