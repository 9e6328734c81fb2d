// A sign-in whose transaction loses a race is run again, whole: one session is stored, the
// token handed out is the one committed, and the sign-in limiter hears of one outcome.
#include <gtest/gtest.h>

#include "common/crypto.h"
#include "service/identity/auth.h"
#include "store/testing/aborting_store.h"
#include "store/testing/scratch_store.h"

namespace orbis::service {
namespace {

using store::testing::AbortingStore;
using store::testing::ScratchStore;

TEST(IdentityRetry, ASignInWhoseFirstCommitLostARaceStartsOneSession) {
  FixedClock clock(TimePoint(std::chrono::milliseconds(1'790'000'000'000)));
  auto scratch = ScratchStore::open(clock);
  ASSERT_TRUE(scratch) << scratch.error().message;
  store::Store& real = (*scratch)->store();
  UserId id;
  {
    auto tx = real.begin(store::Access::write);
    ASSERT_TRUE(tx);
    domain::User user;
    user.email = "officer@example.edu";
    user.name = "An Officer";
    user.role = domain::Role::officer;
    auto hash = crypto::hash_password("a long enough password");
    ASSERT_TRUE(hash);
    auto inserted = (*tx)->users().insert(user, *hash);
    ASSERT_TRUE(inserted);
    id = *inserted;
    ASSERT_TRUE((*tx)->commit());
  }
  AbortingStore flaky(real, 1);
  Auth auth(flaky, clock);

  const auto session = auth.login({.email = "officer@example.edu",
                                   .password = "a long enough password",
                                   .code = std::nullopt,
                                   .client = "192.0.2.1",
                                   .user_agent = "test"});

  ASSERT_TRUE(session) << session.error().message;
  EXPECT_EQ(flaky.aborted(), 1);
  EXPECT_EQ(flaky.write_commits(), 2);
  EXPECT_EQ(session->user.id, id);
  {
    auto tx = real.begin(store::Access::read);
    ASSERT_TRUE(tx);
    const auto sessions = (*tx)->users().sessions_of(id);
    ASSERT_TRUE(sessions);
    ASSERT_EQ(sessions->size(), 1u);
    EXPECT_EQ(sessions->front().csrf_token, session->csrf);
    EXPECT_EQ(sessions->front().client, "192.0.2.1");
  }
  // The token handed out is the committed one.
  Auth reader(real, clock);
  const auto principal = reader.authenticate(session->token);
  ASSERT_TRUE(principal) << principal.error().message;
  EXPECT_EQ(principal->actor.user, id);
  EXPECT_EQ(principal->csrf, session->csrf);
  // The limiter heard of one success: nothing is left in flight or counted.
  EXPECT_EQ(auth.tracked_keys(), 0u);
  EXPECT_EQ(auth.retry_after("officer@example.edu", "192.0.2.1"), std::chrono::seconds(0));
}

}  // namespace
}  // namespace orbis::service
