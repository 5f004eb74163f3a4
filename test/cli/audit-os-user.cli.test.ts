// The command line acts as a local administrator: what it imports and exports goes into the audit
// log under the OS user running it (os.userInfo(), not a $USER anyone can set), via 'cli'.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run as exportCmd } from '../../scripts/cli/export';
import { run as importCmd } from '../../scripts/cli/import';
import { openDatabase } from '../../server/db/connection';
import { captureRun } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/services';

describe('cli audit trail', () => {
  let dir: string;
  let db: string;
  const user = process.env.USER;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-cli-audit-'));
    db = path.join(dir, 'cli.db');
    process.env.USER = 'somebody-else';
  });
  afterEach(() => {
    process.env.USER = user;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('records an import and a final-text export under the OS user', async () => {
    const imported = await captureRun(importCmd, [
      '--zh',
      path.join(DEMO_DIR, 'visit.zh.txt'),
      '--en',
      path.join(DEMO_DIR, 'visit.en.txt'),
      '--db',
      db,
      '--json',
    ]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    const id = JSON.parse(imported.stdout).id;
    const exported = await captureRun(exportCmd, [String(id), '--format', 'txt', '--db', db]);
    expect(exported.code).toBe(0);
    const conn = openDatabase(db);
    const rows = conn
      .prepare<
        [],
        { actor: string; via: string; user_id: number | null; action: string; article_id: number }
      >(
        `SELECT actor, via, user_id, action, article_id FROM audit_log WHERE action IN ('import', 'export') ORDER BY id`,
      )
      .all();
    const author = conn.prepare<[], { created_by: string }>('SELECT created_by FROM articles').get();
    conn.close();
    const me = os.userInfo().username;
    expect(me).not.toBe('somebody-else');
    expect(rows).toEqual([
      { actor: me, via: 'cli', user_id: null, action: 'import', article_id: id },
      { actor: me, via: 'cli', user_id: null, action: 'export', article_id: id },
    ]);
    expect(author).toEqual({ created_by: me });
  });
});
