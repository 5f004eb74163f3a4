// The sign-off rule. An article goes to 'approved' only when no critical flag is unresolved (open
// or accepted), unless the approver records why it goes out anyway; that reason stays with the
// approval (page, list, review report) and in the audit log. Who may approve at all, and the
// rule about approving one's own edit, live in approval-rules.ts.
import type { Repos } from '../db';
import type { ArticleRow } from '../db/articles.repo';
import { ConflictError, ValidationError } from '../errors';
import { type Actor, requirePermission } from './actor';
import { checkStatusChange } from './approval-rules';
import type { ArticleStatus, SignOffView } from './types';

export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['draft', 'in_review', 'approved'];
export const MAX_OVERRIDE_REASON = 2000;

export function signOffView(article: ArticleRow, unresolvedCritical: number): SignOffView {
  const approved = article.status === 'approved';
  return {
    approvedBy: approved ? article.approved_by : null,
    approvedAt: approved ? article.approved_at : null,
    overrideReason: approved ? article.approval_override : null,
    openCriticalAtApproval: approved ? article.approval_open_critical : 0,
    unresolvedCritical,
    blocked: !approved && unresolvedCritical > 0,
  };
}

/**
 * Changes the status under the rule; call inside a transaction. An override reason given when
 * nothing critical is open is not an override and is not kept.
 */
export function applyStatus(
  repos: Repos,
  articleId: number,
  status: string,
  actor: Actor,
  overrideReason?: string | null,
): void {
  if (!ARTICLE_STATUSES.includes(status as ArticleStatus)) throw new ValidationError('invalid_status');
  const reason = overrideReason?.trim() ?? '';
  if (reason.length > MAX_OVERRIDE_REASON)
    throw new ValidationError('invalid_field', { field: 'overrideReason' });
  const { ownEdit } = checkStatusChange(repos, repos.articles.get(articleId)!, status, actor, reason);
  if (status !== 'approved') {
    repos.articles.setStatus(articleId, status);
    repos.audit.record(actor, 'status', 'article', articleId, { status });
    return;
  }
  const critical = repos.articles.unresolvedCritical(articleId);
  if (critical.length > 0 && !reason) throw new ConflictError('approval_blocked', { count: critical.length });
  // Going out over open critical flags is an override: a chief's call, not a reviewer's.
  if (critical.length > 0) requirePermission(actor, 'article.override');
  const override = critical.length > 0 || ownEdit ? reason : null;
  repos.articles.setStatus(articleId, 'approved', {
    approver: actor.name,
    override,
    openCritical: critical.length,
  });
  repos.audit.record(actor, override ? 'approve_override' : 'status', 'article', articleId, {
    status,
    ...(override ? { override, openCritical: critical } : {}),
    ...(ownEdit ? { ownEdit: true } : {}),
  });
}
