// Users and what hangs off an account: password, second factor, sessions, calendar feed,
// password reset links.
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

TEST_P(StoreConformance, AUserKeepsEveryMember) {
  const auto home = add_institution("Westlake University");
  const auto unit = add_org_unit(home, "School of Engineering");
  domain::User u;
  u.email = "coordinator@westlake.edu.cn";
  u.name = "Li Wei";
  u.role = domain::Role::coordinator;
  u.org_unit = unit;
  u.institution = home;
  u.active = true;
  u.id = committed([&](Transaction& tx) { return ok(tx.users().insert(u, "argon2id$1")); });
  u.version = 1;
  auto tx = write();
  EXPECT_EQ(describe(ok(tx->users().get(u.id))), describe(u));
  EXPECT_EQ(describe(*ok(tx->users().find_by_email("coordinator@westlake.edu.cn"))), describe(u));
  EXPECT_FALSE(ok(tx->users().find_by_email("nobody@westlake.edu.cn")).has_value());
  EXPECT_EQ(code_of(tx->users().get(UserId{u.id.value + 1})), ErrorCode::not_found);
  EXPECT_EQ(ok(tx->users().password_hash(u.id)), "argon2id$1");

  u.name = "Li Wei 李伟";
  u.role = domain::Role::partner;
  u.org_unit.reset();
  u.active = false;
  ok(tx->users().update(u));
  u.version = 2;
  EXPECT_EQ(describe(ok(tx->users().get(u.id))), describe(u));
  ok(tx->users().set_password_hash(u.id, "argon2id$2"));
  EXPECT_EQ(ok(tx->users().password_hash(u.id)), "argon2id$2");
  EXPECT_EQ(ok(tx->users().get(u.id)).version, 3);

  const auto stale = tx->users().update(u);  // at version 2
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  auto missing = u;
  missing.id = UserId{u.id.value + 1};
  const auto absent = tx->users().update(missing);
  ASSERT_FALSE(absent);
  EXPECT_EQ(absent.error().code, ErrorCode::not_found);
}

TEST_P(StoreConformance, AUsersEmailIsUnique) {
  add_user("officer@westlake.edu.cn");
  auto tx = write();
  domain::User again;
  again.email = "officer@westlake.edu.cn";
  again.role = domain::Role::admin;
  EXPECT_EQ(code_of(tx->users().insert(again, "hash")), ErrorCode::already_exists);
}

TEST_P(StoreConformance, UsersCountActiveByRoleAndPageByEmail) {
  for (const char* email : {"e@x.cn", "a@x.cn", "d@x.cn", "c@x.cn", "b@x.cn"})
    add_user(email, domain::Role::officer);
  const auto admin = add_user("admin@x.cn", domain::Role::admin);
  auto tx = write();
  auto inactive = ok(tx->users().get(admin));
  inactive.active = false;
  ok(tx->users().update(inactive));
  EXPECT_EQ(ok(tx->users().count_active(domain::Role::officer)), 5);
  EXPECT_EQ(ok(tx->users().count_active(domain::Role::admin)), 0);
  EXPECT_EQ(ok(tx->users().list()).size(), 6u);

  const auto paged = read_pages<domain::User>(
      [&](const PageSpec& page) { return list_users(*tx, {.page = page}); }, 4);
  std::vector<std::string> emails;
  for (const auto& u : paged) emails.push_back(u.email);
  EXPECT_EQ(emails, (std::vector<std::string>{"a@x.cn", "admin@x.cn", "b@x.cn", "c@x.cn", "d@x.cn",
                                              "e@x.cn"}));
  ids_of(paged);
}

TEST_P(StoreConformance, ASecondFactorIsSetUpUsedOnceAndCleared) {
  const auto user = add_user("officer@westlake.edu.cn");
  auto tx = write();
  auto totp = ok(tx->users().totp(user));
  EXPECT_EQ(totp.secret, "");
  EXPECT_EQ(totp.pending, "");
  ok(tx->users().set_totp_pending(user, std::string("\x01\x02\x00\xff", 4)));
  EXPECT_EQ(ok(tx->users().totp(user)).pending, std::string("\x01\x02\x00\xff", 4));
  ok(tx->users().set_totp(user, std::string("\x01\x02\x00\xff", 4), 100));
  totp = ok(tx->users().totp(user));
  EXPECT_EQ(totp.secret, std::string("\x01\x02\x00\xff", 4));
  EXPECT_EQ(totp.pending, "");
  EXPECT_EQ(totp.last_step, 100);
  EXPECT_TRUE(ok(tx->users().get(user)).totp_enabled);
  EXPECT_EQ(ok(tx->users().get(user)).version, 2);

  EXPECT_FALSE(ok(tx->users().use_totp_step(user, 100)));  // already used
  EXPECT_FALSE(ok(tx->users().use_totp_step(user, 99)));   // older
  EXPECT_TRUE(ok(tx->users().use_totp_step(user, 101)));
  EXPECT_FALSE(ok(tx->users().use_totp_step(user, 101)));
  EXPECT_EQ(ok(tx->users().totp(user)).last_step, 101);

  ok(tx->users().clear_totp(user));
  totp = ok(tx->users().totp(user));
  EXPECT_EQ(totp.secret, "");
  EXPECT_FALSE(ok(tx->users().get(user)).totp_enabled);
  EXPECT_EQ(ok(tx->users().get(user)).version, 3);
}

TEST_P(StoreConformance, SessionsAreFoundByTokenHashAndEnd) {
  const auto user = add_user("officer@westlake.edu.cn");
  const auto other = add_user("student@westlake.edu.cn", domain::Role::student);
  auto tx = write();
  StoredSession first;
  first.user = user;
  first.csrf_token = "csrf";
  first.created_at = first.last_used_at = "2026-01-01T00:00:00.000Z";
  first.expires_at = "2026-01-02T00:00:00.000Z";
  first.client = "10.0.0.1";
  first.user_agent = "Firefox";
  first.id = ok(tx->users().insert_session("th1", first));
  StoredSession second = first;
  second.csrf_token = "csrf2";
  second.created_at = second.last_used_at = "2026-01-01T06:00:00.000Z";
  second.expires_at = "2026-01-05T00:00:00.000Z";
  second.id = ok(tx->users().insert_session("th2", second));
  EXPECT_NE(first.id, second.id);
  EXPECT_EQ(describe(*ok(tx->users().find_session("th1"))), describe(first));
  EXPECT_FALSE(ok(tx->users().find_session("nope")).has_value());
  EXPECT_EQ(code_of(tx->users().insert_session("th1", first)), ErrorCode::already_exists);

  ok(tx->users().touch_session("th1", "2026-01-01T01:00:00.000Z"));
  first.last_used_at = "2026-01-01T01:00:00.000Z";
  EXPECT_EQ(describe_all(ok(tx->users().sessions_of(user))),
            (std::vector{describe(second), describe(first)}));  // newest first
  EXPECT_TRUE(ok(tx->users().sessions_of(other)).empty());

  EXPECT_FALSE(ok(tx->users().delete_session_of(other, first.id)));  // not theirs
  EXPECT_TRUE(ok(tx->users().find_session("th1")).has_value());
  ok(tx->users().delete_sessions_expired_before("2026-01-03T00:00:00.000Z"));
  EXPECT_FALSE(ok(tx->users().find_session("th1")).has_value());
  EXPECT_TRUE(ok(tx->users().find_session("th2")).has_value());
  EXPECT_TRUE(ok(tx->users().delete_session_of(user, second.id)));
  EXPECT_TRUE(ok(tx->users().sessions_of(user)).empty());

  ok(tx->users().insert_session("th3", first));
  ok(tx->users().insert_session("th4", first));
  ok(tx->users().delete_session("th3"));
  EXPECT_FALSE(ok(tx->users().find_session("th3")).has_value());
  ok(tx->users().delete_sessions_of(user));
  EXPECT_FALSE(ok(tx->users().find_session("th4")).has_value());
}

TEST_P(StoreConformance, ACalendarFeedTokenFindsItsUser) {
  const auto user = add_user("officer@westlake.edu.cn");
  auto tx = write();
  EXPECT_FALSE(ok(tx->users().calendar_token(user)).has_value());
  EXPECT_FALSE(ok(tx->users().calendar_feed(user)).has_value());
  ok(tx->users().set_calendar_token(user, "feed-1"));
  EXPECT_EQ(ok(tx->users().calendar_token(user)), "feed-1");
  const auto feed = ok(tx->users().calendar_feed(user));
  ASSERT_TRUE(feed.has_value());
  EXPECT_EQ(feed->token, "feed-1");
  EXPECT_EQ(feed->created_at, kStart);  // stamped by the store's clock
  EXPECT_EQ(ok(tx->users().user_of_calendar_token("feed-1")), user);
  ok(tx->users().set_calendar_token(user, "feed-2"));
  EXPECT_FALSE(ok(tx->users().user_of_calendar_token("feed-1")).has_value());
  ok(tx->users().delete_calendar_token(user));
  EXPECT_FALSE(ok(tx->users().calendar_token(user)).has_value());
  EXPECT_FALSE(ok(tx->users().user_of_calendar_token("feed-2")).has_value());
}

TEST_P(StoreConformance, APasswordResetLinkIsTakenOnce) {
  const auto user = add_user("officer@westlake.edu.cn");
  auto tx = write();
  ok(tx->users().insert_password_reset("rh1", user, "2026-01-01T00:00:00.000Z",
                                       "2026-01-02T00:00:00.000Z", "admin@westlake.edu.cn"));
  ok(tx->users().insert_password_reset("rh2", user, "2026-01-01T00:00:00.000Z",
                                       "2026-01-02T00:00:00.000Z", "admin@westlake.edu.cn"));
  const auto taken = ok(tx->users().take_password_reset("rh1"));
  ASSERT_TRUE(taken.has_value());
  EXPECT_EQ(taken->user, user);
  EXPECT_EQ(taken->expires_at, "2026-01-02T00:00:00.000Z");
  EXPECT_FALSE(ok(tx->users().take_password_reset("rh1")).has_value());
  ok(tx->users().delete_password_resets_of(user));
  EXPECT_FALSE(ok(tx->users().take_password_reset("rh2")).has_value());
}

TEST_P(StoreConformance, FailedSignInsAreCountedBySubjectAndTime) {
  auto tx = write();
  for (const char* at :
       {"2026-01-01T00:00:03.000Z", "2026-01-01T00:00:01.000Z", "2026-01-01T00:10:00.000Z"})
    ok(tx->users().record_sign_in_failure("s1", at));
  ok(tx->users().record_sign_in_failure("s2", "2026-01-01T00:00:02.000Z"));
  EXPECT_EQ(ok(tx->users().sign_in_failures("s1", "2026-01-01T00:00:00.000Z", 10)),
            (std::vector<std::string>{"2026-01-01T00:00:01.000Z", "2026-01-01T00:00:03.000Z",
                                      "2026-01-01T00:10:00.000Z"}));
  // `since` is inclusive, and the limit keeps the oldest.
  EXPECT_EQ(ok(tx->users().sign_in_failures("s1", "2026-01-01T00:00:03.000Z", 1)),
            std::vector<std::string>{"2026-01-01T00:00:03.000Z"});
  ok(tx->users().delete_sign_in_failures_before("2026-01-01T00:00:03.000Z"));
  EXPECT_EQ(ok(tx->users().sign_in_failures("s1", "", 10)).size(), 2U);
  EXPECT_TRUE(ok(tx->users().sign_in_failures("s2", "", 10)).empty());
  ok(tx->users().record_sign_in_failure("s2", "2026-01-01T00:11:00.000Z"));
  ok(tx->users().forget_sign_in_failures("s1"));
  EXPECT_TRUE(ok(tx->users().sign_in_failures("s1", "", 10)).empty());
  EXPECT_EQ(ok(tx->users().sign_in_failures("s2", "", 10)).size(), 1U);
}

}  // namespace
}  // namespace orbis::store::testing
