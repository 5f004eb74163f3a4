import type { DB } from './connection';

/** Who an audit entry names: an account (userId), the command line or the system (userId null). */
export interface AuditActor {
  userId: number | null;
  name: string;
  via: 'web' | 'api' | 'cli' | 'system';
}

export function createAuditRepo(db: DB) {
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
