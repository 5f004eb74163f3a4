import type { DB } from './connection';

export interface TriageActionRow {
  id: number;
  article_id: number;
  kind: 'one' | 'bulk' | 'recurring';
  status: 'open' | 'accepted' | 'resolved' | 'dismissed';
  params: string;
  actor: string;
  undone_by: string | null;
  undone_at: string | null;
  created_at: string;
}

export interface TriageChangeRow {
  action_id: number;
  flag_id: number;
  before_status: string;
  before_resolver: string | null;
  before_resolved_at: string | null;
  before_reason: string | null;
}

/** An open automatic flag with the texts of its row, for finding the same evidence elsewhere. */
export interface RecurringCandidate {
  id: number;
  article_id: number;
  type: string;
  evidence: string;
  en_start: number | null;
  en_end: number | null;
  zh_start: number | null;
  zh_end: number | null;
  zh: string;
  en: string;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export function createTriageRepo(db: DB) {
  const insertAction = db.prepare<
    { article_id: number; kind: string; status: string; params: string; actor: string },
    { id: number }
  >(
    `INSERT INTO triage_actions (article_id, kind, status, params, actor)
     VALUES (@article_id, @kind, @status, @params, @actor) RETURNING id`,
  );
  const insertChange = db.prepare<TriageChangeRow>(
    `INSERT INTO triage_changes (action_id, flag_id, before_status, before_resolver, before_resolved_at, before_reason)
     VALUES (@action_id, @flag_id, @before_status, @before_resolver, @before_resolved_at, @before_reason)`,
  );
  const lastAction = db.prepare<[number], TriageActionRow>(
    'SELECT * FROM triage_actions WHERE article_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1',
  );
  const actions = db.prepare<[number, number], TriageActionRow & { changes: number }>(
    `SELECT a.*, (SELECT count(*) FROM triage_changes c WHERE c.action_id = a.id) AS changes
     FROM triage_actions a WHERE a.article_id = ? ORDER BY a.id DESC LIMIT ?`,
  );
  const changes = db.prepare<[number], TriageChangeRow>(
    'SELECT * FROM triage_changes WHERE action_id = ? ORDER BY flag_id',
  );
  const markUndone = db.prepare<{ id: number; actor: string }>(
    `UPDATE triage_actions SET undone_at = ${NOW}, undone_by = @actor WHERE id = @id`,
  );
  const recurring = db.prepare<{ type: string; article_id: number | null }, RecurringCandidate>(
    `SELECT f.id, f.article_id, f.type, f.evidence, f.en_start, f.en_end, f.zh_start, f.zh_end, s.zh, s.en
     FROM flags f JOIN segments s ON s.id = f.segment_id
     WHERE f.origin = 'check' AND f.status = 'open' AND f.type = @type
       AND (@article_id IS NULL OR f.article_id = @article_id)
     ORDER BY f.article_id, s.position, f.id`,
  );

  return {
    recordAction: (a: { article_id: number; kind: string; status: string; params: object; actor: string }) =>
      insertAction.get({ ...a, params: JSON.stringify(a.params) })!.id,
    recordChange: (c: TriageChangeRow) => insertChange.run(c),
    lastAction: (articleId: number) => lastAction.get(articleId),
    actions: (articleId: number, limit = 50) => actions.all(articleId, limit),
    changes: (actionId: number) => changes.all(actionId),
    markUndone: (id: number, actor: string) => markUndone.run({ id, actor }),
    /** Open automatic flags of a type, in one article or (articleId null) in every article. */
    recurringCandidates: (type: string, articleId: number | null) =>
      recurring.all({ type, article_id: articleId }),
  };
}
export type TriageRepo = ReturnType<typeof createTriageRepo>;
