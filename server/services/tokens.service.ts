// API tokens for scripts and CI: `Authorization: Bearer dz_…`. The token is shown once when it
// is made; only its hash is kept. A revoked token, or one whose account is disabled, is refused.
import type { Repos } from '../db';
import type { ApiTokenRow } from '../db/api-tokens.repo';
import type { DB } from '../db/connection';
import type { UserRow } from '../db/users.repo';
import { NotFoundError, ValidationError } from '../errors';
import { type Actor, requirePermission } from './actor';
import { newSecret, sha256 } from './passwords';

export const TOKEN_PREFIX = 'dz_';
const MAX_LABEL = 100;
/**
 * A token's last use is written at most once a minute: a write per request would cost every API
 * call a commit (an fsync with synchronous = FULL) and serialise concurrent readers behind it.
 */
const TOUCH_EVERY_MS = 60_000;

export interface TokenView {
  id: number;
  label: string;
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  revoked: boolean;
}

function toView(t: ApiTokenRow): TokenView {
  return {
    id: t.id,
    label: t.label,
    hint: t.hint,
    createdAt: t.created_at,
    lastUsedAt: t.last_used_at,
    revoked: t.revoked_at !== null,
  };
}

export function createTokensService(db: DB, repos: Repos) {
  /** Only the owner manages a token, or an administrator. */
  function mayManage(actor: Actor, userId: number): void {
    if (actor.userId !== userId) requirePermission(actor, 'users.manage');
  }

  return {
    create(userId: number, label: string, actor: Actor): { token: string; view: TokenView } {
      mayManage(actor, userId);
      const user = repos.users.get(userId);
      if (!user) throw new NotFoundError('user', userId);
      const clean = label.trim() || 'token';
      if (clean.length > MAX_LABEL) throw new ValidationError('invalid_field', { field: 'label' });
      const token = newSecret(TOKEN_PREFIX);
      const id = db.transaction(() => {
        const tid = repos.apiTokens.insert({
          user_id: userId,
          label: clean,
          token_hash: sha256(token),
          hint: token.slice(-4),
        });
        repos.audit.record(actor, 'token_create', 'user', userId, { token: tid, label: clean });
        return tid;
      })();
      return { token, view: toView(repos.apiTokens.get(id)!) };
    },

    list(userId: number): TokenView[] {
      return repos.apiTokens.byUser(userId).map(toView);
    },

    revoke(userId: number, tokenId: number, actor: Actor): void {
      mayManage(actor, userId);
      const row = repos.apiTokens.get(tokenId);
      if (!row || row.user_id !== userId) throw new NotFoundError('token', tokenId);
      db.transaction(() => {
        if (repos.apiTokens.revoke(tokenId))
          repos.audit.record(actor, 'token_revoke', 'user', userId, { token: tokenId, label: row.label });
      })();
    },

    /** The active account behind a bearer token, else null. */
    authenticate(token: string | undefined): UserRow | null {
      if (!token?.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
      const row = repos.apiTokens.byHash(sha256(token));
      if (!row || row.revoked_at) return null;
      const user = repos.users.get(row.user_id);
      if (!user || user.disabled_at) return null;
      const last = row.last_used_at ? Date.parse(row.last_used_at) : Number.NaN;
      if (!(Date.now() - last < TOUCH_EVERY_MS)) repos.apiTokens.markUsed(row.id);
      return user;
    },
  };
}
export type TokensService = ReturnType<typeof createTokensService>;
