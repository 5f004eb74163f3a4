import type { DB } from './connection';

export interface GlossaryRow {
  id: number;
  zh: string;
  en: string;
  variants: string; // JSON: string[]
  note: string;
  created_at: string;
}

export type GlossaryFields = Pick<GlossaryRow, 'zh' | 'en' | 'variants' | 'note'>;

export function createGlossaryRepo(db: DB) {
  const insert = db.prepare<GlossaryFields, { id: number }>(
    `INSERT INTO glossary_terms (zh, en, variants, note) VALUES (@zh, @en, @variants, @note) RETURNING id`,
  );
  const update = db.prepare<GlossaryFields & { id: number }>(
    'UPDATE glossary_terms SET zh = @zh, en = @en, variants = @variants, note = @note WHERE id = @id',
  );
  const remove = db.prepare<[number]>('DELETE FROM glossary_terms WHERE id = ?');
  const get = db.prepare<[number], GlossaryRow>('SELECT * FROM glossary_terms WHERE id = ?');
  const find = db.prepare<{ zh: string; en: string }, GlossaryRow>(
    'SELECT * FROM glossary_terms WHERE zh = @zh AND en = @en',
  );
  const where = `WHERE @q IS NULL OR zh LIKE @q ESCAPE '\\' OR en LIKE @q ESCAPE '\\'
      OR variants LIKE @q ESCAPE '\\' OR note LIKE @q ESCAPE '\\'`;
  const list = db.prepare<{ q: string | null; limit: number; offset: number }, GlossaryRow>(
    `SELECT * FROM glossary_terms ${where} ORDER BY zh, en, id LIMIT @limit OFFSET @offset`,
  );
  const count = db.prepare<{ q: string | null }, { n: number }>(
    `SELECT count(*) AS n FROM glossary_terms ${where}`,
  );
  const all = db.prepare<[], GlossaryRow>('SELECT * FROM glossary_terms ORDER BY zh, en, id');

  const pattern = (q: string | undefined) => (q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null);

  return {
    insert: (row: GlossaryFields) => insert.get(row)!.id,
    update: (id: number, row: GlossaryFields) => update.run({ ...row, id }).changes,
    remove: (id: number) => remove.run(id).changes,
    get: (id: number) => get.get(id),
    /** The term with exactly this pair (the table's UNIQUE key), if any. */
    find: (zh: string, en: string) => find.get({ zh, en }),
    list: (f: { q?: string; limit: number; offset: number }) =>
      list.all({ q: pattern(f.q), limit: f.limit, offset: f.offset }),
    count: (f: { q?: string }) => count.get({ q: pattern(f.q) })!.n,
    all: () => all.all(),
  };
}
export type GlossaryRepo = ReturnType<typeof createGlossaryRepo>;
