import fs from 'node:fs';
import path from 'node:path';
import type { DB } from './connection';

/**
 * Applies data/migrations/NNN_name.sql in order, tracked by PRAGMA user_version.
 * Each migration runs in its own transaction, so a failing one leaves the previous state.
 */
export function migrate(db: DB, dir: string): number {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort();
  let version = db.pragma('user_version', { simple: true }) as number;
  for (const file of files) {
    const n = Number(file.slice(0, 3));
    if (n <= version) continue;
    const sql = fs.readFileSync(path.join(dir, file), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${n}`);
    })();
    version = n;
  }
  return version;
}
