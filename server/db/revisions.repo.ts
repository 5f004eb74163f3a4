import type { DB } from './connection';

export interface RevisionRow {
  id: number;
  segment_id: number;
  text: string;
  previous_text: string;
  author: string;
  note: string | null;
  created_at: string;
}

export function createRevisionsRepo(db: DB) {
  const insert = db.prepare<Omit<RevisionRow, 'id' | 'created_at'>, { id: number }>(
    `INSERT INTO revisions (segment_id, text, previous_text, author, note)
     VALUES (@segment_id, @text, @previous_text, @author, @note) RETURNING id`,
  );
  const bySegment = db.prepare<[number], RevisionRow>(
    'SELECT * FROM revisions WHERE segment_id = ? ORDER BY id DESC',
  );
  const lastByArticle = db.prepare<[number], { segment_id: number; author: string; created_at: string }>(
    // Row by row through revisions_segment: the latest revision is one index probe per row,
    // where grouping the whole revisions table first read every revision of every article.
    `SELECT r.segment_id, r.author, r.created_at FROM segments s
     JOIN revisions r ON r.id = (SELECT max(id) FROM revisions WHERE segment_id = s.id)
     WHERE s.article_id = ?`,
  );
  return {
    insert: (r: Omit<RevisionRow, 'id' | 'created_at'>) => insert.get(r)!.id,
    bySegment: (segmentId: number) => bySegment.all(segmentId),
    lastByArticle: (articleId: number) => new Map(lastByArticle.all(articleId).map((r) => [r.segment_id, r])),
  };
}
export type RevisionsRepo = ReturnType<typeof createRevisionsRepo>;
