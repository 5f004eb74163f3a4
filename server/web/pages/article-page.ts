// Builds and renders the article page. The GET route uses it, and so does every form on the
// page when it must be shown again with its errors and the person's input kept.
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import { FINAL_TEXT_FORMATS } from '../../services/exports.service';
import type { ArticleHead, FlagView } from '../../services/types';
import { parse } from '../validate';
import {
  ARTICLE_STATUSES,
  FLAG_ORIGINS,
  FLAG_STATUSES,
  MQM_CATEGORIES,
  PERSON_FLAG_TYPES,
  SEVERITIES,
} from './labels';
import { fromFor, PAGE_ROWS, pageFor, pageRowsOf, visibleRows } from './row-pages';
import { buildUrl, renderAsPath } from './view-helpers';

const optionalId = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.coerce.number().int().positive().optional(),
);
const filterValue = <T extends readonly string[]>(values: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values).optional());

export const showQuery = z.object({
  view: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^(current|diff|r\d{1,12})$/)
      .optional(),
  ),
  edit: optionalId,
  flag: optionalId,
  /** A row whose realignment panel (split, move, unmatch) is open. */
  realign: optionalId,
  fstatus: filterValue(FLAG_STATUSES),
  fseverity: filterValue(SEVERITIES),
  fcategory: filterValue(MQM_CATEGORIES),
  forigin: filterValue(FLAG_ORIGINS),
  /** 'hide' leaves the checks' low-confidence ("possible") findings out of the rows and the list. */
  possible: filterValue(['hide'] as const),
  /** 'flagged' shows only the rows that have an open flag. */
  rows: filterValue(['flagged'] as const),
  /** The row (1-based) whose page of rows to show (row-pages.ts). */
  from: optionalId,
  /** "Go to row": redirected to that row's page and anchor (row-pages.ts). */
  go: optionalId,
  notice: z.string().max(40).optional(),
});
export type ShowQuery = z.infer<typeof showQuery>;

export interface FlagFormValues {
  segmentId?: string | number;
  relatedSegmentId?: string | number;
  type?: string;
  category?: string;
  severity?: string;
  note?: string;
  suggestion?: string;
  enStart?: string | number;
  enEnd?: string | number;
  quote?: string;
}

/** Form state carried into a re-render: what the person typed and what went wrong. */
export interface PageState {
  edit?: { segmentId: number; text: string; errors: string[]; conflict?: boolean };
  flag?: { values: FlagFormValues; errors: string[] };
  rendering?: { label: string; text: string; errors: string[] };
  /** A refused approval: the reason typed so far and why it was refused. */
  signOff?: { reason: string; errors: string[] };
  pageErrors?: string[];
}

export function viewMode(view: string | undefined): {
  mode: 'current' | 'diff' | 'compare';
  compareId?: number;
} {
  if (view?.startsWith('r')) return { mode: 'compare', compareId: Number(view.slice(1)) };
  return { mode: view === 'diff' ? 'diff' : 'current' };
}

/**
 * The article page URL that keeps the reviewer's view (?view=, ?rows=), for redirects after a
 * form: `view` is the view value itself, or the posted body / parsed query that carries both.
 */
export function articleUrl(
  id: number,
  view: unknown,
  extra: Record<string, string> = {},
  hash?: string,
): string {
  const carried = typeof view === 'object' && view !== null ? (view as Record<string, unknown>) : { view };
  const v =
    typeof carried.view === 'string' && /^(diff|r\d{1,12})$/.test(carried.view) ? carried.view : undefined;
  const rows = carried.rows === 'flagged' ? 'flagged' : undefined;
  // A row past the first page: the redirect asks for its page, so the #row-N anchor is there.
  const row = /^row-(\d+)$/.exec(hash ?? '');
  const from = row ? fromFor(Number(row[1])) : undefined;
  return buildUrl(`/articles/${id}`, { view: v, rows, from, ...extra }, hash);
}

/**
 * What the page header (toolbar.ejs: titles, quality and sign-off, status, view, export, checks,
 * map, undo) needs; the page and GET /articles/:id/head, which refreshes it after a save, share it.
 */
export function headLocals(
  services: Services,
  article: ArticleHead,
  query: ShowQuery,
  openFindings: number,
  state: PageState = {},
) {
  const { mode, compareId } = viewMode(query.view);
  const alignHistory = services.realign.history(article.id);
  return {
    article,
    mode,
    compareId: compareId ?? null,
    baseQuery: { view: query.view && query.view !== 'current' ? query.view : undefined, rows: query.rows },
    rowFilter: query.rows ?? null,
    formats: services.exports.formats(),
    finalFormats: FINAL_TEXT_FORMATS,
    articleStatuses: ARTICLE_STATUSES,
    signOffForm: state.signOff ?? null,
    openFindings,
    alignHistory: alignHistory.slice(0, 20),
    alignChanges: alignHistory.length,
    lastAlignOp: alignHistory.find((o) => !o.undone) ?? null,
  };
}

/** Everything the article page (show.ejs) and a page of its rows (GET /articles/:id/rows) need. */
export function articleLocals(
  services: Services,
  id: number,
  query: ShowQuery,
  state: PageState = {},
  pageRows = PAGE_ROWS,
) {
  const { compareId } = viewMode(query.view);
  const article = hidePossible(services.articles.get(id, { compare: compareId }), query.possible === 'hide');
  let editState = state.edit ?? null;
  const toEdit = query.edit ? article.segments.find((s) => s.id === query.edit) : undefined;
  if (!editState && toEdit) editState = { segmentId: toEdit.id, text: toEdit.en, errors: [] };
  const shown = visibleRows(article.segments, query.rows);
  // The flag form opens beside its row: asked for (?flag=) or shown again with its errors.
  const flagRowId = state.flag ? Number(state.flag.values.segmentId) || null : (query.flag ?? null);
  const focus = state.edit?.segmentId ?? query.edit ?? query.realign ?? flagRowId ?? undefined;
  const openFindings = article.flags.filter((f) => f.origin === 'check' && f.status === 'open').length;
  return {
    ...headLocals(services, article, query, openFindings, state),
    article,
    shown,
    compareLabel: article.renderings.find((r) => r.id === compareId)?.label ?? null,
    rowPage: pageFor(shown, { from: query.from, segmentId: focus }, pageRows),
    rowCount: shown.length,
    flagRowId,
    editState,
    realignId: query.realign ?? null,
  };
}

export function renderArticlePage(
  res: Response,
  services: Services,
  id: number,
  query: ShowQuery,
  state: PageState = {},
  status = 200,
): void {
  const { shown: _shown, ...locals } = articleLocals(services, id, query, state, pageRowsOf(res));
  const flagFilter = {
    status: query.fstatus,
    severity: query.fseverity,
    category: query.fcategory,
    origin: query.forigin,
  };
  const flagList = services.flags
    .list(id, flagFilter)
    .filter((f) => query.possible !== 'hide' || !f.possible);
  // Links on a re-rendered page must point at the article, not at the POST route that failed.
  const pagePath = buildUrl(`/articles/${id}`, { ...locals.baseQuery, ...filterQueryOf(query) });
  renderAsPath(res, pagePath);
  res.status(status).render('articles/show', {
    ...locals,
    flagFilter,
    flagList,
    hidePossible: query.possible === 'hide',
    flagForm: state.flag ?? { values: defaultFlagValues(query.flag), errors: [] },
    renderingForm: state.rendering ?? { label: '', text: '', errors: [] },
    pageErrors: state.pageErrors ?? [],
    flagStatuses: FLAG_STATUSES,
    severities: SEVERITIES,
    categories: MQM_CATEGORIES,
    origins: FLAG_ORIGINS,
    personFlagTypes: PERSON_FLAG_TYPES,
    notice: query.notice,
    lastTriage: services.triage.lastAction(id),
  });
}

function filterQueryOf(q: ShowQuery) {
  return {
    fstatus: q.fstatus,
    fseverity: q.fseverity,
    fcategory: q.fcategory,
    forigin: q.forigin,
    possible: q.possible,
  };
}

function hidePossible<A extends { flags: FlagView[]; segments: { flags: FlagView[] }[] }>(
  article: A,
  hide: boolean,
): A {
  if (!hide) return article;
  const keep = (f: FlagView) => !f.possible;
  return {
    ...article,
    flags: article.flags.filter(keep),
    segments: article.segments.map((s) => ({ ...s, flags: s.flags.filter(keep) })),
  };
}

function defaultFlagValues(segmentId: number | undefined): FlagFormValues {
  return { segmentId, type: 'other', category: 'accuracy/mistranslation', severity: 'major' };
}

/** The view parameters a form posted back (hidden fields), parsed like the page query. */
export function postedView(req: Request): ShowQuery {
  const body = (req.body ?? {}) as Record<string, unknown>;
  return parse(showQuery, { view: body.view, rows: body.rows });
}
