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
CREATE INDEX programmes_published ON programmes (published, code);

CREATE TABLE calls_v2 (
  id {{id}},
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_zh TEXT NOT NULL DEFAULT '',
  academic_year TEXT NOT NULL,
  term TEXT NOT NULL DEFAULT '',
  opens_at TEXT NOT NULL,
  closes_at TEXT NOT NULL,
  opens_at_utc TEXT NOT NULL,
  closes_at_utc TEXT NOT NULL,
  time_zone TEXT NOT NULL DEFAULT '',
  org_unit_id BIGINT REFERENCES org_units (id),
  levels TEXT NOT NULL DEFAULT '[]',
  years_of_study TEXT NOT NULL DEFAULT '[]',
  min_gpa DOUBLE PRECISION,
  gpa_scale TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  min_cefr TEXT NOT NULL DEFAULT '',
  field TEXT NOT NULL DEFAULT '',
  weight_gpa DOUBLE PRECISION NOT NULL,
  weight_language DOUBLE PRECISION NOT NULL,
  weight_interview DOUBLE PRECISION NOT NULL,
  weight_motivation DOUBLE PRECISION NOT NULL,
  max_preferences INTEGER NOT NULL,
  published_run_id BIGINT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO calls_v2 (id, code, title, title_zh, academic_year, term, opens_at, closes_at,
  opens_at_utc, closes_at_utc, time_zone, org_unit_id, levels, years_of_study, min_gpa, gpa_scale,
  language, min_cefr, field, weight_gpa, weight_language, weight_interview, weight_motivation,
  max_preferences, published_run_id, version, created_at, updated_at)
SELECT id, code, COALESCE(json_extract(body, '$.title'), ''),
  COALESCE(json_extract(body, '$.title_zh'), ''), academic_year,
  COALESCE(json_extract(body, '$.term'), ''), json_extract(body, '$.opens_at'),
  json_extract(body, '$.closes_at'),
  COALESCE(strftime('%Y-%m-%dT%H:%M:%SZ', json_extract(body, '$.opens_at')), ''),
  COALESCE(strftime('%Y-%m-%dT%H:%M:%SZ', json_extract(body, '$.closes_at')), ''),
  COALESCE(json_extract(body, '$.time_zone'), ''), json_extract(body, '$.org_unit_id'),
  COALESCE(json_extract(body, '$.eligibility.levels'), '[]'),
  COALESCE(json_extract(body, '$.eligibility.years_of_study'), '[]'),
  json_extract(body, '$.eligibility.min_gpa'), COALESCE(json_extract(body, '$.eligibility.gpa_scale'), ''),
  COALESCE(json_extract(body, '$.eligibility.language'), ''),
  COALESCE(json_extract(body, '$.eligibility.min_cefr'), ''),
  COALESCE(json_extract(body, '$.eligibility.field'), ''),
  json_extract(body, '$.weights.gpa'), json_extract(body, '$.weights.language'),
  json_extract(body, '$.weights.interview'), json_extract(body, '$.weights.motivation'),
  json_extract(body, '$.max_preferences'), json_extract(body, '$.published_run_id'), version,
  created_at, updated_at
FROM calls;
CREATE TABLE call_offers (
  call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  offer_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  agreement_id BIGINT REFERENCES agreements (id),
  condition_id BIGINT,
  programme_id BIGINT REFERENCES programmes (id),
  host_id BIGINT NOT NULL REFERENCES institutions (id),
  seats INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  levels TEXT NOT NULL DEFAULT '[]',
  years_of_study TEXT NOT NULL DEFAULT '[]',
  min_gpa DOUBLE PRECISION,
  gpa_scale TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  min_cefr TEXT NOT NULL DEFAULT '',
  field TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (call_id, offer_id)
);
INSERT INTO call_offers (call_id, offer_id, position, agreement_id, condition_id, programme_id,
  host_id, seats, title, levels, years_of_study, min_gpa, gpa_scale, language, min_cefr, field)
SELECT c.id, json_extract(o.value, '$.id'), o.key, json_extract(o.value, '$.agreement_id'),
  json_extract(o.value, '$.condition_id'), json_extract(o.value, '$.programme_id'),
  json_extract(o.value, '$.host_id'), json_extract(o.value, '$.seats'),
  COALESCE(json_extract(o.value, '$.title'), ''),
  COALESCE(json_extract(o.value, '$.eligibility.levels'), '[]'),
  COALESCE(json_extract(o.value, '$.eligibility.years_of_study'), '[]'),
  json_extract(o.value, '$.eligibility.min_gpa'),
  COALESCE(json_extract(o.value, '$.eligibility.gpa_scale'), ''),
  COALESCE(json_extract(o.value, '$.eligibility.language'), ''),
  COALESCE(json_extract(o.value, '$.eligibility.min_cefr'), ''),
  COALESCE(json_extract(o.value, '$.eligibility.field'), '')
FROM calls c, json_each(c.body, '$.offers') o;
DROP TABLE calls;
ALTER TABLE calls_v2 RENAME TO calls;
CREATE INDEX calls_by_year ON calls (academic_year, code);
CREATE INDEX call_offers_host ON call_offers (host_id);

CREATE TABLE applications_v2 (
  id {{id}},
  call_id BIGINT NOT NULL REFERENCES calls (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  org_unit_id BIGINT REFERENCES org_units (id),
  status TEXT NOT NULL,
  motivation TEXT NOT NULL DEFAULT '',
  interview_score DOUBLE PRECISION,
  motivation_score DOUBLE PRECISION,
  scored_by TEXT NOT NULL DEFAULT '',
  score DOUBLE PRECISION,
  result_run_id BIGINT REFERENCES placement_runs (id),
  result_offer_id BIGINT,
  result_preference INTEGER,
  result_waiting_position INTEGER,
  submit_started_at TEXT NOT NULL DEFAULT '',
  submitted_at TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (call_id, person_id)
);
INSERT INTO applications_v2 (id, call_id, person_id, org_unit_id, status, motivation,
  interview_score, motivation_score, scored_by, score, result_run_id, result_offer_id,
  result_preference, result_waiting_position, submit_started_at, submitted_at, version,
  created_at, updated_at)
SELECT id, call_id, person_id, json_extract(body, '$.org_unit_id'), status,
  COALESCE(json_extract(body, '$.motivation'), ''), json_extract(body, '$.interview_score'),
  json_extract(body, '$.motivation_score'), COALESCE(json_extract(body, '$.scored_by'), ''),
  json_extract(body, '$.score'), json_extract(body, '$.result.run_id'),
  json_extract(body, '$.result.offer_id'), json_extract(body, '$.result.preference'),
  json_extract(body, '$.result.waiting_position'),
  COALESCE(json_extract(body, '$.submit_started_at'), ''),
  COALESCE(json_extract(body, '$.submitted_at'), ''), version,
  COALESCE(json_extract(body, '$.created_at'), created_at),
  COALESCE(json_extract(body, '$.updated_at'), updated_at)
FROM applications;
CREATE TABLE application_preferences (
  application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  offer_id BIGINT NOT NULL,
  PRIMARY KEY (application_id, rank)
);
INSERT INTO application_preferences (application_id, rank, offer_id)
SELECT a.id, p.key + 1, p.value FROM applications a, json_each(a.body, '$.preferences') p;
CREATE TABLE application_verdicts (
  application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  offer_id BIGINT NOT NULL,
  eligible {{bool}} NOT NULL,
  code TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (application_id, position)
);
INSERT INTO application_verdicts (application_id, position, offer_id, eligible, code, reason)
SELECT a.id, v.key, COALESCE(json_extract(v.value, '$.offer_id'), 0),
  COALESCE(json_extract(v.value, '$.eligible'), 1), COALESCE(json_extract(v.value, '$.code'), ''),
  COALESCE(json_extract(v.value, '$.reason'), '')
FROM applications a, json_each(a.body, '$.verdicts') v;
CREATE TABLE application_explanations (
  application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  offer_id BIGINT NOT NULL,
  reason TEXT NOT NULL,
  priority_position INTEGER NOT NULL DEFAULT 0,
  cutoff_score DOUBLE PRECISION,
  detail TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (application_id, position)
);
INSERT INTO application_explanations (application_id, position, offer_id, reason,
  priority_position, cutoff_score, detail)
SELECT a.id, e.key, COALESCE(json_extract(e.value, '$.offer_id'), 0),
  COALESCE(json_extract(e.value, '$.reason'), ''),
  COALESCE(json_extract(e.value, '$.priority_position'), 0), json_extract(e.value, '$.cutoff_score'),
  COALESCE(json_extract(e.value, '$.detail'), '')
FROM applications a, json_each(a.body, '$.result.explanations') e
WHERE json_type(a.body, '$.result') = 'object';
CREATE TABLE application_history (
  application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL DEFAULT '',
  from_status TEXT NOT NULL DEFAULT '',
  to_status TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (application_id, position)
);
INSERT INTO application_history (application_id, position, at, actor, from_status, to_status, reason)
SELECT a.id, h.key, COALESCE(json_extract(h.value, '$.at'), ''),
  COALESCE(json_extract(h.value, '$.actor'), ''), COALESCE(json_extract(h.value, '$.from'), ''),
  COALESCE(json_extract(h.value, '$.to'), ''), COALESCE(json_extract(h.value, '$.reason'), '')
FROM applications a, json_each(a.body, '$.history') h;
CREATE TABLE application_documents_v2 (
  id {{id}},
  application_id BIGINT NOT NULL REFERENCES applications (id),
  position INTEGER,
  kind TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  content_type TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL DEFAULT '',
  size BIGINT NOT NULL DEFAULT 0,
  uploaded_at TEXT NOT NULL DEFAULT '',
  content_base64 TEXT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO application_documents_v2 (id, application_id, position, kind, name, content_type,
  sha256, size, uploaded_at, content_base64, created_at)
SELECT d.id, d.application_id, m.key, COALESCE(json_extract(m.value, '$.kind'), ''),
  COALESCE(json_extract(m.value, '$.name'), ''), COALESCE(json_extract(m.value, '$.content_type'), ''),
  COALESCE(json_extract(m.value, '$.sha256'), ''), COALESCE(json_extract(m.value, '$.size'), 0),
  COALESCE(json_extract(m.value, '$.uploaded_at'), ''), d.content_base64, d.created_at
FROM application_documents d
JOIN applications a ON a.id = d.application_id
LEFT JOIN json_each(a.body, '$.documents') m ON json_extract(m.value, '$.id') = d.id;
DROP TABLE application_documents;
DROP TABLE applications;
ALTER TABLE applications_v2 RENAME TO applications;
ALTER TABLE application_documents_v2 RENAME TO application_documents;
CREATE INDEX applications_person ON applications (person_id);
CREATE INDEX applications_by_call ON applications (call_id, status, id);
CREATE INDEX applications_org_unit ON applications (org_unit_id);
CREATE INDEX application_documents_application ON application_documents (application_id);

CREATE TABLE mobilities_v2 (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  direction TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  sending_id BIGINT NOT NULL REFERENCES institutions (id),
  receiving_id BIGINT NOT NULL REFERENCES institutions (id),
  org_unit_id BIGINT REFERENCES org_units (id),
  agreement_id BIGINT REFERENCES agreements (id),
  condition_id BIGINT,
  programme_id BIGINT REFERENCES programmes (id),
  call_id BIGINT REFERENCES calls (id),
  application_id BIGINT REFERENCES applications (id),
  academic_year TEXT NOT NULL,
  planned_start TEXT NOT NULL,
  planned_end TEXT NOT NULL,
  actual_start TEXT NOT NULL DEFAULT '',
  actual_end TEXT NOT NULL DEFAULT '',
  credits_planned DOUBLE PRECISION NOT NULL DEFAULT 0,
  nomination_decision TEXT NOT NULL DEFAULT 'pending',
  nominated_at TEXT NOT NULL DEFAULT '',
  nominated_by TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL DEFAULT '',
  nomination_reason TEXT NOT NULL DEFAULT '',
  cancel_reason TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO mobilities_v2 (id, person_id, direction, type, status, sending_id, receiving_id,
  org_unit_id, agreement_id, condition_id, programme_id, call_id, application_id, academic_year,
  planned_start, planned_end, actual_start, actual_end, credits_planned, nomination_decision,
  nominated_at, nominated_by, decided_at, decided_by, nomination_reason, cancel_reason, version,
  created_at, updated_at)
SELECT id, person_id, direction, json_extract(body, '$.type'), status, sending_id, receiving_id,
  json_extract(body, '$.org_unit_id'), agreement_id, json_extract(body, '$.condition_id'),
  json_extract(body, '$.programme_id'), json_extract(body, '$.call_id'), application_id,
  academic_year, planned_start, COALESCE(json_extract(body, '$.planned_end'), ''),
  COALESCE(json_extract(body, '$.actual_start'), ''), COALESCE(json_extract(body, '$.actual_end'), ''),
  COALESCE(json_extract(body, '$.credits_planned'), 0),
  COALESCE(json_extract(body, '$.nomination.decision'), 'pending'),
  COALESCE(json_extract(body, '$.nomination.nominated_at'), ''),
  COALESCE(json_extract(body, '$.nomination.nominated_by'), ''),
  COALESCE(json_extract(body, '$.nomination.decided_at'), ''),
  COALESCE(json_extract(body, '$.nomination.decided_by'), ''),
  COALESCE(json_extract(body, '$.nomination.reason'), ''),
  COALESCE(json_extract(body, '$.cancel_reason'), ''), version, created_at, updated_at
FROM mobilities;
CREATE TABLE mobility_funding (
  mobility_id BIGINT NOT NULL REFERENCES mobilities (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  scholarship TEXT NOT NULL DEFAULT '',
  sponsor TEXT NOT NULL DEFAULT '',
  amount TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (mobility_id, position)
);
INSERT INTO mobility_funding (mobility_id, position, source, scholarship, sponsor, amount, currency)
SELECT m.id, f.key, COALESCE(json_extract(f.value, '$.source'), ''),
  COALESCE(json_extract(f.value, '$.scholarship'), ''), COALESCE(json_extract(f.value, '$.sponsor'), ''),
  COALESCE(json_extract(f.value, '$.amount.amount'), ''),
  COALESCE(json_extract(f.value, '$.amount.currency'), '')
FROM mobilities m, json_each(m.body, '$.funding') f;
CREATE TABLE mobility_history (
  mobility_id BIGINT NOT NULL REFERENCES mobilities (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL DEFAULT '',
  from_status TEXT NOT NULL DEFAULT '',
  to_status TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (mobility_id, position)
);
INSERT INTO mobility_history (mobility_id, position, at, actor, from_status, to_status, reason)
SELECT m.id, h.key, COALESCE(json_extract(h.value, '$.at'), ''),
  COALESCE(json_extract(h.value, '$.actor'), ''), COALESCE(json_extract(h.value, '$.from'), ''),
  COALESCE(json_extract(h.value, '$.to'), ''), COALESCE(json_extract(h.value, '$.reason'), '')
FROM mobilities m, json_each(m.body, '$.history') h;
DROP TABLE mobilities;
ALTER TABLE mobilities_v2 RENAME TO mobilities;
CREATE INDEX mobilities_person ON mobilities (person_id);
CREATE INDEX mobilities_agreement ON mobilities (agreement_id, condition_id);
CREATE INDEX mobilities_sending ON mobilities (sending_id, planned_start, id);
CREATE INDEX mobilities_receiving ON mobilities (receiving_id, planned_start, id);
CREATE INDEX mobilities_by_start ON mobilities (planned_start, id);
CREATE INDEX mobilities_org_unit ON mobilities (org_unit_id, planned_start, id);
CREATE INDEX mobilities_year ON mobilities (academic_year, direction, status);
CREATE INDEX mobilities_application ON mobilities (application_id);
CREATE INDEX mobilities_nomination ON mobilities (nomination_decision, planned_start, id);

CREATE TABLE courses_v2 (
  id {{id}},
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  code TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  title_zh TEXT NOT NULL DEFAULT '',
  title_local TEXT NOT NULL DEFAULT '',
  credits DOUBLE PRECISION NOT NULL DEFAULT 0,
  credit_system TEXT NOT NULL DEFAULT 'ects',
  level INTEGER NOT NULL DEFAULT 0,
  language TEXT NOT NULL DEFAULT '',
  isced TEXT NOT NULL DEFAULT '',
  term TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (institution_id, code)
);
INSERT INTO courses_v2 (id, institution_id, code, title, title_zh, title_local, credits,
  credit_system, level, language, isced, term, created_at, updated_at)
SELECT id, institution_id, code, COALESCE(json_extract(body, '$.title'), ''),
  COALESCE(json_extract(body, '$.title_zh'), ''), COALESCE(json_extract(body, '$.title_local'), ''),
  COALESCE(json_extract(body, '$.credits'), 0), COALESCE(json_extract(body, '$.credit_system'), 'ects'),
  COALESCE(json_extract(body, '$.level'), 0), COALESCE(json_extract(body, '$.language'), ''),
  COALESCE(json_extract(body, '$.isced'), ''), COALESCE(json_extract(body, '$.term'), ''),
  created_at, updated_at
FROM courses;
DROP TABLE courses;
ALTER TABLE courses_v2 RENAME TO courses;

CREATE TABLE learning_agreements_v2 (
  id {{id}},
  mobility_id BIGINT NOT NULL UNIQUE REFERENCES mobilities (id),
  recognised_at TEXT NOT NULL DEFAULT '',
  recognised_by TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO learning_agreements_v2 (id, mobility_id, recognised_at, recognised_by, version,
  created_at, updated_at)
SELECT id, mobility_id, COALESCE(json_extract(body, '$.recognised_at'), ''),
  COALESCE(json_extract(body, '$.recognised_by'), ''), version, created_at, updated_at
FROM learning_agreements;
CREATE TABLE la_versions (
  learning_agreement_id BIGINT NOT NULL REFERENCES learning_agreements (id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  proposed_by TEXT NOT NULL DEFAULT '',
  proposed_at TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  PRIMARY KEY (learning_agreement_id, number)
);
INSERT INTO la_versions (learning_agreement_id, number, reason, proposed_by, proposed_at, sha256, state)
SELECT l.id, json_extract(v.value, '$.number'), COALESCE(json_extract(v.value, '$.reason'), ''),
  COALESCE(json_extract(v.value, '$.proposed_by'), ''),
  COALESCE(json_extract(v.value, '$.proposed_at'), ''), COALESCE(json_extract(v.value, '$.sha256'), ''),
  COALESCE(json_extract(v.value, '$.state'), 'proposed')
FROM learning_agreements l, json_each(l.body, '$.versions') v;
CREATE TABLE la_components (
  learning_agreement_id BIGINT NOT NULL,
  version_number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  host_code TEXT NOT NULL DEFAULT '',
  host_title TEXT NOT NULL DEFAULT '',
  host_credits DOUBLE PRECISION NOT NULL DEFAULT 0,
  host_credit_system TEXT NOT NULL DEFAULT 'ects',
  home_code TEXT NOT NULL DEFAULT '',
  home_title TEXT NOT NULL DEFAULT '',
  home_credits DOUBLE PRECISION NOT NULL DEFAULT 0,
  home_credit_system TEXT NOT NULL DEFAULT 'ects',
  term TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (learning_agreement_id, version_number, position),
  FOREIGN KEY (learning_agreement_id, version_number)
    REFERENCES la_versions (learning_agreement_id, number) ON DELETE CASCADE
);
INSERT INTO la_components (learning_agreement_id, version_number, position, host_code, host_title,
  host_credits, host_credit_system, home_code, home_title, home_credits, home_credit_system, term)
SELECT l.id, json_extract(v.value, '$.number'), c.key,
  COALESCE(json_extract(c.value, '$.host.code'), ''), COALESCE(json_extract(c.value, '$.host.title'), ''),
  COALESCE(json_extract(c.value, '$.host.credits'), 0),
  COALESCE(json_extract(c.value, '$.host.credit_system'), 'ects'),
  COALESCE(json_extract(c.value, '$.home.code'), ''), COALESCE(json_extract(c.value, '$.home.title'), ''),
  COALESCE(json_extract(c.value, '$.home.credits'), 0),
  COALESCE(json_extract(c.value, '$.home.credit_system'), 'ects'),
  COALESCE(json_extract(c.value, '$.term'), '')
FROM learning_agreements l, json_each(l.body, '$.versions') v, json_each(v.value, '$.components') c;
CREATE TABLE la_approvals (
  learning_agreement_id BIGINT NOT NULL,
  version_number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  party TEXT NOT NULL,
  signer TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (learning_agreement_id, version_number, position),
  FOREIGN KEY (learning_agreement_id, version_number)
    REFERENCES la_versions (learning_agreement_id, number) ON DELETE CASCADE
);
INSERT INTO la_approvals (learning_agreement_id, version_number, position, party, signer, name,
  role, at, sha256)
SELECT l.id, json_extract(v.value, '$.number'), a.key, COALESCE(json_extract(a.value, '$.party'), ''),
  COALESCE(json_extract(a.value, '$.by'), ''), COALESCE(json_extract(a.value, '$.name'), ''),
  COALESCE(json_extract(a.value, '$.role'), ''), COALESCE(json_extract(a.value, '$.at'), ''),
  COALESCE(json_extract(a.value, '$.sha256'), '')
FROM learning_agreements l, json_each(l.body, '$.versions') v, json_each(v.value, '$.approvals') a;
CREATE TABLE la_comments (
  learning_agreement_id BIGINT NOT NULL,
  version_number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  party TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (learning_agreement_id, version_number, position),
  FOREIGN KEY (learning_agreement_id, version_number)
    REFERENCES la_versions (learning_agreement_id, number) ON DELETE CASCADE
);
INSERT INTO la_comments (learning_agreement_id, version_number, position, party, author, at, text)
SELECT l.id, json_extract(v.value, '$.number'), c.key, COALESCE(json_extract(c.value, '$.party'), ''),
  COALESCE(json_extract(c.value, '$.by'), ''), COALESCE(json_extract(c.value, '$.at'), ''),
  COALESCE(json_extract(c.value, '$.text'), '')
FROM learning_agreements l, json_each(l.body, '$.versions') v, json_each(v.value, '$.comments') c;
CREATE TABLE transcript_entries (
  learning_agreement_id BIGINT NOT NULL REFERENCES learning_agreements (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  credits DOUBLE PRECISION NOT NULL DEFAULT 0,
  grade TEXT NOT NULL DEFAULT '',
  scale TEXT NOT NULL DEFAULT '',
  taken_on TEXT NOT NULL DEFAULT '',
  passed {{bool}} NOT NULL DEFAULT {{true}},
  source TEXT NOT NULL DEFAULT '',
  entered_by TEXT NOT NULL DEFAULT '',
  entered_at TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (learning_agreement_id, position)
);
INSERT INTO transcript_entries (learning_agreement_id, position, code, title, credits, grade, scale,
  taken_on, passed, source, entered_by, entered_at)
SELECT l.id, t.key, COALESCE(json_extract(t.value, '$.code'), ''),
  COALESCE(json_extract(t.value, '$.title'), ''), COALESCE(json_extract(t.value, '$.credits'), 0),
  COALESCE(json_extract(t.value, '$.grade'), ''), COALESCE(json_extract(t.value, '$.scale'), ''),
  COALESCE(json_extract(t.value, '$.date'), ''), COALESCE(json_extract(t.value, '$.passed'), 1),
  COALESCE(json_extract(t.value, '$.source'), ''), COALESCE(json_extract(t.value, '$.entered_by'), ''),
  COALESCE(json_extract(t.value, '$.entered_at'), '')
FROM learning_agreements l, json_each(l.body, '$.transcript') t;
CREATE TABLE recognition_entries (
  learning_agreement_id BIGINT NOT NULL REFERENCES learning_agreements (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  home_code TEXT NOT NULL DEFAULT '',
  home_title TEXT NOT NULL DEFAULT '',
  home_credits DOUBLE PRECISION NOT NULL DEFAULT 0,
  host_codes TEXT NOT NULL DEFAULT '[]',
  host_grade TEXT NOT NULL DEFAULT '',
  host_scale TEXT NOT NULL DEFAULT '',
  converted_grade TEXT NOT NULL DEFAULT '',
  home_scale TEXT NOT NULL DEFAULT '',
  method TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '[]',
  override_grade TEXT NOT NULL DEFAULT '',
  override_reason TEXT NOT NULL DEFAULT '',
  overridden_by TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (learning_agreement_id, position)
);
INSERT INTO recognition_entries (learning_agreement_id, position, home_code, home_title,
  home_credits, host_codes, host_grade, host_scale, converted_grade, home_scale, method, source,
  notes, override_grade, override_reason, overridden_by)
SELECT l.id, r.key, COALESCE(json_extract(r.value, '$.home_code'), ''),
  COALESCE(json_extract(r.value, '$.home_title'), ''), COALESCE(json_extract(r.value, '$.home_credits'), 0),
  COALESCE(json_extract(r.value, '$.host_codes'), '[]'),
  COALESCE(json_extract(r.value, '$.host_grade'), ''), COALESCE(json_extract(r.value, '$.host_scale'), ''),
  COALESCE(json_extract(r.value, '$.converted_grade'), ''),
  COALESCE(json_extract(r.value, '$.home_scale'), ''), COALESCE(json_extract(r.value, '$.method'), ''),
  COALESCE(json_extract(r.value, '$.source'), ''), COALESCE(json_extract(r.value, '$.notes'), '[]'),
  COALESCE(json_extract(r.value, '$.override_grade'), ''),
  COALESCE(json_extract(r.value, '$.override_reason'), ''),
  COALESCE(json_extract(r.value, '$.overridden_by'), '')
FROM learning_agreements l, json_each(l.body, '$.recognition') r;
DROP TABLE learning_agreements;
ALTER TABLE learning_agreements_v2 RENAME TO learning_agreements
)SQL";

}  // namespace orbis::store::internal
