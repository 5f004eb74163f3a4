-- Accounts: the people who log in, their sessions and API tokens, and an audit log that names
-- them. The users table of 001 was never written to (the desk had no accounts); it is rebuilt
-- with a login, a password hash and the four roles, keeping any rows it had.

CREATE TABLE users_v2 (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('translator', 'reviewer', 'chief', 'admin')),
  password_hash TEXT, -- scrypt with its parameters (see passwords.ts); NULL: cannot log in
  disabled_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO users_v2 (id, login, display_name, role, created_at)
  SELECT id, name, display_name, CASE role WHEN 'editor' THEN 'translator' ELSE role END, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_v2 RENAME TO users;

-- A browser session. The cookie carries a random value; only its SHA-256 is stored, so a copy
-- of the database does not log anyone in. Times are milliseconds since the epoch: idle and
-- absolute expiry are computed from them with the lifetimes in force.
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  address TEXT,
  user_agent TEXT
) STRICT;
CREATE INDEX sessions_user ON sessions (user_id);

-- Tokens for scripts (Authorization: Bearer …): shown once, stored as SHA-256.
CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  hint TEXT NOT NULL, -- the last characters, so a person can tell tokens apart
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  last_used_at TEXT,
  revoked_at TEXT
) STRICT;
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Values the server keeps for itself: a random secret for CSRF tokens, and the moment accounts
-- began. Author names written before that moment were free text anyone could type; they stay
-- as they are and are shown as "(unregistered)".
CREATE TABLE app_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
INSERT INTO app_meta (key, value) VALUES ('csrf_secret', lower(hex(randomblob(32))));
INSERT INTO app_meta (key, value) VALUES ('accounts_since', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- The audit log names the account (NULL before accounts, or for the command line, which acts as
-- the local OS user), how the action came in, and the article it belongs to (for its activity
-- view; no foreign key, so the trail outlives a deleted article).
ALTER TABLE audit_log ADD COLUMN user_id INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE audit_log ADD COLUMN via TEXT CHECK (via IS NULL OR via IN ('web', 'api', 'cli', 'system'));
ALTER TABLE audit_log ADD COLUMN article_id INTEGER;
UPDATE audit_log SET article_id = entity_id WHERE entity = 'article';
UPDATE audit_log SET article_id = (SELECT s.article_id FROM segments s WHERE s.id = audit_log.entity_id)
  WHERE entity = 'segment';
UPDATE audit_log SET article_id = (SELECT f.article_id FROM flags f WHERE f.id = audit_log.entity_id)
  WHERE entity = 'flag';
UPDATE audit_log SET article_id = (SELECT r.article_id FROM renderings r WHERE r.id = audit_log.entity_id)
  WHERE entity = 'rendering';
CREATE INDEX audit_log_article ON audit_log (article_id, id);
CREATE INDEX audit_log_user ON audit_log (user_id, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
