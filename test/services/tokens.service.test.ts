import { cliActor, userActor } from '../../server/services/actor';
import { CHEAP_HASH, makeDesk, type TestDesk } from '../helpers/services';

describe('tokens.service', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeDesk({}, undefined, { passwordCost: CHEAP_HASH });
  });
  afterEach(() => desk.close());

  async function actorFor(login: string, role = 'translator') {
    const u = await desk.services.accounts.create({ login, role }, cliActor('root'));
    return userActor(desk.services.accounts.row(u.id)!, 'web');
  }

  it('shows a token once, stores its hash, and authenticates with it until revoked', async () => {
    const mei = await actorFor('mei');
    const { token, view } = desk.services.tokens.create(mei.userId!, 'ci', mei);
    expect(token).toMatch(/^dz_[A-Za-z0-9_-]{43}$/);
    expect(view).toMatchObject({ label: 'ci', hint: token.slice(-4), revoked: false, lastUsedAt: null });
    const stored = desk.db.prepare<[], { token_hash: string }>('SELECT token_hash FROM api_tokens').get()!;
    expect(stored.token_hash).not.toContain(token.slice(3));
    expect(desk.services.tokens.authenticate(token)?.login).toBe('mei');
    expect(desk.services.tokens.list(mei.userId!)[0].lastUsedAt).not.toBeNull();
    desk.services.tokens.revoke(mei.userId!, view.id, mei);
    expect(desk.services.tokens.authenticate(token)).toBeNull();
    expect(desk.services.tokens.list(mei.userId!)[0].revoked).toBe(true);
  });

  it("writes a token's last use at most once a minute", async () => {
    const mei = await actorFor('mei');
    const { token } = desk.services.tokens.create(mei.userId!, 'ci', mei);
    const setUsed = desk.db.prepare<[string | null]>('UPDATE api_tokens SET last_used_at = ?');
    const lastUsed = () => desk.services.tokens.list(mei.userId!)[0].lastUsedAt;
    const recent = new Date(Date.now() - 5_000).toISOString();
    setUsed.run(recent);
    expect(desk.services.tokens.authenticate(token)?.login).toBe('mei');
    expect(lastUsed()).toBe(recent);
    const old = new Date(Date.now() - 5 * 60_000).toISOString();
    setUsed.run(old);
    expect(desk.services.tokens.authenticate(token)?.login).toBe('mei');
    expect(Date.parse(lastUsed()!)).toBeGreaterThan(Date.parse(old));
  });

  it("refuses to touch another person's tokens unless an administrator", async () => {
    const mei = await actorFor('mei');
    const lin = await actorFor('lin', 'chief');
    const { view } = desk.services.tokens.create(mei.userId!, 'ci', mei);
    expect(() => desk.services.tokens.revoke(mei.userId!, view.id, lin)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => desk.services.tokens.create(mei.userId!, 'x', lin)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => desk.services.tokens.revoke(lin.userId!, view.id, lin)).toThrow(
      expect.objectContaining({ code: 'token_not_found' }),
    );
    desk.services.tokens.revoke(mei.userId!, view.id, cliActor('root'));
    expect(desk.services.tokens.list(mei.userId!)[0].revoked).toBe(true);
  });

  it('refuses the token of a disabled account and anything that is not a token', async () => {
    const mei = await actorFor('mei');
    const { token } = desk.services.tokens.create(mei.userId!, 'ci', mei);
    desk.services.accounts.setDisabled('mei', true, cliActor('root'));
    expect(desk.services.tokens.authenticate(token)).toBeNull();
    expect(desk.services.tokens.authenticate('not-a-token')).toBeNull();
    expect(desk.services.tokens.authenticate(undefined)).toBeNull();
  });
});
