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
/** A query of several tokens has at most this many candidate rows checked for its count. */
export const SEARCH_CHECK_BUDGET = 100;

export interface SearchCount {
  /** Matching rows, up to the cap; an estimate when `estimated`. */
  n: number;
  /** Articles with a matching row; null when not counted (capped or estimated). */
  articles: number | null;
  /** More rows match (or are estimated to) than the cap. */
  capped: boolean;
  /** `n` was extrapolated from the checked share of the candidates. */
  estimated: boolean;
}

/** An estimate to two significant digits: it should not look more precise than it is. */
function roughly(x: number): number {
  if (x < 100) return Math.round(x);
  const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / unit) * unit;
}

const COLUMNS = `s.id AS segment_id, s.article_id, s.position, s.kind, s.zh, s.en, ${ORIGINAL_EN('s.')} AS en_original,
  a.title_zh, a.title_en`;

// The indexes keep no positions, so a candidate row is checked for the query as a substring.
// LIKE folds ASCII case without copying the text (as lower() would); queries with other cased
// letters use the JS fold (dz_fold). The English is checked first: most queries are English.
const LIKE = `(s.en LIKE @pattern ESCAPE '\\' OR s.en_original LIKE @pattern ESCAPE '\\'
  OR s.zh LIKE @pattern ESCAPE '\\')`;
const FOLDED = `(instr(dz_fold(s.en), @needle) > 0 OR instr(dz_fold(s.en_original), @needle) > 0
  OR instr(dz_fold(s.zh), @needle) > 0)`;

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
  // `check`: the substring test a candidate row must pass, null when the tokens are the query.
  const statements = (check: string | null) => {
    const where = `segments_search MATCH @match${check ? ` AND ${check}` : ''}`;
    return {
      rows: db.prepare<Record<string, unknown>, SearchHitRow>(
        `SELECT ${COLUMNS} FROM segments_search f
           JOIN segments s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id
         WHERE ${where} AND f.rowid < @after
         ORDER BY f.rowid DESC LIMIT @limit OFFSET @offset`,
      ),
      // The newest `budget` candidates, each checked: how many hold the text, in how many articles.
      sampled: db.prepare<Record<string, unknown>, { seen: number; n: number; articles: number }>(
        `SELECT count(*) AS seen, coalesce(sum(hit), 0) AS n,
           count(DISTINCT CASE WHEN hit THEN article_id END) AS articles FROM (
           SELECT s.article_id, ${check ?? '1'} AS hit FROM segments_search f JOIN segments s ON s.id = f.rowid
           WHERE segments_search MATCH @match ORDER BY f.rowid DESC LIMIT @budget)`,
      ),
    };
  };
  // The index alone, no row read: how many rows hold the query's tokens, up to the cap. In the
  // index's forward order, which FTS5 walks about twice as fast as backwards: only the number counts.
  const candidates = db.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM (
       SELECT rowid FROM segments_search WHERE segments_search MATCH @match LIMIT @cap)`,
  );
  const prepared = {
    exact: statements(null),
    ascii: statements(LIKE),
    unicode: statements(FOLDED),
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
      params: query.exact
        ? { match: query.match }
        : casedBeyondAscii
          ? { match: query.match, needle: q.toLowerCase() }
          : { match: query.match, pattern: `%${q.replace(/[\\%_]/g, '\\$&')}%` },
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
     * known (`articles` null). A one-token query is counted from the index alone (rows are read
     * only under the cap, to count articles); a longer one checks at most `budget` candidates
     * and estimates the rest.
     */
    count(q: string, cap = SEARCH_COUNT_CAP, budget = SEARCH_CHECK_BUDGET): SearchCount {
      const p = plan(q);
      if (!p) return { n: 0, articles: 0, capped: false, estimated: false };
      if (p.exact) {
        if (candidates.get({ match: p.params.match, cap: cap + 1 })!.n > cap)
          return { n: cap, articles: null, capped: true, estimated: false };
        const { n, articles } = p.set.sampled.get({ ...p.params, budget: cap })!;
        return { n, articles, capped: false, estimated: false };
      }
      // Checking a row costs a read and a substring test: only the newest `budget` candidates are
      // checked, and past them the share that held the text is applied to the index's own count.
      const sample = p.set.sampled.get({ ...p.params, budget })!;
      if (sample.seen < budget)
        return { n: sample.n, articles: sample.articles, capped: false, estimated: false };
      const found = candidates.get({ match: p.params.match, cap: cap + 1 })!.n;
      if (found === sample.seen)
        return { n: sample.n, articles: sample.articles, capped: false, estimated: false };
      const capped = found > cap;
      return {
        n: roughly(Math.min(cap, (found * sample.n) / sample.seen)),
        articles: null,
        capped,
        estimated: true,
      };
    },
    /** Rows the indexes cover (for tests and diagnostics). */
    indexedRows: () => indexed.get()!.n,
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;
