// What can stop the desk from starting, each turned into one line that names the cause and
// the fix: a bad setting, a database path that cannot be written, a missing dictionary, a port
// in use. main.ts prints the line (the stack only with DEBUG=1) and exits non-zero.
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { type Config, ConfigError } from './config';
import { type DB, openDatabase } from './db/connection';
import { defaultLexiconPath } from './engine/lexicon/load-lexicon';

export class StartupError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** The line to print for any start-up failure. */
export function startupMessage(err: unknown): string {
  if (err instanceof StartupError) return err.message;
  if (err instanceof ConfigError)
    return `invalid setting: ${err.problems.map((p) => `${p.variable}=${JSON.stringify(p.value)} (expected ${p.accepted})`).join('; ')}`;
  return `failed to start: ${err instanceof Error ? err.message : String(err)}`;
}

/** Opens the database, first making sure its folder exists and can be written. */
export function openDatabaseAt(dbPath: string): DB {
  if (dbPath === ':memory:') return openDatabase(dbPath);
  const dir = path.dirname(path.resolve(dbPath));
  const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new StartupError(
      `cannot create the folder ${dir} for the database ${dbPath} (${why(e)}); set DB_PATH to a writable location`,
      e,
    );
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    if (fs.existsSync(dbPath)) fs.accessSync(dbPath, fs.constants.R_OK | fs.constants.W_OK);
  } catch (e) {
    throw new StartupError(
      `the database ${dbPath} cannot be written (${why(e)}); set DB_PATH to a writable location`,
      e,
    );
  }
  try {
    const db = openDatabase(dbPath);
    db.pragma('user_version'); // reads the file: a directory or a non-database fails here
    return db;
  } catch (e) {
    throw new StartupError(
      `cannot open the database ${dbPath}: ${(e as Error).message}; set DB_PATH to a database file`,
      e,
    );
  }
}

/** The compact CC-CEDICT the aligner and checks need, derived by `npm run build`. */
export function assertDictionary(): void {
  const file = defaultLexiconPath();
  try {
    const fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    fs.closeSync(fd);
    if (size === 0) throw new Error('empty');
  } catch (e) {
    throw new StartupError(
      `the dictionary ${file} is missing or unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); run \`npm run build\` to derive it`,
      e,
    );
  }
}

/** Listens, resolving once the port is bound; a busy port or a bad address is a StartupError. */
export function listen(server: Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      const where = `${config.host}:${config.port}`;
      if (e.code === 'EADDRINUSE')
        reject(
          new StartupError(
            `port ${config.port} on ${config.host} is already in use by another program; pick another, e.g. PORT=${config.port + 1} npm start`,
            e,
          ),
        );
      else if (e.code === 'EACCES')
        reject(
          new StartupError(
            `no permission to listen on ${where} (ports below 1024 need privileges); pick another, e.g. PORT=3000`,
            e,
          ),
        );
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN')
        reject(
          new StartupError(
            `cannot listen on ${where}: HOST=${config.host} is not an address of this machine (${e.code}); use e.g. HOST=127.0.0.1`,
            e,
          ),
        );
      else reject(new StartupError(`cannot listen on ${where}: ${e.message}`, e));
    };
    server.once('error', onError);
    server.listen(config.port, config.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
