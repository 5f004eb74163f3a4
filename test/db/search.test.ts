import { type DB, openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { createSearchRepo } from '../../server/db/search.repo';
import { searchGrams, searchQuery } from '../../server/db/search-grams';
import { MIGRATIONS_DIR, migratedTo, versionBefore } from '../helpers/services';

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

const entries = (db: DB, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const find = (db: DB, q: string) =>
  createSearchRepo(db)
    .find({ q, limit: 100 })
    .map((r) => r.zh);

describe('search grams', () => {
  it('indexes each CJK run as its characters and adjacent pairs, and leaves other words', () => {
    expect(searchGrams('经济发展 GDP')).toBe(' 经 济 发 展 经济 济发 发展  GDP');
  });

  it('asks for covering pairs of CJK and whole words', () => {
    const match = (q: string) => searchQuery(q)?.match;
    expect(searchQuery('经济')).toEqual({ match: '"经济"', exact: true });
    expect(searchQuery('华')).toEqual({ match: '"华"', exact: true });
    expect(searchQuery('said')).toEqual({ match: '"said"', exact: true });
    expect(searchQuery('EU')).toEqual({ match: '"EU"', exact: true });
    expect(match('普拉博沃访')).toBe('"普拉" AND "博沃" AND "沃访"');
    expect(match('B股')).toBe('"股" AND "B"');
    // rows are checked for the whole text anyway: function words are not asked of the index
    expect(match('the United States')).toBe('"United" AND "States"');
    expect(match('A股')).toBe('"股"');
    expect(match('to the')).toBe('"to" AND "the"');
    expect(searchQuery('the')).toEqual({ match: '"the"', exact: true });
    expect(searchQuery('said,')).toEqual({ match: '"said"', exact: false });
    expect(searchQuery('%"')).toBeNull();
  });
});

describe('migration search_v2 (segments_search)', () => {
  it('migrates a database searched by the old index with its rows intact and findable', () => {
    const db = migratedTo(versionBefore('search_v2'));
    insertArticle(db, [
      { zh: '双边关系料改善', en: 'Ties are likely to improve' },
      { zh: '安全议题难有突破', en: 'No breakthrough on security' },
    ]);
    const before = db.prepare('SELECT * FROM segments ORDER BY id').all();
    migrate(db, MIGRATIONS_DIR);
    expect(db.prepare('SELECT * FROM segments ORDER BY id').all()).toEqual(before);
    expect(find(db, 'likely to')).toEqual(['双边关系料改善']);
    expect(find(db, '双边关系')).toEqual(['双边关系料改善']);
    expect(find(db, '突破')).toEqual(['安全议题难有突破']);
    expect(find(db, '安')).toEqual(['安全议题难有突破']);
    expect(createSearchRepo(db).count('关')).toEqual({ n: 1, articles: 1, capped: false, estimated: false });
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
    expect(search.count('经贸').n).toBe(0);
    expect(search.count('贸易').n).toBe(1);
    db.prepare('DELETE FROM segments WHERE position = 1').run();
    expect(search.count('贸').n).toBe(0);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(search.count('breakthrough').n).toBe(0);
    expect(search.count('安全').n).toBe(0);
    expect(entries(db, 'segments_search')).toBe(0);
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
    expect(entries(db, 'segments_search')).toBe(1);
    expect(search.count('old english').n).toBe(0);
    expect(search.count('旧').n).toBe(0);
    expect(search.count('new english').n).toBe(1);
    expect(search.count('新的').n).toBe(1);
  });

  it('matches case-insensitively, as an exact substring, and treats the query as literal text', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS_DIR);
    const search = createSearchRepo(db);
    insertArticle(db, [{ zh: '百分之五十', en: 'Growth of 50% in "Q1" (first_quarter) in Évian' }]);
    insertArticle(db, [{ zh: '五百', en: 'of Growth 50 in' }]);
    expect(search.count('GROWTH').n).toBe(2);
    expect(search.count('growth of').n).toBe(1); // both words in both rows, the phrase in one
    expect(search.count('50%').n).toBe(1);
    expect(search.count('"Q1"').n).toBe(1);
    expect(search.count('first_quarter').n).toBe(1);
    expect(search.count('t_q').n).toBe(0); // not from the middle of a word
    expect(search.count('éVIAN').n).toBe(1);
    expect(search.count('Evian').n).toBe(0); // diacritics are kept
    expect(search.count('5_').n).toBe(0); // '_' is not a wildcard
    expect(search.count('%').n).toBe(0); // punctuation alone is not indexed
    expect(search.count('五十').n).toBe(1);
    expect(search.count('十五').n).toBe(0); // the two characters, not each one somewhere
    expect(search.count('五').n).toBe(2);
    expect(search.count('Growth').n).toBe(2);
    expect(search.count('Gro').n).toBe(0); // words are whole words
    expect(search.count('rowth').n).toBe(0);
    expect(search.count('Q1').n).toBe(1);
    expect(search.count('Q').n).toBe(0); // a short word is a whole word
  });

  it('pages newest rows first by keyset and counts up to a cap', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS_DIR);
    const search = createSearchRepo(db);
    for (let i = 0; i < 12; i++) insertArticle(db, [{ zh: `经济第${i}`, en: `economy ${i}` }]);
    const all = search.find({ q: '经济', limit: 100 }).map((r) => r.segment_id);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    const first = search.find({ q: '经济', limit: 5 });
    const second = search.find({ q: '经济', limit: 5, after: first.at(-1)!.segment_id });
    expect([...first, ...second].map((r) => r.segment_id)).toEqual(all.slice(0, 10));
    expect(search.count('经济', 10)).toEqual({ n: 10, articles: null, capped: true, estimated: false });
    expect(search.count('经济', 12)).toEqual({ n: 12, articles: 12, capped: false, estimated: false });
    expect(search.count('economy', 20)).toEqual({ n: 12, articles: 12, capped: false, estimated: false });
    // a phrase is checked row by row: more rows with its words than the cap, fewer with the phrase
    insertArticle(db, [
      { zh: '第一', en: 'economy first' },
      ...Array.from({ length: 7 }, () => ({ zh: '其次', en: 'first the economy' })),
    ]);
    expect(search.count('economy first', 5)).toEqual({ n: 1, articles: 1, capped: false, estimated: false });
  });

  it('checks at most a budget of candidate rows for a query of several words, and estimates the rest', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS_DIR);
    const search = createSearchRepo(db);
    // 16 rows with both words, every other one (newest first: 15, 13, …) with the phrase
    insertArticle(
      db,
      Array.from({ length: 16 }, (_, i) => ({
        zh: '经济',
        en: i % 2 ? 'economy first' : 'first the economy',
      })),
    );
    // the newest 4 checked, 2 hold the phrase: half of the 16 candidates
    expect(search.count('economy first', 100, 4)).toEqual({
      n: 8,
      articles: null,
      capped: false,
      estimated: true,
    });
    // past the cap the index stops counting at 11: half of that, and more may match
    expect(search.count('economy first', 10, 4)).toEqual({
      n: 6,
      articles: null,
      capped: true,
      estimated: true,
    });
    // every candidate checked: exact
    expect(search.count('economy first', 100, 16)).toEqual({
      n: 8,
      articles: 1,
      capped: false,
      estimated: false,
    });
    expect(search.count('economy first', 100, 50)).toEqual({
      n: 8,
      articles: 1,
      capped: false,
      estimated: false,
    });
    // one token: the index's count is exact, whatever the budget
    expect(search.count('economy', 100, 4)).toEqual({ n: 16, articles: 1, capped: false, estimated: false });
    db.close();
  });
});

describe('segments.repo: the original English stored once', () => {
  it('keeps one copy until the English is edited, and reads the original back either way', async () => {
    const { makeDesk, importDemo } = await import('../helpers/services');
    const desk = makeDesk();
    const id = await importDemo(desk.services, 'visit');
    const stored = () =>
      desk.db
        .prepare('SELECT id, en, en_original FROM segments WHERE article_id = ? ORDER BY position')
        .all(id) as { id: number; en: string; en_original: string }[];
    expect(stored().every((r) => r.en_original === '\u0000')).toBe(true);
    const before = desk.services.articles.get(id).segments;
    expect(before.every((s) => s.enOriginal === s.en && s.en.length > 0)).toBe(true);
    const row = before.find((s) => s.en.includes('Canberra'))!;
    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: row.id,
      text: row.en.replace('Canberra', 'Sydney'),
      author: 'ed',
    });
    expect(stored().find((r) => r.id === row.id)!.en_original).toBe(row.en);
    const after = desk.services.articles.get(id).segments.find((s) => s.id === row.id)!;
    expect(after).toMatchObject({ enOriginal: row.en, edited: true });
    const hit = desk.services.search.search({ q: 'Canberra' }).groups[0].hits[0];
    expect(hit.snippets.map((s) => s.field)).toEqual(['zh', 'en', 'en_original']);
    desk.close();
  });
});
