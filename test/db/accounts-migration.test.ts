import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS_DIR } from '../helpers/services';

/** A database as the desk left it before accounts: migrations up to 008 and some history. */
function legacyDesk() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-legacy-'));
  for (const f of fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^00[1-8]_/.test(f)))
    fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
  const db = openDatabase(':memory:');
  expect(migrate(db, dir)).toBe(8);
  db.exec(`
    INSERT INTO users (id, name, display_name, role) VALUES (1, 'old', 'Old Editor', 'editor');
    INSERT INTO articles (id, title_zh, title_en, created_by) VALUES (7, '标题', 'Title', 'mei');
    INSERT INTO segments (id, article_id, position, kind, zh, en_original, en) VALUES (70, 7, 0, 'headline', '标题', 'Title', 'Title!');
    INSERT INTO revisions (segment_id, text, previous_text, author) VALUES (70, 'Title!', 'Title', 'mei');
    INSERT INTO flags (id, article_id, segment_id, origin, type, category, severity, author)
      VALUES (5, 7, 70, 'person', 'other', 'style', 'minor', 'lin');
    INSERT INTO audit_log (actor, action, entity, entity_id) VALUES ('mei', 'import', 'article', 7);
    INSERT INTO audit_log (actor, action, entity, entity_id) VALUES ('mei', 'edit', 'segment', 70);
    INSERT INTO audit_log (actor, action, entity, entity_id) VALUES ('lin', 'flag', 'flag', 5);
    INSERT INTO audit_log (actor, action, entity, entity_id) VALUES ('lin', 'create', 'glossary_term', 3);
  `);
  fs.rmSync(dir, { recursive: true });
  return db;
}

describe('migration 009_accounts', () => {
  it('keeps the history, its free-text names, and files old audit entries under their article', () => {
    const db = legacyDesk();
    migrate(db, MIGRATIONS_DIR);
    expect(db.prepare('SELECT created_by FROM articles').get()).toEqual({ created_by: 'mei' });
    expect(db.prepare('SELECT author FROM revisions').get()).toEqual({ author: 'mei' });
    expect(db.prepare('SELECT author FROM flags').get()).toEqual({ author: 'lin' });
    expect(
      db.prepare('SELECT actor, action, article_id, user_id, via FROM audit_log ORDER BY id').all(),
    ).toEqual([
      { actor: 'mei', action: 'import', article_id: 7, user_id: null, via: null },
      { actor: 'mei', action: 'edit', article_id: 7, user_id: null, via: null },
      { actor: 'lin', action: 'flag', article_id: 7, user_id: null, via: null },
      { actor: 'lin', action: 'create', article_id: null, user_id: null, via: null },
    ]);
  });

  it('rebuilds users with the four roles and no password for old rows', () => {
    const db = legacyDesk();
    migrate(db, MIGRATIONS_DIR);
    expect(db.prepare('SELECT login, display_name, role, password_hash FROM users').all()).toEqual([
      { login: 'old', display_name: 'Old Editor', role: 'translator', password_hash: null },
    ]);
    expect(() =>
      db.prepare("INSERT INTO users (login, display_name, role) VALUES ('OLD', 'x', 'chief')").run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO users (login, display_name, role) VALUES ('x', 'x', 'editor')").run(),
    ).toThrow(/CHECK/);
  });

  it('records when accounts began and a random CSRF secret per database', () => {
    const a = legacyDesk();
    const b = legacyDesk();
    migrate(a, MIGRATIONS_DIR);
    migrate(b, MIGRATIONS_DIR);
    const meta = (db: typeof a) =>
      Object.fromEntries(
        db
          .prepare<[], { key: string; value: string }>('SELECT key, value FROM app_meta')
          .all()
          .map((r) => [r.key, r.value]),
      );
    expect(meta(a).csrf_secret).toMatch(/^[0-9a-f]{64}$/);
    expect(meta(a).csrf_secret).not.toBe(meta(b).csrf_secret);
    expect(meta(a).accounts_since).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
