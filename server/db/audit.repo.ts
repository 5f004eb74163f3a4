import type { Statement } from 'better-sqlite3';
import type { DB } from './connection';

/** Who an audit entry names: an account (userId), the command line or the system (userId null). */
export interface AuditActor {
  userId: number | null;
  name: string;
  via: 'web' | 'api' | 'cli' | 'system';
}

/** One audit entry as stored, with the title of its article when that article still exists. */
export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  user_id: number | null;
  via: AuditActor['via'] | null;
  action: string;
  entity: string;
  entity_id: number | null;
  article_id: number | null;
  details: string;
  display_name: string | null;
  article_title: string | null;
  /** The login of the account an entry acted on (logins, tokens, account changes). */
  target_login: string | null;
}

/** What the activity views filter on; every field optional. `to` is an exclusive bound. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  articleId?: number;
  from?: string;
  to?: string;
}

// Only the conditions a filter sets go into the statement, so SQLite can walk the matching
// index (article, user, action: each ends in id) newest first instead of scanning the whole log.
// Statements are prepared once per combination of filters (at most 32).
const CONDITIONS: [keyof AuditFilter, string][] = [
  ['actor', 'a.actor = @actor COLLATE NOCASE'],
  ['action', 'a.action = @action'],
  ['articleId', 'a.article_id = @articleId'],
  ['from', 'a.at >= @from'],
  ['to', 'a.at < @to'],
];

function present(f: AuditFilter): [string, Record<string, string | number>] {
  const key: string[] = [];
  const values: Record<string, string | number> = {};
  for (const [name] of CONDITIONS)
    if (f[name] !== undefined) {
      key.push(name);
      values[name] = f[name];
    }
  return [key.join(','), values];
}

export function createAuditRepo(db: DB) {
  const cache = new Map<string, { page: Statement; count: Statement }>();
  function statements(key: string) {
    let found = cache.get(key);
    if (!found) {
      const names = new Set(key ? key.split(',') : []);
      const where = CONDITIONS.filter(([n]) => names.has(n)).map(([, sql]) => sql);
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      found = {
        page: db.prepare(
          `SELECT a.*, u.display_name, ar.title_en AS article_title, tu.login AS target_login
           FROM audit_log a
           LEFT JOIN users u ON u.id = a.user_id
           LEFT JOIN users tu ON a.entity = 'user' AND tu.id = a.entity_id
           LEFT JOIN articles ar ON ar.id = a.article_id
           ${clause}
           ORDER BY a.id DESC LIMIT @limit OFFSET @offset`,
        ),
        count: db.prepare(`SELECT count(*) AS n FROM audit_log a ${clause}`),
      };
      cache.set(key, found);
    }
    return found;
  }
  const insert = db.prepare<{
    actor: string;
    user_id: number | null;
    via: string | null;
    action: string;
    entity: string;
    entity_id: number | null;
    article_id: number | null;
    details: string;
  }>(
    `INSERT INTO audit_log (actor, user_id, via, action, entity, entity_id, article_id, details)
     VALUES (@actor, @user_id, @via, @action, @entity, @entity_id, @article_id, @details)`,
  );
  return {
    /** Newest first. */
    list(f: AuditFilter, limit: number, offset: number): AuditRow[] {
      const [key, values] = present(f);
      return statements(key).page.all({ ...values, limit, offset }) as AuditRow[];
    },
    count(f: AuditFilter): number {
      const [key, values] = present(f);
      return (statements(key).count.get(values) as { n: number }).n;
    },
    /** `articleId` defaults to the entity's id when the entity is an article. */
    record: (
      actor: string | AuditActor,
      action: string,
      entity: string,
      entityId: number | null,
      details: object = {},
      articleId?: number | null,
    ) =>
      insert.run({
        actor: typeof actor === 'string' ? actor : actor.name,
        user_id: typeof actor === 'string' ? null : actor.userId,
        via: typeof actor === 'string' ? null : actor.via,
        action,
        entity,
        entity_id: entityId,
        article_id: articleId !== undefined ? articleId : entity === 'article' ? entityId : null,
        details: JSON.stringify(details),
      }),
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
