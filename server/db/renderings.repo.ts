import type { DB } from './connection';

export interface RenderingRow {
  id: number;
  article_id: number;
  source_id: number;
  label: string;
  created_at: string;
}

export function createRenderingsRepo(db: DB) {
  const insert = db.prepare<{ article_id: number; source_id: number; label: string }, { id: number }>(
    'INSERT INTO renderings (article_id, source_id, label) VALUES (@article_id, @source_id, @label) RETURNING id',
  );
  const insertRow = db.prepare<{ rendering_id: number; segment_id: number; text: string }>(
    'INSERT INTO rendering_rows (rendering_id, segment_id, text) VALUES (@rendering_id, @segment_id, @text)',
  );
  const byArticle = db.prepare<[number], RenderingRow>(
    'SELECT * FROM renderings WHERE article_id = ? ORDER BY id',
  );
  const get = db.prepare<[number], RenderingRow>('SELECT * FROM renderings WHERE id = ?');
  const rows = db.prepare<[number], { segment_id: number; text: string }>(
    'SELECT segment_id, text FROM rendering_rows WHERE rendering_id = ?',
  );
  const rowText = db.prepare<[number, number], { text: string }>(
    'SELECT text FROM rendering_rows WHERE rendering_id = ? AND segment_id = ?',
  );
  const remove = db.prepare<[number]>('DELETE FROM renderings WHERE id = ?');
  return {
    insert: (r: { article_id: number; source_id: number; label: string }) => insert.get(r)!.id,
    insertRow: (renderingId: number, segmentId: number, text: string) =>
      insertRow.run({ rendering_id: renderingId, segment_id: segmentId, text }),
    byArticle: (articleId: number) => byArticle.all(articleId),
    get: (id: number) => get.get(id),
    rows: (renderingId: number) => new Map(rows.all(renderingId).map((r) => [r.segment_id, r.text])),
    /** The rendering's text on one row ('' when it has none there). */
    rowText: (renderingId: number, segmentId: number) => rowText.get(renderingId, segmentId)?.text ?? '',
    remove: (id: number) => remove.run(id).changes,
  };
}
export type RenderingsRepo = ReturnType<typeof createRenderingsRepo>;
