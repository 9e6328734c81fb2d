#include "store/migrations.h"

namespace orbis::store::internal {
namespace {

constexpr Migration kMigrations[] = {
    {1, "registry, users, sessions, audit log", R"SQL(
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE institutions (
  id {{id}},
  ror_id TEXT UNIQUE,
  name TEXT NOT NULL,
  name_zh TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL,
  city TEXT NOT NULL DEFAULT '',
  state_province TEXT NOT NULL DEFAULT '',
  types TEXT NOT NULL,
  established INTEGER,
  website TEXT NOT NULL DEFAULT '',
  wikidata TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX institutions_country ON institutions (country);
CREATE TABLE institution_names (
  institution_id BIGINT NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  lang TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  PRIMARY KEY (institution_id, position)
);
CREATE TABLE institution_domains (
  domain TEXT PRIMARY KEY,
  institution_id BIGINT NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL
);
CREATE INDEX institution_domains_institution ON institution_domains (institution_id);
CREATE TABLE org_units (
  id {{id}},
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  parent_id BIGINT REFERENCES org_units (id),
  code TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  name_zh TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX org_units_institution ON org_units (institution_id);
CREATE TABLE users (
  id {{id}},
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  org_unit_id BIGINT REFERENCES org_units (id),
  institution_id BIGINT REFERENCES institutions (id),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
)
)SQL"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace orbis::store::internal
