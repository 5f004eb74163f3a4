// Who may change an article's status. Composes with the sign-off rule (critical flags) in
// sign-off.ts: this decides whether the actor may make the change at all, and whether their
// reason must also answer for approving their own work.
import type { Repos } from '../db';
import type { ArticleRow } from '../db/articles.repo';
import { AppError, ConflictError } from '../errors';
import { type Actor, can, requirePermission } from './actor';

/**
 * Whose the article's last English edit is: the author of its newest revision, when that
 * revision was made under an account (older names were free text anyone could type).
 */
export function lastEditor(repos: Repos, articleId: number): string | null {
  const since = repos.meta.get('accounts_since') ?? '';
  let last: { author: string; created_at: string } | null = null;
  for (const r of repos.revisions.lastByArticle(articleId).values())
    if (!last || r.created_at > last.created_at) last = r;
  return last && last.created_at >= since ? last.author : null;
}

/**
 * Refuses a status change the actor's role does not allow. Approving (or taking an approval
 * back) needs article.approve; nobody approves an article whose last English edit is their own,
 * except a chief (article.override) who records a reason. Returns whether that reason is needed
 * for the actor's own edit, so the caller keeps it with the approval.
 */
export function checkStatusChange(
  repos: Repos,
  article: ArticleRow,
  status: string,
  actor: Actor,
  reason: string,
): { ownEdit: boolean } {
  const approving = status === 'approved';
  requirePermission(actor, approving || article.status === 'approved' ? 'article.approve' : 'article.submit');
  if (!approving || article.status === 'approved') return { ownEdit: false };
  const ownEdit = actor.userId !== null && lastEditor(repos, article.id) === actor.name;
  if (!ownEdit) return { ownEdit: false };
  if (!can(actor, 'article.override'))
    throw new AppError(403, 'approval_own_edit', 'errors.approval_own_edit');
  if (!reason) throw new ConflictError('approval_own_edit_reason');
  return { ownEdit: true };
}
