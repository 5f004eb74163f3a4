// An app over a fresh, migrated database in a temp directory, for page and browser tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { createApp } from '../../server/app';
import { type Config, loadConfig } from '../../server/config';
import { type DB, openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { createServices, type ServiceOptions, type Services } from '../../server/services';
import { createEngine, type Engine } from '../../server/services/engine';
import type { LoginLimits } from '../../server/web/login-limiter';
import { demoText } from './services';

export interface TestApp {
  app: Express;
  db: DB;
  services: Services;
  config: Config;
  dir: string;
  close(): void;
}

// One real engine per test file (the dictionary loads once).
let engine: Engine | undefined;

export function createTestApp(
  overrides: Partial<Config> = {},
  opts: { services?: ServiceOptions; loginLimits?: LoginLimits } = {},
): TestApp {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-test-'));
  const base = loadConfig({ DEMO: '0' });
  const config: Config = Object.freeze({
    ...base,
    dbPath: path.join(dir, 'test.db'),
    loadDemo: false,
    ...overrides,
  });
  const db = openDatabase(config.dbPath);
  migrate(db, path.join(config.dataDir, 'migrations'));
  engine ??= createEngine();
  const services = createServices(db, config, engine, opts.services);
  const app = createApp({ db, config, services, loginLimits: opts.loginLimits });
  return {
    app,
    db,
    services,
    config,
    dir,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small article: headline, two body paragraphs on each side. */
export const SAMPLE = {
  zh: '李在明访华料改善双边关系\n\n韩国总统李在明星期天开始对中国进行为期四天的国事访问。\n\n受访学者评估认为，双边关系可望改善。',
  en: "Lee Jae-myung's visit to China is likely to improve bilateral ties\n\nSouth Korean President Lee Jae-myung began a four-day state visit to China on Sunday.\n\nScholars interviewed said bilateral relations are likely to improve.",
};

export async function createSampleArticle(t: TestApp, zh = SAMPLE.zh, en = SAMPLE.en): Promise<number> {
  const { id } = await t.services.articles.create({ zh: { text: zh }, en: { text: en }, author: 'tester' });
  return id;
}

/** Imports one of the demo articles in data/demo/ (they carry planted slips the checks find). */
export async function createDemoArticle(t: TestApp, name = 'visit'): Promise<number> {
  return createSampleArticle(t, demoText(name, 'zh'), demoText(name, 'en'));
}
