// Scheduled work on two servers sharing one database, on SQLite and on PostgreSQL: the jobs
// run on one server at a time, move when that one stops renewing its lease (it died) or
// releases it (it stopped), and run again on time.
#include "app/scheduler.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/crypto.h"
#include "store/testing/postgres_scratch.h"

namespace orbis::app {
namespace {

using std::chrono::seconds;

class Scheduling : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(crypto::init());
    std::string location;
    if (GetParam() == "postgresql") {
      auto url = store::testing::create_database("orbis_scheduler");
      ASSERT_TRUE(url) << url.error().message;
      location = *url;
    } else {
      scratch_ = std::filesystem::temp_directory_path() /
                 ("orbis-scheduler-" + crypto::to_hex(crypto::random_bytes(6)));
      std::filesystem::create_directories(scratch_);
      location = (scratch_ / "orbis.db").string();
    }
    auto opened = store::open(location, {.pool_size = 2, .clock = &clock_});
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    ASSERT_TRUE(store_->migrate());
  }
  void TearDown() override {
    a_.reset();
    b_.reset();
    store_.reset();
    std::error_code ec;
    if (!scratch_.empty()) std::filesystem::remove_all(scratch_, ec);
  }

  // A server's scheduler with one job that counts its runs in `runs`, every 5 minutes.
  std::unique_ptr<Scheduler> server(const std::string& name, int& runs) {
    std::vector<ScheduledJob> jobs;
    jobs.push_back({"counting", std::chrono::minutes(5), [&runs]() -> Status {
                      ++runs;
                      return {};
                    }});
    return std::make_unique<Scheduler>(*store_, clock_, name, std::move(jobs),
                                       SchedulerOptions{seconds(60), seconds(20)});
  }

  std::filesystem::path scratch_;
  FixedClock clock_{*parse_iso8601("2027-03-01T08:00:00.000Z")};
  std::unique_ptr<store::Store> store_;
  int runs_a_ = 0, runs_b_ = 0;
  std::unique_ptr<Scheduler> a_, b_;
};

TEST_P(Scheduling, TheJobsRunOnOneServerAndMoveWhenItDiesOrStops) {
  a_ = server("server-a", runs_a_);
  b_ = server("server-b", runs_b_);
  EXPECT_TRUE(a_->tick());
  EXPECT_FALSE(b_->tick());
  EXPECT_EQ(runs_a_, 1);
  EXPECT_EQ(runs_b_, 0);

  // Rounds every 20 s renew the lease; the job runs again once its 5 minutes are up.
  for (int round = 0; round < 15; ++round) {
    clock_.advance(seconds(20));
    EXPECT_TRUE(a_->tick());
    EXPECT_FALSE(b_->tick());
  }
  EXPECT_EQ(runs_a_, 2);
  EXPECT_EQ(runs_b_, 0);
  EXPECT_TRUE(a_->holding());
  EXPECT_FALSE(b_->holding());

  // Server a dies: it stops renewing. Until its lease ends, b waits; then b takes it and runs
  // the job at once.
  clock_.advance(seconds(40));
  EXPECT_FALSE(b_->tick());
  clock_.advance(seconds(20));
  EXPECT_TRUE(b_->tick());
  EXPECT_EQ(runs_b_, 1);
  EXPECT_EQ(runs_a_, 2);
  // Server a comes back: it finds the lease taken and runs nothing.
  EXPECT_FALSE(a_->tick());
  EXPECT_FALSE(a_->holding());
  EXPECT_EQ(runs_a_, 2);

  // Server b stops cleanly: it releases the lease, and a takes it at its next round.
  b_->stop();
  EXPECT_FALSE(b_->holding());
  EXPECT_TRUE(a_->tick());
  EXPECT_EQ(runs_a_, 3);
}

TEST_P(Scheduling, AFailedJobIsTriedAgainAndTheOthersStillRun) {
  int failures = 0, runs = 0;
  std::vector<ScheduledJob> jobs;
  jobs.push_back({"failing", std::chrono::minutes(5), [&failures]() -> Status {
                    ++failures;
                    return fail(Error::unavailable("the disk is full"));
                  }});
  jobs.push_back({"counting", std::chrono::minutes(5), [&runs]() -> Status {
                    ++runs;
                    return {};
                  }});
  Scheduler s(*store_, clock_, "server-a", std::move(jobs),
              SchedulerOptions{seconds(60), seconds(20)});
  EXPECT_TRUE(s.tick());
  clock_.advance(seconds(20));
  EXPECT_TRUE(s.tick());
  EXPECT_EQ(failures, 2);
  EXPECT_EQ(runs, 1);
}

TEST_P(Scheduling, TheThreadRunsRoundsUntilStopped) {
  a_ = server("server-a", runs_a_);
  a_->start();
  for (int i = 0; i < 200 && !a_->holding(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_TRUE(a_->holding());
  a_->stop();
  EXPECT_FALSE(a_->holding());
  EXPECT_EQ(runs_a_, 1);
  // Released: another takes it at once.
  b_ = server("server-b", runs_b_);
  EXPECT_TRUE(b_->tick());
}

INSTANTIATE_TEST_SUITE_P(Engines, Scheduling, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace orbis::app
