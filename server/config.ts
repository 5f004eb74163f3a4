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
  readonly workers: {
    threads: number;
    maxQueue: number;
    jobTimeoutMs: number;
    maxMemoryMb: number;
    /** A worker idle this long exits (its memory goes back); the next job starts one. */
    idleMs: number;
  };
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

/** Start-up refused because of the environment: which variables are wrong and what they accept. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; value: string; accepted: string }[]) {
    super(
      problems.map((p) => `${p.variable}=${JSON.stringify(p.value)} is not valid: ${p.accepted}`).join('; '),
    );
    this.name = 'ConfigError';
  }
}

/**
 * Reads the environment once. Every variable is checked and every bad one named (with what it
 * accepts) in one ConfigError, so a typo never starts a desk with a surprising setting.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.join(ROOT_DIR, 'data');
  const problems: ConfigError['problems'] = [];
  const int = (name: string, fallback: number, min: number, max: number, accepted?: string): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw.trim());
    if (/^\d+$/.test(raw.trim()) && n >= min && n <= max) return n;
    problems.push({
      variable: name,
      value: raw,
      accepted: accepted ?? `a whole number from ${min} to ${max}`,
    });
    return fallback;
  };
  const positive = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (Number.isFinite(n) && n > 0) return n;
    problems.push({ variable: name, value: raw, accepted: 'a positive number' });
    return fallback;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = (env[name] ?? '').trim().toLowerCase();
    if (raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push({ variable: name, value: env[name] ?? '', accepted: '1 or 0 (true/false, yes/no)' });
    return fallback;
  };
  const host = (env.HOST ?? '127.0.0.1').trim();
  if (!host || /[\s/]/.test(host))
    problems.push({
      variable: 'HOST',
      value: env.HOST ?? '',
      accepted: 'an address or host name such as 127.0.0.1 or 0.0.0.0',
    });
  const dbPath = env.DB_PATH ?? path.join(dataDir, 'duizhao.db');
  if (!dbPath.trim()) problems.push({ variable: 'DB_PATH', value: dbPath, accepted: 'a file path' });
  const hosts = allowedHosts(env.ALLOWED_HOSTS, host);
  if (hosts.length === 0 || hosts.some((h) => !/^[a-z0-9.:-]+$/.test(h)))
    problems.push({
      variable: 'ALLOWED_HOSTS',
      value: env.ALLOWED_HOSTS ?? '',
      accepted: 'comma-separated host names or addresses',
    });
  const config: Config = Object.freeze({
    host,
    port: int('PORT', 3000, 0, 65535, 'a port number from 0 to 65535, e.g. PORT=3001'),
    dbPath,
    dataDir,
    viewsDir: path.join(ROOT_DIR, 'views'),
    maxTextBytes: int(
      'MAX_TEXT_BYTES',
      5 * 1024 * 1024,
      1,
      100 * 1024 * 1024,
      'a number of bytes from 1 to 104857600',
    ),
    maxLines: int('MAX_LINES', 20000, 1, 1_000_000),
    allowedHosts: Object.freeze(hosts),
    workers: Object.freeze({
      threads: int('WORKER_THREADS', 2, 1, 64),
      maxQueue: int('JOB_QUEUE', 8, 0, 10_000),
      jobTimeoutMs: int('JOB_TIMEOUT_SECONDS', 120, 1, 86_400) * 1000,
      maxMemoryMb: int('WORKER_MEMORY_MB', 512, 64, 65_536),
      idleMs: int('WORKER_IDLE_SECONDS', 30, 1, 86_400) * 1000,
    }),
    loadDemo: flag('DEMO', true),
    secret: env.SESSION_SECRET ?? 'duizhao-local-desk',
    viewCache: env.NODE_ENV !== 'development',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    sessionIdleMs: positive('SESSION_IDLE_MINUTES', 8 * 60) * 60_000,
    sessionAbsoluteMs: positive('SESSION_MAX_HOURS', 7 * 24) * 3_600_000,
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Unset or 0/false: no proxy; a number: that many hops; else addresses or names ('loopback'). */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  const v = (value ?? '').trim();
  if (v === '' || v === '0' || v.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
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
