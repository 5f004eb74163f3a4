import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACTOR } from './actor';
import type { Services } from './index';

interface DemoManifest {
  articles: { name: string; sourceName: string }[];
}

/**
 * Loads the demo articles on first start: only into an empty database, so a user who deleted
 * them does not get them back. Returns how many were loaded.
 */
export async function loadDemoArticles(services: Services, dir: string): Promise<number> {
  const manifestPath = path.join(dir, 'demo.json');
  if (!fs.existsSync(manifestPath)) return 0;
  if (services.articles.list({ pageSize: 1 }).total > 0) return 0;
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as DemoManifest;
  let loaded = 0;
  // Oldest first, so the list (newest first) shows them in manifest order.
  for (const a of [...manifest.articles].reverse()) {
    const read = (lang: string) => {
      const filename = `${a.name}.${lang}.txt`;
      return { buffer: fs.readFileSync(path.join(dir, filename)), filename };
    };
    await services.articles.create({
      zh: read('zh'),
      en: read('en'),
      author: 'demo',
      sourceName: a.sourceName,
    });
    loaded++;
  }
  return loaded;
}

/**
 * A fresh demo desk gets one login, so `npm ci && npm start` lands on a working desk: an
 * administrator `demo` with a random password, printed once by the caller. Only when there is
 * no account at all; otherwise null.
 */
export async function createDemoLogin(
  services: Services,
): Promise<{ login: string; password: string } | null> {
  if (!services.accounts.needsSetup()) return null;
  const password = randomBytes(12).toString('base64url');
  await services.accounts.create(
    { login: 'demo', displayName: 'Demo', role: 'admin', password },
    SYSTEM_ACTOR,
  );
  return { login: 'demo', password };
}
