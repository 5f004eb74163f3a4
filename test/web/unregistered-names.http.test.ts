// A desk that kept history before accounts existed: built with the migrations before
// 009_accounts, written to the way the old desk wrote (free-text names), then migrated to the
// end. The old names stay as they were and every view marks them "(unregistered)".
import type { Express } from 'express';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { DB } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { createServices } from '../../server/services';
import { request } from '../helpers/auth';
import { engine, MIGRATIONS_DIR, migratedTo, versionBefore } from '../helpers/services';

const OLD = '2025-06-01T08:00:00.000Z';

function legacyDesk(): DB {
  const db = migratedTo(versionBefore('accounts'));
  db.prepare(
    `INSERT INTO articles (id, title_zh, title_en, created_by, created_at, updated_at)
     VALUES (7, '标题', 'Title', 'mei', @at, @at)`,
  ).run({ at: OLD });
  db.prepare(
    `INSERT INTO segments (id, article_id, position, kind, zh, en_original, en)
     VALUES (70, 7, 0, 'headline', '标题', 'Title', 'Title!')`,
  ).run();
  db.prepare(
    `INSERT INTO revisions (segment_id, text, previous_text, author, created_at)
     VALUES (70, 'Title!', 'Title', 'mei', @at)`,
  ).run({ at: OLD });
  db.prepare(
    `INSERT INTO flags (id, article_id, segment_id, origin, type, category, severity, author, note, created_at, updated_at)
     VALUES (5, 7, 70, 'person', 'other', 'style', 'minor', 'lin', 'Too loud.', @at, @at)`,
  ).run({ at: OLD });
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES
       (@at, 'mei', 'import', 'article', 7, '{}'),
       (@at, 'mei', 'edit', 'segment', 70, '{}'),
       (@at, 'lin', 'flag', 'flag', 5, '{}')`,
  ).run({ at: OLD });
  migrate(db, MIGRATIONS_DIR);
  return db;
}

describe('names from before accounts', () => {
  let db: DB;
  let app: Express;
  beforeEach(() => {
    db = legacyDesk();
    const config = loadConfig({ DEMO: '0', DB_PATH: ':memory:' });
    app = createApp({ db, config, services: createServices(db, config, engine()) });
  });
  afterEach(() => db.close());

  it('keeps them as written in the database', () => {
    expect(db.prepare('SELECT author FROM revisions').get()).toEqual({ author: 'mei' });
    expect(db.prepare('SELECT author FROM flags').get()).toEqual({ author: 'lin' });
  });

  it('shows them as "(unregistered)" in the activity views, even when an account now has that login', async () => {
    // someone later made an account called mei: the old entries are still not theirs
    const page = await request(app, { login: 'mei', role: 'chief' }).get('/articles/7/activity?lang=en');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<td class="who who-unregistered">mei (unregistered)</td>');
    expect(page.text).toContain('<td class="who who-unregistered">lin (unregistered)</td>');
    const zh = await request(app, { login: 'mei', role: 'chief' }).get('/admin/activity?lang=zh-CN');
    expect(zh.text).toContain('mei（未注册）');
  });

  it('shows them as "(unregistered)" on the revision history and the flag card', async () => {
    const history = await request(app).get('/articles/7/segments/70/history?lang=en');
    expect(history.status).toBe(200);
    expect(history.text).toContain('mei (unregistered)');
    const article = await request(app).get('/articles/7?lang=zh-CN');
    expect(article.status).toBe(200);
    expect(article.text).toContain('lin（未注册）');
  });
});
