import type { Repos } from '../db';
import type { SearchHitRow } from '../db/search.repo';
import { SEARCH_COUNT_CAP } from '../db/search.repo';
import { escapeHtml } from '../engine/diff';
import type { SegmentKind } from '../engine/types';
import { ValidationError } from '../errors';

export const SEARCH_MAX_QUERY = 200;
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Texts up to this many characters are shown whole; longer ones as a window around the match. */
const SNIPPET_CHARS = 240;
const SNIPPET_LEAD = 80;

export type SearchField = 'zh' | 'en' | 'en_original';

export interface SearchSnippet {
  field: SearchField;
  matched: boolean;
  /**
   * The text (or a window of it, '…' where cut) as HTML: each piece escaped, then the matches
   * wrapped in <mark>. The only form sent: a separate list of pieces doubled the response.
   */
  html: string;
}

export interface SearchHit {
  segmentId: number;
  position: number;
  /** 1-based row number, as the article page shows it. */
  row: number;
  kind: SegmentKind;
  /** The row on the article page. */
  url: string;
  snippets: SearchSnippet[];
}

export interface SearchGroup {
  articleId: number;
  titleZh: string;
  titleEn: string;
  url: string;
  hits: SearchHit[];
}

export interface SearchResult {
  q: string;
  page: number;
  pageSize: number;
  /** Matching rows, over every page; counting stops at SEARCH_COUNT_CAP (then `capped`). */
  total: number;
  /** More rows match than `total` says ("1,000+"). */
  capped: boolean;
  /** `total` is an estimate: a query of several words has only some of its candidate rows checked. */
  estimated: boolean;
  /** Pages of results, or null when the count was capped or estimated. */
  pages: number | null;
  /** Articles with at least one matching row; null when the count was capped or estimated. */
  articles: number | null;
  /** This page's rows, grouped by article (an article can continue on the next page). */
  groups: SearchGroup[];
  /** Pass as `after` for the next page (keyset paging); null on the last page. */
  next: number | null;
}

/** Where `q` occurs in `text`, case-insensitively, as [start, end) ranges. */
export function matchRanges(text: string, q: string): [number, number][] {
  if (!q) return [];
  // one pattern for the page's 50-odd snippets, not one per snippet
  if (lastPattern.q !== q)
    lastPattern = {
      q,
      re: new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'),
      // Chinese, digits: nothing to fold, so plain indexOf finds the same places without a
      // regex match object per occurrence (a one-character query like 的 has several a row)
      uncased: q.toLowerCase() === q && q.toUpperCase() === q,
    };
  const ranges: [number, number][] = [];
  if (lastPattern.uncased) {
    for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + q.length)) ranges.push([i, i + q.length]);
    return ranges;
  }
  for (const m of text.matchAll(lastPattern.re)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}
let lastPattern = { q: '', re: /(?:)/giu, uncased: true };

/** Moves an index off the second half of a surrogate pair, so a cut never splits a character. */
function snap(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

export function snippet(field: SearchField, text: string, q: string): SearchSnippet {
  const ranges = matchRanges(text, q);
  let start = 0;
  let end = text.length;
  if (text.length > SNIPPET_CHARS) {
    start = snap(text, Math.max(0, (ranges[0]?.[0] ?? 0) - SNIPPET_LEAD));
    end = snap(text, Math.min(text.length, start + SNIPPET_CHARS));
  }
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [s, e] of ranges) {
    if (s < at || e > end) continue;
    if (s > at) html += escapeHtml(text.slice(at, s));
    html += `<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  if (at < end) html += escapeHtml(text.slice(at, end));
  if (end < text.length) html += '…';
  return { field, matched: ranges.length > 0, html };
}

function toHit(row: SearchHitRow, q: string): SearchHit {
  const snippets = [snippet('zh', row.zh, q), snippet('en', row.en, q)];
  // The original English only matters when it differs from the current text and holds the match.
  if (row.en_original !== row.en) {
    const original = snippet('en_original', row.en_original, q);
    if (original.matched) snippets.push(original);
  }
  return {
    segmentId: row.segment_id,
    position: row.position,
    row: row.position + 1,
    kind: row.kind as SegmentKind,
    url: `/articles/${row.article_id}#row-${row.position + 1}`,
    snippets,
  };
}

export function createSearchService(repos: Repos) {
  return {
    /**
     * Rows of every article whose Chinese, English or original English contains `q`, newest
     * rows first (rows of one article in reading order). `after` continues from a previous
     * page's `next`; `page` alone skips rows.
     */
    search(opts: { q: string; page?: number; pageSize?: number; after?: number }): SearchResult {
      const q = opts.q.normalize('NFC').trim();
      if (!q) throw new ValidationError('search_empty_query');
      // FTS5 cannot take a NUL inside a phrase, and no row holds control characters anyway
      if (CONTROL_CHARS.test(q)) throw new ValidationError('search_invalid_query');
      if ([...q].length > SEARCH_MAX_QUERY)
        throw new ValidationError('search_query_too_long', { max: SEARCH_MAX_QUERY });
      const pageSize = Math.min(Math.max(opts.pageSize ?? 25, 1), 100);
      const { n: total, articles, capped, estimated } = repos.search.count(q, SEARCH_COUNT_CAP);
      const pages = capped || estimated ? null : Math.max(1, Math.ceil(total / pageSize));
      let page = Math.max(opts.page ?? 1, 1);
      if (pages !== null && opts.after === undefined) page = Math.min(page, pages);
      const rows = repos.search.find({
        q,
        limit: pageSize + 1,
        after: opts.after ?? null,
        offset: opts.after === undefined ? (page - 1) * pageSize : 0,
      });
      const next = rows.length > pageSize ? rows[pageSize - 1].segment_id : null;
      const groups = new Map<number, SearchGroup>();
      for (const row of rows.slice(0, pageSize)) {
        let group = groups.get(row.article_id);
        if (!group) {
          group = {
            articleId: row.article_id,
            titleZh: row.title_zh,
            titleEn: row.title_en,
            url: `/articles/${row.article_id}`,
            hits: [],
          };
          groups.set(row.article_id, group);
        }
        group.hits.push(toHit(row, q));
      }
      for (const g of groups.values()) g.hits.sort((a, b) => a.position - b.position);
      return {
        q,
        page,
        pageSize,
        total,
        capped,
        estimated,
        pages,
        articles,
        groups: [...groups.values()],
        next,
      };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
