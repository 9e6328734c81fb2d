// The API's conventions, end to end: sign-in, problems, ETags, pagination, audit.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

#include "domain/country.h"
#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

class ApiTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  void expect_problem(const Reply& r, int status, const std::string& type_suffix) {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(r.header("content-type"), "application/problem+json") << r.body;
    const auto body = r.json();
    EXPECT_EQ(body["status"], status);
    EXPECT_TRUE(body["type"].get<std::string>().ends_with(type_suffix)) << body["type"];
    EXPECT_FALSE(body["detail"].get<std::string>().empty());
  }
  std::vector<std::string> error_fields(const Reply& r) {
    std::vector<std::string> fields;
    const auto body = r.json();
    for (const auto& e : body["errors"]) fields.push_back(e["field"]);
    return fields;
  }
  std::int64_t westlake_id() {
    return server.get("/api/v1/settings/home", officer).json()["institution"]["id"];
  }
};

TEST_F(ApiTest, HealthAnswersWithoutSignIn) {
  const auto r = server.request("GET", "/api/v1/health");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json()["status"], "ok");
  EXPECT_GT(r.json()["institutions"].get<int>(), 50000);
}

TEST_F(ApiTest, LoginSetsHardenedCookiesAndReturnsTokens) {
  const auto r =
      server.send("POST", "/api/v1/auth/login",
                  {{"email", "Viewer@Westlake.edu.cn"}, {"password", "orbis-demo-2026"}}, "");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.json()["token"].get<std::string>().empty());
  EXPECT_EQ(r.json()["user"]["role"], "viewer");
  std::vector<std::string> cookies;
  for (auto [it, end] = r.headers.equal_range("set-cookie"); it != end; ++it)
    cookies.push_back(it->second);
  ASSERT_EQ(cookies.size(), 2u);
  EXPECT_NE(cookies[0].find("orbis_session="), std::string::npos);
  EXPECT_NE(cookies[0].find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookies[0].find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(cookies[1].find("HttpOnly"), std::string::npos);  // the CSRF cookie is readable
  EXPECT_EQ(r.json()["user"].count("password_hash"), 0u);
}

TEST_F(ApiTest, LoginRejectsBadInputWithProblems) {
  expect_problem(
      server.send("POST", "/api/v1/auth/login",
                  {{"email", "officer@westlake.edu.cn"}, {"password", "wrong-password"}}, ""),
      401, "unauthenticated");
  expect_problem(server.send("POST", "/api/v1/auth/login",
                             {{"email", "nobody@nowhere.edu"}, {"password", "wrong-password"}}, ""),
                 401, "unauthenticated");
  const auto missing = server.send("POST", "/api/v1/auth/login", json::object(), "");
  expect_problem(missing, 422, "invalid_argument");
  EXPECT_EQ(error_fields(missing), (std::vector<std::string>{"email", "password"}));
  expect_problem(server.request("POST", "/api/v1/auth/login", "{not json",
                                {{"Content-Type", "application/json"}}),
                 400, "invalid_argument");
  expect_problem(server.request("POST", "/api/v1/auth/login", "email=x",
                                {{"Content-Type", "application/x-www-form-urlencoded"}}),
                 422, "invalid_argument");
  expect_problem(server.send("POST", "/api/v1/auth/login", {{"email", 5}, {"password", "x"}}, ""),
                 422, "invalid_argument");
}

TEST_F(ApiTest, FailedLoginsAreRateLimited) {
  const json wrong = {{"email", "student@westlake.edu.cn"}, {"password", "not-the-password"}};
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(server.send("POST", "/api/v1/auth/login", wrong, "").status, 401);
  const auto limited = server.send("POST", "/api/v1/auth/login", wrong, "");
  expect_problem(limited, 429, "resource_exhausted");
  EXPECT_GT(std::stoi(limited.header("retry-after")), 0);
  // Even the right password waits out the window.
  const json right = {{"email", "student@westlake.edu.cn"}, {"password", "orbis-demo-2026"}};
  EXPECT_EQ(server.send("POST", "/api/v1/auth/login", right, "").status, 429);
  server.clock().advance(std::chrono::minutes(16));
  EXPECT_EQ(server.send("POST", "/api/v1/auth/login", right, "").status, 200);
}

TEST_F(ApiTest, SessionsEndOnLogoutAndExpire) {
  const auto token = server.login("viewer@westlake.edu.cn");
  EXPECT_EQ(server.get("/api/v1/auth/me", token).status, 200);
  EXPECT_EQ(server.send("POST", "/api/v1/auth/logout", json::object(), token).status, 204);
  expect_problem(server.get("/api/v1/auth/me", token), 401, "unauthenticated");
  const auto later = server.login("viewer@westlake.edu.cn");
  server.clock().advance(std::chrono::hours(13));
  expect_problem(server.get("/api/v1/auth/me", later), 401, "unauthenticated");
  expect_problem(server.get("/api/v1/auth/me", "forged-token"), 401, "unauthenticated");
}

TEST_F(ApiTest, CookieSessionsNeedTheCsrfHeaderToWrite) {
  const auto login =
      server.send("POST", "/api/v1/auth/login",
                  {{"email", "officer@westlake.edu.cn"}, {"password", "orbis-demo-2026"}}, "");
  const std::string cookie = "orbis_session=" + login.json()["token"].get<std::string>();
  const std::string csrf = login.json()["csrf"];
  const std::string target = "/api/v1/institutions/" + std::to_string(westlake_id()) + "/org-units";
  const json unit = {{"name", "Institute for Theoretical Sciences"}, {"name_zh", "理论科学研究院"}};
  EXPECT_EQ(server.request("GET", target, "", {{"Cookie", cookie}}).status, 200);
  expect_problem(server.request("POST", target, unit.dump(),
                                {{"Cookie", cookie}, {"Content-Type", "application/json"}}),
                 403, "permission_denied");
  expect_problem(
      server.request(
          "POST", target, unit.dump(),
          {{"Cookie", cookie}, {"Content-Type", "application/json"}, {"X-CSRF-Token", "guess"}}),
      403, "permission_denied");
  const auto ok = server.request(
      "POST", target, unit.dump(),
      {{"Cookie", cookie}, {"Content-Type", "application/json"}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(ok.status, 201) << ok.body;
}

TEST_F(ApiTest, SearchPagesWithCursorsWithoutOverlap) {
  const auto first = server.get("/api/v1/institutions?q=university&country=CN&limit=7", officer);
  ASSERT_EQ(first.status, 200) << first.body;
  const auto page1 = first.json();
  ASSERT_EQ(page1["items"].size(), 7u);
  ASSERT_TRUE(page1["next"].is_string());
  const auto second = server
                          .get("/api/v1/institutions?q=university&country=CN&limit=7&cursor=" +
                                   page1["next"].get<std::string>(),
                               officer)
                          .json();
  ASSERT_EQ(second["items"].size(), 7u);
  std::set<std::int64_t> ids;
  for (const auto& page : {page1, second}) {
    for (const auto& item : page["items"]) {
      EXPECT_EQ(item["country"], "CN");
      ids.insert(item["id"].get<std::int64_t>());
    }
  }
  EXPECT_EQ(ids.size(), 14u);
  EXPECT_EQ(page1["total"], second["total"]);
}

TEST_F(ApiTest, SearchFiltersByType) {
  const auto r = server.get("/api/v1/institutions?q=oxford&type=company", officer).json();
  ASSERT_FALSE(r["items"].empty());
  for (const auto& item : r["items"]) {
    const auto types = item["types"].get<std::vector<std::string>>();
    EXPECT_NE(std::find(types.begin(), types.end(), "company"), types.end());
  }
}

TEST_F(ApiTest, SearchRejectsBadParametersByField) {
  const auto r = server.get("/api/v1/institutions?q=x&country=XX&type=castle", officer);
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(error_fields(r), (std::vector<std::string>{"country", "type"}));
  expect_problem(server.get("/api/v1/institutions?limit=0", officer), 422, "invalid_argument");
  expect_problem(server.get("/api/v1/institutions?limit=abc", officer), 422, "invalid_argument");
  expect_problem(server.get("/api/v1/institutions?cursor=bogus", officer), 422, "invalid_argument");
  expect_problem(server.get("/api/v1/institutions?q=%ZZ", officer), 400, "bad_request");
}

TEST_F(ApiTest, ReadsAnInstitutionWithEtagNamesAndOrgUnits) {
  const auto r = server.get("/api/v1/institutions/" + std::to_string(westlake_id()), officer);
  ASSERT_EQ(r.status, 200);
  const auto body = r.json();
  EXPECT_EQ(body["ror_id"], "https://ror.org/05hfa4n20");
  EXPECT_EQ(body["name_zh"], "西湖大学");
  EXPECT_EQ(r.header("etag"), "\"" + std::to_string(body["version"].get<int>()) + "\"");
  EXPECT_GE(body["org_units"].size(), 5u);
  expect_problem(server.get("/api/v1/institutions/999999999", officer), 404, "not_found");
  expect_problem(server.get("/api/v1/institutions/abc", officer), 404, "not_found");
}

// An institution's org units page by name (then id) with a keyset cursor: read two at a
// time they are the units the institution's description embeds, each once, in name order;
// a cursor is for one institution's units only.
TEST_F(ApiTest, OrgUnitsPageByName) {
  const auto admin = server.login("admin@westlake.edu.cn");
  const std::string units = "/api/v1/institutions/" + std::to_string(westlake_id()) + "/org-units";
  // Names that sort first and last, and one name twice (the id orders those).
  for (const char* name :
       {"AAA Paging Office", "ZZZ Paging Office", "MMM Paging Office", "MMM Paging Office"}) {
    const auto r = server.send("POST", units, {{"name", name}}, admin);
    ASSERT_EQ(r.status, 201) << r.body;
  }
  const auto paged = expect_pages_of_whole(server, units, officer, 2);
  ASSERT_GE(paged.ids.size(), 9u);
  for (std::size_t i = 1; i < paged.in_order.size(); ++i) {
    const auto& a = paged.in_order[i - 1];
    const auto& b = paged.in_order[i];
    EXPECT_LT(std::tuple(a["name"].get<std::string>(), a["id"].get<std::int64_t>()),
              std::tuple(b["name"].get<std::string>(), b["id"].get<std::int64_t>()));
  }
  EXPECT_EQ(paged.in_order.front()["name"], "AAA Paging Office");
  EXPECT_EQ(paged.in_order.back()["name"], "ZZZ Paging Office");
  const auto institution =
      server.get("/api/v1/institutions/" + std::to_string(westlake_id()), officer).json();
  std::set<std::int64_t> embedded;
  for (const auto& u : institution["org_units"]) embedded.insert(u["id"].get<std::int64_t>());
  EXPECT_EQ(std::set<std::int64_t>(paged.ids.begin(), paged.ids.end()), embedded);

  const auto cursor = first_cursor(server, units, officer);
  const auto other = server.get("/api/v1/institutions?q=oxford&limit=1", officer).json();
  ASSERT_EQ(other["items"].size(), 1u);
  expect_cursor_refused(server,
                        "/api/v1/institutions/" +
                            std::to_string(other["items"][0]["id"].get<std::int64_t>()) +
                            "/org-units",
                        officer, cursor);
  expect_cursor_refused(server, units, officer, first_cursor(server, "/api/v1/people", officer));
  expect_cursor_refused(server, units, officer, "bm90IGEgY3Vyc29y");
}

// The countries page by code with the same cursors as the lists the database pages: read
// seven at a time they are the whole ISO 3166-1 table, each once, in code order.
TEST_F(ApiTest, CountriesPageByCode) {
  const auto first = server.request("GET", "/api/v1/countries");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["items"].size(), 100u);  // the default page
  EXPECT_TRUE(first.json()["next"].is_string());
  EXPECT_EQ(first.header("cache-control"), "public, max-age=86400");
  const auto countries = follow_pages(server, "/api/v1/countries", "", 7);
  std::vector<std::string> codes;
  for (const auto& c : countries.in_order) codes.push_back(c["code"]);
  std::vector<std::string> table;
  for (const auto& c : domain::countries()) table.emplace_back(c.code);
  ASSERT_GT(table.size(), 200u);
  EXPECT_EQ(codes, table);
  EXPECT_TRUE(std::ranges::adjacent_find(codes, std::greater_equal<>()) == codes.end());
  EXPECT_EQ(countries.pages, (table.size() + 6) / 7);
  EXPECT_EQ(countries.in_order.front(), first.json()["items"][0]);

  expect_cursor_refused(server, "/api/v1/countries", "",
                        first_cursor(server, "/api/v1/people", officer));
  expect_cursor_refused(server, "/api/v1/countries", "", "garbage");
}

TEST_F(ApiTest, CreatesAnInstitutionAndRefusesDuplicatesAndBadFields) {
  const json in = {{"name", "Hangzhou Institute for Exchange Studies"},
                   {"name_zh", "杭州交流研究院"},
                   {"country", "cn"},
                   {"city", "Hangzhou"},
                   {"types", {"education"}},
                   {"domains", {"https://www.hies-test.edu.cn/"}},
                   {"established", 2024}};
  const auto created = server.send("POST", "/api/v1/institutions", in, officer);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["country"], "CN");
  EXPECT_EQ(created.json()["domains"], json({"hies-test.edu.cn"}));
  EXPECT_EQ(created.header("location"),
            "/api/v1/institutions/" + std::to_string(created.json()["id"].get<int>()));
  // Found by search at once.
  const auto found =
      server.get("/api/v1/institutions?q=%E6%9D%AD%E5%B7%9E%E4%BA%A4%E6%B5%81", officer).json();
  ASSERT_FALSE(found["items"].empty());
  EXPECT_EQ(found["items"][0]["id"], created.json()["id"]);

  auto duplicate = in;
  duplicate["domains"] = {"westlake.edu.cn"};
  const auto dup = server.send("POST", "/api/v1/institutions", duplicate, officer);
  expect_problem(dup, 409, "already_exists");
  EXPECT_EQ(error_fields(dup), (std::vector<std::string>{"domains/0"}));
  auto dup_ror = in;
  dup_ror["domains"] = json::array();
  dup_ror["ror_id"] = "https://ror.org/05hfa4n20";
  EXPECT_EQ(server.send("POST", "/api/v1/institutions", dup_ror, officer).status, 409);

  const auto bad = server.send("POST", "/api/v1/institutions",
                               {{"name", ""},
                                {"country", "Atlantis"},
                                {"website", "javascript:alert(1)"},
                                {"types", {"castle"}}},
                               officer);
  expect_problem(bad, 422, "invalid_argument");
  EXPECT_EQ(error_fields(bad), (std::vector<std::string>{"types/0"}));
  const auto bad2 = server.send(
      "POST", "/api/v1/institutions",
      {{"name", ""}, {"country", "Atlantis"}, {"website", "javascript:alert(1)"}}, officer);
  EXPECT_EQ(error_fields(bad2), (std::vector<std::string>{"name", "country", "website"}));
  expect_problem(
      server.send("POST", "/api/v1/institutions", {{"name", "x"}, {"colour", "red"}}, officer), 422,
      "invalid_argument");
  expect_problem(
      server.send("POST", "/api/v1/institutions", in, server.login("viewer@westlake.edu.cn")), 403,
      "permission_denied");
}

TEST_F(ApiTest, UpdatesNeedTheCurrentVersion) {
  const auto created = server.send("POST", "/api/v1/institutions",
                                   {{"name", "Lakeside Test College"}, {"country", "CN"}}, officer);
  ASSERT_EQ(created.status, 201);
  const std::string target =
      "/api/v1/institutions/" + std::to_string(created.json()["id"].get<int>());
  const std::string etag = created.header("etag");
  expect_problem(server.send("PATCH", target, {{"city", "Hangzhou"}}, officer), 428,
                 "precondition_required");
  const auto updated =
      server.send("PATCH", target, {{"city", "Hangzhou"}}, officer, {{"If-Match", etag}});
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.json()["city"], "Hangzhou");
  EXPECT_NE(updated.header("etag"), etag);
  // A second writer still holding the old ETag loses, and nothing of theirs is written.
  expect_problem(
      server.send("PATCH", target, {{"city", "Shanghai"}}, officer, {{"If-Match", etag}}), 409,
      "conflict");
  const auto bad = server.send("PATCH", target, {{"country", "ZZ"}, {"city", "Nowhere"}}, officer,
                               {{"If-Match", updated.header("etag")}});
  expect_problem(bad, 422, "invalid_argument");
  const auto now = server.get(target, officer);
  EXPECT_EQ(now.json()["city"], "Hangzhou");
  EXPECT_EQ(now.header("etag"), updated.header("etag"));
  expect_problem(
      server.send("PATCH", target, {{"city", "x"}}, officer, {{"If-Match", "not-a-version"}}), 422,
      "invalid_argument");
}

TEST_F(ApiTest, EveryWriteIsAuditedInAnIntactChain) {
  const auto admin = server.login("admin@westlake.edu.cn");
  const auto created = server.send("POST", "/api/v1/institutions",
                                   {{"name", "Audit Trail Academy"}, {"country", "IT"}}, officer);
  ASSERT_EQ(created.status, 201);
  json last;
  std::string after = "0";
  while (true) {
    const auto page = server.get("/api/v1/audit?limit=500&after=" + after, admin).json();
    for (const auto& e : page["items"]) last = e;
    if (page["next"].is_null()) break;
    after = page["next"];
  }
  EXPECT_EQ(last["action"], "institution.create");
  EXPECT_EQ(last["actor"], "officer@westlake.edu.cn");
  EXPECT_EQ(last["after"]["name"], "Audit Trail Academy");
  EXPECT_TRUE(last["before"].is_null());
  const auto verify = server.get("/api/v1/audit/verify", admin).json();
  EXPECT_TRUE(verify["intact"]) << verify.dump();
  expect_problem(server.get("/api/v1/audit", officer), 403, "permission_denied");
}

TEST_F(ApiTest, AdminsAddUsersWithScopes) {
  const auto admin = server.login("admin@westlake.edu.cn");
  const auto r = server.send(
      "POST", "/api/v1/users",
      {{"email", "partner2@ox.ac.uk"}, {"role", "partner"}, {"password", "short"}}, admin);
  expect_problem(r, 422, "invalid_argument");
  EXPECT_EQ(error_fields(r), (std::vector<std::string>{"institution_id"}));
  const auto ok = server.send(
      "POST", "/api/v1/users",
      {{"email", "coord2@westlake.edu.cn"},
       {"role", "coordinator"},
       {"name", "Liu Yang"},
       {"org_unit_id", server.get("/api/v1/institutions/" + std::to_string(westlake_id()), admin)
                           .json()["org_units"][0]["id"]},
       {"password", "a long enough password"}},
      admin);
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(server
                .send("POST", "/api/v1/users",
                      {{"email", "coord2@westlake.edu.cn"},
                       {"role", "viewer"},
                       {"password", "a long enough password"}},
                      admin)
                .status,
            409);
}

TEST_F(ApiTest, TransportErrorsAreProblemsToo) {
  expect_problem(server.get("/api/v1/nowhere", officer), 404, "not_found");
  expect_problem(server.request("DELETE", "/api/v1/health"), 405, "method_not_allowed");
  // The server refuses by the declared length, before reading the body.
  const auto big = server.raw(
      "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 2097152\r\n\r\n{\"email\":");
  expect_problem(big, 413, "too_large");
  expect_problem(server.raw("GARBAGE\r\n\r\n"), 400, "bad_request");
  expect_problem(server.request("GET", "/../../etc/passwd"), 400, "bad_path");
}

TEST_F(ApiTest, ServesTheSinglePageAppOrSaysHowToBuildIt) {
  const auto r = server.request("GET", "/institutions/42");
  EXPECT_TRUE(r.status == 200 || r.status == 503) << r.status;
  EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
  EXPECT_NE(r.header("content-security-policy").find("default-src 'self'"), std::string::npos);
}

TEST_F(ApiTest, OpenApiDocumentListsEveryRoute) {
  const auto doc = server.request("GET", "/api/v1/openapi.json").json();
  EXPECT_EQ(doc["openapi"], "3.1.0");
  for (const auto& route : server.router().routes()) {
    std::string method = route.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_TRUE(doc["paths"].contains(route.pattern) &&
                doc["paths"][route.pattern].contains(method))
        << route.method << " " << route.pattern;
  }
  std::size_t operations = 0;
  for (const auto& [path, item] : doc["paths"].items()) operations += item.size();
  EXPECT_EQ(operations, server.router().routes().size());
}

}  // namespace
}  // namespace orbis::testing
