import type { DB } from './connection';

export interface FlagRow {
  id: number;
  article_id: number;
  segment_id: number;
  related_segment_id: number | null;
  origin: 'person' | 'check';
  type: string;
  category: string;
  severity: 'minor' | 'major' | 'critical';
  status: 'open' | 'accepted' | 'resolved' | 'dismissed';
  en_start: number | null;
  en_end: number | null;
  zh_start: number | null;
  zh_end: number | null;
  quote: string | null;
  note: string;
  message_zh: string | null;
  suggestion: string | null;
  evidence: string;
  check_key: string | null;
  /** A check's confidence in the finding (0–1); null for people's flags. */
  confidence: number | null;
  author: string;
  resolver: string | null;
  resolved_at: string | null;
  /** Why a person dismissed (or accepted) it, when they said. */
  status_reason: string | null;
  created_at: string;
  updated_at: string;
}

export type NewFlag = Omit<
  FlagRow,
  'id' | 'status' | 'resolver' | 'resolved_at' | 'status_reason' | 'created_at' | 'updated_at'
>;

export interface FlagFilter {
  status?: string;
  severity?: string;
  category?: string;
  origin?: string;
  type?: string;
}

export interface CommentRow {
  id: number;
  flag_id: number;
  author: string;
  body: string;
  created_at: string;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export function createFlagsRepo(db: DB) {
  const insert = db.prepare<NewFlag, { id: number }>(
    `INSERT INTO flags (article_id, segment_id, related_segment_id, origin, type, category, severity, en_start, en_end,
       zh_start, zh_end, quote, note, message_zh, suggestion, evidence, check_key, confidence, author)
     VALUES (@article_id, @segment_id, @related_segment_id, @origin, @type, @category, @severity, @en_start, @en_end,
       @zh_start, @zh_end, @quote, @note, @message_zh, @suggestion, @evidence, @check_key, @confidence, @author)
     RETURNING id`,
  );
  const get = db.prepare<[number], FlagRow>('SELECT * FROM flags WHERE id = ?');
  const list = db.prepare<Record<string, unknown>, FlagRow>(
    `SELECT f.* FROM flags f JOIN segments s ON s.id = f.segment_id
     WHERE f.article_id = @article_id
       AND (@status IS NULL OR f.status = @status) AND (@severity IS NULL OR f.severity = @severity)
       AND (@category IS NULL OR f.category = @category) AND (@origin IS NULL OR f.origin = @origin)
       AND (@type IS NULL OR f.type = @type)
     ORDER BY s.position, CASE f.severity WHEN 'critical' THEN 0 WHEN 'major' THEN 1 ELSE 2 END, f.id`,
  );
  const checkFlags = db.prepare<[number], FlagRow>(
    `SELECT * FROM flags WHERE article_id = ? AND origin = 'check'`,
  );
  const setStatus = db.prepare<{ id: number; status: string; resolver: string | null }>(
    `UPDATE flags SET status = @status, updated_at = ${NOW},
       resolver = CASE WHEN @status = 'open' THEN NULL ELSE @resolver END,
       resolved_at = CASE WHEN @status IN ('resolved', 'dismissed') THEN ${NOW} ELSE NULL END
     WHERE id = @id`,
  );
  // A person's decision: the reason goes with it (a reopen clears it).
  const decide = db.prepare<{ id: number; status: string; resolver: string; reason: string | null }>(
    `UPDATE flags SET status = @status, updated_at = ${NOW},
       resolver = CASE WHEN @status = 'open' THEN NULL ELSE @resolver END,
       resolved_at = CASE WHEN @status IN ('resolved', 'dismissed') THEN ${NOW} ELSE NULL END,
       status_reason = CASE WHEN @status = 'open' THEN NULL ELSE @reason END
     WHERE id = @id`,
  );
  // Undo puts back exactly what was there.
  const restore = db.prepare<{
    id: number;
    status: string;
    resolver: string | null;
    resolved_at: string | null;
    reason: string | null;
  }>(
    `UPDATE flags SET status = @status, resolver = @resolver, resolved_at = @resolved_at,
       status_reason = @reason, updated_at = ${NOW} WHERE id = @id`,
  );
  const refresh = db.prepare<{
    id: number;
    segment_id: number;
    related_segment_id: number | null;
    en_start: number | null;
    en_end: number | null;
    zh_start: number | null;
    zh_end: number | null;
    note: string;
    message_zh: string | null;
    suggestion: string | null;
    evidence: string;
    confidence: number | null;
  }>(
    `UPDATE flags SET segment_id = @segment_id, related_segment_id = @related_segment_id, en_start = @en_start,
       en_end = @en_end, zh_start = @zh_start, zh_end = @zh_end, note = @note, message_zh = @message_zh,
       suggestion = @suggestion, evidence = @evidence, confidence = @confidence, updated_at = ${NOW} WHERE id = @id`,
  );
  const insertComment = db.prepare<{ flag_id: number; author: string; body: string }>(
    'INSERT INTO comments (flag_id, author, body) VALUES (@flag_id, @author, @body)',
  );
  const commentsByArticle = db.prepare<[number], CommentRow>(
    `SELECT c.* FROM comments c JOIN flags f ON f.id = c.flag_id WHERE f.article_id = ? ORDER BY c.id`,
  );

  const bySegment = db.prepare<[number], FlagRow>(
    `SELECT * FROM flags WHERE segment_id = ?
     ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'major' THEN 1 ELSE 2 END, id`,
  );
  const pointingAt = db.prepare<[number], FlagRow>(
    'SELECT * FROM flags WHERE related_segment_id = ? ORDER BY id',
  );
  const commentsOfFlag = db.prepare<[number], CommentRow>(
    'SELECT * FROM comments WHERE flag_id = ? ORDER BY id',
  );

  return {
    insert: (f: NewFlag) => insert.get(f)!.id,
    /** One row's flags, in the order the article view lists them. */
    bySegment: (segmentId: number) => bySegment.all(segmentId),
    /** Flags on other rows that name this row as related (e.g. "contradicted by row N"). */
    pointingAt: (segmentId: number) => pointingAt.all(segmentId),
    comments: (flagId: number) => commentsOfFlag.all(flagId),
    get: (id: number) => get.get(id),
    list: (articleId: number, f: FlagFilter = {}) =>
      list.all({
        article_id: articleId,
        status: f.status ?? null,
        severity: f.severity ?? null,
        category: f.category ?? null,
        origin: f.origin ?? null,
        type: f.type ?? null,
      }),
    checkFlags: (articleId: number) => checkFlags.all(articleId),
    setStatus: (id: number, status: string, resolver: string | null) =>
      setStatus.run({ id, status, resolver }),
    decide: (id: number, status: string, resolver: string, reason: string | null) =>
      decide.run({ id, status, resolver, reason }),
    restore: (r: {
      id: number;
      status: string;
      resolver: string | null;
      resolved_at: string | null;
      reason: string | null;
    }) => restore.run(r),
    refresh: (row: Parameters<typeof refresh.run>[0]) => refresh.run(row),
    addComment: (flagId: number, author: string, body: string) =>
      insertComment.run({ flag_id: flagId, author, body }),
    commentsByArticle: (articleId: number) => commentsByArticle.all(articleId),
  };
}
export type FlagsRepo = ReturnType<typeof createFlagsRepo>;
