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

// One statement serves every combination of filters: a NULL parameter turns its condition off,
// so the plan stays one of the audit_log indexes (article, user, action) or the primary key.
const WHERE = `(@actor IS NULL OR a.actor = @actor COLLATE NOCASE)
  AND (@action IS NULL OR a.action = @action)
  AND (@article_id IS NULL OR a.article_id = @article_id)
  AND (@from IS NULL OR a.at >= @from)
  AND (@to IS NULL OR a.at < @to)`;

type FilterParams = {
  actor: string | null;
  action: string | null;
  article_id: number | null;
  from: string | null;
  to: string | null;
};

function params(f: AuditFilter): FilterParams {
  return {
    actor: f.actor ?? null,
    action: f.action ?? null,
    article_id: f.articleId ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
  };
}

export function createAuditRepo(db: DB) {
  const page = db.prepare<FilterParams & { limit: number; offset: number }, AuditRow>(
    `SELECT a.*, u.display_name, ar.title_en AS article_title, tu.login AS target_login
     FROM audit_log a
     LEFT JOIN users u ON u.id = a.user_id
     LEFT JOIN users tu ON a.entity = 'user' AND tu.id = a.entity_id
     LEFT JOIN articles ar ON ar.id = a.article_id
     WHERE ${WHERE}
     ORDER BY a.id DESC LIMIT @limit OFFSET @offset`,
  );
  const count = db.prepare<FilterParams, { n: number }>(
    `SELECT count(*) AS n FROM audit_log a WHERE ${WHERE}`,
  );
  const actions = db.prepare<[], { action: string }>('SELECT DISTINCT action FROM audit_log ORDER BY action');
  const actors = db.prepare<[], { actor: string }>(
    'SELECT DISTINCT actor FROM audit_log ORDER BY actor COLLATE NOCASE LIMIT 500',
  );
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
    list: (f: AuditFilter, limit: number, offset: number): AuditRow[] =>
      page.all({ ...params(f), limit, offset }),
    count: (f: AuditFilter): number => count.get(params(f))!.n,
    /** Every action name the log holds (for the filter's choices). */
    actions: (): string[] => actions.all().map((r) => r.action),
    /** Every name entries were recorded under (accounts, OS users, old free text). */
    actors: (): string[] => actors.all().map((r) => r.actor),
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
