import type { DB } from './connection';

export interface SearchHitRow {
  segment_id: number;
  article_id: number;
  position: number;
  kind: string;
  zh: string;
  en: string;
  en_original: string;
  title_zh: string;
  title_en: string;
}

/** Trigrams need three characters; shorter queries (common in Chinese: 改善, 李) scan with LIKE. */
export const TRIGRAM_MIN_CHARS = 3;

const COLUMNS = `s.id AS segment_id, s.article_id, s.position, s.kind, s.zh, s.en, s.en_original,
  a.title_zh, a.title_en`;
// Newest articles first (as on the article list), rows in reading order within one.
const ORDER = 'ORDER BY a.updated_at DESC, a.id DESC, s.position';

export function createSearchRepo(db: DB) {
  // Joining segments (not trusting the index alone) keeps a stale index entry from ever
  // showing up as a result or in the count.
  const ftsRows = db.prepare<{ match: string; limit: number; offset: number }, SearchHitRow>(
    `SELECT ${COLUMNS} FROM segments_fts f
       JOIN segments s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id
     WHERE segments_fts MATCH @match ${ORDER} LIMIT @limit OFFSET @offset`,
  );
  const ftsCount = db.prepare<{ match: string }, { n: number; articles: number }>(
    `SELECT count(*) AS n, count(DISTINCT s.article_id) AS articles FROM segments_fts f
       JOIN segments s ON s.id = f.rowid
     WHERE segments_fts MATCH @match`,
  );
  const likeWhere = `WHERE s.zh LIKE @like ESCAPE '\\' OR s.en LIKE @like ESCAPE '\\'
      OR s.en_original LIKE @like ESCAPE '\\'`;
  const likeRows = db.prepare<{ like: string; limit: number; offset: number }, SearchHitRow>(
    `SELECT ${COLUMNS} FROM segments s JOIN articles a ON a.id = s.article_id
     ${likeWhere} ${ORDER} LIMIT @limit OFFSET @offset`,
  );
  const likeCount = db.prepare<{ like: string }, { n: number; articles: number }>(
    `SELECT count(*) AS n, count(DISTINCT s.article_id) AS articles FROM segments s ${likeWhere}`,
  );
  const indexed = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM segments_fts');

  /** One FTS5 phrase: the whole query as a substring, any quotes in it doubled. */
  const phrase = (q: string) => `"${q.replace(/"/g, '""')}"`;
  const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const useIndex = (q: string) => [...q].length >= TRIGRAM_MIN_CHARS;

  return {
    /** Rows whose Chinese, English or original English contains `q` (case-insensitive). */
    find(q: string, limit: number, offset: number): SearchHitRow[] {
      return useIndex(q)
        ? ftsRows.all({ match: phrase(q), limit, offset })
        : likeRows.all({ like: like(q), limit, offset });
    },
    count(q: string): { n: number; articles: number } {
      return useIndex(q) ? ftsCount.get({ match: phrase(q) })! : likeCount.get({ like: like(q) })!;
    },
    /** Entries in the index (for tests and diagnostics). */
    indexedRows: () => indexed.get()!.n,
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;
