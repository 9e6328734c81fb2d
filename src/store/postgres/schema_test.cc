// The baseline schema of a new PostgreSQL database (schema.sql.h) against what SQLite's
// migrations reach: the same tables, the same columns in each, the same named indexes; and
// the columns PostgreSQL holds in its own types (migration 24).
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

// A database at version 23, with flags as integers and snapshots as text (the empty text for
// none), reaches 24 with every flag and every snapshot as it was, and its audit chain verifies.
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
  pg << "DELETE FROM schema_migrations WHERE version >= 24";
  ASSERT_TRUE(typed_columns(pg).empty());
  long long empty_before = 0;
  pg << "SELECT COUNT(*) FROM audit_log WHERE before_json = ''", soci::into(empty_before);
  ASSERT_EQ(empty_before, 1);

  auto reopened = open(*url, {.pool_size = 1, .clock = &clock});
  ASSERT_TRUE(reopened) << reopened.error().message;
  auto version = (*reopened)->migrate();
  ASSERT_TRUE(version) << version.error().message;
  EXPECT_EQ(*version, internal::migrations().back().version);
  EXPECT_EQ(typed_columns(pg), kTyped);

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
