// What is SQLite's own in opening a store: the locations it reads, and the stamps and
// migration times it writes, read back from SQLite's columns. What every back end must do is
// in the conformance suite (store/testing/).
#include "store/store.h"

#include <gtest/gtest.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>

#include "common/clock.h"
#include "common/crypto.h"

namespace orbis::store {
namespace {

TEST(StoreOpen, ExplainsBadAndMissingLocations) {
  ASSERT_TRUE(crypto::init());
  // A scratch folder's name that nothing creates.
  const auto absent = std::filesystem::temp_directory_path() /
                      ("orbis-never-created-" + crypto::to_hex(crypto::random_bytes(6)));
  // A password in the URL would show in process lists and logs: refused before connecting.
  const auto with_password = open("postgresql://orbis:secret@127.0.0.1:1/orbis");
  ASSERT_FALSE(with_password);
  EXPECT_EQ(with_password.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(with_password.error().message.find("secret"), std::string::npos);
  EXPECT_EQ(open("postgresql://127.0.0.1:1/orbis?password=secret").error().code,
            ErrorCode::invalid_argument);
  // No server listens on port 1: unavailable, and the message says so without the URL's
  // query.
  const auto unreachable = open("postgresql://orbis@127.0.0.1:1/orbis");
  ASSERT_FALSE(unreachable);
  EXPECT_EQ(unreachable.error().code, ErrorCode::unavailable);
  EXPECT_EQ(open((absent / "x.db").string()).error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(open(absent.string() + ".db", {.must_exist = true}).error().code, ErrorCode::not_found);
}

TEST(SqliteStamps, ComeFromTheClockTheStoreWasOpenedWith) {
  ASSERT_TRUE(crypto::init());
  const auto dir = std::filesystem::temp_directory_path() /
                   ("orbis-stamps-test-" + crypto::to_hex(crypto::random_bytes(6)));
  std::filesystem::create_directories(dir);
  const std::string db = (dir / "test.db").string();
  FixedClock clock(*parse_iso8601("2031-05-06T07:08:09.123Z"));
  {
    auto store = std::move(*open(db, {.clock = &clock}));
    ASSERT_TRUE(store->migrate());
    clock.advance(std::chrono::minutes(1));
    auto tx = std::move(*store->begin(Access::write));
    domain::Institution in;
    in.name = "Westlake University";
    in.country = "CN";
    in.types = {domain::InstitutionType::education};
    const auto id = tx->institutions().insert(in);
    ASSERT_TRUE(id) << id.error().message;
    ASSERT_TRUE(tx->commit());
    clock.advance(std::chrono::minutes(1));
    tx = std::move(*store->begin(Access::write));
    in = *tx->institutions().get(*id);
    in.city = "Hangzhou";
    ASSERT_TRUE(tx->institutions().update(in));
    ASSERT_TRUE(tx->commit());
  }
  soci::session sql(soci::sqlite3, "db=" + db);
  std::string created, updated, applied_first, applied_last;
  sql << "SELECT created_at, updated_at FROM institutions", soci::into(created),
      soci::into(updated);
  sql << "SELECT MIN(applied_at), MAX(applied_at) FROM schema_migrations",
      soci::into(applied_first), soci::into(applied_last);
  EXPECT_EQ(applied_first, "2031-05-06T07:08:09.123Z");
  EXPECT_EQ(applied_last, "2031-05-06T07:08:09.123Z");
  EXPECT_EQ(created, "2031-05-06T07:09:09.123Z");
  EXPECT_EQ(updated, "2031-05-06T07:10:09.123Z");
  sql.close();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace orbis::store
