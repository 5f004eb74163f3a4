import path from 'node:path';
import { loadConfig } from '../../server/config';
import { type DB, openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { createServices, type Services } from '../../server/services';
import { type ParsedArgs, stringFlag } from './args';

/** Opens (and migrates) the database named by --db, then DB_PATH, then the default. */
export function openServices(args: ParsedArgs): {
  services: Services;
  db: DB;
  close: () => void;
  dbPath: string;
} {
  const config = loadConfig({
    ...process.env,
    ...(stringFlag(args, 'db') ? { DB_PATH: stringFlag(args, 'db') } : {}),
  });
  const db = openDatabase(config.dbPath);
  migrate(db, path.join(config.dataDir, 'migrations'));
  return { services: createServices(db, config), db, close: () => db.close(), dbPath: config.dbPath };
}

/** An AppError's code and params, in one line, for the terminal. */
export function describeError(err: unknown): string {
  const e = err as { code?: string; params?: Record<string, unknown>; message?: string };
  if (e?.code && e.params) {
    const params = Object.entries(e.params)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(' ');
    return params ? `${e.code} (${params})` : e.code;
  }
  return e?.message ?? String(err);
}
