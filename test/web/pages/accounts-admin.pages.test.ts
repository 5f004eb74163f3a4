// The accounts page, as administrators and everyone else meet it: over real HTTP, signed in
// through the login form, every change sent as the page's own form with its CSRF token.
import supertest from 'supertest';
import { cliActor } from '../../../server/services/actor';
import { createTestApp, type TestApp } from '../../helpers/app';
import { CHEAP_HASH } from '../../helpers/services';
import { type Browser, browser, formToken, logIn, submit, visit } from '../auth/helpers';

const PASSWORD = 'a long password';
let t: TestApp;
let admin: Browser;

beforeEach(async () => {
  t = createTestApp({}, { services: { passwordCost: CHEAP_HASH } });
  const root = cliActor('root');
  await t.services.accounts.create({ login: 'ada', role: 'admin', password: PASSWORD }, root);
  await t.services.accounts.create(
    { login: 'mei', role: 'translator', displayName: 'Mei Lin', password: PASSWORD },
    root,
  );
  admin = browser();
  expect((await logIn(t.app, admin, 'ada', PASSWORD)).status).toBe(303);
});
afterEach(() => t.close());

const idOf = (login: string) => t.services.accounts.getByLogin(login).id;

/** Sends a form of the accounts page the way the page would (token read from the page). */
async function send(b: Browser, path: string, fields: Record<string, string>) {
  const page = await visit(t.app, b, '/admin/accounts');
  return submit(t.app, b, path, { _csrf: formToken(page.text), ...fields });
}

async function signedIn(login: string, password = PASSWORD): Promise<Browser> {
  const b = browser();
  const res = await logIn(t.app, b, login, password);
  expect(res.headers.location).not.toMatch(/^\/login/);
  return b;
}

describe('GET /admin/accounts', () => {
  it('lists every account with its role and status, and links from the header for administrators', async () => {
    const page = await visit(t.app, admin, '/admin/accounts?lang=en');
    expect(page.status).toBe(200);
    expect(page.text).toContain('href="/admin/accounts" aria-current="page"');
    const row = page.text.slice(page.text.indexOf(`id="account-${idOf('mei')}"`));
    expect(row).toContain('Mei Lin');
    expect(row).toMatch(/<option value="translator" selected>Translator<\/option>/);
    expect(row).toContain('aria-label="Disable mei"');
    // One's own row offers no Disable: an administrator does not lock themself out by a stray click.
    const own = page.text.slice(page.text.indexOf(`id="account-${idOf('ada')}"`)).split('</tr>')[0];
    expect(own).toContain('(you)');
    expect(own).not.toContain('/disable');
  });

  it('is in Chinese when the desk is', async () => {
    const page = await visit(t.app, admin, '/admin/accounts?lang=zh-CN');
    expect(page.text).toContain('<h1>账户</h1>');
    expect(page.text).toContain('添加账户');
    expect(page.text).toMatch(/<option value="translator" selected>译者<\/option>/);
  });

  it('is refused to every other role, which sees no link to it', async () => {
    for (const role of ['translator', 'reviewer', 'chief'] as const) {
      await t.services.accounts.create({ login: `x-${role}`, role, password: PASSWORD }, cliActor('root'));
      const b = await signedIn(`x-${role}`);
      const list = await visit(t.app, b, '/articles?lang=en');
      expect(list.text).not.toContain('href="/admin/accounts"');
      const page = await visit(t.app, b, '/admin/accounts?lang=en');
      expect(page.status).toBe(403);
      const token = formToken(list.text);
      const post = await submit(t.app, b, `/admin/accounts/${idOf('mei')}/role`, {
        _csrf: token,
        role: 'admin',
      });
      expect(post.status).toBe(403);
      // Same answer for an account that does not exist: nothing is learnt about ids.
      const ghost = await submit(t.app, b, '/admin/accounts/99999/disable', { _csrf: token });
      expect(ghost.status).toBe(403);
    }
    expect(t.services.accounts.getByLogin('mei').role).toBe('translator');
  });
});

describe('changing accounts', () => {
  it('adds an account that can sign in at once with its first password', async () => {
    const res = await send(admin, '/admin/accounts', {
      login: 'zhang',
      displayName: '张伟',
      role: 'chief',
      password: 'first password 1',
      password2: 'first password 1',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/admin/accounts?notice=added&who=zhang#account-${idOf('zhang')}`);
    const after = await visit(t.app, admin, `${res.headers.location.split('#')[0]}&lang=en`);
    expect(after.text).toContain('Account zhang added.');
    expect(t.services.accounts.getByLogin('zhang')).toMatchObject({ role: 'chief', displayName: '张伟' });
    const b = await signedIn('zhang', 'first password 1');
    expect((await visit(t.app, b, '/articles')).status).toBe(200);
    const audit = t.db
      .prepare("SELECT actor FROM audit_log WHERE action = 'user_add' ORDER BY id DESC")
      .get();
    expect(audit).toEqual({ actor: 'ada' });
  });

  it('shows refused additions beside the form, keeping what was typed, in the desk language', async () => {
    const cases: [Record<string, string>, number, string][] = [
      [
        { login: 'mei', role: 'reviewer', password: PASSWORD, password2: PASSWORD },
        409,
        'The login mei is taken.',
      ],
      [
        { login: 'has space', role: 'reviewer', password: PASSWORD, password2: PASSWORD },
        400,
        'A login is 1–40',
      ],
      [
        { login: 'lin', role: 'boss', password: PASSWORD, password2: PASSWORD },
        400,
        'Choose one of the roles',
      ],
      [
        { login: 'lin', role: 'reviewer', password: 'short', password2: 'short' },
        400,
        'at least 10 characters',
      ],
      [
        { login: 'lin', role: 'reviewer', password: PASSWORD, password2: `${PASSWORD}!` },
        400,
        'passwords differ',
      ],
    ];
    for (const [fields, status, message] of cases) {
      const res = await send(admin, '/admin/accounts?lang=en', { displayName: 'Lin Hua', ...fields });
      expect(res.status).toBe(status);
      expect(res.text).toContain(message);
      expect(res.text).toContain('value="Lin Hua"');
    }
    expect(t.services.accounts.list().map((u) => u.login)).toEqual(['ada', 'mei']);
    const zh = await send(admin, '/admin/accounts?lang=zh-CN', {
      login: 'mei',
      role: 'reviewer',
      password: PASSWORD,
      password2: PASSWORD,
    });
    expect(zh.status).toBe(409);
    expect(zh.text).toContain('mei');
    expect(zh.text).not.toContain('The login mei is taken.');
  });

  it('changes a role, which takes effect on the next request of that person', async () => {
    const mei = await signedIn('mei');
    expect((await visit(t.app, mei, '/admin/accounts')).status).toBe(403);
    const res = await send(admin, `/admin/accounts/${idOf('mei')}/role`, { role: 'admin' });
    expect(res.status).toBe(303);
    expect(t.services.accounts.getByLogin('mei').role).toBe('admin');
    expect((await visit(t.app, mei, '/admin/accounts')).status).toBe(200);
  });

  it('disables an account (ending its sessions) and enables it again', async () => {
    const mei = await signedIn('mei');
    const off = await send(admin, `/admin/accounts/${idOf('mei')}/disable`, {});
    expect(off.status).toBe(303);
    const gone = await visit(t.app, mei, '/articles');
    expect(gone.status).toBe(303);
    expect(gone.headers.location).toMatch(/^\/login/);
    const refused = await logIn(t.app, browser(), 'mei', PASSWORD);
    expect(refused.status).toBe(401);
    const page = await visit(t.app, admin, '/admin/accounts?lang=en');
    expect(page.text).toContain('aria-label="Enable mei"');
    expect((await send(admin, `/admin/accounts/${idOf('mei')}/enable`, {})).status).toBe(303);
    await signedIn('mei');
  });

  it('sets a new password: the old one stops working and the sessions end', async () => {
    const mei = await signedIn('mei');
    const res = await send(admin, `/admin/accounts/${idOf('mei')}/password`, {
      password: 'another password',
      password2: 'another password',
    });
    expect(res.status).toBe(303);
    expect((await visit(t.app, mei, '/articles')).status).toBe(303);
    expect((await logIn(t.app, browser(), 'mei', PASSWORD)).status).toBe(401);
    await signedIn('mei', 'another password');
  });

  it('never leaves the desk without an active administrator, and says so on the row', async () => {
    const id = idOf('ada');
    const res = await send(admin, `/admin/accounts/${id}/role?lang=en`, { role: 'reviewer' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('The desk needs at least one active administrator.');
    const row = res.text.slice(res.text.indexOf(`id="account-${id}"`)).split('</tr>')[0];
    expect(row).toContain('The desk needs at least one active administrator.');
    expect(row).toContain('<details open>');
    expect(t.services.accounts.getByLogin('ada').role).toBe('admin');
  });

  it('answers an unknown account with 404 and refuses a form without its CSRF token', async () => {
    expect((await send(admin, '/admin/accounts/99999/disable', {})).status).toBe(404);
    const bare = await supertest(t.app)
      .post(`/admin/accounts/${idOf('mei')}/disable`)
      .set('Cookie', admin.header())
      .type('form')
      .send({});
    expect(bare.status).toBe(403);
    expect(t.services.accounts.getByLogin('mei').disabled).toBe(false);
  });
});
