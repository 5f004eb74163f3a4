import type { DB } from './connection';

export function createAuditRepo(db: DB) {
  const insert = db.prepare<{
    actor: string;
    action: string;
    entity: string;
    entity_id: number | null;
    details: string;
  }>(
    `INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (@actor, @action, @entity, @entity_id, @details)`,
  );
  return {
    record: (actor: string, action: string, entity: string, entityId: number | null, details: object = {}) =>
      insert.run({ actor, action, entity, entity_id: entityId, details: JSON.stringify(details) }),
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
