// Browser sessions in SQLite. The cookie holds a random value; the table holds its hash, when
// the session began and when it was last used. A session ends after `idleMs` without use or
// `absoluteMs` after login, whichever comes first, and at logout (here or everywhere).
import type { Repos } from '../db';
import type { DB } from '../db/connection';
import type { UserRow } from '../db/users.repo';
import type { Actor } from './actor';
import { newSecret, sha256 } from './passwords';

export interface SessionOptions {
  idleMs: number;
  absoluteMs: number;
  /** The clock (tests move it instead of sleeping). */
  now?: () => number;
}

export interface SessionInfo {
  id: number;
  createdAt: number;
  lastSeenAt: number;
  address: string | null;
  userAgent: string | null;
}

/** Last-use times closer together than this are not written again (one write a minute at most). */
const TOUCH_EVERY_MS = 60_000;

export function createSessionsService(db: DB, repos: Repos, opts: SessionOptions) {
  const now = opts.now ?? Date.now;

  function expired(s: { created_at: number; last_seen_at: number }, t: number): boolean {
    return t - s.last_seen_at >= opts.idleMs || t - s.created_at >= opts.absoluteMs;
  }

  return {
    /** Starts a session; the returned token goes into the cookie and is never stored. */
    create(user: UserRow, meta: { address?: string | null; userAgent?: string | null }, actor: Actor) {
      const token = newSecret();
      const t = now();
      const id = db.transaction(() => {
        const sid = repos.sessions.insert({
          token_hash: sha256(token),
          user_id: user.id,
          created_at: t,
          last_seen_at: t,
          address: meta.address?.slice(0, 100) ?? null,
          user_agent: meta.userAgent?.slice(0, 300) ?? null,
        });
        repos.audit.record(actor, 'login', 'user', user.id, { session: sid });
        return sid;
      })();
      return { id, token };
    },

    /** The live session and its active account for a cookie value, else null (and an expired one is removed). */
    authenticate(token: string | undefined): { session: SessionInfo; user: UserRow } | null {
      if (!token || token.length > 100) return null;
      const row = repos.sessions.byHash(sha256(token));
      if (!row) return null;
      const t = now();
      if (expired(row, t)) {
        repos.sessions.remove(row.id);
        return null;
      }
      const user = repos.users.get(row.user_id);
      if (!user || user.disabled_at) return null;
      if (t - row.last_seen_at >= TOUCH_EVERY_MS) repos.sessions.touch(row.id, t);
      return {
        session: {
          id: row.id,
          createdAt: row.created_at,
          lastSeenAt: t,
          address: row.address,
          userAgent: row.user_agent,
        },
        user,
      };
    },

    end(sessionId: number, actor: Actor): void {
      db.transaction(() => {
        if (repos.sessions.remove(sessionId) && actor.userId !== null)
          repos.audit.record(actor, 'logout', 'user', actor.userId, { session: sessionId });
      })();
    },

    /** Logs the account out on every device. */
    endAll(userId: number, actor: Actor): number {
      return db.transaction(() => {
        const n = repos.sessions.removeUser(userId);
        repos.audit.record(actor, 'logout_all', 'user', userId, { sessions: n });
        return n;
      })();
    },

    list(userId: number): SessionInfo[] {
      const t = now();
      return repos.sessions
        .byUser(userId)
        .filter((s) => !expired(s, t))
        .map((s) => ({
          id: s.id,
          createdAt: s.created_at,
          lastSeenAt: s.last_seen_at,
          address: s.address,
          userAgent: s.user_agent,
        }));
    },

    /** Removes every expired session (called now and then; expiry is enforced on use regardless). */
    purgeExpired(): number {
      const t = now();
      return repos.sessions.removeExpired(t - opts.idleMs, t - opts.absoluteMs);
    },
  };
}
export type SessionsService = ReturnType<typeof createSessionsService>;
