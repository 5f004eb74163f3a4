import { cliActor, userActor } from '../../server/services/actor';
import { CHEAP_HASH, makeDesk, type TestDesk } from '../helpers/services';

const MINUTE = 60_000;

describe('sessions.service', () => {
  let desk: TestDesk;
  let clock: number;
  const idle = 8 * 60; // minutes (the default)
  const maxHours = 7 * 24;
  beforeEach(() => {
    clock = Date.UTC(2026, 0, 5, 9, 0);
    desk = makeDesk({}, undefined, { passwordCost: CHEAP_HASH, now: () => clock });
  });
  afterEach(() => desk.close());

  async function user(login = 'mei') {
    const u = await desk.services.accounts.create({ login, role: 'translator' }, cliActor('root'));
    return desk.services.accounts.row(u.id)!;
  }

  it('stores only a hash of the cookie value', async () => {
    const u = await user();
    const { token } = desk.services.sessions.create(u, { address: '127.0.0.1' }, userActor(u, 'web'));
    const rows = desk.db.prepare<[], { token_hash: string }>('SELECT token_hash FROM sessions').all();
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].token_hash).not.toContain(token);
    expect(desk.services.sessions.authenticate(token)?.user.login).toBe('mei');
    expect(desk.services.sessions.authenticate(`${token}x`)).toBeNull();
    expect(desk.services.sessions.authenticate(undefined)).toBeNull();
  });

  it('ends a session left unused for the idle time, and keeps one in use', async () => {
    const u = await user();
    const { sessions } = desk.services;
    const used = sessions.create(u, {}, userActor(u, 'web'));
    const left = sessions.create(u, {}, userActor(u, 'web'));
    for (let i = 0; i < 3; i++) {
      clock += (idle - 1) * MINUTE;
      expect(sessions.authenticate(used.token)).not.toBeNull();
    }
    expect(sessions.authenticate(left.token)).toBeNull();
    expect(desk.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 1 });
  });

  it('ends a session at its absolute lifetime however busy it is', async () => {
    const u = await user();
    const { sessions } = desk.services;
    const s = sessions.create(u, {}, userActor(u, 'web'));
    const step = 60 * MINUTE;
    for (let t = step; t < maxHours * 60 * MINUTE; t += step) {
      clock += step;
      expect(sessions.authenticate(s.token)).not.toBeNull();
    }
    clock += step;
    expect(sessions.authenticate(s.token)).toBeNull();
  });

  it('logs out everywhere, and refuses sessions of a disabled account', async () => {
    const u = await user();
    const other = await user('lin');
    const { sessions, accounts } = desk.services;
    const a = sessions.create(u, {}, userActor(u, 'web'));
    const b = sessions.create(u, {}, userActor(u, 'web'));
    const c = sessions.create(other, {}, userActor(other, 'web'));
    expect(sessions.list(u.id)).toHaveLength(2);
    expect(sessions.endAll(u.id, userActor(u, 'web'))).toBe(2);
    expect(sessions.authenticate(a.token)).toBeNull();
    expect(sessions.authenticate(b.token)).toBeNull();
    expect(sessions.authenticate(c.token)?.user.login).toBe('lin');
    const d = sessions.create(other, {}, userActor(other, 'web'));
    accounts.setDisabled('lin', true, cliActor('root'));
    expect(sessions.authenticate(d.token)).toBeNull();
  });

  it('purges expired sessions', async () => {
    const u = await user();
    desk.services.sessions.create(u, {}, userActor(u, 'web'));
    clock += idle * MINUTE;
    expect(desk.services.sessions.purgeExpired()).toBe(1);
  });
});
