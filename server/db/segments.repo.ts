import type { DB } from './connection';

export interface SegmentRow {
  id: number;
  article_id: number;
  position: number;
  kind: string;
  zh: string;
  en_original: string;
  en: string;
  zh_refs: string;
  en_refs: string;
  zh_para: number | null;
  en_para: number | null;
  confidence: number;
  manual: number;
  review_state: string | null;
  version: number;
  updated_at: string;
}

export type NewSegment = Omit<SegmentRow, 'id' | 'version' | 'updated_at' | 'review_state'> & {
  review_state?: string | null;
};

type SegmentUpdate = Omit<SegmentRow, 'article_id' | 'version' | 'updated_at' | 'review_state'>;

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

// Until a row's English is edited its original is the same text: the row then stores a NUL
// character (which no imported text contains) in en_original instead of a second copy, and
// every read here gives the text back. SQL outside this repo must read en_original through
// ORIGINAL_EN (search.repo.ts does). Rows stored before this keep their copy; both read alike.
const SAME = 'char(0)';
/** en_original as stored, resolved to the text (for `s.`-qualified queries pass the alias). */
export const ORIGINAL_EN = (t = '') =>
  `CASE WHEN ${t}en_original = ${SAME} THEN ${t}en ELSE ${t}en_original END`;
const READ = `SELECT *, ${ORIGINAL_EN()} AS en_original FROM segments`;
const STORED_ORIGINAL = `CASE WHEN @en_original = @en THEN ${SAME} ELSE @en_original END`;

export function createSegmentsRepo(db: DB) {
  const insert = db.prepare<NewSegment, { id: number }>(
    `INSERT INTO segments (article_id, position, kind, zh, en_original, en, zh_refs, en_refs, zh_para, en_para, confidence,
       manual, review_state)
     VALUES (@article_id, @position, @kind, @zh, ${STORED_ORIGINAL}, @en, @zh_refs, @en_refs, @zh_para, @en_para, @confidence,
       @manual, @review_state)
     RETURNING id`,
  );
  const byArticle = db.prepare<[number], SegmentRow>(`${READ} WHERE article_id = ? ORDER BY position`);
  const get = db.prepare<[number], SegmentRow>(`${READ} WHERE id = ?`);
  const stamps = db.prepare<[number], Pick<SegmentRow, 'id' | 'version' | 'position'>>(
    'SELECT id, version, position FROM segments WHERE article_id = ? ORDER BY position',
  );
  const updateEnglish = db.prepare<{ id: number; en: string; version: number }>(
    // the original gets its own copy once the English differs from it
    `UPDATE segments SET en = @en, en_original = ${ORIGINAL_EN()}, version = version + 1, updated_at = ${NOW}
     WHERE id = @id AND version = @version`,
  );
  const revisionCounts = db.prepare<[number], { segment_id: number; n: number }>(
    `SELECT r.segment_id, count(*) AS n FROM revisions r JOIN segments s ON s.id = r.segment_id
     WHERE s.article_id = ? GROUP BY r.segment_id`,
  );
  const remove = db.prepare<[number]>('DELETE FROM segments WHERE id = ?');
  const setPosition = db.prepare<{ id: number; position: number }>(
    'UPDATE segments SET position = @position WHERE id = @id',
  );
  const update = db.prepare<SegmentUpdate>(
    `UPDATE segments SET position = @position, kind = @kind, zh = @zh, en_original = ${STORED_ORIGINAL}, en = @en,
       zh_refs = @zh_refs, en_refs = @en_refs, zh_para = @zh_para, en_para = @en_para,
       confidence = @confidence, manual = @manual, version = version + 1, updated_at = ${NOW}
     WHERE id = @id`,
  );

  const positions = db.prepare<[string], { id: number; position: number }>(
    'SELECT id, position FROM segments WHERE id IN (SELECT value FROM json_each(?))',
  );
  const refsBefore = (side: 'zh' | 'en') =>
    db.prepare<{ article_id: number; position: number }, { refs: string }>(
      `SELECT ${side}_refs AS refs FROM segments
       WHERE article_id = @article_id AND position < @position AND ${side}_refs <> '[]'
       ORDER BY position DESC LIMIT 1`,
    );
  const zhRefsBefore = refsBefore('zh');
  const enRefsBefore = refsBefore('en');
  const lastPosition = db.prepare<[number], { position: number | null }>(
    'SELECT max(position) AS position FROM segments WHERE article_id = ?',
  );
  const revisionCount = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM revisions WHERE segment_id = ?',
  );

  return {
    /** Positions of the given rows, by id. */
    positions: (ids: number[]) =>
      new Map(positions.all(JSON.stringify(ids)).map((r) => [r.id, r.position] as [number, number])),
    /** Sentence references (JSON) of the nearest earlier row that has some, per side (null when none). */
    refsBefore: (articleId: number, position: number) => ({
      zh_refs: zhRefsBefore.get({ article_id: articleId, position })?.refs ?? null,
      en_refs: enRefsBefore.get({ article_id: articleId, position })?.refs ?? null,
    }),
    lastPosition: (articleId: number) => lastPosition.get(articleId)?.position ?? null,
    revisionCount: (segmentId: number) => revisionCount.get(segmentId)!.n,
    insert: (s: NewSegment) => insert.get({ review_state: null, ...s })!.id,
    byArticle: (articleId: number) => byArticle.all(articleId),
    /** Each row's id, version and position, in order: enough to tell whether the rows changed. */
    stamps: (articleId: number) => stamps.all(articleId),
    get: (id: number) => get.get(id),
    /** Returns false when the row changed since `version` was read (optimistic lock). */
    updateEnglish: (id: number, en: string, version: number) =>
      updateEnglish.run({ id, en, version }).changes === 1,
    revisionCounts: (articleId: number) =>
      new Map(revisionCounts.all(articleId).map((r) => [r.segment_id, r.n])),
    remove: (id: number) => remove.run(id),
    /** Moves a row's position; callers shift positions negative first to dodge UNIQUE clashes. */
    setPosition: (id: number, position: number) => setPosition.run({ id, position }),
    update: (s: SegmentUpdate) => update.run(s),
  };
}
export type SegmentsRepo = ReturnType<typeof createSegmentsRepo>;
