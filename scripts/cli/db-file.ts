import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Whether a file is a sound Duizhao database: SQLite's full integrity check passes and the
 * desk's tables are there. Opened read-only, so checking never changes the file.
 */
export function verifyDatabaseFile(
  file: string,
): { ok: true; schema: number } | { ok: false; problem: string } {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    return { ok: false, problem: `no file at ${file}` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = result.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length > 0)
      return { ok: false, problem: `integrity check failed: ${problems.slice(0, 3).join('; ')}` };
    const tables = new Set(
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    for (const t of ['articles', 'segments', 'flags'])
      if (!tables.has(t)) return { ok: false, problem: `not a Duizhao database (no ${t} table)` };
    return { ok: true, schema: db.pragma('user_version', { simple: true }) as number };
  } catch (err) {
    return { ok: false, problem: `not a readable SQLite database (${(err as Error).message})` };
  } finally {
    db?.close();
  }
}
