-- An index under every foreign key that lacked one. Without them each article view and
-- export read the whole comments table, and deleting an article (ON DELETE CASCADE / SET NULL)
-- scanned flags, renderings and rendering_rows once per deleted row.
-- test/db/query-plans.test.ts keeps every foreign key indexed.

CREATE INDEX comments_flag ON comments (flag_id, id);
CREATE INDEX flags_related_segment ON flags (related_segment_id) WHERE related_segment_id IS NOT NULL;
CREATE INDEX renderings_article ON renderings (article_id, id);
CREATE INDEX renderings_source ON renderings (source_id);
CREATE INDEX rendering_rows_segment ON rendering_rows (segment_id);
