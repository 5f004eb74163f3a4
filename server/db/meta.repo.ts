import type { DB } from './connection';

/** Values the server keeps for itself (app_meta): the CSRF secret, when accounts began. */
export function createMetaRepo(db: DB) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM app_meta WHERE key = ?');
  return {
    get: (key: string) => get.get(key)?.value,
  };
}
export type MetaRepo = ReturnType<typeof createMetaRepo>;
