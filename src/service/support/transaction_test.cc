#include "service/support/transaction.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace orbis::service {
namespace {

class RunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("orbis-run-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    auto s = store::open((dir_ / "t.db").string());
    ASSERT_TRUE(s);
    store_ = std::move(*s);
    ASSERT_TRUE(store_->migrate());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::optional<std::string> setting(const std::string& key) {
    auto tx = store_->begin(store::Access::read);
    return *(*tx)->settings().get(key);
  }
  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(RunTest, CommitsWhatSucceedsAndRollsBackWhatFails) {
  ASSERT_TRUE(run(*store_, store::Access::write,
                  [](store::Transaction& tx) -> Status { return tx.settings().set("a", "1"); }));
  EXPECT_EQ(setting("a"), "1");
  const auto failed = run(*store_, store::Access::write, [](store::Transaction& tx) -> Status {
    if (auto ok = tx.settings().set("b", "2"); !ok) return ok;
    return fail(Error::invalid("no"));
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::invalid_argument);
  EXPECT_FALSE(setting("b"));
}

TEST_F(RunTest, RetriesTheWholeTransactionWhenAborted) {
  int attempts = 0;
  const auto result =
      run(*store_, store::Access::write, [&](store::Transaction& tx) -> Result<int> {
        ++attempts;
        if (auto ok = tx.settings().set("c", std::to_string(attempts)); !ok)
          return fail(ok.error());
        if (attempts < 3) return fail(Error::aborted("lost a race"));
        return attempts;
      });
  ASSERT_TRUE(result);
  EXPECT_EQ(*result, 3);
  EXPECT_EQ(setting("c"), "3");
}

TEST_F(RunTest, KeepsTheValueButNotTheWritesWhenToldNotToCommit) {
  const auto trial = run(
      *store_, store::Access::write,
      [](store::Transaction& tx) -> Result<int> {
        if (auto ok = tx.settings().set("d", "4"); !ok) return fail(ok.error());
        return 4;
      },
      [](int value) { return value != 4; });
  ASSERT_TRUE(trial);
  EXPECT_EQ(*trial, 4);
  EXPECT_FALSE(setting("d"));
  ASSERT_TRUE(run(
      *store_, store::Access::write,
      [](store::Transaction& tx) -> Result<int> {
        if (auto ok = tx.settings().set("d", "5"); !ok) return fail(ok.error());
        return 5;
      },
      [](int value) { return value != 4; }));
  EXPECT_EQ(setting("d"), "5");
}

TEST_F(RunTest, GivesUpAfterSoManyAttempts) {
  int attempts = 0;
  const auto result = run(*store_, store::Access::write, [&](store::Transaction&) -> Status {
    ++attempts;
    return fail(Error::aborted("lost a race"));
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::aborted);
  EXPECT_EQ(attempts, kMaxAttempts);
}

}  // namespace
}  // namespace orbis::service
