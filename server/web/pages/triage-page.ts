// Builds and renders triage mode: the article's open flags one at a time, the row in context with
// the evidence marked on both sides, the actions (keys in triage.js), bulk actions and undo.
// Forms on the page post to the flag routes with return=triage and come back here.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { FINDING_TYPES } from '../../engine/checks/types';
import type { Services } from '../../services';
import type { FlagView, SegmentView } from '../../services/types';
import { FLAG_ORIGINS, PERSON_FLAG_TYPES, SEVERITIES } from './labels';
import { buildUrl, renderAsPath } from './view-helpers';

const optional = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values).optional());

export const triageQuery = z.object({
  /** The flag to show; when it is no longer open, the next open one after it. */
  at: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().optional()),
  type: optional(PERSON_FLAG_TYPES as unknown as [string, ...string[]]),
  severity: optional(SEVERITIES),
  origin: optional(FLAG_ORIGINS),
  /** The checks' low-confidence ("possible") findings: 'hide' leaves them out, 'only' takes just them. */
  possible: optional(['hide', 'only'] as const),
  /** "Fix now" without JavaScript: the row's English opens as a form. */
  edit: z.preprocess((v) => (v === '' ? undefined : v), z.literal('1').optional()),
  notice: z.string().max(40).optional(),
  count: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).optional()),
});
export type TriageQuery = z.infer<typeof triageQuery>;

/** The filters that travel with every triage link and form. */
export function triageFilters(q: Partial<TriageQuery>) {
  return { type: q.type, severity: q.severity, origin: q.origin, possible: q.possible };
}

export function triageUrl(articleId: number, q: Partial<TriageQuery> & { at?: number }, extra = {}): string {
  return buildUrl(`/articles/${articleId}/triage`, { ...triageFilters(q), at: q.at, ...extra });
}

/** The filters a triage form posted back (hidden fields), checked like the page's query. */
export function postedTriage(req: Request): TriageQuery | null {
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (body.return !== 'triage') return null;
  const parsed = triageQuery.safeParse({
    at: body.at,
    type: body.type,
    severity: body.severity,
    origin: body.origin,
    possible: body.possible,
  });
  return parsed.success ? parsed.data : {};
}

/** Orders the queue as the desk reads: by row, then severity, then age (the repo's order). */
function pick(queue: FlagView[], at: number | undefined, all: FlagView[]): number {
  if (queue.length === 0) return -1;
  if (at === undefined) return 0;
  const exact = queue.findIndex((f) => f.id === at);
  if (exact >= 0) return exact;
  // The flag was just decided: show the next open one after where it sat.
  const order = all.findIndex((f) => f.id === at);
  if (order < 0) return 0;
  const after = queue.findIndex((f) => all.indexOf(f) > order);
  return after >= 0 ? after : queue.length - 1;
}

export interface TriageFormState {
  edit?: { text: string; errors: string[] };
  errors?: string[];
}

export function renderTriagePage(
  res: Response,
  services: Services,
  articleId: number,
  query: TriageQuery,
  state: TriageFormState = {},
  status = 200,
): void {
  const article = services.articles.get(articleId);
  const filters = triageFilters(query);
  const open = article.flags.filter((f) => f.status === 'open');
  const queue = open.filter(
    (f) =>
      (!filters.type || f.type === filters.type) &&
      (!filters.severity || f.severity === filters.severity) &&
      (!filters.origin || f.origin === filters.origin) &&
      (filters.possible === 'only' ? f.possible : filters.possible === 'hide' ? !f.possible : true),
  );
  const index = pick(queue, query.at, article.flags);
  const current = index >= 0 ? queue[index] : null;
  const rows = article.segments;
  let context: SegmentView[] = [];
  if (current) {
    const p = current.segmentPosition;
    context = rows.slice(Math.max(0, p - 1), p + 2);
    const related = current.relatedPosition;
    if (related !== null && (related < p - 1 || related > p + 1)) context.push(rows[related]);
  }
  const typeCounts = new Map<string, number>();
  for (const f of open) typeCounts.set(f.type, (typeCounts.get(f.type) ?? 0) + 1);
  const here = buildUrl(`/articles/${articleId}/triage`, { ...filters, at: current?.id });
  renderAsPath(res, here);
  res.status(status).render('triage/show', {
    article,
    queue,
    current,
    index,
    prev: index > 0 ? queue[index - 1] : null,
    next: index >= 0 && index < queue.length - 1 ? queue[index + 1] : null,
    context,
    filters,
    openCount: open.length,
    typeCounts: [...typeCounts.entries()].sort((a, b) => b[1] - a[1]),
    findingTypes: FINDING_TYPES,
    severities: SEVERITIES,
    origins: FLAG_ORIGINS,
    recurrence:
      current && current.origin === 'check' ? services.triage.recurrenceCounts(articleId, current.id) : null,
    lastAction: services.triage.lastAction(articleId),
    history: services.triage.history(articleId, 8),
    editState:
      state.edit ?? (query.edit && current ? { text: rows[current.segmentPosition].en, errors: [] } : null),
    pageErrors: state.errors ?? [],
    notice: query.notice,
    noticeCount: query.count,
  });
}
