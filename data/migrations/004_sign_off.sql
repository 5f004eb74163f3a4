-- Sign-off: who approved an article, when, and — when critical flags were still unresolved —
-- the reason the approver gave for approving anyway. The audit log keeps every change; these
-- columns hold the current approval, for the page, the list and the review report.

ALTER TABLE articles ADD COLUMN approved_by TEXT;
ALTER TABLE articles ADD COLUMN approved_at TEXT;
ALTER TABLE articles ADD COLUMN approval_override TEXT;
ALTER TABLE articles ADD COLUMN approval_open_critical INTEGER NOT NULL DEFAULT 0;
