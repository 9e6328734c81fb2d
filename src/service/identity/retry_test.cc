// A sign-in whose transaction loses a race is run again, whole: one session is stored, the
// token handed out is the one committed, and the sign-in limiter hears of one outcome; so
// is a check of the current password.
#include <gtest/gtest.h>

#include <memory>

#include "common/crypto.h"
#include "service/identity/auth.h"
#include "store/testing/aborting_store.h"
#include "store/testing/scratch_store.h"

namespace orbis::service {
namespace {

using store::testing::AbortingStore;
using store::testing::ScratchStore;

// An officer whose password is "a long enough password".
Result<domain::User> add_officer(store::Store& store) {
  auto tx = store.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  domain::User user;
  user.email = "officer@example.edu";
  user.name = "An Officer";
  user.role = domain::Role::officer;
  auto hash = crypto::hash_password("a long enough password");
  if (!hash) return fail(hash.error());
  auto inserted = (*tx)->users().insert(user, *hash);
  if (!inserted) return fail(inserted.error());
  user.id = *inserted;
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return user;
}

// A scratch database with one officer in it, on a clock that stands still.
class IdentityRetry : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = ScratchStore::open(clock);
    ASSERT_TRUE(opened) << opened.error().message;
    scratch = std::move(*opened);
    auto added = add_officer(scratch->store());
    ASSERT_TRUE(added) << added.error().message;
    officer = *added;
  }

  FixedClock clock{TimePoint(std::chrono::milliseconds(1'790'000'000'000))};
  std::unique_ptr<ScratchStore> scratch;
  store::Store& real() { return scratch->store(); }
  domain::User officer;
};

TEST_F(IdentityRetry, ASignInWhoseFirstCommitLostARaceStartsOneSession) {
  const UserId id = officer.id;
  AbortingStore flaky(real(), 1);
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
    auto tx = real().begin(store::Access::read);
    ASSERT_TRUE(tx);
    const auto sessions = (*tx)->users().sessions_of(id);
    ASSERT_TRUE(sessions);
    ASSERT_EQ(sessions->size(), 1u);
    EXPECT_EQ(sessions->front().csrf_token, session->csrf);
    EXPECT_EQ(sessions->front().client, "192.0.2.1");
  }
  // The token handed out is the committed one.
  Auth reader(real(), clock);
  const auto principal = reader.authenticate(session->token);
  ASSERT_TRUE(principal) << principal.error().message;
  EXPECT_EQ(principal->actor.user, id);
  EXPECT_EQ(principal->csrf, session->csrf);
  // The limiter heard of one success: nothing is left in flight or counted.
  EXPECT_EQ(auth.tracked_keys(), 0u);
  EXPECT_EQ(auth.retry_after("officer@example.edu", "192.0.2.1"), std::chrono::seconds(0));
}

// A wrong current password is recorded once however often its transaction is run, in the
// database as a sign-in failure would be; a confirmed password stops being current once
// it is changed.
TEST_F(IdentityRetry, AWrongCurrentPasswordIsRecordedOnceAndAChangeEndsTheConfirmation) {
  const auto actor = domain::Actor::of(officer);
  AbortingStore flaky(real(), 1);
  Auth auth(flaky, clock);
  const auto wrong = auth.confirm_password(actor, "not the password", "192.0.2.1", "password");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(flaky.aborted(), 1);
  {
    // One failure under each subject, as a wrong sign-in leaves.
    auto tx = real().begin(store::Access::read);
    ASSERT_TRUE(tx);
    const auto since = format_iso8601(clock.now() - std::chrono::hours(1));
    std::size_t failures = 0;
    for (const auto& subject : {"e:" + crypto::sha256_hex("officer@example.edu"),
                                "c:" + crypto::sha256_hex("192.0.2.1")}) {
      auto rows = (*tx)->users().sign_in_failures(subject, since, 10);
      ASSERT_TRUE(rows) << rows.error().message;
      failures += rows->size();
    }
    EXPECT_EQ(failures, 2u);
  }
  // Another server (another Auth, with an empty memory) sees that failure.
  Auth other(real(), clock);
  EXPECT_EQ(other.tracked_keys(), 0u);
  for (int i = 0; i < 4; ++i) {
    ASSERT_FALSE(other.confirm_password(actor, "still not it", "192.0.2.9", "password"));
  }
  const auto limited =
      Auth(real(), clock)
          .confirm_password(actor, "a long enough password", "192.0.2.7", "password");
  ASSERT_FALSE(limited);
  EXPECT_EQ(limited.error().code, ErrorCode::resource_exhausted);

  clock.advance(std::chrono::minutes(16));
  const auto confirmed =
      Auth(real(), clock)
          .confirm_password(actor, "a long enough password", "192.0.2.7", "password");
  ASSERT_TRUE(confirmed) << confirmed.error().message;
  {
    auto tx = real().begin(store::Access::write);
    ASSERT_TRUE(tx);
    EXPECT_TRUE(Auth::still_current(**tx, actor, *confirmed));
    auto changed = crypto::hash_password("another long password");
    ASSERT_TRUE(changed);
    ASSERT_TRUE((*tx)->users().set_password_hash(actor.user, *changed));
    const auto stale = Auth::still_current(**tx, actor, *confirmed);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  }
}

}  // namespace
}  // namespace orbis::service
