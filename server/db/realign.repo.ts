import type { DB } from './connection';
import type { CommentRow, FlagRow } from './flags.repo';
import type { NoteRow } from './notes.repo';
import type { RevisionRow } from './revisions.repo';
import type { SegmentRow } from './segments.repo';

/** Everything that hangs off a set of rows, so a realignment can be undone without loss. */
export interface RowsSnapshot {
  segments: SegmentRow[];
  revisions: RevisionRow[];
  flags: FlagRow[];
  comments: CommentRow[];
  notes: NoteRow[];
  renderingRows: { rendering_id: number; segment_id: number; text: string }[];
}

export interface AlignmentOpRow {
  id: number;
  article_id: number;
  op: string;
  params: string;
  before_rows: string;
  author: string;
  undone_at: string | null;
  created_at: string;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(',');
}

export function createRealignRepo(db: DB) {
  const insertOp = db.prepare<
    { article_id: number; op: string; params: string; before_rows: string; author: string },
    { id: number }
  >(
    `INSERT INTO alignment_ops (article_id, op, params, before_rows, author)
     VALUES (@article_id, @op, @params, @before_rows, @author) RETURNING id`,
  );
  const lastOp = db.prepare<[number], AlignmentOpRow>(
    'SELECT * FROM alignment_ops WHERE article_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1',
  );
  const ops = db.prepare<[number], AlignmentOpRow>(
    'SELECT * FROM alignment_ops WHERE article_id = ? ORDER BY id DESC',
  );
  const markUndone = db.prepare<[number]>(`UPDATE alignment_ops SET undone_at = ${NOW} WHERE id = ?`);
  const setPosition = db.prepare<{ id: number; position: number }>(
    'UPDATE segments SET position = @position WHERE id = @id',
  );

  const all = <T>(sql: string, ids: number[]): T[] =>
    ids.length ? (db.prepare(sql).all(...ids) as T[]) : [];

  return {
    recordOp: (r: { article_id: number; op: string; params: object; before: RowsSnapshot; author: string }) =>
      insertOp.get({
        article_id: r.article_id,
        op: r.op,
        params: JSON.stringify(r.params),
        before_rows: JSON.stringify(r.before, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)),
        author: r.author,
      })!.id,
    lastOp: (articleId: number) => lastOp.get(articleId),
    ops: (articleId: number) => ops.all(articleId),
    markUndone: (id: number) => markUndone.run(id),

    snapshot(segmentIds: number[]): RowsSnapshot {
      const q = placeholders(segmentIds.length);
      const flags = all<FlagRow>(
        `SELECT * FROM flags WHERE segment_id IN (${q}) OR related_segment_id IN (${q})`,
        [...segmentIds, ...segmentIds],
      );
      const flagIds = flags.map((f) => f.id);
      return {
        segments: all<SegmentRow>(`SELECT * FROM segments WHERE id IN (${q}) ORDER BY position`, segmentIds),
        revisions: all<RevisionRow>(
          `SELECT * FROM revisions WHERE segment_id IN (${q}) ORDER BY id`,
          segmentIds,
        ),
        flags,
        comments: all<CommentRow>(
          `SELECT * FROM comments WHERE flag_id IN (${placeholders(flagIds.length)}) ORDER BY id`,
          flagIds,
        ),
        notes: all<NoteRow>(`SELECT * FROM segment_notes WHERE segment_id IN (${q}) ORDER BY id`, segmentIds),
        renderingRows: all(`SELECT * FROM rendering_rows WHERE segment_id IN (${q})`, segmentIds),
      };
    },

    /** Puts snapshot rows back with their original ids (they were deleted by the operation). */
    restore(s: RowsSnapshot): void {
      const insert = (table: string, row: object) => {
        const cols = Object.keys(row);
        db.prepare(
          `INSERT OR REPLACE INTO ${table} (${cols.join(',')}) VALUES (${cols.map((c) => `@${c}`).join(',')})`,
        ).run(row);
      };
      for (const seg of s.segments) insert('segments', { ...seg, position: -1_000_000 - seg.id });
      for (const r of s.revisions) insert('revisions', r);
      for (const f of s.flags) insert('flags', f);
      for (const c of s.comments) insert('comments', c);
      for (const n of s.notes) insert('segment_notes', n);
      for (const r of s.renderingRows) insert('rendering_rows', r);
    },

    deleteSegments(ids: number[]): void {
      if (ids.length)
        db.prepare(`DELETE FROM segments WHERE id IN (${placeholders(ids.length)})`).run(...ids);
    },

    /** Renumbers an article's rows 0..n-1 in the given order (two passes dodge the UNIQUE index). */
    renumber(orderedIds: number[]): void {
      for (const [i, id] of orderedIds.entries()) setPosition.run({ id, position: -1 - i });
      for (const [i, id] of orderedIds.entries()) setPosition.run({ id, position: i });
    },
  };
}
export type RealignRepo = ReturnType<typeof createRealignRepo>;
