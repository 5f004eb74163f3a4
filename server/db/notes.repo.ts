import type { DB } from './connection';

export interface NoteRow {
  id: number;
  segment_id: number;
  author: string;
  body: string;
  created_at: string;
}

/** Free notes on a row (e.g. an XLIFF unit's <note>s). */
export function createNotesRepo(db: DB) {
  const insert = db.prepare<{ segment_id: number; author: string; body: string }>(
    'INSERT INTO segment_notes (segment_id, author, body) VALUES (@segment_id, @author, @body)',
  );
  const byArticle = db.prepare<[number], NoteRow>(
    `SELECT n.* FROM segment_notes n JOIN segments s ON s.id = n.segment_id WHERE s.article_id = ? ORDER BY n.id`,
  );
  const bySegment = db.prepare<[number], NoteRow>(
    'SELECT * FROM segment_notes WHERE segment_id = ? ORDER BY id',
  );
  return {
    bySegment: (segmentId: number) => bySegment.all(segmentId),
    insert: (segmentId: number, author: string, body: string) =>
      insert.run({ segment_id: segmentId, author, body }),
    byArticle: (articleId: number) => byArticle.all(articleId),
  };
}
export type NotesRepo = ReturnType<typeof createNotesRepo>;
