import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, ROOT_DIR } from '../../server/config';
import { type DB, openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { createServices, type ServiceOptions, type Services } from '../../server/services';
import { createEngine, type Engine } from '../../server/services/engine';

export const MIGRATIONS_DIR = path.join(ROOT_DIR, 'data', 'migrations');
export const DEMO_DIR = path.join(ROOT_DIR, 'data', 'demo');

// One real engine per test file: the dictionary loads once.
let sharedEngine: Engine | undefined;
export function engine(): Engine {
  sharedEngine ??= createEngine();
  return sharedEngine;
}

export interface TestDesk {
  db: DB;
  services: Services;
  dbPath: string;
  close(): void;
}

/**
 * A cheap scrypt setting for tests that make many accounts; the default cost is exercised by the
 * login tests. The parameters travel in each hash, so verifying works the same either way.
 */
export const CHEAP_HASH = { N: 2 ** 10, r: 8, p: 1 };

/** A fresh migrated database (a temp file, so WAL and restarts are real) with the real engine. */
export function makeDesk(
  env: Record<string, string> = {},
  eng: Engine = engine(),
  opts: ServiceOptions = {},
): TestDesk {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-test-'));
  const dbPath = path.join(dir, 'test.db');
  const db = openDatabase(dbPath);
  migrate(db, MIGRATIONS_DIR);
  const config = loadConfig({ ...env, DB_PATH: dbPath });
  return {
    db,
    dbPath,
    services: createServices(db, config, eng, opts),
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function demoText(name: string, lang: 'zh' | 'en'): string {
  return fs.readFileSync(path.join(DEMO_DIR, `${name}.${lang}.txt`), 'utf8');
}

export async function importDemo(services: Services, name: string, author = 'tester'): Promise<number> {
  const { id } = await services.articles.create({
    zh: { text: demoText(name, 'zh') },
    en: { text: demoText(name, 'en') },
    author,
  });
  return id;
}

/** The Express app over a test desk (real HTTP through supertest). */
export function appFor(desk: TestDesk, env: Record<string, string> = {}) {
  // Loaded lazily: engine-only tests should not pay for the web stack.
  const { createApp } = require('../../server/app') as typeof import('../../server/app');
  return createApp({
    db: desk.db,
    config: loadConfig({ ...env, DB_PATH: desk.dbPath }),
    services: desk.services,
  });
}

/** The schema version just before the migration whose file name ends in `_${name}.sql`. */
export function versionBefore(name: string): number {
  const file = fs.readdirSync(MIGRATIONS_DIR).find((f) => f.endsWith(`_${name}.sql`));
  if (!file) throw new Error(`no migration named ${name}`);
  return Number(file.slice(0, 3)) - 1;
}

/** An in-memory database migrated only up to `version` (the later migrations left out). */
export function migratedTo(version: number): DB {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-mig-'));
  for (const f of fs.readdirSync(MIGRATIONS_DIR).filter((f) => Number(f.slice(0, 3)) <= version))
    fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
  const db = openDatabase(':memory:');
  migrate(db, dir);
  fs.rmSync(dir, { recursive: true });
  return db;
}
