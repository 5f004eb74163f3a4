import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { type DB, openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { createServices, type Services } from '../../server/services';
import { type ParsedArgs, stringFlag } from './args';

/**
 * Opens (and migrates) the database named by --db, then DB_PATH, then the default. Only a
 * command that creates articles (`import`) may create the file: for any other a missing
 * database is a mistyped path, and an empty new one would hide it.
 */
export function openServices(
  args: ParsedArgs,
  opts: { create?: boolean } = {},
): {
  services: Services;
  db: DB;
  close: () => void;
  dbPath: string;
} {
  const config = loadConfig({
    ...process.env,
    ...(stringFlag(args, 'db') ? { DB_PATH: stringFlag(args, 'db') } : {}),
  });
  if (!opts.create && config.dbPath !== ':memory:' && !fs.existsSync(config.dbPath)) {
    throw new Error(
      `no database at ${config.dbPath} (check --db or DB_PATH; \`cli import\` or \`npm start\` creates one)`,
    );
  }
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

/** openServices for a command's run(): a failure to open is reported on stderr (exit 1). */
export function openForCommand(
  command: string,
  args: ParsedArgs,
  opts: { create?: boolean } = {},
): ReturnType<typeof openServices> | null {
  try {
    return openServices(args, opts);
  } catch (err) {
    process.stderr.write(`${command} failed: ${describeError(err)}\n`);
    return null;
  }
}
