import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { parseArgs, stringFlag } from './args';
import { verifyDatabaseFile } from './db-file';

const USAGE = 'usage: restore --from BACKUP [--db PATH] [--force]   (stop the desk first)';

/**
 * restore --from BACKUP [--db PATH] [--force]: puts a backup back as the desk's database. The
 * backup is verified first (integrity check, the desk's tables); an existing database is only
 * replaced with --force, and is kept beside it as PATH.before-restore-<time>. The restored file
 * is verified again and migrated to this version's schema. Run it while the desk is stopped.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['force']);
  const from = stringFlag(args, 'from');
  if (!from) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig({
    ...process.env,
    ...(stringFlag(args, 'db') ? { DB_PATH: stringFlag(args, 'db') } : {}),
  });
  const target = config.dbPath;
  const source = verifyDatabaseFile(from);
  if (!source.ok) {
    process.stderr.write(`restore failed: ${from}: ${source.problem}; nothing was changed\n`);
    return 1;
  }
  if (path.resolve(from) === path.resolve(target)) {
    process.stderr.write(`restore failed: ${from} is the database itself\n`);
    return 2;
  }
  let kept: string | null = null;
  if (fs.existsSync(target)) {
    if (!args.flags.has('force')) {
      process.stderr.write(
        `restore refused: ${target} exists; stop the desk and pass --force to replace it (it is kept as a copy)\n`,
      );
      return 2;
    }
    kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(target, kept);
    // the old database's write-ahead log belongs to it, not to the restored file
    for (const ext of ['-wal', '-shm'])
      if (fs.existsSync(target + ext)) fs.renameSync(target + ext, kept + ext);
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = `${target}.restoring`;
  fs.copyFileSync(from, tmp);
  fs.renameSync(tmp, target);
  const restored = verifyDatabaseFile(target);
  if (!restored.ok) {
    process.stderr.write(`restore failed: the restored ${target} does not verify: ${restored.problem}\n`);
    return 1;
  }
  const db = openDatabase(target);
  const schema = migrate(db, path.join(config.dataDir, 'migrations'));
  db.close();
  process.stdout.write(
    `restored ${from} to ${target} (schema v${restored.schema}${schema !== restored.schema ? ` → v${schema}` : ''}, integrity ok)${kept ? `; the previous database is kept as ${kept}` : ''}\n`,
  );
  return 0;
}
