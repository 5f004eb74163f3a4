import type { DB } from './connection';

export interface SessionRow {
  id: number;
  token_hash: string;
  user_id: number;
  created_at: number;
  last_seen_at: number;
  address: string | null;
  user_agent: string | null;
}

export function createSessionsRepo(db: DB) {
  const insert = db.prepare<Omit<SessionRow, 'id'>, { id: number }>(
    `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, address, user_agent)
     VALUES (@token_hash, @user_id, @created_at, @last_seen_at, @address, @user_agent) RETURNING id`,
  );
  const byHash = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
  const byUser = db.prepare<[number], SessionRow>(
    'SELECT * FROM sessions WHERE user_id = ? ORDER BY last_seen_at DESC',
  );
  const touch = db.prepare<{ id: number; at: number }>(
    'UPDATE sessions SET last_seen_at = @at WHERE id = @id',
  );
  const remove = db.prepare<[number]>('DELETE FROM sessions WHERE id = ?');
  const removeUser = db.prepare<[number]>('DELETE FROM sessions WHERE user_id = ?');
  const removeExpired = db.prepare<{ idle_before: number; created_before: number }>(
    'DELETE FROM sessions WHERE last_seen_at <= @idle_before OR created_at <= @created_before',
  );
  return {
    insert: (s: Omit<SessionRow, 'id'>) => insert.get(s)!.id,
    byHash: (hash: string) => byHash.get(hash),
    byUser: (userId: number) => byUser.all(userId),
    touch: (id: number, at: number) => touch.run({ id, at }),
    remove: (id: number) => remove.run(id).changes,
    removeUser: (userId: number) => removeUser.run(userId).changes,
    removeExpired: (idleBefore: number, createdBefore: number) =>
      removeExpired.run({ idle_before: idleBefore, created_before: createdBefore }).changes,
  };
}
export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
