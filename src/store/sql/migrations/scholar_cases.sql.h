// Scholar cases (migration 33, store/scholars.h): a case in columns, its dated events (what
// the legal clocks run from) and its history in child tables; lists by status, department,
// partner and person follow the planned start, newest first. On PostgreSQL the instants are
// timestamptz.
#pragma once

namespace orbis::store::internal {

inline constexpr const char* kScholarCasesSql = R"SQL(
CREATE TABLE scholar_cases (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  kind TEXT NOT NULL,
  direction TEXT NOT NULL,
  status TEXT NOT NULL,
  host_unit_id BIGINT REFERENCES org_units (id),
  partner_id BIGINT REFERENCES institutions (id),
  agreement_id BIGINT REFERENCES agreements (id),
  project TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  planned_start TEXT NOT NULL,
  planned_end TEXT NOT NULL,
  extended_to TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  wp_number TEXT NOT NULL DEFAULT '',
  wp_category TEXT NOT NULL DEFAULT '',
  wp_filed_on TEXT NOT NULL DEFAULT '',
  wp_issued_on TEXT NOT NULL DEFAULT '',
  wp_expires_on TEXT NOT NULL DEFAULT '',
  wp_renewal_filed_on TEXT NOT NULL DEFAULT '',
  rp_number TEXT NOT NULL DEFAULT '',
  rp_filed_on TEXT NOT NULL DEFAULT '',
  rp_issued_on TEXT NOT NULL DEFAULT '',
  rp_expires_on TEXT NOT NULL DEFAULT '',
  rp_renewal_filed_on TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX scholar_cases_planned ON scholar_cases (planned_start, id);
CREATE INDEX scholar_cases_status ON scholar_cases (status, planned_start, id);
CREATE INDEX scholar_cases_unit ON scholar_cases (host_unit_id, planned_start, id);
CREATE INDEX scholar_cases_partner ON scholar_cases (partner_id, planned_start, id);
CREATE INDEX scholar_cases_person ON scholar_cases (person_id, planned_start, id);
CREATE TABLE scholar_case_events (
  case_id BIGINT NOT NULL REFERENCES scholar_cases (id) ON DELETE CASCADE,
  id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  done_at TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (case_id, id)
);
CREATE TABLE scholar_case_history (
  case_id BIGINT NOT NULL REFERENCES scholar_cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL DEFAULT '',
  from_status TEXT NOT NULL DEFAULT '',
  to_status TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (case_id, position)
)
)SQL";

inline constexpr const char* kScholarCasesPostgresSql = R"SQL(
ALTER TABLE scholar_cases
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE scholar_case_history
  ALTER COLUMN at TYPE TIMESTAMPTZ USING CAST(at AS TIMESTAMPTZ)
)SQL";

}  // namespace orbis::store::internal
