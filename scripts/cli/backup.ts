import fs from 'node:fs';
import { parseArgs, stringFlag } from './args';
import { describeError, openForCommand } from './context';
import { verifyDatabaseFile } from './db-file';

/**
 * backup --out FILE [--db PATH]: a consistent copy of the database while the desk may be
 * running (SQLite's online backup, so WAL contents are included), verified by an integrity
 * check of the copy before it is reported done. `restore` puts one back.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const out = stringFlag(args, 'out');
  if (!out) {
    process.stderr.write('usage: backup --out FILE [--db PATH]\n');
    return 2;
  }
  if (fs.existsSync(out)) {
    process.stderr.write(`backup failed: ${out} exists; choose a new file\n`);
    return 2;
  }
  const opened = openForCommand('backup', args);
  if (!opened) return 1;
  const { db, close } = opened;
  try {
    await db.backup(out);
    const check = verifyDatabaseFile(out);
    if (!check.ok) {
      process.stderr.write(`backup failed: the copy ${out} does not verify: ${check.problem}\n`);
      return 1;
    }
    process.stdout.write(`backed up to ${out} (schema v${check.schema}, integrity ok)\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`backup failed: ${describeError(err)}\n`);
    return 1;
  } finally {
    await close();
  }
}
