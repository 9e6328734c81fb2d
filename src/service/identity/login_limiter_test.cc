#include "service/identity/login_limiter.h"

#include <gtest/gtest.h>

#include <vector>

namespace orbis::service {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

const TimePoint kStart = *parse_iso8601("2026-11-23T09:00:00Z");

TEST(LoginLimiter, AttemptsBeingCheckedCountAgainstTheLimit) {
  LoginLimiter limiter;
  std::vector<LoginLimiter::Attempt> open;
  for (int i = 0; i < 5; ++i) {
    auto attempt = limiter.begin("ana@example.edu", "10.0.0.1", kStart);
    ASSERT_TRUE(attempt) << i;
    open.push_back(std::move(*attempt));
  }
  // Five are being checked: a sixth is refused before anything is known of them.
  EXPECT_FALSE(limiter.begin("ANA@example.edu ", "10.0.0.2", kStart));
  EXPECT_GT(limiter.retry_after("ana@example.edu", "10.0.0.2", kStart), seconds(0));
  // One turns out right: its slot is free again, and so are the failures it forgets.
  open.back().succeeded();
  EXPECT_TRUE(limiter.begin("ana@example.edu", "10.0.0.1", kStart));
}

TEST(LoginLimiter, FailuresLastTheWindow) {
  LoginLimiter limiter;
  for (int i = 0; i < 5; ++i) limiter.begin("ana@example.edu", "10.0.0.1", kStart)->failed(kStart);
  EXPECT_FALSE(limiter.begin("ana@example.edu", "10.0.0.1", kStart + minutes(14)));
  EXPECT_EQ(limiter.retry_after("ana@example.edu", "", kStart + minutes(14)), seconds(60));
  EXPECT_TRUE(limiter.begin("ana@example.edu", "10.0.0.1", kStart + minutes(15)));
  EXPECT_EQ(limiter.retry_after("ana@example.edu", "", kStart + minutes(15)), seconds(0));
}

TEST(LoginLimiter, AnAbandonedAttemptCountsForNothing) {
  LoginLimiter limiter;
  for (int i = 0; i < 20; ++i) EXPECT_TRUE(limiter.begin("ana@example.edu", "10.0.0.1", kStart));
  EXPECT_EQ(limiter.tracked_keys(), 0u);
}

TEST(LoginLimiter, TheClientLimitIsSharedByEmails) {
  LoginLimiter limiter({.per_email = 5, .per_client = 3});
  for (int i = 0; i < 3; ++i)
    limiter.begin("user" + std::to_string(i) + "@example.edu", "10.0.0.1", kStart)->failed(kStart);
  EXPECT_FALSE(limiter.begin("other@example.edu", "10.0.0.1", kStart));
  EXPECT_TRUE(limiter.begin("other@example.edu", "10.0.0.9", kStart));
}

TEST(LoginLimiter, KeysExpireAndTheMapIsBounded) {
  LoginLimiter limiter({.max_keys = 10});
  for (int i = 0; i < 100; ++i) {
    limiter
        .begin("user" + std::to_string(i) + "@example.edu", "10.0.0." + std::to_string(i),
               kStart + seconds(i))
        ->failed(kStart + seconds(i));
    EXPECT_LE(limiter.tracked_keys(), 10u);
  }
  // The newest keys stayed: the last email is still remembered.
  for (int i = 0; i < 4; ++i)
    limiter.begin("user99@example.edu", "10.1.0.1", kStart + seconds(100))->failed(kStart);
  EXPECT_FALSE(limiter.begin("user99@example.edu", "10.1.0.2", kStart + seconds(100)));
  // After the window every key goes at the next sweep.
  EXPECT_TRUE(limiter.begin("someone@example.edu", "10.2.0.1", kStart + minutes(20)));
  EXPECT_EQ(limiter.tracked_keys(), 0u);
}

}  // namespace
}  // namespace orbis::service
