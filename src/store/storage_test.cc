// Storage faults and copies: a read-only database, a WAL or database file deleted or
// replaced under an open store, the rate-limited write probe, the online backup and the
// replacement of a database file.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "common/crypto.h"
#include "store/store.h"

namespace orbis::store {
namespace {

namespace fs = std::filesystem;
using std::chrono::hours;
using std::chrono::steady_clock;

class StorageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(crypto::init());
    dir_ = fs::temp_directory_path() /
           ("orbis-storage-test-" + crypto::to_hex(crypto::random_bytes(6)));
    fs::create_directories(dir_);
    store_ = open_store(db());
    ASSERT_TRUE(store_->migrate());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  std::string db() const { return (dir_ / "test.db").string(); }
  static std::unique_ptr<Store> open_store(const std::string& path, OpenOptions options = {}) {
    auto opened = open(path, options);
    EXPECT_TRUE(opened) << opened.error().message;
    return opened ? std::move(*opened) : nullptr;
  }
  static domain::Institution institution(const std::string& name) {
    domain::Institution in;
    in.name = name;
    in.country = "CN";
    in.types = {domain::InstitutionType::education};
    return in;
  }
  static Status add(Store& store, const std::string& name) {
    auto tx = store.begin(Access::write);
    if (!tx) return fail(tx.error());
    if (auto id = (*tx)->institutions().insert(institution(name)); !id) return fail(id.error());
    return (*tx)->commit();
  }
  static std::size_t institutions(Store& store) {
    auto tx = store.begin(Access::read);
    EXPECT_TRUE(tx);
    return tx ? (*tx)->institutions().count().value_or(0) : 0;
  }
  static std::string probes(Store& store) {
    auto tx = store.begin(Access::read);
    EXPECT_TRUE(tx);
    auto value = (*tx)->settings().get("store.write_probe");
    EXPECT_TRUE(value);
    return value && *value ? **value : "none";
  }
  fs::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StorageTest, AReadOnlyDatabaseReadsButItsWritesAreUnavailable) {
  ASSERT_TRUE(add(*store_, "Before"));
  store_.reset();
  auto store = open_store(db(), {.must_exist = true, .read_only = true});
  ASSERT_TRUE(store);
  EXPECT_EQ(institutions(*store), 1u);
  const auto added = add(*store, "After");
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, ErrorCode::unavailable) << added.error().message;
  EXPECT_NE(added.error().message.find("read-only"), std::string::npos) << added.error().message;
  const auto health = store->write_health(hours(1));
  EXPECT_FALSE(health.writable);
  EXPECT_NE(health.problem.find("read-only"), std::string::npos) << health.problem;
}

TEST_F(StorageTest, HealthProbesAtMostOncePerIntervalAndTrustsRecentWrites) {
  EXPECT_TRUE(store_->write_health(hours(1)).writable);
  EXPECT_EQ(probes(*store_), "1");
  EXPECT_TRUE(store_->write_health(hours(1)).writable);
  EXPECT_EQ(probes(*store_), "1");  // within the interval: no second probe
  EXPECT_TRUE(store_->write_health(steady_clock::duration::zero()).writable);
  EXPECT_EQ(probes(*store_), "2");
  ASSERT_TRUE(add(*store_, "A write"));
  EXPECT_TRUE(store_->write_health(hours(1)).writable);
  EXPECT_EQ(probes(*store_), "2");  // the write showed that writes work
}

TEST_F(StorageTest, AVanishedWalStopsWritesAndWhatItHeldIsKept) {
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(add(*store_, "Kept " + std::to_string(i)));
  ASSERT_TRUE(fs::exists(db() + "-wal"));
  ASSERT_GT(fs::file_size(db() + "-wal"), 0u);
  fs::remove(db() + "-wal");

  const auto refused = add(*store_, "Refused");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::unavailable);
  EXPECT_NE(refused.error().message.find("WAL"), std::string::npos) << refused.error().message;
  const auto health = store_->write_health(hours(1));
  EXPECT_FALSE(health.writable);
  EXPECT_NE(health.problem.find("WAL"), std::string::npos) << health.problem;
  EXPECT_FALSE(add(*store_, "Still refused"));  // for good, not once
  EXPECT_EQ(institutions(*store_), 20u);        // reads go on

  // What the deleted WAL held was folded into the database file: a copy of that file
  // alone, as a restart after a crash would find it, has every committed write.
  fs::copy_file(db(), dir_ / "copy.db");
  auto copy = open_store((dir_ / "copy.db").string(), {.must_exist = true});
  ASSERT_TRUE(copy);
  EXPECT_EQ(institutions(*copy), 20u);
  EXPECT_TRUE(copy->integrity_check()->empty());
}

TEST_F(StorageTest, AReplacedDatabaseFileStopsWrites) {
  ASSERT_TRUE(add(*store_, "Original"));
  fs::copy_file(db(), dir_ / "other.db");
  fs::rename(dir_ / "other.db", db());
  const auto refused = add(*store_, "Refused");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::unavailable);
  EXPECT_NE(refused.error().message.find("replaced"), std::string::npos) << refused.error().message;
  EXPECT_FALSE(store_->write_health(hours(1)).writable);
}

TEST_F(StorageTest, BackupCopiesOneMomentWhileWritersGoOn) {
  for (int i = 0; i < 50; ++i) ASSERT_TRUE(add(*store_, "Before " + std::to_string(i)));
  std::atomic<bool> stop = false;
  std::atomic<int> written = 0;
  std::thread writer([&] {
    while (!stop) {
      if (add(*store_, "During " + std::to_string(written.load()))) ++written;
    }
  });
  const auto copy = (dir_ / "backup.db").string();
  const auto made = store_->backup(copy);
  stop = true;
  writer.join();
  ASSERT_TRUE(made) << made.error().message;
  EXPECT_GT(written.load(), 0);

  auto backup = open_store(copy, {.must_exist = true, .read_only = true});
  ASSERT_TRUE(backup);
  EXPECT_TRUE(backup->integrity_check()->empty());
  EXPECT_GE(institutions(*backup), 50u);
  EXPECT_LE(institutions(*backup), 50u + static_cast<std::size_t>(written.load()));
  EXPECT_EQ(*backup->schema_version(), store_->latest_schema_version());

  const auto again = store_->backup(copy);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::already_exists);
}

TEST_F(StorageTest, ReplacingADatabaseRefusesOneInUseAndSwapsAClosedOne) {
  ASSERT_TRUE(add(*store_, "Old"));
  const auto prepared = (dir_ / "prepared.db").string();
  {
    auto other = open_store(prepared);
    ASSERT_TRUE(other->migrate());
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(add(*other, "New " + std::to_string(i)));
  }
  const auto refused = replace_database(prepared, db());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::unavailable);
  EXPECT_NE(refused.error().message.find("in use"), std::string::npos) << refused.error().message;
  EXPECT_TRUE(fs::exists(prepared));

  store_.reset();
  const auto replaced = replace_database(prepared, db());
  ASSERT_TRUE(replaced) << replaced.error().message;
  EXPECT_FALSE(fs::exists(prepared));
  EXPECT_FALSE(fs::exists(db() + "-wal"));
  auto store = open_store(db(), {.must_exist = true});
  EXPECT_EQ(institutions(*store), 3u);
}

}  // namespace
}  // namespace orbis::store
