#include <gtest/gtest.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>

#include "common/clock.h"
#include "common/crypto.h"
#include "store/open.h"
#include "store/store.h"

namespace orbis::store {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(crypto::init());
    dir_ = std::filesystem::temp_directory_path() /
           ("orbis-store-test-" + crypto::to_hex(crypto::random_bytes(6)));
    std::filesystem::create_directories(dir_);
    auto opened = open((dir_ / "test.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    ASSERT_TRUE(store_->migrate());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  domain::Institution westlake() {
    domain::Institution in;
    in.ror_id = "05hfa4n20";
    in.name = "Westlake University";
    in.name_zh = "西湖大学";
    in.country = "CN";
    in.city = "Hangzhou";
    in.types = {domain::InstitutionType::education};
    in.established = 2018;
    in.names = {{"WIAS", "", domain::NameKind::acronym}};
    in.domains = {"westlake.edu.cn"};
    return in;
  }
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, MigratesOnceAndReportsVersion) {
  EXPECT_EQ(*store_->schema_version(), store_->latest_schema_version());
  EXPECT_EQ(*store_->migrate(), store_->latest_schema_version());  // idempotent
  EXPECT_TRUE(store_->integrity_check()->empty());
}

TEST_F(StoreTest, InsertsAndReadsAnInstitutionWithNamesAndDomains) {
  auto tx = std::move(*store_->begin(Access::write));
  const auto id = tx->institutions().insert(westlake());
  ASSERT_TRUE(id) << id.error().message;
  const auto committed = tx->commit();
  ASSERT_TRUE(committed) << committed.error().message;
  auto read = std::move(*store_->begin(Access::read));
  const auto in = read->institutions().get(*id);
  ASSERT_TRUE(in);
  EXPECT_EQ(in->name_zh, "西湖大学");
  EXPECT_EQ(in->established, 2018);
  EXPECT_EQ(in->version, 1);
  ASSERT_EQ(in->names.size(), 1u);
  EXPECT_EQ(in->names[0].kind, domain::NameKind::acronym);
  EXPECT_EQ(in->domains, (std::vector<std::string>{"westlake.edu.cn"}));
  EXPECT_EQ(*read->institutions().find_by_domain("westlake.edu.cn"), *id);
  EXPECT_EQ(*read->institutions().find_by_ror("05hfa4n20"), *id);
  EXPECT_FALSE(read->institutions().find_by_ror("052gg0110")->has_value());
  EXPECT_EQ(read->institutions().get(InstitutionId{999}).error().code, ErrorCode::not_found);
}

TEST_F(StoreTest, RejectsDuplicateRorIdAndDomain) {
  auto tx = std::move(*store_->begin(Access::write));
  ASSERT_TRUE(tx->institutions().insert(westlake()));
  auto again = westlake();
  again.ror_id = "";
  const auto dup = tx->institutions().insert(again);
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().code, ErrorCode::already_exists);
}

TEST_F(StoreTest, StaleUpdateIsAConflictAndNothingIsWritten) {
  InstitutionId id;
  {
    auto tx = std::move(*store_->begin(Access::write));
    id = *tx->institutions().insert(westlake());
    ASSERT_TRUE(tx->commit());
  }
  auto tx = std::move(*store_->begin(Access::write));
  auto in = *tx->institutions().get(id);
  in.city = "Xihu, Hangzhou";
  ASSERT_TRUE(tx->institutions().update(in));
  in.city = "stale";
  const auto stale = tx->institutions().update(in);  // still carries version 1
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  ASSERT_TRUE(tx->commit());
  auto read = std::move(*store_->begin(Access::read));
  EXPECT_EQ(read->institutions().get(id)->city, "Xihu, Hangzhou");
  EXPECT_EQ(read->institutions().get(id)->version, 2);
}

TEST_F(StoreTest, UncommittedWritesRollBack) {
  {
    auto tx = std::move(*store_->begin(Access::write));
    ASSERT_TRUE(tx->institutions().insert(westlake()));
  }
  auto read = std::move(*store_->begin(Access::read));
  EXPECT_EQ(*read->institutions().count(), 0u);
}

TEST_F(StoreTest, AuditAppendsAChainWithAHead) {
  auto tx = std::move(*store_->begin(Access::write));
  for (int i = 0; i < 3; ++i) {
    domain::AuditEntry e;
    e.at = "2026-11-23T00:00:00.000Z";
    e.actor = "cli";
    e.action = "test";
    e.entity = "thing";
    e.entity_id = std::to_string(i);
    ASSERT_TRUE(tx->audit().append(e));
  }
  ASSERT_TRUE(tx->commit());
  auto read = std::move(*store_->begin(Access::read));
  const auto entries = *read->audit().list(0, 100);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_TRUE(domain::verify_chain(entries).empty());
  EXPECT_EQ(read->audit().head()->first, 3);
  EXPECT_EQ(read->audit().head()->second, entries.back().hash);
}

TEST_F(StoreTest, SettingsAndSessions) {
  auto tx = std::move(*store_->begin(Access::write));
  ASSERT_TRUE(tx->settings().set("home", "1"));
  ASSERT_TRUE(tx->settings().set("home", "2"));
  EXPECT_EQ(**tx->settings().get("home"), "2");
  EXPECT_FALSE(tx->settings().get("missing")->has_value());
  domain::User u;
  u.email = "officer@westlake.edu.cn";
  u.role = domain::Role::officer;
  const auto uid = tx->users().insert(u, "hash");
  ASSERT_TRUE(uid);
  EXPECT_EQ(tx->users().insert(u, "hash").error().code, ErrorCode::already_exists);
  StoredSession session;
  session.user = *uid;
  session.csrf_token = "csrf";
  session.created_at = session.last_used_at = "2026-01-01T00:00:00.000Z";
  session.expires_at = "2026-01-02T00:00:00.000Z";
  session.client = "10.0.0.1";
  const auto sid = tx->users().insert_session("th", session);
  ASSERT_TRUE(sid);
  EXPECT_EQ((*tx->users().find_session("th"))->csrf_token, "csrf");
  EXPECT_EQ((*tx->users().find_session("th"))->id, *sid);
  ASSERT_TRUE(tx->users().touch_session("th", "2026-01-01T01:00:00.000Z"));
  EXPECT_EQ((*tx->users().sessions_of(*uid))[0].last_used_at, "2026-01-01T01:00:00.000Z");
  EXPECT_FALSE(*tx->users().delete_session_of(UserId{uid->value + 1}, *sid));  // not theirs
  ASSERT_TRUE(tx->users().delete_sessions_expired_before("2026-01-03T00:00:00.000Z"));
  EXPECT_FALSE(tx->users().find_session("th")->has_value());
  EXPECT_EQ((*tx->users().find_by_email("officer@westlake.edu.cn"))->role, domain::Role::officer);
}

TEST(StoreOpen, ExplainsUnsupportedAndMissingLocations) {
  EXPECT_EQ(open("postgresql://localhost/orbis").error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(open("/no/such/folder/x.db").error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(open("/tmp/orbis-never-created.db", {.must_exist = true}).error().code,
            ErrorCode::not_found);
}

TEST(SqliteStamps, ComeFromTheClockTheStoreWasOpenedWith) {
  ASSERT_TRUE(crypto::init());
  const auto dir = std::filesystem::temp_directory_path() /
                   ("orbis-stamps-test-" + crypto::to_hex(crypto::random_bytes(6)));
  std::filesystem::create_directories(dir);
  const std::string db = (dir / "test.db").string();
  FixedClock clock(*parse_iso8601("2031-05-06T07:08:09.123Z"));
  {
    auto store = std::move(*open(db, {}, clock));
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
