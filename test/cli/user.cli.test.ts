import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { run } from '../../scripts/cli/user';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/connection';
import { createServices, type Services } from '../../server/services';
import { currentOsUser } from '../../server/services/actor';
import { captureRun } from '../helpers/cli';

const stdin = (text: string) => Readable.from([text]);

describe('cli user', () => {
  let dir: string;
  let db: string;
  const user = (argv: string[], input = stdin('')) => captureRun((a) => run(a, input), [...argv, '--db', db]);

  /** The services over the database the CLI wrote. */
  async function withServices(fn: (services: Services) => unknown): Promise<void> {
    const conn = openDatabase(db);
    try {
      await fn(createServices(conn, loadConfig({ DB_PATH: db })));
    } finally {
      conn.close();
    }
  }

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-cli-user-'));
    db = path.join(dir, 'cli.db');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds an account with a password from stdin, lists it, and the password logs in', async () => {
    const added = await user(
      ['add', 'mei', '--role', 'translator', '--name', 'Wang Mei', '--password-stdin'],
      stdin('a long password\n'),
    );
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toBe('added mei (translator)\n');
    const listed = await user(['list', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ login: 'mei', displayName: 'Wang Mei', role: 'translator', disabled: false }),
    ]);
    await withServices(async (services) => {
      expect((await services.accounts.verifyLogin('mei', 'a long password'))?.login).toBe('mei');
    });
  });

  it('records the OS user in the audit log', async () => {
    await user(['add', 'lin', '--role', 'chief', '--password-stdin'], stdin('a long password'));
    await user(['disable', 'lin']);
    const conn = openDatabase(db);
    const rows = conn
      .prepare<[], { actor: string; via: string; action: string; user_id: number | null }>(
        'SELECT actor, via, action, user_id FROM audit_log ORDER BY id',
      )
      .all();
    conn.close();
    expect(rows).toEqual([
      { actor: currentOsUser(), via: 'cli', action: 'user_add', user_id: null },
      { actor: currentOsUser(), via: 'cli', action: 'user_disable', user_id: null },
    ]);
  });

  it('prints a working API token alone on stdout', async () => {
    await user(['add', 'ci', '--role', 'reviewer', '--password-stdin'], stdin('a long password'));
    const res = await user(['token', 'ci', '--label', 'nightly']);
    expect(res.code).toBe(0);
    const token = res.stdout.trim();
    expect(token).toMatch(/^dz_[A-Za-z0-9_-]{43}$/);
    await withServices((services) => {
      expect(services.tokens.authenticate(token)?.login).toBe('ci');
      expect(services.tokens.list(services.accounts.getByLogin('ci').id)[0].label).toBe('nightly');
    });
  });

  it('resets a password, disables and enables, changes a role', async () => {
    await user(['add', 'zhang', '--role', 'reviewer', '--password-stdin'], stdin('first password'));
    expect((await user(['reset-password', 'zhang', '--password-stdin'], stdin('second password'))).code).toBe(
      0,
    );
    expect((await user(['role', 'zhang', 'chief'])).stdout).toBe('zhang is now chief\n');
    expect((await user(['disable', 'zhang'])).stdout).toBe('zhang disabled\n');
    expect((await user(['enable', 'zhang'])).stdout).toBe('zhang enabled\n');
    const listed = await user(['list']);
    expect(listed.stdout).toBe('zhang\tchief\tactive\tzhang\n');
  });

  it('explains failures with a code and a non-zero exit', async () => {
    const noDb = await user(['list']);
    expect(noDb).toMatchObject({ code: 1, stdout: '' });
    expect(noDb.stderr).toMatch(/^user list failed: no database at /);
    const short = await user(['add', 'x', '--role', 'chief', '--password-stdin'], stdin('short'));
    expect(short).toMatchObject({ code: 1, stdout: '' });
    expect(short.stderr).toBe('user add failed: password_too_short (min=10)\n');
    const bad = await user(['add', 'x', '--role', 'boss', '--password-stdin'], stdin('long enough pw'));
    expect(bad.stderr).toBe('user add failed: invalid_role\n');
    const missing = await user(['disable', 'ghost']);
    expect(missing.stderr).toBe('user disable failed: user_not_found (id=ghost)\n');
    const noTty = await user(['add', 'y', '--role', 'chief']);
    expect(noTty.stderr).toMatch(/--password-stdin/);
    expect((await user(['frobnicate'])).code).toBe(2);
  });
});
