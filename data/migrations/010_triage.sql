-- Triage: every change a person makes to flag statuses — one flag, or many at once (by type,
-- severity or row range, or wherever the same evidence recurs) — is one action, with each flag's
-- state before it, so the latest action of an article can be undone. The audit log records both.

ALTER TABLE flags ADD COLUMN status_reason TEXT; -- why it was dismissed (or accepted), if given

CREATE TABLE triage_actions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('one', 'bulk', 'recurring')),
  status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'resolved', 'dismissed')),
  params TEXT NOT NULL DEFAULT '{}', -- JSON: the selection (type, severity, rows, scope) and reason
  actor TEXT NOT NULL,
  undone_by TEXT,
  undone_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX triage_actions_article ON triage_actions (article_id, id);

CREATE TABLE triage_changes (
  action_id INTEGER NOT NULL REFERENCES triage_actions (id) ON DELETE CASCADE,
  flag_id INTEGER NOT NULL REFERENCES flags (id) ON DELETE CASCADE,
  before_status TEXT NOT NULL,
  before_resolver TEXT,
  before_resolved_at TEXT,
  before_reason TEXT,
  PRIMARY KEY (action_id, flag_id)
) STRICT;
CREATE INDEX triage_changes_flag ON triage_changes (flag_id);
