import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { type DB, openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { createServices, type Services } from '../../server/services';
import { createEngine, createPooledEngine } from '../../server/services/engine';
import { createEnginePool } from '../../server/workers/pool';
import { type ParsedArgs, stringFlag } from './args';

/**
 * Opens (and migrates) the database named by --db, then DB_PATH, then the default. Only a
 * command that creates articles (`import`) may create the file: for any other a missing
 * database is a mistyped path, and an empty new one would hide it.
 */
export function openServices(
  args: ParsedArgs,
  opts: { create?: boolean; pooled?: boolean } = {},
): {
  services: Services;
  db: DB;
  close: () => Promise<void>;
  dbPath: string;
  /** Worker threads of the engine (0 when it runs in this thread). */
  workers: number;
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
  // A batch keeps every core busy: the engine work of several articles runs in worker threads
  // (each loads the dictionary once) while this thread stores one finished article at a time.
  const engine = opts.pooled
    ? createPooledEngine(createEnginePool({ ...config.workers, maxQueue: config.workers.threads * 4 }))
    : createEngine();
  return {
    services: createServices(db, config, engine),
    db,
    close: async () => {
      await engine.close();
      db.close();
    },
    dbPath: config.dbPath,
    workers: opts.pooled ? config.workers.threads : 0,
  };
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
  opts: { create?: boolean; pooled?: boolean } = {},
): ReturnType<typeof openServices> | null {
  try {
    return openServices(args, opts);
  } catch (err) {
    process.stderr.write(`${command} failed: ${describeError(err)}\n`);
    return null;
  }
}
