// A browser's view of the login pages: cookies kept by hand, CSRF token read from the form.
import type { Express } from 'express';
import supertest from 'supertest';

export interface Browser {
  cookies: Map<string, string>;
  header(): string;
  keep(res: { headers: Record<string, unknown> }): void;
}

export function browser(): Browser {
  const cookies = new Map<string, string>();
  return {
    cookies,
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    keep(res) {
      for (const c of ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? [])) {
        const [pair] = c.split(';');
        const eq = pair.indexOf('=');
        const value = pair.slice(eq + 1);
        if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) cookies.delete(pair.slice(0, eq));
        else cookies.set(pair.slice(0, eq), value);
      }
    },
  };
}

export function formToken(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSRF field in the page');
  return m[1];
}

/** GETs `path` as the browser, keeping its cookies. */
export async function visit(app: Express, b: Browser, path: string) {
  const res = await supertest(app).get(path).set('Cookie', b.header());
  b.keep(res);
  return res;
}

/** Posts a form the way the page's own form would (token from the page it came from). */
export async function submit(app: Express, b: Browser, path: string, fields: Record<string, string>) {
  const res = await supertest(app).post(path).set('Cookie', b.header()).type('form').send(fields);
  b.keep(res);
  return res;
}

/** Logs in through the login form. */
export async function logIn(app: Express, b: Browser, login: string, password: string, next?: string) {
  const page = await visit(app, b, '/login');
  return submit(app, b, '/login', {
    _csrf: formToken(page.text),
    login,
    password,
    ...(next ? { next } : {}),
  });
}
