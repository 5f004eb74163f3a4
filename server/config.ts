import path from 'node:path';

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dbPath: string;
  readonly dataDir: string;
  readonly viewsDir: string;
  /** Largest accepted paste or upload per language, in bytes. */
  readonly maxTextBytes: number;
  readonly loadDemo: boolean;
  readonly secret: string;
  /** Compiled templates are kept (off only with NODE_ENV=development, so edits show at once). */
  readonly viewCache: boolean;
}

export const ROOT_DIR = path.resolve(
  __dirname,
  '..',
  __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '',
);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.join(ROOT_DIR, 'data');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return Object.freeze({
    host: env.HOST ?? '127.0.0.1',
    port,
    dbPath: env.DB_PATH ?? path.join(dataDir, 'duizhao.db'),
    dataDir,
    viewsDir: path.join(ROOT_DIR, 'views'),
    maxTextBytes: Number(env.MAX_TEXT_BYTES ?? 5 * 1024 * 1024),
    loadDemo: env.DEMO !== '0',
    secret: env.SESSION_SECRET ?? 'duizhao-local-desk',
    viewCache: env.NODE_ENV !== 'development',
  });
}
