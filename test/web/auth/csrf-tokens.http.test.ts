import supertest from 'supertest';
import { cliActor } from '../../../server/services/actor';
import { createSampleArticle, createTestApp, type TestApp } from '../../helpers/app';
import { browserSession } from '../../helpers/auth';
import { CHEAP_HASH } from '../../helpers/services';
import { browser, formToken, logIn, submit, visit } from './helpers';

const PASSWORD = 'a long password';
let t: TestApp;

beforeEach(async () => {
  t = createTestApp(
    {},
    {
      services: { passwordCost: CHEAP_HASH },
      loginLimits: { perAddress: 6, perLogin: 3, windowSeconds: 900 },
    },
  );
  await t.services.accounts.create({ login: 'mei', role: 'chief', password: PASSWORD }, cliActor('root'));
});
afterEach(() => t.close());

describe('CSRF tokens', () => {
  it('refuses a session form post without a token, with a wrong one, or with one from another session', async () => {
    const id = await createSampleArticle(t);
    const mine = await browserSession(t.app, { login: 'mei', role: 'chief' });
    const theirs = await browserSession(t.app, { login: 'lin', role: 'chief' });
    const post = (cookie: string, token?: string) =>
      supertest(t.app)
        .post(`/articles/${id}/status`)
        .set('Cookie', cookie)
        .set('Accept-Language', 'en')
        .type('form')
        .send({ status: 'in_review', ...(token === undefined ? {} : { _csrf: token }) });
    for (const res of [
      await post(mine.cookie),
      await post(mine.cookie, 'forged'),
      await post(mine.cookie, theirs.csrf),
    ]) {
      expect(res.status).toBe(403);
      expect(res.text).toContain('This form has expired or did not come from the desk.');
    }
    expect(t.services.articles.get(id).status).toBe('draft');
    const ok = await post(mine.cookie, mine.csrf);
    expect(ok.status).toBe(303);
    expect(t.services.articles.get(id).status).toBe('in_review');
  });

  it('accepts the token in the X-CSRF-Token header (desk.js) and refuses JSON without it', async () => {
    const id = await createSampleArticle(t);
    const s = await browserSession(t.app, { login: 'mei', role: 'chief' });
    const bare = await supertest(t.app)
      .patch(`/api/articles/${id}`)
      .set('Cookie', s.cookie)
      .send({ status: 'in_review' });
    expect(bare.status).toBe(403);
    expect(bare.body.error.code).toBe('csrf_invalid');
    const ok = await supertest(t.app)
      .patch(`/api/articles/${id}`)
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', s.csrf)
      .send({ status: 'in_review' });
    expect(ok.status).toBe(200);
  });

  it('takes a multipart form token from the action URL', async () => {
    const s = await browserSession(t.app, { login: 'mei', role: 'chief' });
    const form = await supertest(t.app).get('/articles/new').set('Cookie', s.cookie);
    expect(form.text).toMatch(
      /action="\/articles\?_csrf=[0-9a-f]+\.[0-9a-f]+#preview-title" enctype="multipart\/form-data"/,
    );
    const upload = (query: string) =>
      supertest(t.app)
        .post(`/articles${query}`)
        .set('Cookie', s.cookie)
        .field('zh', '标题\n\n正文。')
        .field('en', 'Title\n\nBody.')
        .field('step', 'save');
    expect((await upload('')).status).toBe(403);
    expect((await upload(`?_csrf=${encodeURIComponent(s.csrf)}`)).status).not.toBe(403);
  });

  it('puts a token into every form a signed-in page shows', async () => {
    const id = await createSampleArticle(t);
    const s = await browserSession(t.app, { login: 'mei', role: 'chief' });
    for (const path of [
      '/articles',
      `/articles/${id}`,
      `/articles/${id}/triage`,
      '/articles/new',
      '/glossary',
      '/settings',
      '/search?q=visit',
    ]) {
      const page = await supertest(t.app).get(path).set('Cookie', s.cookie);
      expect(page.status).toBe(200);
      const forms = page.text.match(/<form\b[^>]*method="post"[^>]*>[\s\S]*?<\/form>/g) ?? [];
      for (const f of forms)
        expect([path, f.includes(`name="_csrf" value="${s.csrf}"`) || f.includes(`_csrf=${s.csrf}`)]).toEqual(
          [path, true],
        );
    }
  });

  it('still refuses a cross-site post before looking at the token', async () => {
    const s = await browserSession(t.app, { login: 'mei', role: 'chief' });
    const res = await supertest(t.app)
      .post('/logout')
      .set('Cookie', s.cookie)
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ _csrf: s.csrf });
    expect(res.status).toBe(403);
    expect(res.text).toContain('cross_origin_request');
  });
});

describe('API tokens', () => {
  it('are made on the settings page, shown once, work as Bearer, and stop when revoked', async () => {
    const b = browser();
    await logIn(t.app, b, 'mei', PASSWORD);
    const page = await visit(t.app, b, '/settings?lang=en');
    const made = await submit(t.app, b, '/settings/tokens', {
      _csrf: formToken(page.text),
      label: 'nightly',
    });
    expect(made.status).toBe(201);
    expect(made.headers['cache-control']).toBe('no-store');
    const token = /id="new-token" class="token-value" value="(dz_[^"]+)"/.exec(made.text)![1];
    const again = await visit(t.app, b, '/settings?lang=en');
    expect(again.text).not.toContain(token);
    expect(again.text).toContain(`…${token.slice(-4)}`);

    const api = () => supertest(t.app).get('/api/articles').set('Authorization', `Bearer ${token}`);
    expect((await api()).status).toBe(200);
    const tokenId = /action="\/settings\/tokens\/(\d+)\/revoke"/.exec(again.text)![1];
    const revoked = await submit(t.app, b, `/settings/tokens/${tokenId}/revoke`, {
      _csrf: formToken(again.text),
    });
    expect(revoked.headers.location).toBe('/settings?notice=token_revoked');
    const refused = await api();
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('invalid_token');
  });

  it('needs no CSRF token and refuses a malformed Authorization header', async () => {
    const user = t.services.accounts.getByLogin('mei');
    const { token } = t.services.tokens.create(user.id, 'ci', cliActor('root'));
    const created = await supertest(t.app)
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ zh: '标题\n\n正文。', en: 'Title\n\nBody.' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ titleEn: 'Title' });
    const bad = await supertest(t.app).get('/api/articles').set('Authorization', 'Basic bWVpOng=');
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('invalid_token');
  });

  it('ignores the old X-User header', async () => {
    const res = await supertest(t.app).get('/api/articles').set('X-User', 'mei');
    expect(res.status).toBe(401);
  });
});

describe('login rate limiting', () => {
  it('stops a login after repeated failures, even with the right password, and says so the same way for unknown logins', async () => {
    for (let i = 0; i < 3; i++)
      expect((await logIn(t.app, browser(), 'mei', `wrong password ${i}`)).status).toBe(401);
    const blocked = await logIn(t.app, browser(), 'mei', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain('Too many failed logins. Wait 15 minutes and try again.');
    for (let i = 0; i < 3; i++) await logIn(t.app, browser(), 'ghost', `wrong password ${i}`);
    const ghost = await logIn(t.app, browser(), 'ghost', PASSWORD);
    expect(ghost.status).toBe(429);
  });

  it('stops an address that tries many logins', async () => {
    await t.services.accounts.create(
      { login: 'lin', role: 'reviewer', password: PASSWORD },
      cliActor('root'),
    );
    for (const login of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'])
      await logIn(t.app, browser(), login, 'wrong password');
    const res = await logIn(t.app, browser(), 'lin', PASSWORD);
    expect(res.status).toBe(429);
  });

  it('clears the count of a login after a success', async () => {
    for (let i = 0; i < 2; i++) await logIn(t.app, browser(), 'mei', 'wrong password');
    expect((await logIn(t.app, browser(), 'mei', PASSWORD)).status).toBe(303);
    for (let i = 0; i < 2; i++) await logIn(t.app, browser(), 'mei', 'wrong password');
    expect((await logIn(t.app, browser(), 'mei', PASSWORD)).status).toBe(303);
  });
});
