-- Duizhao schema, first version. Append-only: later changes go into 002_… and on.

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'editor' CHECK (role IN ('editor', 'reviewer', 'translator', 'chief')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  source_name TEXT,
  source_url TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved')),
  content_hash TEXT,
  created_by TEXT NOT NULL DEFAULT 'system',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX articles_updated ON articles (updated_at DESC, id DESC);
CREATE INDEX articles_hash ON articles (content_hash);

-- Raw inputs, kept unchanged so cleaning and alignment can be redone.
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  role TEXT NOT NULL DEFAULT 'primary' CHECK (role IN ('primary', 'alternate')),
  label TEXT NOT NULL DEFAULT '',
  filename TEXT,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  raw BLOB NOT NULL,
  paragraphs TEXT NOT NULL, -- JSON: Paragraph[] after cleaning
  dropped TEXT NOT NULL DEFAULT '[]', -- JSON: DroppedLine[]
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX sources_article ON sources (article_id, lang, role);

CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('headline', 'subhead', 'byline', 'dateline', 'lead', 'body', 'caption')),
  zh TEXT NOT NULL,
  en_original TEXT NOT NULL,
  en TEXT NOT NULL,
  zh_refs TEXT NOT NULL DEFAULT '[]', -- JSON: SentenceRef[] into the primary zh source
  en_refs TEXT NOT NULL DEFAULT '[]', -- JSON: SentenceRef[] into the primary en source
  zh_para INTEGER,
  en_para INTEGER,
  confidence REAL NOT NULL DEFAULT 1,
  manual INTEGER NOT NULL DEFAULT 0, -- 1 when a person fixed this row's alignment
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (article_id, position)
) STRICT;

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  previous_text TEXT NOT NULL,
  author TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX revisions_segment ON revisions (segment_id, id);

-- A second English rendering (e.g. the publisher's own beside a repost), mapped onto rows.
CREATE TABLE renderings (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE rendering_rows (
  rendering_id INTEGER NOT NULL REFERENCES renderings (id) ON DELETE CASCADE,
  segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  PRIMARY KEY (rendering_id, segment_id)
) STRICT;

CREATE TABLE flags (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  related_segment_id INTEGER REFERENCES segments (id) ON DELETE SET NULL,
  origin TEXT NOT NULL CHECK (origin IN ('person', 'check')),
  type TEXT NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'resolved', 'dismissed')),
  en_start INTEGER,
  en_end INTEGER,
  zh_start INTEGER,
  zh_end INTEGER,
  quote TEXT, -- the English span the flag was made on
  note TEXT NOT NULL DEFAULT '',
  message_zh TEXT, -- automatic findings carry their message in both languages
  suggestion TEXT,
  evidence TEXT NOT NULL DEFAULT '{}', -- JSON
  check_key TEXT, -- identity of an automatic finding, so re-runs do not duplicate it
  author TEXT NOT NULL,
  resolver TEXT,
  resolved_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX flags_article ON flags (article_id, status);
CREATE INDEX flags_segment ON flags (segment_id);
CREATE UNIQUE INDEX flags_check_key ON flags (article_id, check_key) WHERE check_key IS NOT NULL;

CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  flag_id INTEGER NOT NULL REFERENCES flags (id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Manual realignment operations: the rows before and after, so each can be undone.
CREATE TABLE alignment_ops (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  op TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  before_rows TEXT NOT NULL, -- JSON snapshot of the affected segments
  author TEXT NOT NULL,
  undone_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX alignment_ops_article ON alignment_ops (article_id, id);

CREATE TABLE glossary_terms (
  id INTEGER PRIMARY KEY,
  zh TEXT NOT NULL,
  en TEXT NOT NULL,
  variants TEXT NOT NULL DEFAULT '[]', -- JSON: string[]
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (zh, en)
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  details TEXT NOT NULL DEFAULT '{}'
) STRICT;
