// Query plans of every statement the repositories prepare: the hot queries must go through
// indexes, so their cost stays flat as the desk grows to tens of thousands of articles.

import { createRepos } from '../../server/db';
import type { DB } from '../../server/db/connection';
import { openDatabase } from '../../server/db/connection';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS_DIR } from '../helpers/services';

// Tables that stay small (or are read whole on purpose) may be scanned.
const SMALL_TABLES = new Set(['articles', 'glossary_terms', 'audit_log', 'users', 'sessions']);

/** Every SQL text the repositories prepare, captured as createRepos prepares them. */
function preparedStatements(db: DB): string[] {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  const spy = ((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  }) as DB['prepare'];
  const wrapped = Object.create(db, { prepare: { value: spy } }) as DB;
  createRepos(wrapped);
  return seen;
}

function plan(db: DB, sql: string): string[] {
  const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]))];
  const positional = (sql.replace(/'[^']*'/g, '').match(/\?/g) ?? []).length;
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const args = named.length
    ? [Object.fromEntries(named.map((n) => [n, null]))]
    : Array(positional).fill(null);
  return (stmt.all(...args) as { detail: string }[]).map((r) => r.detail);
}

/** "SCAN t" without an index, for a table that grows with the desk (plans name aliases). */
function fullScans(sql: string, details: string[]): string[] {
  const tables = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    tables.set(m[1], m[1]);
    if (m[2] && !/^(WHERE|JOIN|ON|ORDER|GROUP|LIMIT|LEFT|INNER|CROSS)$/i.test(m[2])) tables.set(m[2], m[1]);
  }
  return details.filter((d) => {
    const m = /^SCAN (\w+)(.*)$/.exec(d);
    if (!m) return false;
    if (/USING (COVERING )?INDEX|VIRTUAL TABLE/.test(m[2])) return false;
    return !SMALL_TABLES.has(tables.get(m[1]) ?? m[1]);
  });
}

describe('db query plans', () => {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS_DIR);
  const statements = preparedStatements(db).filter((s) => /^\s*(SELECT|WITH)/i.test(s));
  afterAll(() => db.close());

  it('captures the repositories’ queries', () => {
    expect(statements.length).toBeGreaterThan(20);
  });

  it('reads no growing table in full in any repository query', () => {
    const offenders = statements
      .map((sql) => ({ sql: sql.replace(/\s+/g, ' ').slice(0, 160), scans: fullScans(sql, plan(db, sql)) }))
      .filter((o) => o.scans.length > 0);
    expect(offenders).toEqual([]);
  });

  it('finds a row’s latest revision through revisions_segment (export)', () => {
    const sql = statements.find((s) => /max\(id\) FROM revisions/.test(s))!;
    const details = plan(db, sql);
    expect(details.join('\n')).toMatch(/revisions_segment/);
    expect(details.join('\n')).not.toMatch(/SCAN revisions|USE TEMP B-TREE FOR GROUP BY/);
  });

  it('pages search results in index order, without sorting every match', () => {
    const searches = statements.filter((s) => /MATCH @match/.test(s));
    // rows and count: one word, or checked with ASCII or Unicode case folding; the index-only count
    expect(searches).toHaveLength(7);
    for (const sql of searches) {
      const details = plan(db, sql).join('\n');
      expect(details).toMatch(/VIRTUAL TABLE INDEX/);
      expect(details).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });

  it('counts a one-token search past the cap from the index alone, reading no row', () => {
    const sql = statements.find((s) => /SELECT rowid FROM segments_search WHERE/.test(s))!;
    const details = plan(db, sql).join('\n');
    expect(details).toMatch(/VIRTUAL TABLE INDEX/);
    expect(details).not.toMatch(/segments\b(?!_search)|TEMP B-TREE/);
  });

  it('reads an article’s comments through comments_flag', () => {
    const sql = statements.find((s) => /FROM comments c JOIN flags f/.test(s))!;
    expect(plan(db, sql).join('\n')).toMatch(/comments_flag/);
  });

  it('has an index leading with the column of every foreign key (cascading deletes stay cheap)', () => {
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
      )
      .all()
      .map((t) => t.name);
    const missing: string[] = [];
    for (const table of tables) {
      const leading = new Set<string>();
      for (const idx of db.pragma(`index_list(${table})`) as { name: string }[]) {
        const cols = db.pragma(`index_info(${idx.name})`) as { seqno: number; name: string }[];
        const first = cols.find((c) => c.seqno === 0);
        if (first) leading.add(first.name);
      }
      // a rowid alias (INTEGER PRIMARY KEY) is its own index
      for (const col of db.pragma(`table_info(${table})`) as { name: string; pk: number; type: string }[])
        if (col.pk === 1 && col.type === 'INTEGER') leading.add(col.name);
      for (const fk of db.pragma(`foreign_key_list(${table})`) as { from: string }[])
        if (!leading.has(fk.from)) missing.push(`${table}.${fk.from}`);
    }
    expect(missing).toEqual([]);
  });
});
