// Signing in, for tests. API and page tests act through an API token (what scripts use: no
// cookies, so no CSRF token either); the session and CSRF path is exercised by the login tests
// and the browser tests, which sign in the way a browser does.
import type { Express } from 'express';
import supertest from 'supertest';
import type { Services } from '../../server/services';
import { cliActor } from '../../server/services/actor';
import type { Role } from '../../server/services/permissions';

export interface Who {
  login?: string;
  role?: Role;
}

/** The name the desk used for anyone who had not typed one, before accounts; tests still expect it. */
export const DEFAULT_LOGIN = 'editor';

const made = new WeakMap<Express, Map<string, string>>();

function servicesOf(app: Express): Services {
  return app.locals.services as Services;
}

/** The account `login` with `role` on this app's database (made on first use), and a token for it. */
export function tokenFor(app: Express, who: Who = {}): string {
  const login = who.login ?? DEFAULT_LOGIN;
  const role = who.role ?? 'admin';
  const key = `${login}\u0000${role}`;
  const byKey = made.get(app) ?? new Map<string, string>();
  made.set(app, byKey);
  const known = byKey.get(key);
  if (known) return known;
  const services = servicesOf(app);
  const root = cliActor('test');
  const user =
    services.accounts.list().find((u) => u.login === login) ??
    services.accounts.createWithoutPassword({ login, role }, root);
  if (user.role !== role) services.accounts.setRole(login, role, root);
  const { token } = services.tokens.create(user.id, 'test', root);
  byKey.set(key, token);
  return token;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';

/** Like supertest's request(app), but signed in (by default as the administrator `editor`). */
export function request(app: Express, who: Who = {}) {
  const token = tokenFor(app, who);
  const as = (m: Method) => (url: string) => supertest(app)[m](url).set('Authorization', `Bearer ${token}`);
  return {
    get: as('get'),
    post: as('post'),
    put: as('put'),
    patch: as('patch'),
    delete: as('delete'),
    head: as('head'),
  };
}

/** Requests with no credentials at all. */
export const anonymous = supertest;

/**
 * A browser-like session: a session cookie for the account and the CSRF token its pages carry
 * (read from a page, as desk.js does). Returns what a browser would send.
 */
export async function browserSession(app: Express, who: Who = {}): Promise<{ cookie: string; csrf: string }> {
  const services = servicesOf(app);
  tokenFor(app, who);
  const user = services.accounts.getByLogin(who.login ?? DEFAULT_LOGIN);
  const row = services.accounts.row(user.id)!;
  const { token } = services.sessions.create(row, {}, cliActor('test'));
  const session = `dz_session=${token}`;
  const page = await supertest(app).get('/settings').set('Cookie', session);
  const csrfCookie = ([] as string[])
    .concat(page.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('dz_csrf='));
  const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(page.text)?.[1];
  if (!csrfCookie || !csrf) throw new Error(`no CSRF token on /settings (status ${page.status})`);
  return { cookie: `${session}; ${csrfCookie}`, csrf };
}
