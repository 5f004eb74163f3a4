import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { searchGrams } from './search-grams';

export type DB = Database.Database;

/**
 * Opens the database with the settings every connection needs: WAL, foreign keys, busy timeout,
 * and the functions the search triggers and queries call.
 */
export function openDatabase(file: string): DB {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // FULL: a commit the desk acknowledged survives a power cut too, not only a crash (NORMAL in
  // WAL mode may lose the last commits then); the cost is one fsync per save, well under a millisecond on SSDs
  db.pragma('synchronous = FULL');
  db.function('dz_grams', { deterministic: true }, (text: unknown) => searchGrams(String(text ?? '')));
  db.function('dz_fold', { deterministic: true }, (text: unknown) => String(text ?? '').toLowerCase());
  return db;
}
