// Joint research projects (migration 35, store/research_projects.h): a project in columns, its
// investigators, funding and outputs as JSON (read with the project, never queried), its
// partners and its links to agreements and scholar cases in child tables, by which lists
// filter. Lists follow the start date, newest first. On PostgreSQL the instants are timestamptz.
#pragma once

namespace orbis::store::internal {

inline constexpr const char* kResearchProjectsSql = R"SQL(
CREATE TABLE research_projects (
  id {{id}},
  title TEXT NOT NULL,
  title_key TEXT NOT NULL,
  acronym TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  org_unit_id BIGINT REFERENCES org_units (id),
  investigators TEXT NOT NULL DEFAULT '[]',
  funding TEXT NOT NULL DEFAULT '[]',
  outputs TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX research_projects_start ON research_projects (start_date, id);
CREATE INDEX research_projects_unit ON research_projects (org_unit_id, start_date, id);
CREATE TABLE research_project_partners (
  project_id BIGINT NOT NULL REFERENCES research_projects (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  role TEXT NOT NULL,
  PRIMARY KEY (project_id, position)
);
CREATE INDEX research_project_partners_institution
  ON research_project_partners (institution_id, project_id);
CREATE TABLE research_project_links (
  project_id BIGINT NOT NULL REFERENCES research_projects (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  target_id BIGINT NOT NULL,
  PRIMARY KEY (project_id, kind, position)
);
CREATE INDEX research_project_links_target ON research_project_links (kind, target_id, project_id)
)SQL";

inline constexpr const char* kResearchProjectsPostgresSql = R"SQL(
ALTER TABLE research_projects
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ)
)SQL";

}  // namespace orbis::store::internal
