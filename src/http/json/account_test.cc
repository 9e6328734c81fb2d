// The codecs of signing in and of one's own account: inputs name each missing member,
// and nothing secret but a new session's own tokens and a second factor being set up is
// ever written.
#include "http/json/account.h"

#include <gtest/gtest.h>

namespace orbis::http::json {
namespace {

std::vector<std::string> fields_of(const Status& status) {
  std::vector<std::string> out;
  for (const auto& e : status.error().fields) out.push_back(e.field + ": " + e.message);
  return out;
}

domain::User viewer() {
  return {.id = UserId{4},
          .email = "viewer@westlake.edu.cn",
          .name = "Li Wei",
          .role = domain::Role::viewer,
          .org_unit = std::nullopt,
          .institution = std::nullopt,
          .active = true,
          .totp_enabled = false,
          .version = 2};
}

TEST(AccountCodecs, InputsNameEveryMissingNullOrEmptyMemberOnce) {
  SignIn in;
  auto read = from_json(Json::object(), in, "request");
  ASSERT_FALSE(read);
  EXPECT_EQ(fields_of(read), (std::vector<std::string>{"email: required", "password: required"}));
  // Not text: named for that, not again as missing; null and "" are missing.
  read = from_json(Json{{"email", 5}, {"password", nullptr}, {"code", ""}}, in, "request");
  ASSERT_FALSE(read);
  EXPECT_EQ(fields_of(read), (std::vector<std::string>{"email: text", "password: required"}));
  read = from_json(Json{{"email", "a@b.cn"}, {"password", "x"}, {"admin", true}}, in, "request");
  ASSERT_FALSE(read);
  EXPECT_EQ(fields_of(read), (std::vector<std::string>{"admin: not a member of this record"}));
  // The second factor's code may be left out.
  SignIn ok;
  ASSERT_TRUE(from_json(Json{{"email", "a@b.cn"}, {"password", "secret words"}}, ok, "request"));
  EXPECT_EQ(ok.email, "a@b.cn");
  EXPECT_EQ(ok.password, "secret words");
  EXPECT_TRUE(ok.code.empty());

  TotpDisable off;
  read = from_json(Json{{"code", "123456"}}, off, "request");
  ASSERT_FALSE(read);
  EXPECT_EQ(fields_of(read), std::vector<std::string>{"password: required"});
}

TEST(AccountCodecs, InputSchemasSayWhatIsRequired) {
  Schemas s;
  const Json ref = s.input([&] { return schema_of<SignIn>(s); });
  EXPECT_EQ(ref["$ref"], "#/components/schemas/LoginInput");
  const Json& login = s.components().at("LoginInput");
  EXPECT_EQ(login["required"], Json::array({"email", "password"}));
  EXPECT_EQ(login["properties"]["email"]["type"], "string");
  EXPECT_EQ(login["properties"]["email"]["minLength"], 1);
  EXPECT_FALSE(login["properties"]["code"].contains("minLength"));
  EXPECT_EQ(login["additionalProperties"], false);
  s.input([&] { return schema_of<PasswordChange>(s); });
  EXPECT_EQ(s.components().at("PasswordChangeInput")["required"],
            Json::array({"current_password", "new_password"}));
}

TEST(AccountCodecs, ASessionIsWrittenWithoutItsTokens) {
  const store::StoredSession session{.id = 9,
                                     .user = UserId{4},
                                     .csrf_token = "csrf-secret",
                                     .created_at = "2026-11-23T09:00:00.000Z",
                                     .expires_at = "2026-11-23T21:00:00.000Z",
                                     .last_used_at = "2026-11-23T09:05:00.000Z",
                                     .client = "127.0.0.1",
                                     .user_agent = "Firefox"};
  const auto page =
      AccountPage::of({.user = viewer(),
                       .sessions = {session, store::StoredSession{.id = 3}},
                       .calendar = store::CalendarFeed{.token = "feed-token", .created_at = ""},
                       .second_factor_pending = true,
                       .second_factor_required = false},
                      9);
  const Json out = to_json(page);
  EXPECT_EQ(out["sessions"][0], Json::parse(R"({"id":9,"created_at":"2026-11-23T09:00:00.000Z",
                            "last_used_at":"2026-11-23T09:05:00.000Z",
                            "expires_at":"2026-11-23T21:00:00.000Z","client":"127.0.0.1",
                            "user_agent":"Firefox","current":true})"));
  EXPECT_EQ(out["sessions"][1]["current"], false);
  EXPECT_EQ(out.dump().find("csrf-secret"), std::string::npos);
  EXPECT_EQ(out["calendar"],
            Json::parse(R"({"url":"/api/v1/calendar/feed-token.ics","created_at":null})"));
  EXPECT_EQ(out["second_factor"],
            Json::parse(R"({"enabled":false,"pending":true,"required":false})"));
  EXPECT_EQ(out["user"]["email"], "viewer@westlake.edu.cn");
  EXPECT_TRUE(to_json(AccountPage::of({.user = viewer()}, 9))["calendar"].is_null());
}

TEST(AccountCodecs, MeAndLoginSayTheUserAndWhatTheyMayDo) {
  const Json me = to_json(Me{.user = viewer(),
                             .second_factor_setup_required = false,
                             .permissions = Permissions::of(domain::Actor::of(viewer()))});
  EXPECT_EQ(me["id"], 4);
  EXPECT_EQ(me["role"], "viewer");
  EXPECT_TRUE(me["org_unit_id"].is_null());
  EXPECT_EQ(me["version"], 2);
  ASSERT_TRUE(me["permissions"].is_object());
  EXPECT_NE(std::find(me["permissions"]["agreement"].begin(), me["permissions"]["agreement"].end(),
                      "read"),
            me["permissions"]["agreement"].end());
  const Json login = to_json(service::LoginResult{.token = "t",
                                                  .csrf = "c",
                                                  .user = viewer(),
                                                  .expires = *parse_iso8601("2026-11-23T21:00:00Z"),
                                                  .second_factor_setup_required = false});
  EXPECT_EQ(login["expires"], "2026-11-23T21:00:00.000Z");
  EXPECT_EQ(login["permissions"], me["permissions"]);
  EXPECT_EQ(login["user"]["email"], "viewer@westlake.edu.cn");
  EXPECT_EQ(login["user"].size(), 9u);  // never a hash or a secret
}

TEST(AccountCodecs, AnEnrolmentShowsItsSecretInBase32) {
  const Json out = to_json(service::SecondFactorEnrolment{
      .secret = "12345678901234567890", .uri = "otpauth://totp/x", .qr_svg = "<svg/>"});
  EXPECT_EQ(out["secret"], "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(out["uri"], "otpauth://totp/x");
  EXPECT_EQ(out["qr_svg"], "<svg/>");
}

}  // namespace
}  // namespace orbis::http::json
