import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DB, openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { createSearchRepo } from '../../server/db/search.repo';
import { MIGRATIONS_DIR } from '../helpers/services';

function insertArticle(db: DB, rows: { zh: string; en: string }[]): number {
  const { id } = db
    .prepare("INSERT INTO articles (title_zh, title_en) VALUES ('标题', 'Title') RETURNING id")
    .get() as { id: number };
  const insert = db.prepare(
    "INSERT INTO segments (article_id, position, kind, zh, en_original, en) VALUES (?, ?, 'body', ?, ?, ?)",
  );
  for (const [i, r] of rows.entries()) insert.run(id, i, r.zh, r.en, r.en);
  return id;
}

const indexed = (db: DB) => (db.prepare('SELECT count(*) AS n FROM segments_fts').get() as { n: number }).n;

describe('003_search (segments_fts)', () => {
  it('backfills rows that existed before the migration', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-fts-'));
    for (const f of ['001_init.sql', '002_row_state_and_notes.sql'])
      fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
    const db = openDatabase(':memory:');
    expect(migrate(db, dir)).toBe(2);
    insertArticle(db, [{ zh: '双边关系料改善', en: 'Ties are likely to improve' }]);
    migrate(db, MIGRATIONS_DIR);
    const search = createSearchRepo(db);
    expect(search.find('likely to', 10, 0).map((r) => r.zh)).toEqual(['双边关系料改善']);
    expect(search.count('双边关系')).toEqual({ n: 1, articles: 1 });
    fs.rmSync(dir, { recursive: true });
  });

  it('follows inserts, updates of each text column, deletes and cascades', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS_DIR);
    const search = createSearchRepo(db);
    const id = insertArticle(db, [
      { zh: '安全问题难有突破', en: 'No breakthrough on security' },
      { zh: '经贸关系', en: 'Trade ties' },
    ]);
    expect(search.count('breakthrough').n).toBe(1);
    db.prepare("UPDATE segments SET en = 'A breakthrough is unlikely' WHERE position = 0").run();
    expect(search.count('unlikely').n).toBe(1);
    expect(search.count('on security').n).toBe(1); // still in en_original
    db.prepare('UPDATE segments SET en_original = en WHERE position = 0').run();
    expect(search.count('on security').n).toBe(0);
    db.prepare("UPDATE segments SET zh = '贸易' WHERE position = 1").run();
    expect(search.count('经贸关系').n).toBe(0);
    db.prepare('DELETE FROM segments WHERE position = 1').run();
    expect(indexed(db)).toBe(1);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(indexed(db)).toBe(0);
  });

  it('stays one entry per row when a row is restored with INSERT OR REPLACE (no delete trigger fires)', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS_DIR);
    const search = createSearchRepo(db);
    insertArticle(db, [{ zh: '旧的中文', en: 'old english text' }]);
    const row = db.prepare('SELECT * FROM segments').get() as Record<string, unknown>;
    db.prepare(
      `INSERT OR REPLACE INTO segments (id, article_id, position, kind, zh, en_original, en)
       VALUES (@id, @article_id, @position, @kind, '新的中文', 'new english text', 'new english text')`,
    ).run(row);
    expect(indexed(db)).toBe(1);
    expect(search.count('old english').n).toBe(0);
    expect(search.count('new english').n).toBe(1);
  });

  it('matches case-insensitively and treats the query as literal text', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS_DIR);
    const search = createSearchRepo(db);
    insertArticle(db, [{ zh: '百分之五十', en: 'Growth of 50% in "Q1" (first_quarter)' }]);
    expect(search.count('GROWTH').n).toBe(1);
    expect(search.count('50%').n).toBe(1);
    expect(search.count('"Q1"').n).toBe(1);
    expect(search.count('t_q').n).toBe(1);
    expect(search.count('%').n).toBe(1);
    expect(search.count('5_').n).toBe(0); // '_' is not a wildcard
    expect(search.count('五十').n).toBe(1);
  });
});
