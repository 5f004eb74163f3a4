import type { DB } from './connection';

export interface ApiTokenRow {
  id: number;
  user_id: number;
  label: string;
  token_hash: string;
  hint: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export function createApiTokensRepo(db: DB) {
  const insert = db.prepare<
    { user_id: number; label: string; token_hash: string; hint: string },
    { id: number }
  >(
    `INSERT INTO api_tokens (user_id, label, token_hash, hint) VALUES (@user_id, @label, @token_hash, @hint)
     RETURNING id`,
  );
  const get = db.prepare<[number], ApiTokenRow>('SELECT * FROM api_tokens WHERE id = ?');
  const byHash = db.prepare<[string], ApiTokenRow>('SELECT * FROM api_tokens WHERE token_hash = ?');
  const byUser = db.prepare<[number], ApiTokenRow>(
    'SELECT * FROM api_tokens WHERE user_id = ? ORDER BY revoked_at IS NOT NULL, id DESC',
  );
  const used = db.prepare<[number]>(`UPDATE api_tokens SET last_used_at = ${NOW} WHERE id = ?`);
  const revoke = db.prepare<[number]>(
    `UPDATE api_tokens SET revoked_at = ${NOW} WHERE id = ? AND revoked_at IS NULL`,
  );
  const revokeUser = db.prepare<[number]>(
    `UPDATE api_tokens SET revoked_at = ${NOW} WHERE user_id = ? AND revoked_at IS NULL`,
  );
  return {
    insert: (t: { user_id: number; label: string; token_hash: string; hint: string }) => insert.get(t)!.id,
    get: (id: number) => get.get(id),
    byHash: (hash: string) => byHash.get(hash),
    byUser: (userId: number) => byUser.all(userId),
    markUsed: (id: number) => used.run(id),
    revoke: (id: number) => revoke.run(id).changes,
    revokeUser: (userId: number) => revokeUser.run(userId).changes,
  };
}
export type ApiTokensRepo = ReturnType<typeof createApiTokensRepo>;
