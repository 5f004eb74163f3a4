import supertest from 'supertest';
import { cliActor } from '../../../server/services/actor';
import { createDemoLogin } from '../../../server/services/demo.service';
import { createTestApp, type TestApp } from '../../helpers/app';
import { CHEAP_HASH } from '../../helpers/services';
import { browser, formToken, logIn, submit, visit } from './helpers';

const PASSWORD = 'a long password';
let t: TestApp;
let clock: number;

beforeEach(async () => {
  clock = Date.UTC(2026, 2, 2, 9, 0);
  t = createTestApp({}, { services: { passwordCost: CHEAP_HASH, now: () => clock } });
  await t.services.accounts.create(
    { login: 'mei', role: 'translator', password: PASSWORD },
    cliActor('root'),
  );
});
afterEach(() => t.close());

describe('anonymous access', () => {
  it('sends pages to the login form, keeping where the visitor was going', async () => {
    const res = await supertest(t.app).get('/articles?status=draft');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Farticles%3Fstatus%3Ddraft');
    const home = await supertest(t.app).get('/');
    expect(home.headers.location).toBe('/login');
  });

  it('answers the API with 401 and a stable code, in the request language', async () => {
    const res = await supertest(t.app).get('/api/articles').set('Accept-Language', 'zh-CN');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'unauthenticated', message: '请先登录。' });
    const post = await supertest(t.app).post('/api/articles').send({ zh: '中文', en: 'English' });
    expect(post.status).toBe(401);
    expect(t.services.articles.list({}).total).toBe(0);
  });

  it('serves the login page in both languages', async () => {
    const en = await supertest(t.app).get('/login?lang=en');
    expect(en.status).toBe(200);
    expect(en.text).toContain('Log in to Duizhao');
    expect(en.text).toContain('autocomplete="current-password"');
    expect(en.text).not.toContain('class="site-nav"');
    const zh = await supertest(t.app).get('/login?lang=zh-CN');
    expect(zh.text).toContain('登录对照');
  });
});

describe('POST /login', () => {
  it('starts a session with an HttpOnly, SameSite=Lax cookie and follows a local next', async () => {
    const b = browser();
    const res = await logIn(t.app, b, 'mei', PASSWORD, '/glossary');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/glossary');
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('dz_session='),
    )!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const page = await visit(t.app, b, '/articles?lang=en');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<a href="/settings" title="Translator"');
  });

  it('marks the cookie Secure behind an HTTPS proxy when TRUST_PROXY is set', async () => {
    const proxied = createTestApp({ trustProxy: 1 }, { services: { passwordCost: CHEAP_HASH } });
    try {
      await proxied.services.accounts.create(
        { login: 'lin', role: 'chief', password: PASSWORD },
        cliActor('root'),
      );
      const page = await supertest(proxied.app).get('/login').set('X-Forwarded-Proto', 'https');
      const set = (page.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('dz_csrf='))!;
      expect(set).toMatch(/Secure/);
      const csrfCookie = set.split(';')[0];
      const res = await supertest(proxied.app)
        .post('/login')
        .set('X-Forwarded-Proto', 'https')
        .set('Cookie', csrfCookie)
        .type('form')
        .send({ _csrf: formToken(page.text), login: 'lin', password: PASSWORD });
      expect(res.status).toBe(303);
      expect(String(res.headers['set-cookie'])).toMatch(/dz_session=[^;]+;.*Secure/);
    } finally {
      proxied.close();
    }
  });

  it('leaves Secure off over plain HTTP, and ignores X-Forwarded-Proto without TRUST_PROXY', async () => {
    const proxied = createTestApp({ trustProxy: 1 }, { services: { passwordCost: CHEAP_HASH } });
    try {
      const csrfCookie = (res: supertest.Response) =>
        (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('dz_csrf='))!;
      await proxied.services.accounts.create(
        { login: 'lin', role: 'chief', password: PASSWORD },
        cliActor('root'),
      );
      const plain = await supertest(proxied.app).get('/login').set('X-Forwarded-Proto', 'http');
      expect(csrfCookie(plain)).not.toMatch(/Secure/);
      // without TRUST_PROXY anyone could send the header: it is not believed
      const spoofed = await supertest(t.app).get('/login').set('X-Forwarded-Proto', 'https');
      expect(csrfCookie(spoofed)).not.toMatch(/Secure/);
      const b = browser();
      const res = await logIn(t.app, b, 'mei', PASSWORD);
      expect(String(res.headers['set-cookie'])).not.toMatch(/Secure/);
    } finally {
      proxied.close();
    }
  });

  it('gives the same answer for an unknown login and a wrong password', async () => {
    const wrong = await logIn(t.app, browser(), 'mei', 'not the password');
    const unknown = await logIn(t.app, browser(), 'nobody', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = (html: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)![0];
    expect(message(wrong.text)).toBe(message(unknown.text));
    expect(message(wrong.text)).toContain('Wrong login or password.');
    expect(wrong.headers['set-cookie'] ?? []).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^dz_session=/)]),
    );
  });

  it('never redirects to another host after login', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const res = await logIn(t.app, browser(), 'mei', PASSWORD, next);
      expect(res.headers.location).toBe('/articles');
    }
  });

  it('records logins and failed logins in the audit log, never the password', async () => {
    await logIn(t.app, browser(), 'mei', 'wrong password!');
    await logIn(t.app, browser(), 'mei', PASSWORD);
    const rows = t.db
      .prepare<[], { action: string; actor: string; via: string; details: string }>(
        "SELECT action, actor, via, details FROM audit_log WHERE action LIKE 'login%' ORDER BY id",
      )
      .all();
    expect(rows.map((r) => [r.action, r.actor, r.via])).toEqual([
      ['login_failed', 'mei', 'web'],
      ['login', 'mei', 'web'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('wrong password');
  });
});

describe('session lifetime and logout', () => {
  it('expires an idle session and sends the next page to the login form', async () => {
    const b = browser();
    await logIn(t.app, b, 'mei', PASSWORD);
    clock += t.config.sessionIdleMs - 1000;
    expect((await visit(t.app, b, '/articles')).status).toBe(200);
    clock += t.config.sessionIdleMs;
    const res = await visit(t.app, b, '/articles');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Farticles');
  });

  it('expires a busy session at its absolute lifetime', async () => {
    const b = browser();
    await logIn(t.app, b, 'mei', PASSWORD);
    const step = t.config.sessionIdleMs / 2;
    let elapsed = 0;
    while (elapsed + step < t.config.sessionAbsoluteMs) {
      clock += step;
      elapsed += step;
      expect((await supertest(t.app).get('/api/articles').set('Cookie', b.header())).status).toBe(200);
    }
    clock += step;
    expect((await supertest(t.app).get('/api/articles').set('Cookie', b.header())).status).toBe(401);
  });

  it('logs out this browser, and everywhere from the settings page', async () => {
    const one = browser();
    const two = browser();
    await logIn(t.app, one, 'mei', PASSWORD);
    await logIn(t.app, two, 'mei', PASSWORD);
    const settings = await visit(t.app, one, '/settings?lang=en');
    expect(settings.text).toContain('Browsers where you are logged in: 2.');
    const out = await submit(t.app, one, '/logout', { _csrf: formToken(settings.text) });
    expect(out.headers.location).toBe('/login');
    expect((await visit(t.app, one, '/articles')).status).toBe(303);
    expect((await visit(t.app, two, '/articles')).status).toBe(200);

    await logIn(t.app, one, 'mei', PASSWORD);
    const page = await visit(t.app, one, '/settings');
    const all = await submit(t.app, one, '/settings/logout-all', { _csrf: formToken(page.text) });
    expect(all.headers.location).toBe('/login?notice=logged_out_everywhere');
    expect((await visit(t.app, one, '/articles')).status).toBe(303);
    expect((await visit(t.app, two, '/articles')).status).toBe(303);
    const mei = t.services.accounts.getByLogin('mei').id;
    expect(t.db.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?').get(mei)).toEqual({ n: 0 });
  });
});

describe('first administrator', () => {
  let fresh: TestApp;
  beforeEach(() => {
    fresh = createTestApp({}, { services: { passwordCost: CHEAP_HASH } });
  });
  afterEach(() => fresh.close());

  it('sends every page of an account-less desk to the setup form, once', async () => {
    expect((await supertest(fresh.app).get('/articles')).headers.location).toBe('/setup');
    expect((await supertest(fresh.app).get('/login')).headers.location).toBe('/setup');
    const b = browser();
    const form = await visit(fresh.app, b, '/setup?lang=en');
    expect(form.text).toContain('Create the first administrator');
    const differ = await submit(fresh.app, b, '/setup', {
      _csrf: formToken(form.text),
      login: 'chief',
      password: PASSWORD,
      password2: 'something else',
    });
    expect(differ.status).toBe(400);
    expect(differ.text).toContain('The two passwords differ.');
    const made = await submit(fresh.app, b, '/setup', {
      _csrf: formToken(form.text),
      login: 'chief',
      displayName: 'Zhang Wei',
      password: PASSWORD,
      password2: PASSWORD,
    });
    expect(made.status).toBe(303);
    expect(made.headers.location).toBe('/articles');
    expect((await visit(fresh.app, b, '/articles')).text).toContain('>Zhang Wei</a>');
    expect(fresh.services.accounts.list()).toEqual([
      expect.objectContaining({ login: 'chief', role: 'admin', displayName: 'Zhang Wei' }),
    ]);
    // Once there is an account the setup form is gone, and posting to it changes nothing.
    const other = browser();
    expect((await visit(fresh.app, other, '/setup')).headers.location).toBe('/login');
    const login = await visit(fresh.app, other, '/login');
    const again = await submit(fresh.app, other, '/setup', {
      _csrf: formToken(login.text),
      login: 'intruder',
      password: PASSWORD,
      password2: PASSWORD,
    });
    expect(again.status).toBe(409);
    expect(fresh.services.accounts.list()).toHaveLength(1);
  });

  it('creates a demo login on an empty desk when the demo is loaded, and only then', async () => {
    const demo = await createDemoLogin(fresh.services);
    expect(demo).toMatchObject({ login: 'demo' });
    expect(demo!.password.length).toBeGreaterThanOrEqual(16);
    expect(await createDemoLogin(fresh.services)).toBeNull();
    const res = await logIn(fresh.app, browser(), 'demo', demo!.password);
    expect(res.status).toBe(303);
    expect(fresh.services.accounts.getByLogin('demo').role).toBe('admin');
  });
});
