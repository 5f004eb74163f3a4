import type { DB } from './connection';

export interface ArticleRow {
  id: number;
  title_zh: string;
  title_en: string;
  source_name: string | null;
  source_url: string | null;
  status: 'draft' | 'in_review' | 'approved';
  content_hash: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ArticleListRow extends ArticleRow {
  segment_count: number;
  open_critical: number;
  open_major: number;
  open_minor: number;
}

export interface ArticleListFilter {
  q?: string;
  status?: string;
  limit: number;
  offset: number;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export function createArticlesRepo(db: DB) {
  const insert = db.prepare<
    {
      title_zh: string;
      title_en: string;
      source_name: string | null;
      source_url: string | null;
      content_hash: string | null;
      created_by: string;
    },
    { id: number }
  >(
    `INSERT INTO articles (title_zh, title_en, source_name, source_url, content_hash, created_by)
     VALUES (@title_zh, @title_en, @source_name, @source_url, @content_hash, @created_by) RETURNING id`,
  );
  const get = db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const byHash = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE content_hash = ? LIMIT 1');
  const where = `WHERE (@status IS NULL OR a.status = @status)
      AND (@q IS NULL OR a.title_zh LIKE @q ESCAPE '\\' OR a.title_en LIKE @q ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM segments s WHERE s.article_id = a.id
                   AND (s.zh LIKE @q ESCAPE '\\' OR s.en LIKE @q ESCAPE '\\')))`;
  const list = db.prepare<Record<string, unknown>, ArticleListRow>(
    `SELECT a.*,
       (SELECT count(*) FROM segments s WHERE s.article_id = a.id) AS segment_count,
       (SELECT count(*) FROM flags f WHERE f.article_id = a.id AND f.status IN ('open','accepted') AND f.severity = 'critical') AS open_critical,
       (SELECT count(*) FROM flags f WHERE f.article_id = a.id AND f.status IN ('open','accepted') AND f.severity = 'major') AS open_major,
       (SELECT count(*) FROM flags f WHERE f.article_id = a.id AND f.status IN ('open','accepted') AND f.severity = 'minor') AS open_minor
     FROM articles a ${where}
     ORDER BY a.updated_at DESC, a.id DESC LIMIT @limit OFFSET @offset`,
  );
  const count = db.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM articles a ${where}`,
  );
  const setStatus = db.prepare<{ id: number; status: string }>(
    `UPDATE articles SET status = @status, updated_at = ${NOW} WHERE id = @id`,
  );
  const touch = db.prepare<[number]>(`UPDATE articles SET updated_at = ${NOW} WHERE id = ?`);
  const setTitles = db.prepare<{ id: number; title_zh: string; title_en: string }>(
    `UPDATE articles SET title_zh = @title_zh, title_en = @title_en, updated_at = ${NOW} WHERE id = @id`,
  );
  const remove = db.prepare<[number]>('DELETE FROM articles WHERE id = ?');
  const allIds = db.prepare<[], { id: number }>('SELECT id FROM articles ORDER BY id');

  const params = (f: { q?: string; status?: string }) => ({
    q: f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
    status: f.status ?? null,
  });

  return {
    insert: (row: Parameters<typeof insert.get>[0]) => insert.get(row)!.id,
    get: (id: number) => get.get(id),
    findByHash: (hash: string) => byHash.get(hash),
    list: (f: ArticleListFilter) => list.all({ ...params(f), limit: f.limit, offset: f.offset }),
    count: (f: { q?: string; status?: string }) => count.get(params(f))!.n,
    setStatus: (id: number, status: string) => setStatus.run({ id, status }).changes,
    touch: (id: number) => touch.run(id),
    setTitles: (id: number, title_zh: string, title_en: string) => setTitles.run({ id, title_zh, title_en }),
    remove: (id: number) => remove.run(id).changes,
    allIds: () => allIds.all().map((r) => r.id),
  };
}
export type ArticlesRepo = ReturnType<typeof createArticlesRepo>;
