// Triage: deciding many flags quickly. Every change of flag statuses by a person — one flag,
// a bulk action by type/severity/origin/row range, or "wherever the same evidence recurs" — is
// one action that records each flag's state before it, so the article's latest action can be
// undone; every action and every undo goes into the audit log.
import type { Repos } from '../db';
import type { DB } from '../db/connection';
import type { FlagRow } from '../db/flags.repo';
import type { RecurringCandidate, TriageActionRow } from '../db/triage.repo';
import { POSSIBLE_BELOW } from '../engine/checks/types';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { type Actor, type ActorLike, authorize } from './actor';
import type { FlagStatus, FlagView } from './types';
import { parseJson, toFlagView } from './view-models';

export const FLAG_STATUSES: readonly FlagStatus[] = ['open', 'accepted', 'resolved', 'dismissed'];
/** What a bulk action may do to the open flags it selects. */
export const BULK_STATUSES: readonly FlagStatus[] = ['accepted', 'dismissed', 'resolved'];
export const RECURRING_SCOPES = ['article', 'all'] as const;
export type RecurringScope = (typeof RECURRING_SCOPES)[number];
export const MAX_REASON = 2000;

/** Which open flags a bulk action takes; rows are 1-based and inclusive, as the desk numbers them. */
export interface BulkSelection {
  type?: string;
  severity?: string;
  origin?: string;
  category?: string;
  fromRow?: number;
  toRow?: number;
  /** 'only': just the checks' low-confidence ("possible") findings; 'hide': leave them out. */
  possible?: 'only' | 'hide';
}

export interface TriageActionView {
  id: number;
  kind: TriageActionRow['kind'];
  status: FlagStatus;
  params: Record<string, unknown>;
  actor: string;
  createdAt: string;
  undone: boolean;
  changes: number;
}

export interface UndoResult {
  action: TriageActionView;
  restored: number[];
  /** Flags someone changed again after the action: left as they are. */
  skipped: number[];
}

function checkStatus(status: string, allowed: readonly FlagStatus[]): FlagStatus {
  if (!allowed.includes(status as FlagStatus)) throw new ValidationError('invalid_status');
  return status as FlagStatus;
}

function checkReason(reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? '';
  if (text.length > MAX_REASON) throw new ValidationError('invalid_field', { field: 'reason' });
  return text || null;
}

function norm(s: string): string {
  return s
    .replace(/[…\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * What makes two automatic findings "the same": their type and the words they point at on each
 * side — the spans when the finding has them, else its evidence snippets.
 */
export function evidenceKey(c: RecurringCandidate): string {
  const ev = parseJson<{ zh?: string; en?: string }>(c.evidence, {});
  const span = (text: string, start: number | null, end: number | null) =>
    start !== null && end !== null && end > start ? text.slice(start, end) : null;
  const zh = span(c.zh, c.zh_start, c.zh_end) ?? ev.zh ?? '';
  const en = span(c.en, c.en_start, c.en_end) ?? ev.en ?? '';
  return `${c.type}\u0000${norm(zh)}\u0000${norm(en)}`;
}

function toActionView(a: TriageActionRow & { changes?: number }): TriageActionView {
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    params: parseJson<Record<string, unknown>>(a.params, {}),
    actor: a.actor,
    createdAt: a.created_at,
    undone: a.undone_at !== null,
    changes: a.changes ?? 0,
  };
}

export function createTriageService(db: DB, repos: Repos) {
  function requireArticle(articleId: number) {
    if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
  }
  function requireFlag(articleId: number, flagId: number): FlagRow {
    requireArticle(articleId);
    const flag = repos.flags.get(flagId);
    if (!flag || flag.article_id !== articleId) throw new NotFoundError('flag', flagId);
    return flag;
  }
  function positions(articleId: number) {
    return new Map(repos.segments.byArticle(articleId).map((s) => [s.id, s.position]));
  }

  /**
   * Records one action over `flags` and applies it; call inside a transaction. Flags already in
   * the target status are left out; with none left, nothing is recorded (returns null).
   */
  function apply(
    articleId: number,
    kind: TriageActionRow['kind'],
    status: FlagStatus,
    flags: FlagRow[],
    actor: Actor,
    reason: string | null,
    params: Record<string, unknown>,
  ): { actionId: number; flagIds: number[] } | null {
    const changing = flags.filter((f) => f.status !== status || (f.status_reason ?? null) !== reason);
    if (changing.length === 0) return null;
    const actionId = repos.triage.recordAction({
      article_id: articleId,
      kind,
      status,
      params: reason ? { ...params, reason } : params,
      actor: actor.name,
    });
    const articles = new Set<number>([articleId]);
    for (const f of changing) {
      repos.triage.recordChange({
        action_id: actionId,
        flag_id: f.id,
        before_status: f.status,
        before_resolver: f.resolver,
        before_resolved_at: f.resolved_at,
        before_reason: f.status_reason ?? null,
      });
      repos.flags.decide(f.id, status, actor.name, reason);
      articles.add(f.article_id);
    }
    for (const id of articles) repos.articles.touch(id);
    const flagIds = changing.map((f) => f.id);
    repos.audit.record(actor, 'triage', 'article', articleId, {
      action: actionId,
      kind,
      status,
      flags: flagIds,
      ...params,
      ...(reason ? { reason } : {}),
      ...(articles.size > 1 ? { articles: [...articles] } : {}),
    });
    return { actionId, flagIds };
  }

  function selected(articleId: number, sel: BulkSelection): FlagRow[] {
    const pos = positions(articleId);
    const from = sel.fromRow !== undefined ? sel.fromRow - 1 : -Infinity;
    const to = sel.toRow !== undefined ? sel.toRow - 1 : Infinity;
    return repos.flags
      .list(articleId, {
        status: 'open',
        type: sel.type,
        severity: sel.severity,
        origin: sel.origin,
        category: sel.category,
      })
      .filter((f) => {
        const p = pos.get(f.segment_id) ?? -1;
        if (p < from || p > to) return false;
        const possible = f.confidence !== null && f.confidence < POSSIBLE_BELOW;
        return sel.possible === 'only' ? possible : sel.possible === 'hide' ? !possible : true;
      });
  }

  function recurrences(articleId: number, flagId: number, scope: RecurringScope): RecurringCandidate[] {
    const flag = requireFlag(articleId, flagId);
    if (flag.origin !== 'check') return [];
    const seg = repos.segments.get(flag.segment_id);
    const key = evidenceKey({ ...flag, zh: seg?.zh ?? '', en: seg?.en ?? '' });
    return repos.triage
      .recurringCandidates(flag.type, scope === 'article' ? articleId : null)
      .filter((c) => evidenceKey(c) === key);
  }

  return {
    /** One flag: accept, dismiss (with a reason), resolve or reopen. */
    setStatus(
      articleId: number,
      flagId: number,
      status: string,
      by: ActorLike,
      reason?: string | null,
    ): FlagView {
      const flag = requireFlag(articleId, flagId);
      const to = checkStatus(status, FLAG_STATUSES);
      // Marking a flag fixed is the translator's answer; accepting, dismissing, reopening judge it.
      const actor = authorize(by, to === 'resolved' ? 'flag.resolve' : 'flag.judge');
      const why = to === 'open' ? null : checkReason(reason);
      db.transaction(() => {
        const done = apply(articleId, 'one', to, [flag], actor, why, { flag: flagId });
        if (done)
          repos.audit.record(
            actor,
            'flag_status',
            'flag',
            flagId,
            { status: to, action: done.actionId },
            articleId,
          );
      })();
      const comments = repos.flags.commentsByArticle(articleId).filter((c) => c.flag_id === flagId);
      return toFlagView(repos.flags.get(flagId)!, positions(articleId), comments);
    },

    /** The open flags a bulk action would take. */
    preview(articleId: number, sel: BulkSelection): number {
      requireArticle(articleId);
      return selected(articleId, sel).length;
    },

    /** Accept, dismiss or resolve every open flag of a type/severity/origin/category in a row range. */
    bulk(
      articleId: number,
      input: BulkSelection & { status: string; reason?: string | null },
      by: ActorLike,
    ): { actionId: number; changed: number } {
      const actor = authorize(by, 'flag.judge');
      requireArticle(articleId);
      const status = checkStatus(input.status, BULK_STATUSES);
      const reason = checkReason(input.reason);
      const { status: _s, reason: _r, ...sel } = input;
      const criteria = Object.entries(sel).filter(([, v]) => v !== undefined && v !== '');
      if (criteria.length === 0) throw new ValidationError('empty_selection');
      if (sel.fromRow !== undefined && sel.toRow !== undefined && sel.fromRow > sel.toRow)
        throw new ValidationError('invalid_field', { field: 'toRow' });
      const done = db.transaction(() =>
        apply(
          articleId,
          'bulk',
          status,
          selected(articleId, sel),
          actor,
          reason,
          Object.fromEntries(criteria),
        ),
      )();
      if (!done) throw new ValidationError('no_flags_match');
      return { actionId: done.actionId, changed: done.flagIds.length };
    },

    /** How often a finding's evidence recurs among open automatic flags: here and in other articles. */
    recurrenceCounts(
      articleId: number,
      flagId: number,
    ): { here: number; elsewhere: number; articles: number } {
      const all = recurrences(articleId, flagId, 'all');
      const others = all.filter((c) => c.article_id !== articleId);
      return {
        here: all.length - others.length,
        elsewhere: others.length,
        articles: new Set(others.map((c) => c.article_id)).size,
      };
    },

    /** Dismisses (or accepts) a finding wherever the same evidence recurs, in this article or all. */
    recurring(
      articleId: number,
      flagId: number,
      input: { status?: string; scope?: string; reason?: string | null },
      by: ActorLike,
    ): { actionId: number; changed: number; articles: number } {
      const actor = authorize(by, 'flag.judge');
      const status = checkStatus(input.status ?? 'dismissed', ['dismissed', 'accepted']);
      const scope = (input.scope ?? 'article') as RecurringScope;
      if (!RECURRING_SCOPES.includes(scope)) throw new ValidationError('invalid_field', { field: 'scope' });
      const reason = checkReason(input.reason);
      const ids = recurrences(articleId, flagId, scope).map((c) => c.id);
      const flags = ids.map((id) => repos.flags.get(id)!).filter(Boolean);
      const done = db.transaction(() =>
        apply(articleId, 'recurring', status, flags, actor, reason, { flag: flagId, scope }),
      )();
      if (!done) throw new ValidationError('no_flags_match');
      return {
        actionId: done.actionId,
        changed: done.flagIds.length,
        articles: new Set(flags.map((f) => f.article_id)).size,
      };
    },

    /**
     * Undoes the article's latest triage action: each flag it changed goes back to its state
     * before, unless someone changed that flag again since (those are left and reported).
     */
    undo(articleId: number, by: ActorLike): UndoResult {
      const actor = authorize(by, 'flag.judge');
      requireArticle(articleId);
      return db.transaction(() => {
        const action = repos.triage.lastAction(articleId);
        if (!action) throw new ConflictError('no_triage_to_undo');
        const restored: number[] = [];
        const skipped: number[] = [];
        const reason = parseJson<{ reason?: string }>(action.params, {}).reason ?? null;
        const articles = new Set<number>([articleId]);
        for (const c of repos.triage.changes(action.id)) {
          const now = repos.flags.get(c.flag_id);
          if (!now || now.status !== action.status || (now.status_reason ?? null) !== reason) {
            skipped.push(c.flag_id);
            continue;
          }
          repos.flags.restore({
            id: c.flag_id,
            status: c.before_status,
            resolver: c.before_resolver,
            resolved_at: c.before_resolved_at,
            reason: c.before_reason,
          });
          restored.push(c.flag_id);
          articles.add(now.article_id);
        }
        repos.triage.markUndone(action.id, actor.name);
        for (const id of articles) repos.articles.touch(id);
        repos.audit.record(actor, 'triage_undo', 'article', articleId, {
          action: action.id,
          restored,
          skipped,
        });
        return {
          action: toActionView({ ...action, changes: restored.length + skipped.length }),
          restored,
          skipped,
        };
      })();
    },

    history(articleId: number, limit = 50): TriageActionView[] {
      requireArticle(articleId);
      return repos.triage.actions(articleId, limit).map(toActionView);
    },

    /** The article's latest action that can still be undone, if any. */
    lastAction(articleId: number): TriageActionView | null {
      const a = repos.triage.lastAction(articleId);
      return a ? toActionView({ ...a, changes: repos.triage.changes(a.id).length }) : null;
    },
  };
}
export type TriageService = ReturnType<typeof createTriageService>;
