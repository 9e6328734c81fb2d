#include "store/sql/migrations.h"

#include "store/sql/migrations/call_tallies.sql.h"
#include "store/sql/migrations/facts_in_columns.sql.h"
#include "store/sql/migrations/instants.sql.h"
#include "store/sql/migrations/joint_teaching.sql.h"
#include "store/sql/migrations/lists_out_of_columns.h"
#include "store/sql/migrations/recognition_tallies.sql.h"
#include "store/sql/migrations/research_projects.sql.h"
#include "store/sql/migrations/scholar_cases.sql.h"
#include "store/sql/migrations/scholar_documents.sql.h"
#include "store/sql/recognition_tallies.h"

namespace orbis::store::internal {
namespace {

// Migration 31: each stay's recognised ECTS credits, counted as the learning agreements'
// repository counts them (store/sql/recognition_tallies.h). Throws as SOCI does.
void fill_recognised_ects(soci::session& sql) {
  sql << "UPDATE mobilities SET recognised_ects = " + recognised_ects_of("mobilities.id") +
             " WHERE id IN (SELECT mobility_id FROM learning_agreements)";
}

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
    {2, "agreements, parties, conditions, history, attachments, comments, calendar feeds", R"SQL(
CREATE TABLE agreements (
  id {{id}},
  code TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  kinds TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL DEFAULT '',
  auto_renewal INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  ewp_partner_xml TEXT NOT NULL DEFAULT '',
  ewp_partner_hash TEXT NOT NULL DEFAULT '',
  ewp_approved_hash TEXT NOT NULL DEFAULT '',
  ewp_approved_at TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE agreement_parties (
  agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  is_home INTEGER NOT NULL DEFAULT 0,
  org_unit_id BIGINT REFERENCES org_units (id),
  contact_name TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  signatory_name TEXT NOT NULL DEFAULT '',
  signatory_title TEXT NOT NULL DEFAULT '',
  signed_on TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (agreement_id, position)
);
CREATE INDEX agreement_parties_institution ON agreement_parties (institution_id);
CREATE TABLE agreement_conditions (
  id {{id}},
  agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  sending_id BIGINT NOT NULL REFERENCES institutions (id),
  receiving_id BIGINT NOT NULL REFERENCES institutions (id),
  mobility_type TEXT NOT NULL,
  first_year TEXT NOT NULL,
  last_year TEXT NOT NULL,
  eqf_levels TEXT NOT NULL DEFAULT '',
  isced TEXT NOT NULL DEFAULT '',
  isced_clarification TEXT NOT NULL DEFAULT '',
  seats_per_year INTEGER NOT NULL DEFAULT 0,
  months_per_seat TEXT NOT NULL DEFAULT '',
  total_months_per_year TEXT NOT NULL DEFAULT '',
  total_days_per_year TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  blended INTEGER NOT NULL DEFAULT 0,
  other_terms TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agreement_conditions_agreement ON agreement_conditions (agreement_id);
CREATE TABLE agreement_history (
  id {{id}},
  agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agreement_history_agreement ON agreement_history (agreement_id);
CREATE TABLE agreement_attachments (
  id {{id}},
  agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  uploaded_by TEXT NOT NULL
);
CREATE INDEX agreement_attachments_agreement ON agreement_attachments (agreement_id);
CREATE TABLE agreement_comments (
  id {{id}},
  agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  author_role TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX agreement_comments_agreement ON agreement_comments (agreement_id);
CREATE TABLE calendar_feeds (
  user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  token TEXT NOT NULL UNIQUE
)
)SQL"},
    {3, "issuer keys and issued credentials", R"SQL(
CREATE TABLE issuer_keys (
  id {{id}},
  public_multikey TEXT NOT NULL UNIQUE,
  sealed_key TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE credentials (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  subject_name TEXT NOT NULL,
  subject_name_zh TEXT NOT NULL DEFAULT '',
  subject_email TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  status_reason TEXT NOT NULL DEFAULT '',
  status_index INTEGER NOT NULL UNIQUE,
  document TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX credentials_subject_email ON credentials (subject_email)
)SQL"},
    {4, "people: students and staff", R"SQL(
CREATE TABLE people (
  id {{id}},
  kind TEXT NOT NULL,
  family_name TEXT NOT NULL,
  given_name TEXT NOT NULL DEFAULT '',
  name_zh TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  nationality TEXT NOT NULL,
  home_institution_id BIGINT NOT NULL REFERENCES institutions (id),
  org_unit_id BIGINT REFERENCES org_units (id),
  level TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT '',
  field TEXT NOT NULL DEFAULT '',
  gpa TEXT NOT NULL DEFAULT '',
  gpa_scale TEXT NOT NULL DEFAULT '',
  year_of_study TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '[]',
  user_id BIGINT REFERENCES users (id),
  date_of_birth TEXT NOT NULL DEFAULT '',
  passport_number TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX people_home_institution ON people (home_institution_id);
CREATE INDEX people_org_unit ON people (org_unit_id)
)SQL"},
    {5, "mobility: programmes, calls, applications, placement runs, mobilities", R"SQL(
CREATE TABLE programmes (
  id {{id}},
  code TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE calls (
  id {{id}},
  code TEXT NOT NULL UNIQUE,
  academic_year TEXT NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE applications (
  id {{id}},
  call_id BIGINT NOT NULL REFERENCES calls (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  status TEXT NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (call_id, person_id)
);
CREATE INDEX applications_person ON applications (person_id);
CREATE TABLE application_documents (
  id {{id}},
  application_id BIGINT NOT NULL REFERENCES applications (id),
  content_base64 TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX application_documents_application ON application_documents (application_id);
CREATE TABLE placement_runs (
  id {{id}},
  call_id BIGINT NOT NULL REFERENCES calls (id),
  mode TEXT NOT NULL,
  seed TEXT NOT NULL,
  input_sha256 TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  input TEXT NOT NULL,
  output TEXT NOT NULL,
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  published_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX placement_runs_call ON placement_runs (call_id);
CREATE TABLE mobilities (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  direction TEXT NOT NULL,
  status TEXT NOT NULL,
  sending_id BIGINT NOT NULL REFERENCES institutions (id),
  receiving_id BIGINT NOT NULL REFERENCES institutions (id),
  agreement_id BIGINT REFERENCES agreements (id),
  application_id BIGINT REFERENCES applications (id),
  academic_year TEXT NOT NULL,
  planned_start TEXT NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX mobilities_person ON mobilities (person_id);
CREATE INDEX mobilities_agreement ON mobilities (agreement_id);
CREATE INDEX mobilities_sending ON mobilities (sending_id);
CREATE INDEX mobilities_receiving ON mobilities (receiving_id)
)SQL"},
    {6, "learning agreements and course catalogues", R"SQL(
CREATE TABLE courses (
  id {{id}},
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  code TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (institution_id, code)
);
CREATE TABLE learning_agreements (
  id {{id}},
  mobility_id BIGINT NOT NULL UNIQUE REFERENCES mobilities (id),
  body TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
)
)SQL"},
    // Sessions gain an id (to list and end them without their token), when they were last
    // used and from where; the rename keeps everyone signed in across the upgrade.
    {7, "accounts: sessions listed, second factor, password reset links", R"SQL(
ALTER TABLE sessions RENAME TO sessions_before_7;
CREATE TABLE sessions (
  id {{id}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  last_used_at TEXT NOT NULL,
  client TEXT NOT NULL DEFAULT '',
  user_agent TEXT NOT NULL DEFAULT ''
);
INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_used_at)
  SELECT token_hash, user_id, csrf_token, created_at, expires_at, created_at
  FROM sessions_before_7;
DROP TABLE sessions_before_7;
CREATE INDEX sessions_user ON sessions (user_id);
ALTER TABLE users ADD COLUMN totp_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN totp_pending_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
ALTER TABLE calendar_feeds ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX password_resets_user ON password_resets (user_id)
)SQL"},
    {8, "the partner an agreement's comment or file is for", R"SQL(
ALTER TABLE agreement_comments ADD COLUMN institution_id BIGINT REFERENCES institutions (id);
ALTER TABLE agreement_attachments ADD COLUMN institution_id BIGINT REFERENCES institutions (id)
)SQL"},
    {9, "facts in columns: programmes, calls, applications, stays, courses, learning agreements",
     kFactsInColumnsSql, true},
    // What the lists bounded by the page (store/lists.h) look up: the person of an account
    // (a student's scope), nominations in their order without every stay never nominated,
    // and the stays under an agreement counted from the index alone.
    {10, "indexes for lists bounded by the page", R"SQL(
CREATE INDEX people_user ON people (user_id);
CREATE INDEX mobilities_nominated ON mobilities (nomination_decision, planned_start, id)
  WHERE nominated_at <> '';
CREATE INDEX mobilities_under_agreement ON mobilities (agreement_id, status, academic_year,
  condition_id, sending_id, receiving_id)
)SQL"},
    {11, "people listed by name, a page at a time", R"SQL(
CREATE INDEX people_by_name ON people (family_name, given_name, id);
CREATE INDEX people_of_org_unit_by_name ON people (org_unit_id, family_name, given_name, id)
)SQL"},
    // A call's applications in the order they were made, all of them or an org unit's (a
    // coordinator's scope), read a page at a time without sorting the call's every row.
    {12, "a call's applications listed a page at a time", R"SQL(
CREATE INDEX applications_of_call ON applications (call_id, id);
CREATE INDEX applications_of_call_and_org_unit ON applications (call_id, org_unit_id, id)
)SQL"},
    // The orders of the lists that page since: an institution's org units by name, and
    // credentials the latest issued first (status_index breaks ties; it is unique). Users,
    // comments and courses page on indexes they already had.
    {13, "org units and credentials listed in order, a page at a time", R"SQL(
CREATE INDEX org_units_of_institution_by_name ON org_units (institution_id, name, id);
CREATE INDEX credentials_by_issue ON credentials (issued_at, status_index)
)SQL"},
    {14, "a call's counts of its applications kept as they are saved", kCallTalliesSql},
    // What an import looks up row by row: the person of an email, the agreement of a code.
    // An agreement's code is unique (when it has one), held by the database rather than by
    // a scan of every agreement before each write, so that two writers cannot both take a
    // code. Codes the service let in twice (two writers at once) keep the first agreement's;
    // each later one gets "-<its id>" added.
    {15, "people found by email; an agreement's code is unique and found by an index", R"SQL(
CREATE INDEX people_by_email ON people (email);
UPDATE agreements SET code = code || '-' || CAST(id AS TEXT)
WHERE code <> '' AND id NOT IN (SELECT MIN(id) FROM agreements WHERE code <> '' GROUP BY code);
CREATE UNIQUE INDEX agreements_by_code ON agreements (code) WHERE code <> ''
)SQL"},
    // A coordinator's nominations (their org unit's) in the order of the list, without the
    // stays never nominated. A partner's are bounded by the stays it is party to (see
    // store/sql/mobilities.cc).
    {16, "an org unit's nominations listed a page at a time", R"SQL(
CREATE INDEX mobilities_nominated_of_org_unit ON mobilities (org_unit_id, nomination_decision,
  planned_start, id) WHERE nominated_at <> ''
)SQL"},
    {17,
     "lists out of columns: an agreement's kinds and a recognition's host codes as rows, every "
     "other list in the storage codec's versioned form",
     kListsOutOfColumnsSql, false, &convert_lists, kListsOutOfColumnsAfterSql},
    // The recognition indicator (store/reporting.h): outgoing stays in the order of their
    // receiving institution, every one or an org unit's (a coordinator's scope), with the
    // status it counts by in the index, so that a page of partners reads only their stays.
    // The reminders of agreements (store/reminders.h): agreements by status and end date,
    // the soonest first, a page at a time.
    {18, "recognition indicator and agreement reminders read a page at a time", R"SQL(
CREATE INDEX mobilities_by_receiving ON mobilities (direction, receiving_id, status, org_unit_id);
CREATE INDEX mobilities_of_org_unit_by_receiving ON mobilities (org_unit_id, direction,
  receiving_id, status);
CREATE INDEX agreements_by_status_and_end ON agreements (status, end_date, id)
)SQL"},
    {19, "the recognition indicator's figures per partner and org unit, kept as stays are saved",
     kRecognitionTalliesSql},
    // The reminders of unused seats (store/reminders.h): the agreements of a
    // status the newest first, each one's conditions in order, and a condition's stays of a
    // year counted from the index alone, so that a page reads only as far as it shows instead
    // of counting every condition's stays and sorting them all. The two indexes replaced are
    // prefixes of the new ones under the same names. A page of agreements (store/lists.h,
    // stays_under) counts its stays per route from an index in that order, without sorting.
    {20, "reminders of unused seats and an agreement's stays read a page at a time", R"SQL(
CREATE INDEX agreements_by_status ON agreements (status, id);
DROP INDEX agreement_conditions_agreement;
CREATE INDEX agreement_conditions_agreement ON agreement_conditions (agreement_id, position);
DROP INDEX mobilities_agreement;
CREATE INDEX mobilities_agreement ON mobilities (agreement_id, condition_id, academic_year,
  status);
CREATE INDEX mobilities_by_route ON mobilities (agreement_id, sending_id, receiving_id, status)
)SQL"},
    // Each write of an institution numbered in the order writes commit, so that a server
    // sees what another wrote to the same database (service/registry.h) by reading the
    // changes after the last it applied. Institutions already stored are in every index.
    {21, "the registry's changes, for several servers on one database", R"SQL(
CREATE TABLE registry_changes (
  seq {{id}},
  institution_id BIGINT NOT NULL
)
)SQL"},
    // Failed sign-ins, so that every server behind a load balancer counts against one limit
    // (service/identity/auth.h). A subject is a hash, never the email or address itself;
    // rows older than the window are deleted as new ones come.
    {22, "failed sign-ins counted in the database, for several servers", R"SQL(
CREATE TABLE sign_in_failures (
  id {{id}},
  subject TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_by_subject ON sign_in_failures (subject, failed_at);
CREATE INDEX sign_in_failures_by_time ON sign_in_failures (failed_at)
)SQL"},
    // Leases: the work that must run on one server at a time (app/scheduler.h) goes to the
    // server that holds its lease until the lease ends; another takes it when it is not
    // renewed.
    {23, "leases, so that scheduled work runs on one server at a time", R"SQL(
CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  acquired_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
)
)SQL"},
    // PostgreSQL's own types for flags and for the audit log's snapshots, so that the
    // database says what a column holds to anyone who queries it (docs/decisions/0006). A
    // snapshot is `json`, which keeps the text the audit chain's hashes cover byte for byte
    // (`jsonb` would rewrite it); the empty text of a creation's "before" or a deletion's
    // "after" becomes NULL. SQLite keeps integers 0 and 1 and text.
    {24, "flags as booleans and the audit log's snapshots as JSON, in PostgreSQL", "", false,
     nullptr, "", R"SQL(
ALTER TABLE agreements ALTER COLUMN auto_renewal DROP DEFAULT;
ALTER TABLE agreements ALTER COLUMN auto_renewal TYPE BOOLEAN USING auto_renewal <> 0;
ALTER TABLE agreements ALTER COLUMN auto_renewal SET DEFAULT FALSE;
ALTER TABLE agreement_parties ALTER COLUMN is_home DROP DEFAULT;
ALTER TABLE agreement_parties ALTER COLUMN is_home TYPE BOOLEAN USING is_home <> 0;
ALTER TABLE agreement_parties ALTER COLUMN is_home SET DEFAULT FALSE;
ALTER TABLE agreement_conditions ALTER COLUMN blended DROP DEFAULT;
ALTER TABLE agreement_conditions ALTER COLUMN blended TYPE BOOLEAN USING blended <> 0;
ALTER TABLE agreement_conditions ALTER COLUMN blended SET DEFAULT FALSE;
ALTER TABLE programmes ALTER COLUMN published DROP DEFAULT;
ALTER TABLE programmes ALTER COLUMN published TYPE BOOLEAN USING published <> 0;
ALTER TABLE programmes ALTER COLUMN published SET DEFAULT FALSE;
ALTER TABLE users ALTER COLUMN active DROP DEFAULT;
ALTER TABLE users ALTER COLUMN active TYPE BOOLEAN USING active <> 0;
ALTER TABLE users ALTER COLUMN active SET DEFAULT TRUE;
ALTER TABLE application_verdicts ALTER COLUMN eligible TYPE BOOLEAN USING eligible <> 0;
ALTER TABLE transcript_entries ALTER COLUMN passed DROP DEFAULT;
ALTER TABLE transcript_entries ALTER COLUMN passed TYPE BOOLEAN USING passed <> 0;
ALTER TABLE transcript_entries ALTER COLUMN passed SET DEFAULT TRUE;
ALTER TABLE audit_log ALTER COLUMN before_json DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN before_json TYPE JSON USING CAST(NULLIF(before_json, '') AS JSON);
ALTER TABLE audit_log ALTER COLUMN after_json DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN after_json TYPE JSON USING CAST(NULLIF(after_json, '') AS JSON)
)SQL"},
    // The figures indicators divide by that Orbis does not hold the records of (students
    // enrolled, academic staff), entered per academic year for the institution (org unit
    // NULL) or an org unit (indicators/catalogue.h). The stays of a year: counted per person
    // from the index of the year and status alone (the person added to its key, which keeps
    // the name), and the people behind an indicator (store/indicators.h) read a page at a time
    // in the order of the person.
    {25, "indicator figures entered per year; the people with stays of a year in order", R"SQL(
CREATE TABLE indicator_figures (
  id {{id}},
  measure TEXT NOT NULL,
  year INTEGER NOT NULL,
  org_unit_id BIGINT REFERENCES org_units (id),
  value DOUBLE PRECISION NOT NULL,
  source TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX indicator_figures_unique ON indicator_figures (measure, year,
  COALESCE(org_unit_id, 0));
CREATE INDEX indicator_figures_by_year ON indicator_figures (year, measure);
DROP INDEX mobilities_year;
CREATE INDEX mobilities_year ON mobilities (academic_year, direction, status, person_id);
CREATE INDEX mobilities_year_person ON mobilities (academic_year, direction, person_id, status)
)SQL"},
    {26, "targets per indicator and year; learning agreement versions waiting for signatures",
     R"SQL(
CREATE TABLE indicator_targets (
  id {{id}},
  indicator TEXT NOT NULL,
  year INTEGER NOT NULL,
  org_unit_id BIGINT REFERENCES org_units (id),
  value DOUBLE PRECISION NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX indicator_targets_unique ON indicator_targets (indicator, year,
  COALESCE(org_unit_id, 0));
CREATE INDEX la_versions_waiting ON la_versions (learning_agreement_id, number)
  WHERE state IN ('proposed', 'commented');
)SQL"},
    {27, "stays by direction and status, nominations by direction, applications to score", R"SQL(
CREATE INDEX mobilities_by_status ON mobilities (direction, status, planned_start, id);
CREATE INDEX applications_to_score ON applications (org_unit_id, id)
  WHERE status IN ('submitted', 'eligible') AND scored_by = '';
CREATE INDEX mobilities_nominated_by_direction ON mobilities (nomination_decision, direction,
  planned_start, id) WHERE nominated_at <> '';
)SQL"},
    // The indicators count students from the stays' index alone, leaving out the people who
    // are not students by their ids (store/sql/indicators.cc): those ids without reading
    // every person, and an org unit's stays of a year without reading each stay.
    {28, "the people who are not students, by id; an org unit's stays by year", R"SQL(
CREATE INDEX people_not_students ON people (id) WHERE kind <> 'student';
CREATE INDEX mobilities_unit_year ON mobilities (org_unit_id, academic_year, direction, status,
  person_id)
)SQL"},
    // Instants as timestamptz in PostgreSQL, every instant with milliseconds
    // (migrations/instants.sql.h, docs/decisions/0006).
    {29, "instants as timestamptz in PostgreSQL, every instant with milliseconds", kInstantsSql,
     false, nullptr, "", kInstantsPostgresSql},
    // A student's graduation year, which graduates_with_stay_abroad counts by: the graduates
    // of a year found without reading every person, and each one's begun outgoing stays with
    // their years and dates from an index alone (store/sql/graduates.cc).
    {30, "the academic year a student graduated in", R"SQL(
ALTER TABLE people ADD COLUMN graduated_in TEXT NOT NULL DEFAULT '';
CREATE INDEX people_graduated ON people (graduated_in, id) WHERE graduated_in <> '';
CREATE INDEX mobilities_begun_abroad ON mobilities (person_id, academic_year, planned_start,
  planned_end, actual_start, actual_end)
  WHERE direction = 'outgoing' AND status IN ('abroad', 'completed', 'recognised')
)SQL"},
    // Each stay's recognised ECTS credits in its row, kept by the writers of learning
    // agreements (store/sql/recognition_tallies.h), so that the graduates with a stay abroad
    // are counted from mobilities_begun_abroad alone, which now holds them too; and the
    // graduates of an org unit (a coordinator's) found from people_graduated alone.
    {31, "each stay's recognised ECTS credits; the graduates' index with their org unit", R"SQL(
ALTER TABLE mobilities ADD COLUMN recognised_ects DOUBLE PRECISION NOT NULL DEFAULT 0
)SQL",
     false, &fill_recognised_ects, R"SQL(
DROP INDEX people_graduated;
CREATE INDEX people_graduated ON people (graduated_in, id, org_unit_id) WHERE graduated_in <> '';
DROP INDEX mobilities_begun_abroad;
CREATE INDEX mobilities_begun_abroad ON mobilities (person_id, academic_year, planned_start,
  planned_end, actual_start, actual_end, recognised_ects)
  WHERE direction = 'outgoing' AND status IN ('abroad', 'completed', 'recognised')
)SQL"},
    // The institution's publications as a bibliographic database (OpenAlex) records them, and
    // the institutions of their authors, for co-publications per partner and year
    // (store/publications.h).
    {32, "publications and their authors' institutions", R"SQL(
CREATE TABLE publications (
  id {{id}},
  source_id TEXT NOT NULL UNIQUE,
  doi TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  year INTEGER NOT NULL,
  type TEXT NOT NULL DEFAULT ''
);
CREATE INDEX publications_year ON publications (year, id);
CREATE TABLE publication_affiliations (
  publication_id BIGINT NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  ror TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (publication_id, position)
);
CREATE INDEX publication_affiliations_ror ON publication_affiliations (ror, publication_id)
)SQL"},
    // The scholar case file (migrations/scholar_cases.sql.h).
    {33, "scholar cases with their events and history", kScholarCasesSql, false, nullptr, "",
     kScholarCasesPostgresSql},
    // The documents kept on a scholar case (migrations/scholar_documents.sql.h).
    {34, "documents kept on scholar cases", kScholarDocumentsSql, false, nullptr, "",
     kScholarDocumentsPostgresSql},
    // Joint research projects (migrations/research_projects.sql.h).
    {35, "joint research projects with their partners and links", kResearchProjectsSql, false,
     nullptr, "", kResearchProjectsPostgresSql},
    // Joint teaching (migrations/joint_teaching.sql.h).
    {36, "joint courses and China-foreign joint programmes with their plans", kJointTeachingSql,
     false, nullptr, "", kJointTeachingPostgresSql},
    // The scholars' stays under each agreement, counted beside a partner's research
    // (store/partner_research.h).
    {37, "scholar cases by agreement",
     "CREATE INDEX scholar_cases_agreement ON scholar_cases (agreement_id, status)"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

std::vector<std::string> split_statements(const std::string& script) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < script.size()) {
    std::size_t end = script.find(";\n", start);
    if (end == std::string::npos) end = script.size();
    const std::string statement = script.substr(start, end - start);
    if (statement.find_first_not_of(" \n\t") != std::string::npos) out.push_back(statement);
    start = end + 2;
  }
  return out;
}

}  // namespace orbis::store::internal
