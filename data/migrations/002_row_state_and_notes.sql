-- Per-row review state (imported from XLIFF/TMX or set by reviewers) and free notes on a row
-- (XLIFF <note>s arrive as these).

ALTER TABLE segments ADD COLUMN review_state TEXT
  CHECK (review_state IS NULL OR review_state IN ('initial', 'translated', 'reviewed', 'final'));

CREATE TABLE segment_notes (
  id INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX segment_notes_segment ON segment_notes (segment_id, id);
