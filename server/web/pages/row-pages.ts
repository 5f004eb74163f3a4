// The article page shows its rows a page at a time: a 300-paragraph article is 600+ rows, and a
// browser needs seconds to lay out a table that long before it paints the first row. The server
// renders the page that holds the row the reviewer is at (?from=, or the row being edited,
// realigned or flagged); desk.js then fetches the other pages (GET /articles/:id/rows?page=) and
// puts them in place, so the whole article is there for j/k and find-in-page. Without
// JavaScript the pages are linked.
import type { Response } from 'express';
import type { SegmentView } from '../../services/types';

export const PAGE_ROWS = 50;

/**
 * Rows a page holds: PAGE_ROWS, unless the app says otherwise (`app.locals.deskPageRows`;
 * bench:desk sets Infinity to measure the page as it was before pages, every row at once).
 */
export function pageRowsOf(res: Response): number {
  const n = res.app.locals.deskPageRows;
  return typeof n === 'number' && n > 0 ? n : PAGE_ROWS;
}

export interface ShownRow {
  s: SegmentView;
  /** Rows the filter hides right before this one. */
  skipped: number;
}

/** The rows the page shows: all, or those with an open flag, each with how many rows it skips. */
export function visibleRows(segments: SegmentView[], filter: 'flagged' | undefined): ShownRow[] {
  if (filter !== 'flagged') return segments.map((s) => ({ s, skipped: 0 }));
  const shown = segments.filter((s) => s.flags.some((f) => f.status === 'open'));
  return shown.map((s, i) => ({ s, skipped: s.position - (i > 0 ? shown[i - 1].position + 1 : 0) }));
}

export interface RowPage {
  rows: ShownRow[];
  /** 0-based page number and how many pages the (filtered) rows make. */
  page: number;
  pages: number;
  /** Row numbers (1-based, as the desk shows them) of the page's first and last row. */
  first: number;
  last: number;
  /** Row numbers the page before and after start and end at, null at either end. */
  prev: { from: number; to: number } | null;
  next: { from: number; to: number } | null;
}

export function pageAt(all: ShownRow[], page: number, size = PAGE_ROWS): RowPage {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const p = Math.min(Math.max(page, 0), pages - 1);
  const rows = all.slice(p * size, (p + 1) * size);
  const span = (q: number) => ({
    from: all[q * size].s.position + 1,
    to: all[Math.min(all.length, (q + 1) * size) - 1].s.position + 1,
  });
  return {
    rows,
    page: p,
    pages,
    first: rows[0] ? rows[0].s.position + 1 : 0,
    last: rows.at(-1) ? rows.at(-1)!.s.position + 1 : 0,
    prev: p > 0 ? span(p - 1) : null,
    next: p < pages - 1 ? span(p + 1) : null,
  };
}

/**
 * The page to render: the one holding the row a form is open on (`segmentId`), else the one
 * holding row number `from` (or the first shown row after it), else the first.
 */
export function pageFor(
  all: ShownRow[],
  opts: { from?: number; segmentId?: number },
  size = PAGE_ROWS,
): RowPage {
  let index = opts.segmentId !== undefined ? all.findIndex((r) => r.s.id === opts.segmentId) : -1;
  if (index < 0 && opts.from !== undefined) {
    index = all.findIndex((r) => r.s.position + 1 >= opts.from!);
    if (index < 0) index = all.length - 1;
  }
  return pageAt(all, Math.floor(Math.max(index, 0) / size), size);
}

/** The row number a link to row `n` needs in ?from= so its page is the one rendered (none on page 1). */
export function fromFor(n: number): string | undefined {
  return n > PAGE_ROWS ? String(n) : undefined;
}

/**
 * The rows the flag form offers as the related row: the headline rows (a body row most often
 * contradicts the headline), the rows of the page shown, and the one already chosen. A
 * 3,000-row article would otherwise put every row into the form on every page.
 */
export function relatedChoices(
  segments: SegmentView[],
  page: RowPage | null,
  selected: string | number | undefined,
): SegmentView[] {
  if (!page) return segments;
  const picked = new Map<number, SegmentView>();
  for (const s of segments) {
    if (s.kind !== 'headline') break;
    picked.set(s.id, s);
  }
  for (const r of page.rows) picked.set(r.s.id, r.s);
  const chosen = Number(selected);
  if (chosen && !picked.has(chosen)) {
    const s = segments.find((x) => x.id === chosen);
    if (s) picked.set(s.id, s);
  }
  return [...picked.values()].sort((a, b) => a.position - b.position);
}
