import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run as backupRun } from '../../scripts/cli/backup';
import { run as exportRun } from '../../scripts/cli/export';
import { run as importRun } from '../../scripts/cli/import';
import { run as restoreRun } from '../../scripts/cli/restore';
import { captureRun } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/services';

const pair = (name: string) => [
  '--zh',
  path.join(DEMO_DIR, `${name}.zh.txt`),
  '--en',
  path.join(DEMO_DIR, `${name}.en.txt`),
];

describe('cli backup and restore', () => {
  let dir: string;
  let live: string;
  let copy: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-restore-'));
    live = path.join(dir, 'live.db');
    copy = path.join(dir, 'backup.db');
    expect((await captureRun(importRun, [...pair('flood'), '--db', live])).code).toBe(0);
    const backup = await captureRun(backupRun, ['--out', copy, '--db', live]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('integrity ok');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('restores a backup to a new database that opens with the same article', async () => {
    const target = path.join(dir, 'new', 'restored.db');
    const res = await captureRun(restoreRun, ['--from', copy, '--db', target]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('integrity ok');
    const out = await captureRun(exportRun, ['1', '--format', 'txt', '--db', target]);
    expect(out.stdout).toContain('Heavy rain floods parts of Guangxi');
  });

  it('replaces an existing database only with --force, keeping the old one beside it', async () => {
    const target = path.join(dir, 'other.db');
    expect((await captureRun(importRun, [...pair('jetliner'), '--db', target])).code).toBe(0);
    const refused = await captureRun(restoreRun, ['--from', copy, '--db', target]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    const forced = await captureRun(restoreRun, ['--from', copy, '--db', target, '--force']);
    expect(forced.code).toBe(0);
    const kept = fs
      .readdirSync(dir)
      .find((f) => f.startsWith('other.db.before-restore-') && !/-(wal|shm)$/.test(f));
    expect(kept).toBeDefined();
    const now = await captureRun(exportRun, ['1', '--format', 'txt', '--db', target]);
    expect(now.stdout).toContain('Heavy rain floods parts of Guangxi');
    const before = await captureRun(exportRun, ['1', '--format', 'txt', '--db', path.join(dir, kept!)]);
    expect(before.stdout).not.toContain('Heavy rain floods parts of Guangxi');
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const damaged = path.join(dir, 'damaged.db');
    const bytes = fs.readFileSync(copy);
    // overwrite pages in the middle of the file: the b-trees no longer hold together
    bytes.fill(0x5a, 4096 * 2, Math.min(bytes.length, 4096 * 6));
    fs.writeFileSync(damaged, bytes);
    const target = path.join(dir, 'untouched.db');
    const res = await captureRun(restoreRun, ['--from', damaged, '--db', target]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/integrity check failed|not a readable SQLite database/);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses a file that is not a database', async () => {
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'not a database');
    const res = await captureRun(restoreRun, ['--from', text, '--db', path.join(dir, 'x.db')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('not a readable SQLite database');
  });
});
