// Accounts: the sign-in limiter under concurrency and over time, Secure cookies, one's own
// password, sessions, second factor and calendar token, and the admin's users.
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <future>
#include <set>
#include <sstream>

#include "common/crypto.h"
#include "common/totp.h"
#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

constexpr const char* kPassword = "orbis-demo-2026";
constexpr const char* kAdmin = "admin@westlake.edu.cn";
constexpr const char* kOfficer = "officer@westlake.edu.cn";
constexpr const char* kViewer = "viewer@westlake.edu.cn";

json login_body(const std::string& email, const std::string& password) {
  return {{"email", email}, {"password", password}};
}

std::vector<std::string> fields_of(const Reply& r) {
  std::vector<std::string> out;
  const auto body = r.json();
  const auto errors = body.value("errors", json::array());
  for (const auto& e : errors) out.push_back(e["field"]);
  return out;
}

void expect_problem(const Reply& r, int status, const std::string& type) {
  EXPECT_EQ(r.status, status) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/problem+json") << r.body;
  if (r.header("content-type") != "application/problem+json") return;
  EXPECT_EQ(r.json()["type"], "urn:orbis:problem:" + type) << r.body;
}

std::vector<std::string> cookies_of(const Reply& r) {
  std::vector<std::string> out;
  for (auto [it, end] = r.headers.equal_range("set-cookie"); it != end; ++it)
    out.push_back(it->second);
  return out;
}

std::int64_t user_id(TestServer& server, const std::string& admin, const std::string& email) {
  const auto list = server.get("/api/v1/users", admin).json();
  for (const auto& u : list["items"]) {
    if (u["email"] == email) return u["id"];
  }
  throw std::runtime_error("no user " + email);
}

// The newest entries of the audit log, oldest first.
json recent_audit(TestServer& server, const std::string& admin) {
  const std::int64_t entries = server.get("/api/v1/audit/verify", admin).json()["entries"];
  return server
      .get("/api/v1/audit?limit=100&after=" +
               std::to_string(std::max<std::int64_t>(0, entries - 100)),
           admin)
      .json()["items"];
}

// The calendar feed URL of `token`'s user (made on first use by the reminders).
std::string calendar_url(TestServer& server, const std::string& token) {
  const auto r = server.get("/api/v1/agreements/reminders", token);
  if (r.status != 200) throw std::runtime_error("reminders: " + r.body);
  return r.json()["calendar_url"];
}

// ---------------------------------------------------------------------------
// The limiter

// Concurrent wrong passwords: each is checked only while the failures plus the attempts
// still being checked are under the limit, so the sixth is refused without being checked.
TEST(SignInLimiter, ConcurrentWrongPasswordsCheckNoMoreThanTheLimit) {
  auto& server = shared_server();
  constexpr int kAttempts = 12;
  std::vector<std::future<Reply>> replies;
  for (int i = 0; i < kAttempts; ++i) {
    replies.push_back(std::async(std::launch::async, [&server] {
      return server.send("POST", "/api/v1/auth/login",
                         login_body("student@westlake.edu.cn", "not-the-password"), "");
    }));
  }
  int checked = 0, refused = 0;
  for (auto& f : replies) {
    const auto r = f.get();
    if (r.status == 401) {
      ++checked;
      EXPECT_EQ(r.json()["type"], "urn:orbis:problem:unauthenticated");
    } else {
      ASSERT_EQ(r.status, 429) << r.body;
      EXPECT_EQ(r.json()["type"], "urn:orbis:problem:resource_exhausted");
      EXPECT_GT(std::stoi(r.header("retry-after")), 0);
      ++refused;
    }
  }
  EXPECT_EQ(checked, 5);
  EXPECT_EQ(refused, kAttempts - 5);
}

// Every failed email is remembered only for the window: afterwards its key is gone.
TEST(SignInLimiter, KeysAreForgottenAfterTheWindow) {
  auto& server = shared_server();
  for (int i = 0; i < 30; ++i) {
    const auto r =
        server.send("POST", "/api/v1/auth/login",
                    login_body("nobody" + std::to_string(i) + "@example.edu", "wrong-1234"), "");
    ASSERT_EQ(r.status, 401) << r.body;
  }
  EXPECT_GE(server.services().auth.tracked_keys(), 30u);
  server.clock().advance(std::chrono::minutes(16));
  EXPECT_EQ(server.send("POST", "/api/v1/auth/login", login_body(kViewer, kPassword), "").status,
            200);
  // The 30 emails and the client address have expired; nothing else failed since.
  EXPECT_EQ(server.services().auth.tracked_keys(), 0u);
}

// ---------------------------------------------------------------------------
// Secure cookies

TEST(SecureCookies, AreMarkedSecureWhenTheSettingIsOn) {
  auto& plain = shared_server();
  for (const auto& c :
       cookies_of(plain.send("POST", "/api/v1/auth/login", login_body(kViewer, kPassword), "")))
    EXPECT_EQ(c.find("Secure"), std::string::npos) << c;

  TestServer behind_https(http::ApiOptions{.secure_cookies = true});
  const auto login =
      behind_https.send("POST", "/api/v1/auth/login", login_body(kViewer, kPassword), "");
  ASSERT_EQ(login.status, 200) << login.body;
  const auto cookies = cookies_of(login);
  ASSERT_EQ(cookies.size(), 2u);
  for (const auto& c : cookies) EXPECT_NE(c.find("; Secure;"), std::string::npos) << c;
  EXPECT_NE(cookies[0].find("HttpOnly"), std::string::npos);
  // Clearing them on sign-out carries the same attributes, or browsers keep the old ones.
  const auto logout =
      behind_https.send("POST", "/api/v1/auth/logout", json::object(), login.json()["token"]);
  ASSERT_EQ(logout.status, 204);
  for (const auto& c : cookies_of(logout)) {
    EXPECT_NE(c.find("; Secure;"), std::string::npos) << c;
    EXPECT_NE(c.find("Max-Age=0"), std::string::npos) << c;
  }
}

// ---------------------------------------------------------------------------
// One's own password

TEST(Passwords, ChangeNeedsTheCurrentOneAndMeetsThePolicy) {
  auto& server = shared_server();
  const auto token = server.login(kViewer);
  const auto other = server.login(kViewer);
  auto change = [&](const std::string& current, const std::string& replacement) {
    return server.send("POST", "/api/v1/account/password",
                       {{"current_password", current}, {"new_password", replacement}}, token);
  };
  auto r = change("not-my-password", "a much better passphrase");
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"current_password"});
  r = change(kPassword, "short");
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"new_password"});
  EXPECT_EQ(r.json()["errors"][0]["message"], "at least 10 characters");
  r = change(kPassword, "password123");  // in the shipped list of common passwords
  expect_problem(r, 422, "invalid_argument");
  EXPECT_NE(r.json()["detail"].get<std::string>().find("common"), std::string::npos) << r.body;
  r = change(kPassword, "Viewer@Westlake.edu.cn");
  expect_problem(r, 422, "invalid_argument");
  expect_problem(
      server.send("POST", "/api/v1/account/password", {{"current_password", kPassword}}, token),
      422, "invalid_argument");
  // Nothing has changed yet: both sessions still work.
  EXPECT_EQ(server.get("/api/v1/auth/me", other).status, 200);

  r = change(kPassword, "a much better passphrase");
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string fresh = r.json()["token"];
  EXPECT_EQ(r.json()["user"]["email"], kViewer);
  EXPECT_EQ(cookies_of(r).size(), 2u);
  // Every earlier session has ended, this one's too; the new one works.
  expect_problem(server.get("/api/v1/auth/me", token), 401, "unauthenticated");
  expect_problem(server.get("/api/v1/auth/me", other), 401, "unauthenticated");
  EXPECT_EQ(server.get("/api/v1/auth/me", fresh).status, 200);
  expect_problem(server.send("POST", "/api/v1/auth/login", login_body(kViewer, kPassword), ""), 401,
                 "unauthenticated");
  EXPECT_EQ(
      server.send("POST", "/api/v1/auth/login", login_body(kViewer, "a much better passphrase"), "")
          .status,
      200);
  // The audit log says it happened, and holds no password or hash.
  const auto audit = recent_audit(server, server.login(kAdmin)).dump();
  EXPECT_NE(audit.find("user.password_change"), std::string::npos);
  EXPECT_EQ(audit.find("a much better passphrase"), std::string::npos);
  EXPECT_EQ(audit.find("$argon2id$"), std::string::npos);
}

TEST(Passwords, WrongCurrentPasswordsCountAgainstTheSignInLimit) {
  auto& server = shared_server();
  const auto token = server.login("coordinator@westlake.edu.cn");
  const json wrong = {{"current_password", "guess-number-x"},
                      {"new_password", "a fine passphrase"}};
  for (int i = 0; i < 5; ++i) {
    expect_problem(server.send("POST", "/api/v1/account/password", wrong, token), 422,
                   "invalid_argument");
  }
  const auto limited = server.send("POST", "/api/v1/account/password", wrong, token);
  expect_problem(limited, 429, "resource_exhausted");
  EXPECT_GT(std::stoi(limited.header("retry-after")), 0);
  // The same limit holds for signing in with that email.
  expect_problem(server.send("POST", "/api/v1/auth/login",
                             login_body("coordinator@westlake.edu.cn", kPassword), ""),
                 429, "resource_exhausted");
}

TEST(Passwords, AChangeEndsTheCalendarToken) {
  auto& server = shared_server();
  const auto officer = server.login(kOfficer);
  const auto url = calendar_url(server, officer);
  ASSERT_EQ(server.get(url, "").status, 200);
  const auto r = server.send(
      "POST", "/api/v1/account/password",
      {{"current_password", kPassword}, {"new_password", "officer passphrase 2"}}, officer);
  ASSERT_EQ(r.status, 200) << r.body;
  expect_problem(server.get(url, ""), 404, "not_found");
  // A new feed can be made, at a new address.
  const auto fresh = calendar_url(server, r.json()["token"]);
  EXPECT_NE(fresh, url);
  EXPECT_EQ(server.get(fresh, "").status, 200);
}

// The feed's token is its only credential: a failure answering it is logged under the
// route's pattern, never the path that holds the token.
TEST(CalendarFeeds, AFailureIsLoggedWithoutTheToken) {
  TestServer server;
  const auto url = calendar_url(server, server.login(kOfficer));
  const auto token = url.substr(url.rfind('/') + 1, url.size() - url.rfind('/') - 5);
  ASSERT_GT(token.size(), 20U) << url;
  ASSERT_EQ(server.get(url, "").status, 200);
  sqlite3* raw = nullptr;  // the feeds' table goes away under the running server
  ASSERT_EQ(sqlite3_open(server.db_path().c_str(), &raw), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(raw, "DROP TABLE calendar_feeds", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);

  std::ostringstream log;
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(log);
  auto& sinks = spdlog::default_logger()->sinks();
  sinks.push_back(sink);
  const auto r = server.get(url, "");
  sinks.pop_back();
  EXPECT_GE(r.status, 500) << r.body;
  EXPECT_NE(log.str().find("GET /api/v1/calendar/{token}"), std::string::npos) << log.str();
  EXPECT_EQ(log.str().find(token), std::string::npos) << log.str();
}

// ---------------------------------------------------------------------------
// Reset links

TEST(ResetLinks, AnAdminsOneTimeLinkSetsAPasswordOnce) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  const auto viewer_session = server.login(kViewer);
  const auto id = user_id(server, admin, kViewer);
  const auto target = "/api/v1/users/" + std::to_string(id) + "/password-reset";
  expect_problem(server.send("POST", target, json::object(), server.login(kOfficer)), 403,
                 "permission_denied");
  const auto made = server.send("POST", target, json::object(), admin);
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string token = made.json()["token"];
  EXPECT_EQ(made.json()["path"], "/reset-password#token=" + token);
  EXPECT_EQ(made.json()["expires"], "2026-11-26T09:00:00.000Z");
  EXPECT_EQ(made.header("cache-control"), "no-store");
  // The link does nothing until used: the user is still signed in.
  EXPECT_EQ(server.get("/api/v1/auth/me", viewer_session).status, 200);

  auto reset = [&](const std::string& t, const std::string& password) {
    return server.send("POST", "/api/v1/auth/password-reset",
                       {{"token", t}, {"password", password}}, "");
  };
  auto r = reset(token, "qwertyuiop");  // common: refused, and the link still works
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"password"});
  expect_problem(reset("forged-token", "a fine new passphrase"), 422, "invalid_argument");
  r = reset(token, "a fine new passphrase");
  ASSERT_EQ(r.status, 204) << r.body;
  // Single use; the user's sessions have ended; the new password signs in.
  r = reset(token, "another fine passphrase");
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"token"});
  expect_problem(server.get("/api/v1/auth/me", viewer_session), 401, "unauthenticated");
  EXPECT_EQ(
      server.send("POST", "/api/v1/auth/login", login_body(kViewer, "a fine new passphrase"), "")
          .status,
      200);
  const auto audit = recent_audit(server, admin).dump();
  EXPECT_NE(audit.find("user.reset_link"), std::string::npos);
  EXPECT_NE(audit.find("user.password_reset"), std::string::npos);
  EXPECT_EQ(audit.find(token), std::string::npos);
}

TEST(ResetLinks, ExpireAndAreReplacedByNewerOnes) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  const auto target =
      "/api/v1/users/" + std::to_string(user_id(server, admin, kOfficer)) + "/password-reset";
  const std::string first = server.send("POST", target, json::object(), admin).json()["token"];
  const std::string second = server.send("POST", target, json::object(), admin).json()["token"];
  auto reset = [&](const std::string& t) {
    return server.send("POST", "/api/v1/auth/password-reset",
                       {{"token", t}, {"password", "a fine new passphrase"}}, "");
  };
  expect_problem(reset(first), 422, "invalid_argument");  // replaced by the second
  server.clock().advance(std::chrono::hours(73));
  expect_problem(reset(second), 422, "invalid_argument");  // expired
  expect_problem(server.send("POST", "/api/v1/users/999999/password-reset", json::object(),
                             server.login(kAdmin)),
                 404, "not_found");
}

// ---------------------------------------------------------------------------
// Admins manage users

TEST(AdminUsers, RoleAndScopeChangeWithIfMatchAndAnAuditEntry) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  const auto id = user_id(server, admin, kViewer);
  const auto target = "/api/v1/users/" + std::to_string(id);
  const auto read = server.get(target, admin);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.json()["role"], "viewer");
  EXPECT_EQ(read.json()["totp_enabled"], false);
  const auto etag = read.header("etag");
  ASSERT_FALSE(etag.empty());
  expect_problem(server.get(target, server.login(kOfficer)), 403, "permission_denied");

  const json to_coordinator = {{"role", "coordinator"}};
  expect_problem(server.send("PATCH", target, to_coordinator, admin), 428, "precondition_required");
  auto r = server.send("PATCH", target, to_coordinator, admin, {{"If-Match", etag}});
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"org_unit_id"});
  r = server.send("PATCH", target, {{"role", "coordinator"}, {"org_unit_id", 999999}}, admin,
                  {{"If-Match", etag}});
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"org_unit_id"});
  r = server.send("PATCH", target, {{"role", "boss"}, {"active", "yes"}, {"password", "x"}}, admin,
                  {{"If-Match", etag}});
  expect_problem(r, 422, "invalid_argument");

  const auto home = server.get("/api/v1/settings/home", admin).json()["institution"]["id"];
  const auto units =
      server
          .get("/api/v1/institutions/" + std::to_string(home.get<std::int64_t>()) + "/org-units",
               admin)
          .json()["items"];
  ASSERT_FALSE(units.empty());
  const std::int64_t unit = units[0]["id"];
  r = server.send("PATCH", target, {{"role", "coordinator"}, {"org_unit_id", unit}}, admin,
                  {{"If-Match", etag}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["role"], "coordinator");
  EXPECT_EQ(r.json()["org_unit_id"], unit);
  EXPECT_NE(r.header("etag"), etag);
  // The change applies to the user's running session at once.
  const auto me = server.get("/api/v1/auth/me", server.login(kViewer)).json();
  EXPECT_EQ(me["role"], "coordinator");
  // The same If-Match again is stale.
  expect_problem(server.send("PATCH", target, {{"name", "Zhao Lei"}}, admin, {{"If-Match", etag}}),
                 409, "conflict");
  const auto audit = recent_audit(server, admin);
  const auto& last = audit.back();
  EXPECT_EQ(last["action"], "user.update");
  EXPECT_EQ(last["before"]["role"], "viewer");
  EXPECT_EQ(last["after"]["role"], "coordinator");
}

TEST(AdminUsers, DisablingEndsSessionsAndCalendarTokensAndEnablingDoesNotRevive) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  const auto officer = server.login(kOfficer);
  const auto url = calendar_url(server, officer);
  ASSERT_EQ(server.get(url, "").status, 200);
  const auto target = "/api/v1/users/" + std::to_string(user_id(server, admin, kOfficer));
  auto r = server.send("PATCH", target, {{"active", false}}, admin,
                       {{"If-Match", server.get(target, admin).header("etag")}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["active"], false);
  expect_problem(server.get("/api/v1/auth/me", officer), 401, "unauthenticated");
  expect_problem(server.get(url, ""), 404, "not_found");
  expect_problem(server.send("POST", "/api/v1/auth/login", login_body(kOfficer, kPassword), ""),
                 401, "unauthenticated");
  // Enabled again: signing in works, the old feed address does not.
  r = server.send("PATCH", target, {{"active", true}}, admin, {{"If-Match", r.header("etag")}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(server.send("POST", "/api/v1/auth/login", login_body(kOfficer, kPassword), "").status,
            200);
  expect_problem(server.get(url, ""), 404, "not_found");
  const auto audit = recent_audit(server, admin).dump();
  EXPECT_NE(audit.find("user.disable"), std::string::npos);
  EXPECT_NE(audit.find("user.enable"), std::string::npos);
}

TEST(AdminUsers, NoAdminDisablesThemselvesOrTheLastAdmin) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  const auto target = "/api/v1/users/" + std::to_string(user_id(server, admin, kAdmin));
  const auto etag = server.get(target, admin).header("etag");
  auto r = server.send("PATCH", target, {{"active", false}}, admin, {{"If-Match", etag}});
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"active"});
  r = server.send("PATCH", target, {{"role", "officer"}}, admin, {{"If-Match", etag}});
  expect_problem(r, 409, "conflict");
  EXPECT_NE(r.json()["detail"].get<std::string>().find("at least one active admin"),
            std::string::npos);
  EXPECT_EQ(server.get("/api/v1/auth/me", admin).json()["role"], "admin");
}

// ---------------------------------------------------------------------------
// Sessions

TEST(Sessions, AUserListsAndEndsTheirOwn) {
  auto& server = shared_server();
  auto login = [&](const std::string& agent) {
    return server
        .request("POST", "/api/v1/auth/login", login_body(kViewer, kPassword).dump(),
                 {{"Content-Type", "application/json"}, {"User-Agent", agent}})
        .json()["token"]
        .get<std::string>();
  };
  const auto laptop = login("Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0");
  const auto phone = login(std::string("Phone\t app/1.0") + std::string(400, 'x'));
  const auto account = server.get("/api/v1/account", laptop);
  ASSERT_EQ(account.status, 200) << account.body;
  EXPECT_EQ(account.header("cache-control"), "no-store");
  const auto sessions = account.json()["sessions"];
  ASSERT_GE(sessions.size(), 2u);
  // Newest first: the phone, then this laptop (the current one).
  EXPECT_EQ(sessions[0]["current"], false);
  EXPECT_EQ(sessions[1]["current"], true);
  EXPECT_EQ(sessions[1]["user_agent"], "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0");
  EXPECT_EQ(sessions[1]["client"], "127.0.0.1");
  EXPECT_EQ(sessions[0]["user_agent"].get<std::string>().size(), 300u);  // cut, no control byte
  EXPECT_EQ(sessions[0]["user_agent"].get<std::string>().find('\t'), std::string::npos);
  EXPECT_EQ(sessions[1].count("token_hash"), 0u);
  EXPECT_EQ(account.body.find(laptop), std::string::npos);  // no session's token
  EXPECT_EQ(sessions[1].count("csrf_token"), 0u);

  // Last used moves when the session is used after a while.
  const std::string before = sessions[1]["last_used_at"];
  server.clock().advance(std::chrono::minutes(6));
  EXPECT_EQ(server.get("/api/v1/auth/me", laptop).status, 200);
  const auto later = server.get("/api/v1/account", laptop).json()["sessions"];
  EXPECT_GT(later[1]["last_used_at"].get<std::string>(), before);

  // Another user cannot end it; the owner can.
  const std::string phone_session =
      "/api/v1/account/sessions/" + std::to_string(sessions[0]["id"].get<std::int64_t>());
  expect_problem(server.send("DELETE", phone_session, json::object(), server.login(kOfficer)), 404,
                 "not_found");
  EXPECT_EQ(server.get("/api/v1/auth/me", phone).status, 200);
  EXPECT_EQ(server.send("DELETE", phone_session, json::object(), laptop).status, 204);
  expect_problem(server.get("/api/v1/auth/me", phone), 401, "unauthenticated");
  EXPECT_EQ(server.get("/api/v1/auth/me", laptop).status, 200);
  expect_problem(server.send("DELETE", phone_session, json::object(), laptop), 404, "not_found");
}

// Ending the session one's browser signed in with clears its cookies, with the attributes
// they were set with; ending one by its bearer token leaves cookies alone.
TEST(Sessions, EndingTheCurrentCookieSessionClearsItsCookies) {
  auto& server = shared_server();
  auto current_session = [&](const std::string& token) {
    const auto sessions = server.get("/api/v1/account", token).json()["sessions"];
    for (const auto& s : sessions)
      if (s["current"] == true)
        return "/api/v1/account/sessions/" + std::to_string(s["id"].get<std::int64_t>());
    return std::string();
  };
  const auto bearer = server.login(kViewer);
  const auto by_bearer = server.send("DELETE", current_session(bearer), json::object(), bearer);
  ASSERT_EQ(by_bearer.status, 204) << by_bearer.body;
  EXPECT_TRUE(cookies_of(by_bearer).empty());

  const auto login = server.send("POST", "/api/v1/auth/login", login_body(kViewer, kPassword), "");
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(login.header("cache-control"), "no-store");
  const std::string token = login.json()["token"];
  const std::string csrf = login.json()["csrf"];
  const auto target = current_session(token);
  ASSERT_FALSE(target.empty());
  const auto ended = server.request("DELETE", target, "",
                                    {{"Cookie", "orbis_session=" + token}, {"X-CSRF-Token", csrf}});
  ASSERT_EQ(ended.status, 204) << ended.body;
  const auto cleared = cookies_of(ended);
  ASSERT_EQ(cleared.size(), 2u);
  EXPECT_EQ(cleared[0], "orbis_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
  EXPECT_EQ(cleared[1].find("HttpOnly"), std::string::npos);
  EXPECT_NE(cleared[1].find("Max-Age=0"), std::string::npos);
  expect_problem(server.get("/api/v1/auth/me", token), 401, "unauthenticated");
}

// ---------------------------------------------------------------------------
// Calendar tokens

TEST(CalendarTokens, TheOwnerRevokesOne) {
  auto& server = shared_server();
  const auto officer = server.login(kOfficer);
  EXPECT_TRUE(server.get("/api/v1/account", officer).json()["calendar"].is_null());
  const auto url = calendar_url(server, officer);
  ASSERT_EQ(server.get(url, "").status, 200);
  const auto shown = server.get("/api/v1/account", officer).json()["calendar"];
  EXPECT_EQ(shown["url"], url);
  EXPECT_EQ(shown["created_at"].is_string(), true);
  // Signing out does not end the feed: calendar apps keep reading it.
  ASSERT_EQ(server.send("POST", "/api/v1/auth/logout", json::object(), officer).status, 204);
  EXPECT_EQ(server.get(url, "").status, 200);
  const auto again = server.login(kOfficer);
  EXPECT_EQ(server.send("DELETE", "/api/v1/account/calendar-token", json::object(), again).status,
            204);
  expect_problem(server.get(url, ""), 404, "not_found");
  EXPECT_TRUE(server.get("/api/v1/account", again).json()["calendar"].is_null());
  // Revoking none is not an error; a new feed has a new address.
  EXPECT_EQ(server.send("DELETE", "/api/v1/account/calendar-token", json::object(), again).status,
            204);
  const auto fresh = calendar_url(server, again);
  EXPECT_NE(fresh, url);
  EXPECT_EQ(server.get(fresh, "").status, 200);
}

// ---------------------------------------------------------------------------
// The second factor

// The code of `base32_secret` at the test clock's time plus `steps` time steps.
std::string code(TestServer& server, const std::string& base32_secret, int steps = 0) {
  const auto secret = totp::base32_decode(base32_secret).value();
  const auto now =
      std::chrono::duration_cast<std::chrono::seconds>(server.clock().now().time_since_epoch())
          .count();
  return totp::code_at(secret, now + 30 * steps);
}

// Sets up a second factor for the user of `token`; returns its Base32 secret.
std::string enrol(TestServer& server, const std::string& token) {
  const auto started = server.send("POST", "/api/v1/account/totp", json::object(), token);
  if (started.status != 201) throw std::runtime_error("totp: " + started.body);
  const std::string secret = started.json()["secret"];
  const auto confirmed =
      server.send("POST", "/api/v1/account/totp/confirm", {{"code", code(server, secret)}}, token);
  if (confirmed.status != 204) throw std::runtime_error("confirm: " + confirmed.body);
  return secret;
}

Reply login_with_code(TestServer& server, const std::string& email, const std::string& c) {
  return server.send("POST", "/api/v1/auth/login",
                     {{"email", email}, {"password", kPassword}, {"code", c}}, "");
}

TEST(SecondFactor, EnrolConfirmAndSignInWithCodesUsedOnce) {
  auto& server = shared_server();
  const auto token = server.login(kViewer);
  const auto started = server.send("POST", "/api/v1/account/totp", json::object(), token);
  ASSERT_EQ(started.status, 201) << started.body;
  const std::string secret = started.json()["secret"];
  EXPECT_EQ(totp::base32_decode(secret)->size(), 20u);
  EXPECT_EQ(started.json()["uri"], "otpauth://totp/Orbis:viewer%40westlake.edu.cn?secret=" +
                                       secret + "&issuer=Orbis&algorithm=SHA1&digits=6&period=30");
  EXPECT_TRUE(started.json()["qr_svg"].get<std::string>().starts_with("<svg"));
  EXPECT_EQ(started.header("cache-control"), "no-store");
  // Not on until confirmed: signing in needs no code yet.
  EXPECT_EQ(server.send("POST", "/api/v1/auth/login", login_body(kViewer, kPassword), "").status,
            200);
  auto r = server.send("POST", "/api/v1/account/totp/confirm", {{"code", "000000"}}, token);
  if (code(server, secret) != "000000") {
    expect_problem(r, 422, "invalid_argument");
    EXPECT_EQ(fields_of(r), std::vector<std::string>{"code"});
  }
  ASSERT_EQ(
      server.send("POST", "/api/v1/account/totp/confirm", {{"code", code(server, secret)}}, token)
          .status,
      204);
  EXPECT_EQ(server.get("/api/v1/auth/me", token).json()["totp_enabled"], true);
  expect_problem(server.send("POST", "/api/v1/account/totp", json::object(), token), 409,
                 "conflict");

  // The password alone now asks for the code, naming the field.
  r = server.send("POST", "/api/v1/auth/login", login_body(kViewer, kPassword), "");
  expect_problem(r, 401, "unauthenticated");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"code"});
  // The wrong password never reaches the code question.
  r = server.send("POST", "/api/v1/auth/login", login_body(kViewer, "not-the-password"), "");
  expect_problem(r, 401, "unauthenticated");
  EXPECT_TRUE(fields_of(r).empty());
  // The confirming code is used up; the next step's is accepted (one step of skew), once.
  expect_problem(login_with_code(server, kViewer, code(server, secret)), 401, "unauthenticated");
  EXPECT_EQ(login_with_code(server, kViewer, code(server, secret, 1)).status, 200);
  expect_problem(login_with_code(server, kViewer, code(server, secret, 1)), 401, "unauthenticated");
  server.clock().advance(std::chrono::seconds(60));
  // Now the step before (already used) and two steps ahead are refused; one ahead is not.
  expect_problem(login_with_code(server, kViewer, code(server, secret, -1)), 401,
                 "unauthenticated");
  expect_problem(login_with_code(server, kViewer, code(server, secret, 2)), 401, "unauthenticated");
  EXPECT_EQ(login_with_code(server, kViewer, code(server, secret, 1)).status, 200);
}

TEST(SecondFactor, TurningItOffNeedsThePasswordAndACode) {
  auto& server = shared_server();
  const auto token = server.login(kOfficer);
  const auto secret = enrol(server, token);
  server.clock().advance(std::chrono::seconds(30));
  auto r = server.send("POST", "/api/v1/account/totp/disable",
                       {{"password", "not-the-password"}, {"code", code(server, secret)}}, token);
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"password"});
  r = server.send("POST", "/api/v1/account/totp/disable",
                  {{"password", kPassword}, {"code", "12345"}}, token);
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"code"});
  r = server.send("POST", "/api/v1/account/totp/disable",
                  {{"password", kPassword}, {"code", code(server, secret)}}, token);
  ASSERT_EQ(r.status, 204) << r.body;
  EXPECT_EQ(server.send("POST", "/api/v1/auth/login", login_body(kOfficer, kPassword), "").status,
            200);
  expect_problem(server.send("POST", "/api/v1/account/totp/disable",
                             {{"password", kPassword}, {"code", code(server, secret)}}, token),
                 409, "conflict");
}

TEST(SecondFactor, RequiredForAdminsWhenTheSettingIsOn) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  // Turning it on needs the acting admin to have one.
  auto r = server.send("PUT", "/api/v1/settings/security", {{"admin_totp_required", true}}, admin);
  expect_problem(r, 409, "conflict");
  expect_problem(
      server.send("PUT", "/api/v1/settings/security", {{"admin_totp_required", "yes"}}, admin), 422,
      "invalid_argument");
  const auto admin_secret = enrol(server, admin);
  r = server.send("PUT", "/api/v1/settings/security", {{"admin_totp_required", true}}, admin);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["admin_totp_required"], true);
  EXPECT_EQ(server.get("/api/v1/settings/security", admin).json()["admin_totp_required"], true);
  expect_problem(server.send("PUT", "/api/v1/settings/security", {{"admin_totp_required", false}},
                             server.login(kOfficer)),
                 403, "permission_denied");

  // A second admin without a second factor signs in to a session that can only set one up.
  r = server.send("POST", "/api/v1/users",
                  {{"email", "deputy@westlake.edu.cn"},
                   {"name", "Deputy"},
                   {"role", "admin"},
                   {"password", "deputy admin passphrase"}},
                  admin);
  ASSERT_EQ(r.status, 201) << r.body;
  const auto login =
      server.send("POST", "/api/v1/auth/login",
                  login_body("deputy@westlake.edu.cn", "deputy admin passphrase"), "");
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(login.json()["second_factor_setup_required"], true);
  const std::string deputy = login.json()["token"];
  EXPECT_EQ(server.get("/api/v1/auth/me", deputy).json()["second_factor_setup_required"], true);
  r = server.get("/api/v1/users", deputy);
  expect_problem(r, 403, "permission_denied");
  EXPECT_NE(r.json()["detail"].get<std::string>().find("second factor"), std::string::npos);
  expect_problem(server.get("/api/v1/agreements", deputy), 403, "permission_denied");
  EXPECT_EQ(server.get("/api/v1/account", deputy).json()["second_factor"]["required"], true);
  enrol(server, deputy);
  EXPECT_EQ(server.get("/api/v1/users", deputy).status, 200);
  EXPECT_EQ(server.get("/api/v1/auth/me", deputy).json()["second_factor_setup_required"], false);

  // Officers are not concerned; an admin cannot turn theirs off while it is required.
  EXPECT_EQ(server.get("/api/v1/agreements", server.login(kOfficer)).status, 200);
  server.clock().advance(std::chrono::seconds(30));
  expect_problem(
      server.send("POST", "/api/v1/account/totp/disable",
                  {{"password", kPassword}, {"code", code(server, admin_secret)}}, admin),
      409, "conflict");
}

TEST(AdminRemovesSecondFactor, WhenThePhoneIsLost) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  enrol(server, server.login(kViewer));
  const auto target = "/api/v1/users/" + std::to_string(user_id(server, admin, kViewer)) + "/totp";
  expect_problem(server.send("DELETE", target, json::object(), server.login(kOfficer)), 403,
                 "permission_denied");
  const auto r = server.send("DELETE", target, json::object(), admin);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["totp_enabled"], false);
  EXPECT_EQ(server.send("POST", "/api/v1/auth/login", login_body(kViewer, kPassword), "").status,
            200);
  expect_problem(server.send("DELETE", target, json::object(), admin), 409, "conflict");
  EXPECT_NE(recent_audit(server, admin).dump().find("user.totp_remove"), std::string::npos);
}

// Users page in the database by email with a keyset cursor: read two at a time, the list
// gives every user once, in email order, the same as one page of 100, and as many as there
// were before plus those added; a cursor of another list, or none this server made, is refused.
TEST(AdminUsers, PageByEmail) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  const auto before = follow_pages(server, "/api/v1/users", admin, 100);
  ASSERT_EQ(before.pages, 1u);
  // Emails that sort first, last and in between, so that pages end between them.
  for (const char* email :
       {"aaa.paging@westlake.edu.cn", "mmm.paging@westlake.edu.cn", "zzz.paging@westlake.edu.cn"}) {
    const auto r = server.send(
        "POST", "/api/v1/users",
        {{"email", email}, {"role", "viewer"}, {"password", "a long enough password"}}, admin);
    ASSERT_EQ(r.status, 201) << r.body;
  }
  const auto users = expect_pages_of_whole(server, "/api/v1/users", admin, 2);
  EXPECT_EQ(users.ids.size(), before.ids.size() + 3);
  ASSERT_GE(users.in_order.size(), 5u);
  for (std::size_t i = 1; i < users.in_order.size(); ++i) {
    EXPECT_LT(users.in_order[i - 1]["email"].get<std::string>(),
              users.in_order[i]["email"].get<std::string>());
  }
  EXPECT_EQ(users.in_order.front()["email"], "aaa.paging@westlake.edu.cn");
  EXPECT_EQ(users.in_order.back()["email"], "zzz.paging@westlake.edu.cn");
  for (const auto id : before.ids) EXPECT_TRUE(users.items.contains(id)) << id;

  expect_cursor_refused(server, "/api/v1/users", admin,
                        first_cursor(server, "/api/v1/people", admin));
  expect_cursor_refused(server, "/api/v1/users", admin, "not-a-cursor");
  expect_cursor_refused(server, "/api/v1/people", admin,
                        first_cursor(server, "/api/v1/users", admin));
  const auto zero = server.get("/api/v1/users?limit=0", admin);
  expect_problem(zero, 422, "invalid_argument");
  EXPECT_EQ(fields_of(zero), std::vector<std::string>{"limit"});
}

// What admins read of users, and the audit log, never holds a password, its hash, a second
// factor's secret or a session's token; a reset link's token is in the one answer that
// makes the link.
TEST(AdminUsers, NothingAdminsReadHoldsASecret) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  const std::string email = "secretive@westlake.edu.cn";
  const std::string password = "a secret passphrase 7391";
  const auto created = server.send(
      "POST", "/api/v1/users",
      {{"email", email}, {"name", "Secretive"}, {"role", "viewer"}, {"password", password}}, admin);
  ASSERT_EQ(created.status, 201) << created.body;
  const json user = created.json();
  const std::int64_t id = user["id"];
  const auto target = "/api/v1/users/" + std::to_string(id);
  EXPECT_EQ(created.header("location"), target);
  EXPECT_EQ(created.header("etag"), "\"" + std::to_string(user["version"].get<int>()) + "\"");
  std::set<std::string> members;
  for (const auto& [key, value] : user.items()) members.insert(key);
  EXPECT_EQ(members,
            (std::set<std::string>{"id", "email", "name", "role", "org_unit_id", "institution_id",
                                   "active", "totp_enabled", "version"}));

  const auto login = server.send("POST", "/api/v1/auth/login", login_body(email, password), "");
  ASSERT_EQ(login.status, 200) << login.body;
  const std::string session = login.json()["token"];
  const std::string csrf = login.json()["csrf"];
  const std::string secret = enrol(server, session);
  const auto read = server.get(target, admin);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json()["totp_enabled"], true);
  const auto link = server.send("POST", target + "/password-reset", json::object(), admin);
  ASSERT_EQ(link.status, 201) << link.body;
  EXPECT_EQ(link.header("cache-control"), "no-store");
  const std::string reset_token = link.json()["token"];
  EXPECT_EQ(link.json()["path"], "/reset-password#token=" + reset_token);
  const auto renamed = server.send("PATCH", target, {{"name", "Still Secretive"}}, admin,
                                   {{"If-Match", read.header("etag")}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["name"], "Still Secretive");
  const auto removed = server.send("DELETE", target + "/totp", json::object(), admin);
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(removed.json()["totp_enabled"], false);

  const std::vector<std::pair<std::string, std::string>> bodies = {
      {"created", created.body},
      {"read", read.body},
      {"renamed", renamed.body},
      {"second factor removed", removed.body},
      {"users", json(follow_pages(server, "/api/v1/users", admin, 100).in_order).dump()},
      {"audit", recent_audit(server, admin).dump()},
      {"security settings", server.get("/api/v1/settings/security", admin).body}};
  for (const auto& [what, body] : bodies) {
    ASSERT_FALSE(body.empty()) << what;
    for (const std::string& hidden :
         {password, session, csrf, secret, reset_token, std::string("$argon2"),
          std::string("password_hash"), std::string("totp_secret"), std::string("token_hash")}) {
      EXPECT_EQ(body.find(hidden), std::string::npos) << what << " holds " << hidden;
    }
  }
  EXPECT_NE(bodies[4].second.find(email), std::string::npos) << "the list has the user";
}

// The audit log pages as every list does: `next` is the cursor of the following page, and
// null on the last one, full or not; `after` starts where the caller says.
TEST(Audit, PagesEndWhereTheLogEnds) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  const std::int64_t entries = server.get("/api/v1/audit/verify", admin).json()["entries"];
  ASSERT_GE(entries, 5);
  const auto from = "/api/v1/audit?after=" + std::to_string(entries - 5);
  const auto listed = expect_pages_of_whole(server, from, admin, 2, "seq");
  EXPECT_EQ(listed.pages, 3u);
  ASSERT_EQ(listed.in_order.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i)
    EXPECT_EQ(listed.in_order[i]["seq"], entries - 4 + static_cast<std::int64_t>(i));

  const auto full_last =
      server.get("/api/v1/audit?limit=2&after=" + std::to_string(entries - 2), admin).json();
  EXPECT_EQ(full_last["items"].size(), 2u);
  EXPECT_TRUE(full_last["next"].is_null()) << full_last.dump();
  const auto first = server.get(from + "&limit=2", admin).json();
  ASSERT_TRUE(first["next"].is_string()) << first.dump();
  EXPECT_EQ(first["next"], std::to_string(entries - 3));
  // `next` goes back as `after` too, as clients of this list have sent it.
  EXPECT_EQ(server.get("/api/v1/audit?limit=2&after=" + first["next"].get<std::string>(), admin)
                .json()["items"][0]["seq"],
            entries - 2);

  for (const auto& [query, field] :
       std::vector<std::pair<std::string, std::string>>{{"limit=0", "limit"},
                                                        {"limit=501", "limit"},
                                                        {"after=-1", "after"},
                                                        {"after=x", "after"},
                                                        {"cursor=not-a-cursor", "cursor"}}) {
    const auto r = server.get("/api/v1/audit?" + query, admin);
    expect_problem(r, 422, "invalid_argument");
    EXPECT_EQ(fields_of(r), std::vector<std::string>{field}) << query;
  }
  EXPECT_EQ(server.get("/api/v1/audit?limit=500", admin).json()["items"].size(),
            static_cast<std::size_t>(std::min<std::int64_t>(entries, 500)));
}

// The security settings are read strictly: the one member, true or false, and nothing else.
TEST(SecuritySettings, TheBodyIsTheOneFlag) {
  auto& server = shared_server();
  const auto admin = server.login(kAdmin);
  const auto before = server.get("/api/v1/settings/security", admin);
  ASSERT_EQ(before.status, 200) << before.body;
  ASSERT_TRUE(before.json()["admin_totp_required"].is_boolean());
  auto r = server.send("PUT", "/api/v1/settings/security", json::object(), admin);
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"admin_totp_required"});
  r = server.send("PUT", "/api/v1/settings/security",
                  {{"admin_totp_required", false}, {"admins_only", true}}, admin);
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(fields_of(r), std::vector<std::string>{"admins_only"});
  EXPECT_EQ(server.get("/api/v1/settings/security", admin).body, before.body);
  expect_problem(server.get("/api/v1/settings/security", server.login(kOfficer)), 403,
                 "permission_denied");
}

}  // namespace
}  // namespace orbis::testing
