import type { DB } from './connection';

export interface SourceRow {
  id: number;
  article_id: number;
  lang: 'zh' | 'en';
  role: 'primary' | 'alternate';
  label: string;
  filename: string | null;
  format: string;
  encoding: string;
  raw: Buffer;
  paragraphs: string;
  dropped: string;
  created_at: string;
}

export type NewSource = Omit<SourceRow, 'id' | 'created_at'>;

export function createSourcesRepo(db: DB) {
  const insert = db.prepare<NewSource, { id: number }>(
    `INSERT INTO sources (article_id, lang, role, label, filename, format, encoding, raw, paragraphs, dropped)
     VALUES (@article_id, @lang, @role, @label, @filename, @format, @encoding, @raw, @paragraphs, @dropped)
     RETURNING id`,
  );
  const byArticle = db.prepare<[number], SourceRow>('SELECT * FROM sources WHERE article_id = ? ORDER BY id');
  const primary = db.prepare<[number, string], SourceRow>(
    `SELECT * FROM sources WHERE article_id = ? AND lang = ? AND role = 'primary' ORDER BY id LIMIT 1`,
  );
  const get = db.prepare<[number], SourceRow>('SELECT * FROM sources WHERE id = ?');
  return {
    insert: (s: NewSource) => insert.get(s)!.id,
    byArticle: (articleId: number) => byArticle.all(articleId),
    primary: (articleId: number, lang: 'zh' | 'en') => primary.get(articleId, lang),
    get: (id: number) => get.get(id),
  };
}
export type SourcesRepo = ReturnType<typeof createSourcesRepo>;
