import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run as backupRun } from '../../scripts/cli/backup';
import { run as exportRun } from '../../scripts/cli/export';
import { run as importRun } from '../../scripts/cli/import';
import { captureRun } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/services';

const pair = (name: string) => [
  '--zh',
  path.join(DEMO_DIR, `${name}.zh.txt`),
  '--en',
  path.join(DEMO_DIR, `${name}.en.txt`),
];

describe('cli commands and a database that does not exist', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-nodb-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('backup names the missing database, exits 1 and creates nothing', async () => {
    const typo = path.join(dir, 'duizhoa.db');
    const res = await captureRun(backupRun, ['--out', path.join(dir, 'copy.db'), '--db', typo]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`no database at ${typo}`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('export names the missing database and creates nothing', async () => {
    const typo = path.join(dir, 'nested', 'missing.db');
    const res = await captureRun(exportRun, ['1', '--format', 'txt', '--db', typo]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`no database at ${typo}`);
    expect(fs.existsSync(path.join(dir, 'nested'))).toBe(false);
  });

  it('import creates the database it is pointed at', async () => {
    const db = path.join(dir, 'new.db');
    const res = await captureRun(importRun, [...pair('flood'), '--db', db]);
    expect(res.code).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
  });
});

describe('cli import of texts already imported', () => {
  it('warns with the existing article instead of storing a copy, unless --allow-duplicate', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-dup-'));
    const db = path.join(dir, 'dup.db');
    const first = await captureRun(importRun, [...pair('flood'), '--db', db, '--json']);
    expect(first.code).toBe(0);
    const again = await captureRun(importRun, [...pair('flood'), '--db', db, '--json']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('already imported as article 1');
    expect(JSON.parse(again.stdout).id).toBe(1);
    const forced = await captureRun(importRun, [...pair('flood'), '--db', db, '--json', '--allow-duplicate']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).id).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
