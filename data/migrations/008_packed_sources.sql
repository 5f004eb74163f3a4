-- One stored copy of each imported text. A source's raw input and its cleaned paragraphs are
-- mostly the same text: new sources keep both in `packed`, compressed together (brotli of the
-- raw bytes' length, the raw bytes and the paragraphs JSON; see server/db/sources.repo.ts),
-- and leave `raw` and `paragraphs` empty. Sources stored before this migration stay as they
-- were and read the same.

ALTER TABLE sources ADD COLUMN packed BLOB;
