-- Search that stays fast at tens of thousands of articles, in a fraction of the space.
--
-- One index replaces the trigram one (which could not serve the one- and two-character
-- queries Chinese needs, and stored every text twice over). Words are indexed by FTS5's
-- word tokenizer; each run of CJK characters as its characters and adjacent pairs, by
-- dz_grams (a function every connection registers, server/db/connection.ts), so 经济 or 华 is
-- one token and a longer Chinese query a few pairs.
--
-- The index is contentless (the text lives once, in segments) and keeps no positions
-- (detail=none): a query finds candidate rows by its tokens, and search.repo.ts checks each
-- for the exact substring (a one-word query needs no check: diacritics are kept, so a row
-- with the word contains the query). contentless_delete lets a row be removed by rowid alone, which the
-- INSERT trigger needs: realign.repo.ts restores rows with INSERT OR REPLACE, which fires no
-- DELETE trigger. The original English is indexed only where it differs from the current one.

DROP TRIGGER segments_fts_insert;
DROP TRIGGER segments_fts_delete;
DROP TRIGGER segments_fts_update;
DROP TABLE segments_fts;

CREATE VIRTUAL TABLE segments_search USING fts5 (
  body, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, detail = 'none'
);

CREATE TRIGGER segments_search_insert AFTER INSERT ON segments BEGIN
  DELETE FROM segments_search WHERE rowid = new.id;
  INSERT INTO segments_search (rowid, body) VALUES (new.id, dz_grams(new.zh || char(10) || new.en
    || CASE WHEN new.en_original = new.en THEN '' ELSE char(10) || new.en_original END));
END;

-- Also fires for rows removed by ON DELETE CASCADE when an article is deleted.
CREATE TRIGGER segments_search_delete AFTER DELETE ON segments BEGIN
  DELETE FROM segments_search WHERE rowid = old.id;
END;

CREATE TRIGGER segments_search_update AFTER UPDATE OF id, zh, en, en_original ON segments BEGIN
  DELETE FROM segments_search WHERE rowid = old.id;
  INSERT INTO segments_search (rowid, body) VALUES (new.id, dz_grams(new.zh || char(10) || new.en
    || CASE WHEN new.en_original = new.en THEN '' ELSE char(10) || new.en_original END));
END;

INSERT INTO segments_search (rowid, body)
  SELECT id, dz_grams(zh || char(10) || en || CASE WHEN en_original = en THEN '' ELSE char(10) || en_original END)
  FROM segments;
