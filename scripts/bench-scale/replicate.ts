// Fills the bench database up to a number of articles by copying the imported ones in SQL
// (articles, sources, rows with their search entries, flags), for measuring the read and
// write paths at scale when importing ten thousand articles would take too long on a shared
// machine. Imports are measured on the articles that really went through the import path.
import { openDatabase } from '../../server/db/connection';

const COPIED: { table: string; ids: Record<string, 'articles' | 'sources' | 'segments' | 'flags'> }[] = [
  { table: 'articles', ids: { id: 'articles' } },
  { table: 'sources', ids: { id: 'sources', article_id: 'articles' } },
  { table: 'segments', ids: { id: 'segments', article_id: 'articles' } },
  {
    table: 'flags',
    ids: { id: 'flags', article_id: 'articles', segment_id: 'segments', related_segment_id: 'segments' },
  },
];

/** Copies the first `base` articles (by id) until the database holds `target` of them. */
export function replicateArticles(dbPath: string, base: number, target: number): number {
  const db = openDatabase(dbPath);
  try {
    const maxOf = (t: string) =>
      (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM ${t}`).get() as { m: number }).m;
    const baseIds = db.prepare('SELECT id FROM articles ORDER BY id LIMIT ?').all(base) as { id: number }[];
    const lastBase = baseIds.at(-1)?.id ?? 0;
    let count = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    while (count < target) {
      const take = Math.min(baseIds.length, target - count);
      const upTo = baseIds[take - 1].id;
      const offsets = {
        articles: maxOf('articles'),
        sources: maxOf('sources'),
        segments: maxOf('segments'),
        flags: maxOf('flags'),
      };
      db.transaction(() => {
        for (const { table, ids } of COPIED) {
          const cols = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
          const exprs = cols.map((c) => (ids[c] ? `${c} + ${offsets[ids[c]]}` : c));
          const owner = table === 'articles' ? 'id' : 'article_id';
          db.exec(
            `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${exprs.join(', ')} FROM ${table}
             WHERE ${owner} <= ${Math.min(upTo, lastBase)} ORDER BY id`,
          );
        }
      })();
      count += take;
    }
    return count;
  } finally {
    db.close();
  }
}
