import type { Role } from '../services/permissions';
import type { DB } from './connection';

export interface UserRow {
  id: number;
  login: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export function createUsersRepo(db: DB) {
  const insert = db.prepare<
    { login: string; display_name: string; role: string; password_hash: string | null },
    { id: number }
  >(
    `INSERT INTO users (login, display_name, role, password_hash)
     VALUES (@login, @display_name, @role, @password_hash) RETURNING id`,
  );
  const get = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
  const byLogin = db.prepare<[string], UserRow>('SELECT * FROM users WHERE login = ?');
  const list = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY disabled_at IS NOT NULL, login');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const activeAdmins = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL`,
  );
  const setPassword = db.prepare<{ id: number; hash: string }>(
    `UPDATE users SET password_hash = @hash, updated_at = ${NOW} WHERE id = @id`,
  );
  const setDisabled = db.prepare<{ id: number; disabled: number }>(
    `UPDATE users SET disabled_at = CASE WHEN @disabled THEN coalesce(disabled_at, ${NOW}) END,
       updated_at = ${NOW} WHERE id = @id`,
  );
  const setRole = db.prepare<{ id: number; role: string }>(
    `UPDATE users SET role = @role, updated_at = ${NOW} WHERE id = @id`,
  );
  const setDisplayName = db.prepare<{ id: number; display_name: string }>(
    `UPDATE users SET display_name = @display_name, updated_at = ${NOW} WHERE id = @id`,
  );
  return {
    insert: (u: { login: string; display_name: string; role: Role; password_hash: string | null }) =>
      insert.get(u)!.id,
    get: (id: number) => get.get(id),
    /** Logins compare without case (the column is COLLATE NOCASE). */
    byLogin: (login: string) => byLogin.get(login),
    list: () => list.all(),
    count: () => count.get()!.n,
    activeAdmins: () => activeAdmins.get()!.n,
    setPassword: (id: number, hash: string) => setPassword.run({ id, hash }).changes,
    setDisabled: (id: number, disabled: boolean) =>
      setDisabled.run({ id, disabled: disabled ? 1 : 0 }).changes,
    setRole: (id: number, role: Role) => setRole.run({ id, role }).changes,
    setDisplayName: (id: number, displayName: string) =>
      setDisplayName.run({ id, display_name: displayName }).changes,
  };
}
export type UsersRepo = ReturnType<typeof createUsersRepo>;
