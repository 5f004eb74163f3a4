// Who did what: the audit log read back for an article's activity view and the desk-wide one.
// Entries name the account they were made under; entries written before accounts carry the
// free-text name someone typed, and are marked as such rather than attributed to an account.
import type { Repos } from '../db';
import type { AuditFilter, AuditRow } from '../db/audit.repo';
import { NotFoundError, ValidationError } from '../errors';
import { type ActorLike, authorize } from './actor';

/**
 * How an entry's name is to be read: an account; the command line (an OS user acting as local
 * administrator); the server itself; a name typed before accounts existed; or a name that is no
 * account (a failed login with an unknown name, or an account since deleted).
 */
export type WhoKind = 'account' | 'cli' | 'system' | 'unregistered' | 'no_account';

export interface ActivityEntry {
  id: number;
  at: string;
  who: { name: string; displayName: string | null; kind: WhoKind };
  action: string;
  entity: string;
  entityId: number | null;
  articleId: number | null;
  /** The article's English title, when the article still exists. */
  articleTitle: string | null;
  /** The login of the account acted on, when the entry is about an account. */
  targetLogin: string | null;
  details: Record<string, unknown>;
}

export interface ActivityPage {
  entries: ActivityEntry[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

export interface ActivityQuery {
  user?: string;
  action?: string;
  article?: number;
  /** Days as YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  page?: number;
}

export const ACTIVITY_PAGE_SIZE = 50;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function whoKind(row: AuditRow): WhoKind {
  if (row.via === null) return 'unregistered';
  if (row.via === 'cli') return 'cli';
  if (row.via === 'system') return 'system';
  return row.user_id !== null && row.display_name !== null ? 'account' : 'no_account';
}

function details(raw: string): Record<string, unknown> {
  try {
    const v = JSON.parse(raw);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

export function toActivityEntry(row: AuditRow): ActivityEntry {
  const kind = whoKind(row);
  return {
    id: row.id,
    at: row.at,
    who: { name: row.actor, displayName: kind === 'account' ? row.display_name : null, kind },
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    articleId: row.article_id,
    articleTitle: row.article_title,
    targetLogin: row.target_login,
    details: details(row.details),
  };
}

/** A day as the start of that day in UTC (ISO, as audit_log.at stores), or a 400 naming the field. */
function dayStart(field: 'from' | 'to', value: string): Date {
  const m = DAY.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1)
    throw new ValidationError('invalid_field', { field });
  return d;
}

/**
 * The name the log keeps for what was typed in the person filter: entries name accounts by login,
 * but people know each other by display name, so a name that is no login and belongs to exactly
 * one account reads as that account's login. Anything else (an OS user of the command line) is
 * looked up as typed.
 */
function loggedName(repos: Repos, typed: string): string {
  if (repos.users.byLogin(typed)) return typed;
  const folded = typed.toLocaleLowerCase();
  const named = repos.users.list().filter((u) => u.display_name.toLocaleLowerCase() === folded);
  return named.length === 1 ? named[0].login : typed;
}

function toFilter(repos: Repos, q: ActivityQuery): AuditFilter {
  const f: AuditFilter = {};
  const user = q.user?.trim();
  if (user) f.actor = loggedName(repos, user);
  if (q.action) f.action = q.action;
  if (q.article !== undefined) f.articleId = q.article;
  const from = q.from ? dayStart('from', q.from) : null;
  const to = q.to ? dayStart('to', q.to) : null;
  if (from && to && from > to) throw new ValidationError('date_range');
  if (from) f.from = from.toISOString();
  if (to) f.to = new Date(to.getTime() + 86_400_000).toISOString();
  return f;
}

export function createActivityService(repos: Repos) {
  function page(filter: AuditFilter, requested = 1): ActivityPage {
    const total = repos.audit.count(filter);
    const pages = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE));
    const at = Math.min(Math.max(1, requested), pages);
    const rows = repos.audit.list(filter, ACTIVITY_PAGE_SIZE, (at - 1) * ACTIVITY_PAGE_SIZE);
    return { entries: rows.map(toActivityEntry), total, page: at, pages, pageSize: ACTIVITY_PAGE_SIZE };
  }

  return {
    /** One article's trail, newest first; anyone who may open the article may read it. */
    forArticle(articleId: number, q: Omit<ActivityQuery, 'article'> = {}): ActivityPage {
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      return page({ ...toFilter(repos, q), articleId }, q.page);
    },

    /** The whole desk's trail, filtered; chiefs and administrators only. */
    list(q: ActivityQuery, by: ActorLike): ActivityPage {
      authorize(by, 'audit.view');
      return page(toFilter(repos, q), q.page);
    },

    /** The accounts the person filter suggests (any other name, such as an OS user, can be typed). */
    people(by: ActorLike): { login: string; displayName: string }[] {
      authorize(by, 'audit.view');
      return repos.users.list().map((u) => ({ login: u.login, displayName: u.display_name }));
    },
  };
}
export type ActivityService = ReturnType<typeof createActivityService>;
