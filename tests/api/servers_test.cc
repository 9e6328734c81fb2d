// Two servers on one database, as two `orbis serve` behind one load balancer: each has its
// own search index and caches, and they share only the database (which holds the sessions
// and the count of failed sign-ins). Runs on
// SQLite (api.servers) and on PostgreSQL (api-pg.servers).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

constexpr const char* kOfficer = "officer@westlake.edu.cn";
constexpr const char* kAdmin = "admin@westlake.edu.cn";
// What the registry promises (service/registry/registry.h): a search sees another server's
// write within a second; a little more, for the test's own scheduling.
constexpr auto kSeenWithin = std::chrono::milliseconds(1300);

json institution(const std::string& name, const std::string& domain) {
  return {{"name", name},
          {"country", "NZ"},
          {"city", "Wellington"},
          {"types", {"education"}},
          {"domains", {domain}}};
}

std::vector<std::int64_t> found(const TestServer& server, const std::string& q,
                                const std::string& token) {
  const auto r = server.get("/api/v1/institutions?q=" + q, token);
  EXPECT_EQ(r.status, 200) << r.body;
  std::vector<std::int64_t> ids;
  const auto page = r.json();  // kept: a range over a member of a temporary would dangle
  for (const auto& item : page["items"]) ids.push_back(item["id"].get<std::int64_t>());
  return ids;
}

TEST(SeveralServers, FailedSignInsCountAgainstOneLimitOnBoth) {
  TestServer a;
  const auto b = TestServer::beside(a);
  const std::string email = "viewer@westlake.edu.cn";
  const auto sign_in = [&](const TestServer& server, const std::string& password) {
    return server.send("POST", "/api/v1/auth/login", {{"email", email}, {"password", password}},
                       "");
  };
  // Five wrong passwords, spread over both servers as round robin would spread them.
  for (int i = 0; i < 5; ++i) {
    const auto r = sign_in(i % 2 == 0 ? a : *b, "wrong-" + std::to_string(i));
    ASSERT_EQ(r.status, 401) << "attempt " << i + 1 << ": " << r.body;
  }
  // Each server has seen at most three of them, yet both refuse the sixth, even with the
  // right password, and say when to try again.
  for (const TestServer* server : {&a, b.get()}) {
    const auto r = sign_in(*server, "orbis-demo-2026");
    EXPECT_EQ(r.status, 429) << r.body;
    EXPECT_EQ(r.json()["type"], "urn:orbis:problem:resource_exhausted") << r.body;
    EXPECT_GT(std::stoi(r.header("retry-after")), 0);
  }
  EXPECT_EQ(b->send("POST", "/api/v1/auth/login",
                    {{"email", kOfficer}, {"password", "orbis-demo-2026"}}, "")
                .status,
            200);
}

// A stolen session cannot guess the current password five times per server: the wrong
// ones are counted in the database, against the same limit as sign-ins.
TEST(SeveralServers, WrongCurrentPasswordsCountAgainstOneLimitOnBoth) {
  TestServer a;
  const auto b = TestServer::beside(a);
  const std::string email = "coordinator@westlake.edu.cn";
  const auto session = a.login(email);
  const auto change = [&](const TestServer& server, const std::string& current) {
    return server.send("POST", "/api/v1/account/password",
                       {{"current_password", current}, {"new_password", "a fine new passphrase"}},
                       session);
  };
  for (int i = 0; i < 5; ++i) {
    const auto r = change(i % 2 == 0 ? a : *b, "guess-" + std::to_string(i));
    ASSERT_EQ(r.status, 422) << "attempt " << i + 1 << ": " << r.body;
    EXPECT_EQ(r.json()["type"], "urn:orbis:problem:invalid_argument") << r.body;
  }
  for (const TestServer* server : {&a, b.get()}) {
    // Even the right password waits now, and signing in with that e-mail too.
    const auto r = change(*server, "orbis-demo-2026");
    EXPECT_EQ(r.status, 429) << r.body;
    EXPECT_GT(std::stoi(r.header("retry-after")), 0);
    EXPECT_EQ(server
                  ->send("POST", "/api/v1/auth/login",
                         {{"email", email}, {"password", "orbis-demo-2026"}}, "")
                  .status,
              429);
  }
  // Nothing was changed: the session still works, and still with the old password's limit.
  EXPECT_EQ(b->get("/api/v1/auth/me", session).status, 200);
}

TEST(SeveralServers, ASearchOnOneFindsWhatTheOtherWroteWithItsCurrentName) {
  TestServer a;
  const auto b = TestServer::beside(a);
  // Signed in on one, the session works on the other: sessions live in the database.
  const auto officer = a.login(kOfficer);
  ASSERT_EQ(b->get("/api/v1/institutions?q=Quokka", officer).status, 200);
  EXPECT_TRUE(found(*b, "Quokka", officer).empty());

  const auto created =
      a.send("POST", "/api/v1/institutions",
             institution("Quokka Institute of Exchange", "quokka-test.ac.nz"), officer);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = created.json()["id"].get<std::int64_t>();
  const std::string target = "/api/v1/institutions/" + std::to_string(id);
  // A read by id goes to the database: at once.
  EXPECT_EQ(b->get(target, officer).json()["name"], "Quokka Institute of Exchange");
  std::this_thread::sleep_for(kSeenWithin);
  EXPECT_EQ(found(*b, "Quokka", officer), std::vector<std::int64_t>{id});

  // Renamed on the second server: the first finds it by its new name, not its old one.
  const auto read = b->get(target, officer);
  const auto renamed = b->send("PATCH", target, {{"name", "Wombat Institute of Exchange"}}, officer,
                               {{"If-Match", read.header("etag")}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  std::this_thread::sleep_for(kSeenWithin);
  const auto page = a.get("/api/v1/institutions?q=Wombat", officer).json();
  ASSERT_EQ(page["items"].size(), 1u) << page.dump();
  EXPECT_EQ(page["items"][0]["id"], id);
  EXPECT_EQ(page["items"][0]["name"], "Wombat Institute of Exchange");
  EXPECT_TRUE(found(a, "Quokka", officer).empty());
}

TEST(SeveralServers, WritersOnBothKeepOneAuditChain) {
  TestServer a;
  const auto b = TestServer::beside(a);
  const auto admin = a.login(kAdmin);
  const std::int64_t before = a.get("/api/v1/audit/verify", admin).json()["entries"];
  const auto officer = a.login(kOfficer);
  constexpr int kEach = 12;
  // Each thread writes through its own server: the created ids, or 0 for a write refused.
  std::vector<std::int64_t> on_a(kEach), on_b(kEach);
  auto write = [&](const TestServer& server, const std::string& prefix,
                   std::vector<std::int64_t>& out) {
    for (int i = 0; i < kEach; ++i) {
      const auto r = server.send("POST", "/api/v1/institutions",
                                 institution(prefix + " Academy " + std::to_string(i),
                                             prefix + std::to_string(i) + "-test.ac.nz"),
                                 officer);
      out[i] = r.status == 201 ? r.json()["id"].get<std::int64_t>() : 0;
    }
  };
  std::thread writer_a([&] { write(a, "Kereru", on_a); });
  std::thread writer_b([&] { write(*b, "Pukeko", on_b); });
  writer_a.join();
  writer_b.join();
  EXPECT_EQ(std::count(on_a.begin(), on_a.end(), 0), 0);
  EXPECT_EQ(std::count(on_b.begin(), on_b.end(), 0), 0);
  for (const auto* server : {&a, b.get()}) {
    const auto verify = server->get("/api/v1/audit/verify", admin).json();
    EXPECT_TRUE(verify["intact"]) << verify.dump();
    EXPECT_EQ(verify["entries"].get<std::int64_t>(), before + 2 * kEach) << verify.dump();
  }
  // Each server's search finds what the other created.
  std::this_thread::sleep_for(kSeenWithin);
  auto contains_all = [](const std::vector<std::int64_t>& found_ids,
                         const std::vector<std::int64_t>& ids) {
    const std::set<std::int64_t> set(found_ids.begin(), found_ids.end());
    return std::all_of(ids.begin(), ids.end(), [&](auto id) { return set.count(id) == 1; });
  };
  EXPECT_TRUE(contains_all(found(a, "Pukeko%20Academy&limit=100", officer), on_b));
  EXPECT_TRUE(contains_all(found(*b, "Kereru%20Academy&limit=100", officer), on_a));
}

}  // namespace
}  // namespace orbis::testing
