import type { DB } from './connection';
import { searchQuery } from './search-grams';
import { ORIGINAL_EN } from './segments.repo';

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

/** Counting stops here: past it the desk says "1,000+", which keeps every query's cost flat. */
export const SEARCH_COUNT_CAP = 1000;

const COLUMNS = `s.id AS segment_id, s.article_id, s.position, s.kind, s.zh, s.en, ${ORIGINAL_EN('s.')} AS en_original,
  a.title_zh, a.title_en`;

// The indexes keep no positions, so a candidate row is checked for the query as a substring.
// lower() folds ASCII only; queries with other cased letters use the JS fold (dz_fold).
const CONTAINS = (fold: string) => `(instr(${fold}(s.zh), @needle) > 0 OR instr(${fold}(s.en), @needle) > 0
  OR instr(${fold}(s.en_original), @needle) > 0)`;

export interface SearchPageRequest {
  q: string;
  limit: number;
  /** Rows after this segment id in result order (keyset paging), else `offset` rows skipped. */
  after?: number | null;
  offset?: number;
}

export function createSearchRepo(db: DB) {
  // Results come in the index's own order (newest rows first, by segment id), so a page reads
  // only its own rows and never sorts every match. Joining segments keeps a stale index entry
  // from ever showing up.
  const statements = (contains: string) => {
    const where = `segments_search MATCH @match${contains}`;
    return {
      rows: db.prepare<Record<string, unknown>, SearchHitRow>(
        `SELECT ${COLUMNS} FROM segments_search f
           JOIN segments s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id
         WHERE ${where} AND f.rowid < @after
         ORDER BY f.rowid DESC LIMIT @limit OFFSET @offset`,
      ),
      verified: db.prepare<Record<string, unknown>, { n: number; articles: number }>(
        `SELECT count(*) AS n, count(DISTINCT article_id) AS articles FROM (
           SELECT s.article_id FROM segments_search f JOIN segments s ON s.id = f.rowid
           WHERE ${where} ORDER BY f.rowid DESC LIMIT @cap)`,
      ),
    };
  };
  // The index alone, no row read: how many rows hold the query's tokens, up to the cap. Past the
  // cap nothing else is counted; under it, the rows are read to check the text and count articles.
  const candidates = db.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM (
       SELECT rowid FROM segments_search WHERE segments_search MATCH @match ORDER BY rowid DESC LIMIT @cap)`,
  );
  const prepared = {
    exact: statements(''),
    ascii: statements(` AND ${CONTAINS('lower')}`),
    unicode: statements(` AND ${CONTAINS('dz_fold')}`),
  };
  const indexed = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM segments');

  /** The statements and parameters for `q`, or null when the index cannot answer it (punctuation only). */
  function plan(q: string) {
    const query = searchQuery(q);
    if (query === null) return null;
    const casedBeyondAscii = [...q].some((c) => c > '\x7f' && c.toLowerCase() !== c.toUpperCase());
    const set = prepared[query.exact ? 'exact' : casedBeyondAscii ? 'unicode' : 'ascii'];
    return {
      set,
      exact: query.exact,
      params: query.exact ? { match: query.match } : { match: query.match, needle: q.toLowerCase() },
    };
  }

  return {
    /** Rows whose Chinese, English or original English contains `q` (case-insensitive), newest first. */
    find(req: SearchPageRequest): SearchHitRow[] {
      const p = plan(req.q);
      if (!p) return [];
      return p.set.rows.all({
        ...p.params,
        after: req.after ?? Number.MAX_SAFE_INTEGER,
        limit: req.limit,
        offset: req.offset ?? 0,
      });
    },
    /**
     * Matching rows and their articles, counted up to `cap` rows; past the cap only that is
     * known (`articles` null). A one-token query past the cap is answered by the index alone.
     */
    count(q: string, cap = SEARCH_COUNT_CAP): { n: number; articles: number | null; capped: boolean } {
      const p = plan(q);
      if (!p) return { n: 0, articles: 0, capped: false };
      if (p.exact && candidates.get({ match: p.params.match, cap: cap + 1 })!.n > cap)
        return { n: cap, articles: null, capped: true };
      const r = p.set.verified.get({ ...p.params, cap: cap + 1 })!;
      return r.n > cap ? { n: cap, articles: null, capped: true } : { ...r, capped: false };
    },
    /** Rows the indexes cover (for tests and diagnostics). */
    indexedRows: () => indexed.get()!.n,
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;
