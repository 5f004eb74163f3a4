import path from 'node:path';

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dbPath: string;
  readonly dataDir: string;
  readonly viewsDir: string;
  /** Largest accepted paste or upload per language, in bytes. */
  readonly maxTextBytes: number;
  /** Host names the desk answers for (Host header) and accepts as Origin of a form post. */
  readonly allowedHosts: readonly string[];
  /** Most non-blank lines (paragraphs) per language side of an import. */
  readonly maxLines: number;
  /** The engine's worker pool (see server/workers/pool.ts). */
  readonly workers: { threads: number; maxQueue: number; jobTimeoutMs: number; maxMemoryMb: number };
  readonly loadDemo: boolean;
  readonly secret: string;
  /** Compiled templates are kept (off only with NODE_ENV=development, so edits show at once). */
  readonly viewCache: boolean;
  /** Express 'trust proxy': false, a hop count, or addresses; with it, cookies go Secure over HTTPS. */
  readonly trustProxy: boolean | number | string;
  /** A browser session ends after this long unused, or this long after login. */
  readonly sessionIdleMs: number;
  readonly sessionAbsoluteMs: number;
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
    maxLines: Number(env.MAX_LINES ?? 20000),
    allowedHosts: Object.freeze(allowedHosts(env.ALLOWED_HOSTS, env.HOST ?? '127.0.0.1')),
    workers: Object.freeze({
      threads: Number(env.WORKER_THREADS ?? 2),
      maxQueue: Number(env.JOB_QUEUE ?? 8),
      jobTimeoutMs: Number(env.JOB_TIMEOUT_SECONDS ?? 120) * 1000,
      maxMemoryMb: Number(env.WORKER_MEMORY_MB ?? 512),
    }),
    loadDemo: env.DEMO !== '0',
    secret: env.SESSION_SECRET ?? 'duizhao-local-desk',
    viewCache: env.NODE_ENV !== 'development',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    sessionIdleMs: positiveNumber(env, 'SESSION_IDLE_MINUTES', 8 * 60) * 60_000,
    sessionAbsoluteMs: positiveNumber(env, 'SESSION_MAX_HOURS', 7 * 24) * 3_600_000,
  });
}

/** Unset or 0/false: no proxy; a number: that many hops; else addresses or names ('loopback'). */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  const v = (value ?? '').trim();
  if (v === '' || v === '0' || v.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return n;
}

/** ALLOWED_HOSTS (comma-separated names), else the loopback names and the configured HOST. */
function allowedHosts(list: string | undefined, host: string): string[] {
  const names = list
    ? list.split(',')
    : ['localhost', '127.0.0.1', '::1', ...(['0.0.0.0', '::', ''].includes(host) ? [] : [host])];
  return [
    ...new Set(
      names
        .map((h) =>
          h
            .trim()
            .replace(/^\[|\]$/g, '')
            .toLowerCase(),
        )
        .filter(Boolean),
    ),
  ];
}
