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
  approved_by: string | null;
  approved_at: string | null;
  /** The reason given for approving while critical flags were unresolved. */
  approval_override: string | null;
  /** How many critical flags were unresolved when it was approved. */
  approval_open_critical: number;
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
  // Leaving 'approved' clears the approval; the audit log keeps its history.
  const setStatus = db.prepare<{
    id: number;
    status: string;
    approver: string | null;
    override: string | null;
    open_critical: number;
  }>(
    `UPDATE articles SET status = @status, updated_at = ${NOW},
       approved_by = CASE WHEN @status = 'approved' THEN @approver END,
       approved_at = CASE WHEN @status = 'approved' THEN ${NOW} END,
       approval_override = CASE WHEN @status = 'approved' THEN @override END,
       approval_open_critical = CASE WHEN @status = 'approved' THEN @open_critical ELSE 0 END
     WHERE id = @id`,
  );
  const unresolvedCritical = db.prepare<[number], { id: number }>(
    `SELECT id FROM flags WHERE article_id = ? AND severity = 'critical' AND status IN ('open', 'accepted') ORDER BY id`,
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
    setStatus: (
      id: number,
      status: string,
      approval: { approver: string; override: string | null; openCritical: number } | null = null,
    ) =>
      setStatus.run({
        id,
        status,
        approver: approval?.approver ?? null,
        override: approval?.override ?? null,
        open_critical: approval?.openCritical ?? 0,
      }).changes,
    /** Ids of the article's critical flags nobody has fixed or dismissed. */
    unresolvedCritical: (id: number) => unresolvedCritical.all(id).map((r) => r.id),
    touch: (id: number) => touch.run(id),
    setTitles: (id: number, title_zh: string, title_en: string) => setTitles.run({ id, title_zh, title_en }),
    remove: (id: number) => remove.run(id).changes,
    allIds: () => allIds.all().map((r) => r.id),
  };
}
export type ArticlesRepo = ReturnType<typeof createArticlesRepo>;
