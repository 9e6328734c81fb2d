// Joint teaching (migration 36, store/teaching.h): courses taught with a partner (by academic
// year, "2026/2027", so that its text orders them), and
// China-foreign joint programmes with their partners, agreements and teaching plans. A
// course's teachers and a plan's courses are JSON, read with their record and never queried;
// what lists filter by is in columns or child tables. On PostgreSQL the instants are
// timestamptz.
#pragma once

namespace orbis::store::internal {

inline constexpr const char* kJointTeachingSql = R"SQL(
CREATE TABLE joint_courses (
  id {{id}},
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  title_key TEXT NOT NULL,
  title_zh TEXT NOT NULL DEFAULT '',
  mode TEXT NOT NULL,
  partner_id BIGINT NOT NULL REFERENCES institutions (id),
  agreement_id BIGINT REFERENCES agreements (id),
  org_unit_id BIGINT REFERENCES org_units (id),
  home_faculty TEXT NOT NULL DEFAULT '[]',
  partner_faculty TEXT NOT NULL DEFAULT '[]',
  students_home INTEGER NOT NULL,
  students_partner INTEGER NOT NULL,
  weeks INTEGER NOT NULL,
  synchronous_sessions INTEGER NOT NULL,
  credits TEXT NOT NULL,
  academic_year TEXT NOT NULL,
  term TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX joint_courses_year ON joint_courses (academic_year, id);
CREATE INDEX joint_courses_partner ON joint_courses (partner_id, academic_year, id);
CREATE INDEX joint_courses_unit ON joint_courses (org_unit_id, academic_year, id);
CREATE INDEX joint_courses_agreement ON joint_courses (agreement_id, academic_year, id);
CREATE TABLE joint_programmes (
  id {{id}},
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  name_zh TEXT NOT NULL DEFAULT '',
  form TEXT NOT NULL,
  level TEXT NOT NULL,
  major TEXT NOT NULL DEFAULT '',
  org_unit_id BIGINT REFERENCES org_units (id),
  approval_number TEXT NOT NULL,
  approved_on TEXT NOT NULL,
  valid_until TEXT NOT NULL DEFAULT '',
  yearly_intake INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX joint_programmes_approval ON joint_programmes (approval_number);
CREATE INDEX joint_programmes_name ON joint_programmes (name_key, id);
CREATE INDEX joint_programmes_unit ON joint_programmes (org_unit_id, name_key, id);
CREATE TABLE joint_programme_partners (
  programme_id BIGINT NOT NULL REFERENCES joint_programmes (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  PRIMARY KEY (programme_id, position)
);
CREATE INDEX joint_programme_partners_institution
  ON joint_programme_partners (institution_id, programme_id);
CREATE TABLE joint_programme_agreements (
  programme_id BIGINT NOT NULL REFERENCES joint_programmes (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  agreement_id BIGINT NOT NULL REFERENCES agreements (id),
  PRIMARY KEY (programme_id, position)
);
CREATE INDEX joint_programme_agreements_agreement
  ON joint_programme_agreements (agreement_id, programme_id);
CREATE TABLE joint_programme_plans (
  programme_id BIGINT NOT NULL REFERENCES joint_programmes (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  courses TEXT NOT NULL,
  PRIMARY KEY (programme_id, year)
)
)SQL";

inline constexpr const char* kJointTeachingPostgresSql = R"SQL(
ALTER TABLE joint_courses
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE joint_programmes
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ)
)SQL";

}  // namespace orbis::store::internal
