// The baseline schema of a new PostgreSQL database (schema.sql.h) against what SQLite's
// migrations reach: the same tables, the same columns in each, the same named indexes; and
// the columns PostgreSQL holds in its own types (migrations 24 and 29).
#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/crypto.h"
#include "domain/audit.h"
#include "store/sql/migrations.h"
#include "store/store.h"
#include "store/testing/postgres_scratch.h"

namespace orbis::store::postgres {
namespace {

using Names = std::set<std::string>;

Names read(soci::session& sql, const std::string& query) {
  Names out;
  std::string name;
  soci::statement st = (sql.prepare << query, soci::into(name));
  st.execute();
  while (st.fetch()) out.insert(name);
  return out;
}

TEST(PostgresSchema, HasSqlitesTablesColumnsAndIndexes) {
  const auto server = testing::postgres_server();
  ASSERT_TRUE(server) << testing::kNoPostgres;
  ASSERT_TRUE(crypto::init());
  const FixedClock clock(parse_iso8601("2031-05-06T07:08:09.123Z").value());

  const auto folder = std::filesystem::temp_directory_path() /
                      ("orbis-schema-" + crypto::to_hex(crypto::random_bytes(6)));
  std::filesystem::create_directories(folder);
  const auto file = (folder / "schema.db").string();
  {
    auto sqlite = open(file, {.pool_size = 1, .clock = &clock});
    ASSERT_TRUE(sqlite) << sqlite.error().message;
    ASSERT_TRUE((*sqlite)->migrate());
  }
  auto url = testing::create_database("orbis_schema");
  ASSERT_TRUE(url) << url.error().message;
  {
    auto pg = open(*url, {.pool_size = 1, .clock = &clock});
    ASSERT_TRUE(pg) << pg.error().message;
    auto version = (*pg)->migrate();
    ASSERT_TRUE(version) << version.error().message;
    EXPECT_EQ(*version, (*pg)->latest_schema_version());
  }

  soci::session lite(soci::sqlite3, "db=\"" + file + "\"");
  soci::session pg(soci::postgresql, testing::connectable(*url));
  const Names lite_columns =
      read(lite,
           "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE "
           "m.type = 'table' AND m.name NOT LIKE 'sqlite_%'");
  const Names pg_columns =
      read(pg,
           "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE "
           "table_schema = 'public'");
  EXPECT_EQ(pg_columns, lite_columns);
  EXPECT_GT(lite_columns.size(), 300u);

  // Indexes by name: SQLite's named ones against PostgreSQL's other than those it makes for
  // primary and unique keys (SQLite's are unnamed: sqlite_autoindex_...).
  const Names lite_indexes = read(lite,
                                  "SELECT name FROM sqlite_master WHERE type = 'index' AND name "
                                  "NOT LIKE 'sqlite_autoindex_%'");
  const Names pg_indexes = read(pg,
                                "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND "
                                "indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'");
  EXPECT_EQ(pg_indexes, lite_indexes);

  std::error_code ec;
  std::filesystem::remove_all(folder, ec);
}

// Each column PostgreSQL holds as a boolean or as JSON, by "table.column", with its type.
std::map<std::string, std::string> typed_columns(soci::session& pg) {
  std::map<std::string, std::string> out;
  std::string name, type;
  soci::statement st = (pg.prepare << "SELECT table_name || '.' || column_name, data_type FROM "
                                      "information_schema.columns WHERE table_schema = 'public' "
                                      "AND data_type IN ('boolean', 'json', 'jsonb')",
                        soci::into(name), soci::into(type));
  st.execute();
  while (st.fetch()) out[name] = type;
  return out;
}

// Each column PostgreSQL holds as an instant (migration 29), by "table.column".
Names instant_columns(soci::session& pg) {
  return read(pg,
              "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE "
              "table_schema = 'public' AND data_type = 'timestamp with time zone'");
}

// The instants migration 29 types (and later migrations make so): every created_at, updated_at and
// at, and the optional ones. A call's opens_at and closes_at keep their offset as text.
const Names kInstants = {
    "agreement_attachments.uploaded_at",
    "agreement_comments.at",
    "agreement_history.at",
    "agreements.created_at",
    "agreements.ewp_approved_at",
    "agreements.updated_at",
    "application_documents.created_at",
    "application_documents.uploaded_at",
    "application_history.at",
    "applications.created_at",
    "applications.submit_started_at",
    "applications.submitted_at",
    "applications.updated_at",
    "audit_log.at",
    "calendar_feeds.created_at",
    "calls.closes_at_utc",
    "calls.created_at",
    "calls.opens_at_utc",
    "calls.updated_at",
    "courses.created_at",
    "courses.updated_at",
    "credentials.issued_at",
    "credentials.updated_at",
    "indicator_figures.updated_at",
    "indicator_targets.updated_at",
    "institutions.created_at",
    "institutions.updated_at",
    "issuer_keys.created_at",
    "joint_courses.created_at",
    "joint_courses.updated_at",
    "joint_programmes.created_at",
    "joint_programmes.updated_at",
    "la_approvals.at",
    "la_comments.at",
    "la_versions.proposed_at",
    "learning_agreements.created_at",
    "learning_agreements.recognised_at",
    "learning_agreements.updated_at",
    "leases.acquired_at",
    "leases.expires_at",
    "mobilities.created_at",
    "mobilities.decided_at",
    "mobilities.nominated_at",
    "mobilities.updated_at",
    "mobility_history.at",
    "password_resets.created_at",
    "password_resets.expires_at",
    "people.created_at",
    "people.updated_at",
    "placement_runs.created_at",
    "placement_runs.published_at",
    "programmes.created_at",
    "programmes.updated_at",
    "research_projects.created_at",
    "research_projects.updated_at",
    "scholar_case_documents.uploaded_at",
    "scholar_case_history.at",
    "scholar_cases.created_at",
    "scholar_cases.updated_at",
    "sessions.created_at",
    "sessions.expires_at",
    "sessions.last_used_at",
    "sign_in_failures.failed_at",
    "transcript_entries.entered_at",
    "users.created_at",
};

const std::map<std::string, std::string> kTyped = {
    {"agreement_conditions.blended", "boolean"},
    {"agreement_parties.is_home", "boolean"},
    {"agreements.auto_renewal", "boolean"},
    {"application_verdicts.eligible", "boolean"},
    {"programmes.published", "boolean"},
    {"transcript_entries.passed", "boolean"},
    {"users.active", "boolean"},
    {"audit_log.after_json", "json"},
    {"audit_log.before_json", "json"},
};

domain::AuditEntry entry(std::string action, std::string before, std::string after) {
  domain::AuditEntry e;
  e.at = "2031-05-06T07:08:09.123Z";
  e.actor = "office@example.edu";
  e.action = std::move(action);
  e.entity = "institution";
  e.entity_id = "7";
  e.before = std::move(before);
  e.after = std::move(after);
  return e;
}

// A database at version 23, with flags as integers, snapshots and instants as text (the empty
// text for none), reaches the latest version with every flag, snapshot and instant as it was,
// and its audit chain verifies.
TEST(PostgresSchema, Migration24KeepsFlagsAndTheAuditChain) {
  const auto server = testing::postgres_server();
  ASSERT_TRUE(server) << testing::kNoPostgres;
  ASSERT_TRUE(crypto::init());
  const FixedClock clock(parse_iso8601("2031-05-06T07:08:09.123Z").value());
  auto url = testing::create_database("orbis_typed");
  ASSERT_TRUE(url) << url.error().message;

  // Snapshots as the service writes them (sorted keys, no spaces), which json keeps as they
  // are and jsonb would not: spaces, key order, Chinese, escapes, a number with a fraction.
  const std::vector<domain::AuditEntry> written = {
      entry("institution.create", "", R"({"name":"Zhejiang University","z":1,"a":2.50})"),
      entry("institution.update", R"({"name":"浙江大学","note":"say \"hi\"\n"})",
            R"({"name":"浙江大学 International Campus","tags":["a","b"]})"),
      entry("institution.delete", R"({"name":"Gone"})", ""),
  };
  {
    auto pg = open(*url, {.pool_size = 1, .clock = &clock});
    ASSERT_TRUE(pg) << pg.error().message;
    ASSERT_TRUE((*pg)->migrate());
    auto tx = (*pg)->begin(Access::write);
    ASSERT_TRUE(tx) << tx.error().message;
    for (const auto& e : written) ASSERT_TRUE((*tx)->audit().append(e));
    ASSERT_TRUE((*tx)->commit());
  }
  soci::session pg(soci::postgresql, testing::connectable(*url));
  EXPECT_EQ(typed_columns(pg), kTyped);
  EXPECT_EQ(instant_columns(pg), kInstants);
  pg << "INSERT INTO users (email, role, password_hash, active, created_at) VALUES "
        "('on@example.edu', 'officer', 'x', TRUE, '2031-05-06T07:08:09Z'), "
        "('off@example.edu', 'officer', 'x', FALSE, '2031-05-06T07:08:09Z')";
  // Back to version 23's form.
  for (const auto& [column, type] : kTyped) {
    const auto dot = column.find('.');
    const auto table = column.substr(0, dot), name = column.substr(dot + 1);
    const auto alter = "ALTER TABLE " + table + " ALTER COLUMN " + name;
    pg << alter + " DROP DEFAULT";
    if (type == "boolean") {
      pg << alter + " TYPE BIGINT USING CASE WHEN " + name + " THEN 1 ELSE 0 END";
    } else {
      pg << alter + " TYPE TEXT USING COALESCE(CAST(" + name + " AS TEXT), '')";
      pg << alter + " SET NOT NULL";
    }
  }
  // Instants as text again, in the one form, the empty text for none.
  for (const auto& column : kInstants) {
    const auto dot = column.find('.');
    const auto table = column.substr(0, dot), name = column.substr(dot + 1);
    const auto alter = "ALTER TABLE " + table + " ALTER COLUMN " + name;
    pg << alter + " TYPE TEXT USING COALESCE(to_char(" + name +
              " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), '')";
    pg << alter + " SET DEFAULT ''";
    pg << alter + " SET NOT NULL";
  }
  // Back to 23: what the later migrations made goes too, so that they run again after 24.
  pg << "DROP TABLE indicator_figures";
  pg << "DROP INDEX mobilities_year_person";
  pg << "DROP TABLE indicator_targets";
  pg << "DROP INDEX la_versions_waiting";
  pg << "DROP INDEX mobilities_by_status";
  pg << "DROP INDEX mobilities_nominated_by_direction";
  pg << "DROP INDEX applications_to_score";
  pg << "DROP INDEX people_not_students";
  pg << "DROP INDEX mobilities_unit_year";
  pg << "DROP INDEX people_graduated";
  pg << "DROP INDEX mobilities_begun_abroad";
  pg << "ALTER TABLE people DROP COLUMN graduated_in";
  pg << "ALTER TABLE mobilities DROP COLUMN recognised_ects";
  pg << "DROP TABLE joint_programme_plans";
  pg << "DROP TABLE joint_programme_agreements";
  pg << "DROP TABLE joint_programme_partners";
  pg << "DROP TABLE joint_programmes";
  pg << "DROP TABLE joint_courses";
  pg << "DROP TABLE research_project_links";
  pg << "DROP TABLE research_project_partners";
  pg << "DROP TABLE research_projects";
  pg << "DROP TABLE scholar_case_documents";
  pg << "DROP TABLE scholar_case_history";
  pg << "DROP TABLE scholar_case_events";
  pg << "DROP TABLE scholar_cases";
  pg << "DROP TABLE publication_affiliations";
  pg << "DROP TABLE publications";
  pg << "DELETE FROM schema_migrations WHERE version >= 24";
  ASSERT_TRUE(typed_columns(pg).empty());
  ASSERT_TRUE(instant_columns(pg).empty());
  std::string created;
  pg << "SELECT created_at FROM users WHERE email = 'on@example.edu'", soci::into(created);
  ASSERT_EQ(created, "2031-05-06T07:08:09.000Z");
  long long empty_before = 0;
  pg << "SELECT COUNT(*) FROM audit_log WHERE before_json = ''", soci::into(empty_before);
  ASSERT_EQ(empty_before, 1);

  auto reopened = open(*url, {.pool_size = 1, .clock = &clock});
  ASSERT_TRUE(reopened) << reopened.error().message;
  auto version = (*reopened)->migrate();
  ASSERT_TRUE(version) << version.error().message;
  EXPECT_EQ(*version, internal::migrations().back().version);
  EXPECT_EQ(typed_columns(pg), kTyped);
  EXPECT_EQ(instant_columns(pg), kInstants);
  pg << "SELECT to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') FROM users "
        "WHERE email = 'on@example.edu'",
      soci::into(created);
  EXPECT_EQ(created, "2031-05-06 15:08");

  long long on = -1, off = -1;
  pg << "SELECT CAST(active AS INTEGER) FROM users WHERE email = 'on@example.edu'", soci::into(on);
  pg << "SELECT CAST(active AS INTEGER) FROM users WHERE email = 'off@example.edu'",
      soci::into(off);
  EXPECT_EQ(on, 1);
  EXPECT_EQ(off, 0);
  long long nulls = 0;
  pg << "SELECT COUNT(*) FROM audit_log WHERE before_json IS NULL OR after_json IS NULL",
      soci::into(nulls);
  EXPECT_EQ(nulls, 2);

  auto tx = (*reopened)->begin(Access::read);
  ASSERT_TRUE(tx) << tx.error().message;
  auto entries = (*tx)->audit().list(0, 10);
  ASSERT_TRUE(entries) << entries.error().message;
  ASSERT_EQ(entries->size(), written.size());
  std::string previous = domain::genesis_hash();
  for (std::size_t i = 0; i < written.size(); ++i) {
    const auto& e = (*entries)[i];
    EXPECT_EQ(e.before, written[i].before);
    EXPECT_EQ(e.after, written[i].after);
    EXPECT_EQ(e.prev_hash, previous);
    EXPECT_EQ(domain::compute_audit_hash(e), e.hash) << "entry " << e.seq;
    previous = e.hash;
  }
}

}  // namespace
}  // namespace orbis::store::postgres
