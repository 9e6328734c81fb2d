// The baseline schema of a new PostgreSQL database (schema.sql.h) against what SQLite's
// migrations reach: the same tables, the same columns in each, the same named indexes.
#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>
#include <set>
#include <string>

#include "common/clock.h"
#include "common/crypto.h"
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

}  // namespace
}  // namespace orbis::store::postgres
