import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS_DIR } from '../helpers/services';

function tempDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-db-'));
  return { file: path.join(dir, 'x.db'), dir };
}

describe('db/migrate', () => {
  it('applies every numbered migration and records the version', () => {
    const db = openDatabase(':memory:');
    const files = fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{3}_.*\.sql$/.test(f));
    const version = migrate(db, MIGRATIONS_DIR);
    expect(version).toBe(Number(files.sort().at(-1)!.slice(0, 3)));
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['articles', 'segments', 'revisions', 'flags', 'sources']));
  });

  it('is idempotent when run again', () => {
    const db = openDatabase(':memory:');
    const first = migrate(db, MIGRATIONS_DIR);
    expect(migrate(db, MIGRATIONS_DIR)).toBe(first);
  });

  it('opens file databases in WAL mode with foreign keys on', () => {
    const { file, dir } = tempDb();
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    fs.rmSync(dir, { recursive: true });
  });

  it('rejects rows that break the schema (STRICT types, checks, foreign keys)', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS_DIR);
    expect(() =>
      db.prepare("INSERT INTO articles (title_zh, title_en, status) VALUES ('a', 'b', 'bogus')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO segments (article_id, position, kind, zh, en_original, en) VALUES (999, 0, 'body', '', '', '')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO articles (title_zh, title_en) VALUES ('a', x'00ff')").run()).toThrow(
      /cannot store BLOB value in TEXT column/,
    );
  });

  it('rolls back a failing migration and keeps the previous version', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-mig-'));
    fs.copyFileSync(path.join(MIGRATIONS_DIR, '001_init.sql'), path.join(dir, '001_init.sql'));
    fs.writeFileSync(
      path.join(dir, '002_broken.sql'),
      'CREATE TABLE ok_table (id INTEGER PRIMARY KEY);\nSELECT * FROM nowhere;',
    );
    const db = openDatabase(':memory:');
    expect(() => migrate(db, dir)).toThrow(/no such table/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok_table'").get()).toEqual({
      n: 0,
    });
    fs.rmSync(dir, { recursive: true });
  });
});
