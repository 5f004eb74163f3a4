-- How sure the automatic check was of a finding (0–1); NULL for people's flags. The desk shows
-- findings below 0.5 as "possible" and lets the editor hide them.
ALTER TABLE flags ADD COLUMN confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));
