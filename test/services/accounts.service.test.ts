import { cliActor, userActor } from '../../server/services/actor';
import { CHEAP_HASH, makeDesk, type TestDesk } from '../helpers/services';

const admin = cliActor('root');

describe('accounts.service', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeDesk({}, undefined, { passwordCost: CHEAP_HASH });
  });
  afterEach(() => desk.close());

  it('stores a scrypt hash, never the password, and verifies it', async () => {
    const { accounts } = desk.services;
    const user = await accounts.create(
      { login: 'mei', role: 'translator', password: 'correct horse' },
      admin,
    );
    expect(user).toMatchObject({ login: 'mei', displayName: 'mei', role: 'translator', disabled: false });
    const row = desk.db.prepare<[], { password_hash: string }>('SELECT password_hash FROM users').get()!;
    expect(row.password_hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(row.password_hash).not.toContain('correct horse');
    expect((await accounts.verifyLogin('mei', 'correct horse'))?.login).toBe('mei');
    expect((await accounts.verifyLogin('MEI', 'correct horse'))?.login).toBe('mei');
    expect(await accounts.verifyLogin('mei', 'wrong horse!')).toBeNull();
    expect(await accounts.verifyLogin('nobody', 'correct horse')).toBeNull();
  });

  it('refuses a disabled account and one without a password', async () => {
    const { accounts } = desk.services;
    await accounts.create({ login: 'lin', role: 'reviewer', password: 'long enough pw' }, admin);
    await accounts.create({ login: 'nopw', role: 'reviewer' }, admin);
    accounts.setDisabled('lin', true, admin);
    expect(await accounts.verifyLogin('lin', 'long enough pw')).toBeNull();
    expect(await accounts.verifyLogin('nopw', '')).toBeNull();
    accounts.setDisabled('lin', false, admin);
    expect((await accounts.verifyLogin('lin', 'long enough pw'))?.login).toBe('lin');
  });

  it('rejects bad input with stable codes', async () => {
    const { accounts } = desk.services;
    await accounts.create({ login: 'mei', role: 'chief', password: 'long enough pw' }, admin);
    await expect(accounts.create({ login: 'Mei', role: 'chief' }, admin)).rejects.toMatchObject({
      code: 'login_taken',
    });
    await expect(accounts.create({ login: 'a b', role: 'chief' }, admin)).rejects.toMatchObject({
      code: 'invalid_login',
    });
    await expect(accounts.create({ login: 'cli:root', role: 'chief' }, admin)).rejects.toMatchObject({
      code: 'invalid_login',
    });
    await expect(accounts.create({ login: 'x', role: 'editor' }, admin)).rejects.toMatchObject({
      code: 'invalid_role',
    });
    await expect(
      accounts.create({ login: 'x', role: 'chief', password: 'short' }, admin),
    ).rejects.toMatchObject({ code: 'password_too_short', params: { min: 10 } });
  });

  it('lets only administrators manage accounts', async () => {
    const { accounts } = desk.services;
    const chief = await accounts.create({ login: 'zhang', role: 'chief' }, admin);
    const asChief = userActor(
      { id: chief.id, login: chief.login, display_name: 'Zhang', role: 'chief' },
      'web',
    );
    await expect(accounts.create({ login: 'x', role: 'translator' }, asChief)).rejects.toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    expect(() => accounts.setRole('zhang', 'admin', asChief)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    await expect(accounts.setPassword('zhang', 'a new password', asChief)).resolves.toMatchObject({
      hasPassword: true,
    });
  });

  it('keeps one active administrator', async () => {
    const { accounts } = desk.services;
    await accounts.create({ login: 'boss', role: 'admin' }, admin);
    expect(() => accounts.setDisabled('boss', true, admin)).toThrow(
      expect.objectContaining({ code: 'last_admin' }),
    );
    expect(() => accounts.setRole('boss', 'chief', admin)).toThrow(
      expect.objectContaining({ code: 'last_admin' }),
    );
    await accounts.create({ login: 'boss2', role: 'admin' }, admin);
    expect(accounts.setRole('boss', 'chief', admin).role).toBe('chief');
  });

  it('sets up the first administrator once, even when two setups race', async () => {
    const { accounts } = desk.services;
    expect(accounts.needsSetup()).toBe(true);
    const as = (u: Parameters<typeof userActor>[0]) => userActor(u, 'web');
    const results = await Promise.allSettled([
      accounts.setupFirstAdmin({ login: 'first', password: 'first password' }, as),
      accounts.setupFirstAdmin({ login: 'second', password: 'second password' }, as),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'setup_done' } });
    expect(accounts.needsSetup()).toBe(false);
    expect(accounts.list()).toEqual([expect.objectContaining({ role: 'admin' })]);
  });

  it('ends every session of an account whose password changes, and records who did it', async () => {
    const { accounts, sessions } = desk.services;
    const user = await accounts.create(
      { login: 'mei', role: 'translator', password: 'first password' },
      admin,
    );
    const row = accounts.row(user.id)!;
    const a = sessions.create(row, {}, userActor(row, 'web'));
    const b = sessions.create(row, {}, userActor(row, 'web'));
    expect(sessions.authenticate(a.token)).not.toBeNull();
    await accounts.setPassword('mei', 'second password', admin);
    expect(sessions.authenticate(a.token)).toBeNull();
    expect(sessions.authenticate(b.token)).toBeNull();
    const audit = desk.db
      .prepare<[], { actor: string; user_id: number | null; via: string; action: string }>(
        "SELECT actor, user_id, via, action FROM audit_log WHERE action = 'user_password'",
      )
      .all();
    expect(audit).toEqual([{ actor: 'root', user_id: null, via: 'cli', action: 'user_password' }]);
  });

  it('changes its own password only with the current one', async () => {
    const { accounts } = desk.services;
    const user = await accounts.create(
      { login: 'mei', role: 'translator', password: 'first password' },
      admin,
    );
    const me = userActor(accounts.row(user.id)!, 'web');
    await expect(
      accounts.changeOwnPassword(user.id, 'not it at all', 'second password', me),
    ).rejects.toMatchObject({
      code: 'wrong_password',
    });
    await accounts.changeOwnPassword(user.id, 'first password', 'second password', me);
    expect(await accounts.verifyLogin('mei', 'second password')).not.toBeNull();
  });
});
