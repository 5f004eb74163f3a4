-- Full-text search over every row: the Chinese, the current English and the original English.
--
-- The trigram tokenizer indexes every run of three characters, so a phrase query is a
-- case-insensitive substring match that needs no word segmentation (Chinese has no spaces).
-- Queries shorter than three characters cannot use it; search.repo.ts falls back to LIKE.
--
-- A regular FTS5 table (it keeps its own copy of the text) rather than an external-content one:
-- rows can then be removed by rowid alone, without the old values. That matters because
-- realign.repo.ts restores rows with INSERT OR REPLACE, and a REPLACE does not fire DELETE
-- triggers (recursive_triggers is off), so the insert trigger removes any stale entry itself.

CREATE VIRTUAL TABLE segments_fts USING fts5 (zh, en, en_original, tokenize = 'trigram');

CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments BEGIN
  DELETE FROM segments_fts WHERE rowid = new.id;
  INSERT INTO segments_fts (rowid, zh, en, en_original) VALUES (new.id, new.zh, new.en, new.en_original);
END;

-- Also fires for rows removed by ON DELETE CASCADE when an article is deleted.
CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments BEGIN
  DELETE FROM segments_fts WHERE rowid = old.id;
END;

CREATE TRIGGER segments_fts_update AFTER UPDATE OF id, zh, en, en_original ON segments BEGIN
  DELETE FROM segments_fts WHERE rowid = old.id;
  INSERT INTO segments_fts (rowid, zh, en, en_original) VALUES (new.id, new.zh, new.en, new.en_original);
END;

INSERT INTO segments_fts (rowid, zh, en, en_original) SELECT id, zh, en, en_original FROM segments;
