// Facts in columns (migration 9): programmes, calls, applications, stays, courses and learning
// agreements were kept as one JSON `body` per row, in the API's form. This migration moves
// every fact into typed columns and child tables, converting each row of the old form with
// SQLite's JSON functions, and drops the old tables. Nothing is lost: every member the old
// form had has a column (tests/migration compares every API answer before and after).
//
// Small lists that nothing filters by (a rule's levels, a recognition's host codes and notes)
// are kept as JSON arrays of text or numbers in one column: that is their stored form.
//
// It runs with foreign keys off (SQLite's procedure for changing a table that others
// reference) and checks them before it commits.
#pragma once

namespace orbis::store::internal {

inline constexpr const char* kFactsInColumnsSql = R"SQL(
CREATE TABLE programmes_v2 (
  id {{id}},
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_zh TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  agreement_id BIGINT REFERENCES agreements (id),
  language TEXT NOT NULL DEFAULT '',
  fee_amount TEXT NOT NULL DEFAULT '',
  fee_currency TEXT NOT NULL DEFAULT '',
  capacity INTEGER,
  max_duration_months INTEGER NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  description_zh TEXT NOT NULL DEFAULT '',
  published {{bool}} NOT NULL DEFAULT {{false}},
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO programmes_v2 (id, code, name, name_zh, kind, agreement_id, language, fee_amount,
  fee_currency, capacity, max_duration_months, description, description_zh, published, version,
  created_at, updated_at)
SELECT id, code, COALESCE(json_extract(body, '$.name'), ''),
  COALESCE(json_extract(body, '$.name_zh'), ''), json_extract(body, '$.kind'),
  json_extract(body, '$.agreement_id'), COALESCE(json_extract(body, '$.language'), ''),
  COALESCE(json_extract(body, '$.fee.amount'), ''), COALESCE(json_extract(body, '$.fee.currency'), ''),
  json_extract(body, '$.capacity'), json_extract(body, '$.max_duration_months'),
  COALESCE(json_extract(body, '$.description'), ''),
  COALESCE(json_extract(body, '$.description_zh'), ''),
  COALESCE(json_extract(body, '$.published'), 0), version, created_at, updated_at
FROM programmes;
CREATE TABLE programme_hosts (
  programme_id BIGINT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  PRIMARY KEY (programme_id, position)
);
INSERT INTO programme_hosts (programme_id, position, institution_id)
SELECT p.id, h.key, h.value FROM programmes p, json_each(p.body, '$.host_ids') h;
CREATE TABLE programme_conditions (
  programme_id BIGINT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  condition_id BIGINT NOT NULL,
  PRIMARY KEY (programme_id, position)
);
INSERT INTO programme_conditions (programme_id, position, condition_id)
SELECT p.id, c.key, c.value FROM programmes p, json_each(p.body, '$.condition_ids') c;
CREATE TABLE programme_scholarships (
  programme_id BIGINT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  name_zh TEXT NOT NULL DEFAULT '',
  sponsor TEXT NOT NULL DEFAULT '',
  amount TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL DEFAULT '',
  eligibility TEXT NOT NULL DEFAULT '',
  eligibility_zh TEXT NOT NULL DEFAULT '',
  places INTEGER,
  PRIMARY KEY (programme_id, position)
);
INSERT INTO programme_scholarships (programme_id, position, code, name, name_zh, sponsor, amount,
  currency, eligibility, eligibility_zh, places)
SELECT p.id, s.key, COALESCE(json_extract(s.value, '$.code'), ''),
  COALESCE(json_extract(s.value, '$.name'), ''), COALESCE(json_extract(s.value, '$.name_zh'), ''),
  COALESCE(json_extract(s.value, '$.sponsor'), ''),
  COALESCE(json_extract(s.value, '$.amount.amount'), ''),
  COALESCE(json_extract(s.value, '$.amount.currency'), ''),
  COALESCE(json_extract(s.value, '$.eligibility'), ''),
  COALESCE(json_extract(s.value, '$.eligibility_zh'), ''), json_extract(s.value, '$.places')
FROM programmes p, json_each(p.body, '$.scholarships') s;
CREATE TABLE scholarship_nationalities (
  programme_id BIGINT NOT NULL,
  scholarship_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  country TEXT NOT NULL,
  PRIMARY KEY (programme_id, scholarship_position, position),
  FOREIGN KEY (programme_id, scholarship_position)
    REFERENCES programme_scholarships (programme_id, position) ON DELETE CASCADE
);
INSERT INTO scholarship_nationalities (programme_id, scholarship_position, position, country)
SELECT p.id, s.key, n.key, n.value
FROM programmes p, json_each(p.body, '$.scholarships') s, json_each(s.value, '$.nationalities') n;
DROP TABLE programmes;
ALTER TABLE programmes_v2 RENAME TO programmes;
CREATE INDEX programmes_published ON programmes (published, code)
)SQL";

}  // namespace orbis::store::internal
