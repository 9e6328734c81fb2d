// People through the API: who sees whom, personal data, validation and versions.
#include <gtest/gtest.h>

#include <functional>
#include <tuple>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

class PeopleTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");
  std::int64_t home() {
    return server.get("/api/v1/settings/home", officer).json()["institution"]["id"];
  }
};

TEST_F(PeopleTest, OfficersSeeEveryoneWithPersonalData) {
  const auto r = server.get("/api/v1/people?limit=100", officer);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto page = r.json();
  EXPECT_GE(page["total"].get<int>(), 20);
  for (const auto& p : page["items"]) EXPECT_TRUE(p.contains("personal"));
  const auto chinese = server.get("/api/v1/people?q=%E7%8E%8B%E8%8A%B3", officer).json();  // 王芳
  ASSERT_EQ(chinese["items"].size(), 1u);
  EXPECT_EQ(chinese["items"][0]["personal"]["passport_number"], "E12345678");
  for (const auto& p :
       server.get("/api/v1/people?nationality=it&kind=student", officer).json()["items"]) {
    EXPECT_EQ(p["nationality"], "IT");
  }
}

TEST_F(PeopleTest, ViewersSeeNoPersonalDataStudentsOnlyThemselvesPartnersNobody) {
  const auto viewer =
      server.get("/api/v1/people?limit=100", server.login("viewer@westlake.edu.cn")).json();
  ASSERT_FALSE(viewer["items"].empty());
  for (const auto& p : viewer["items"]) EXPECT_FALSE(p.contains("personal"));
  const auto student = server.login("student@westlake.edu.cn");
  const auto self = server.get("/api/v1/people", student).json();
  ASSERT_EQ(self["items"].size(), 1u);
  EXPECT_EQ(self["items"][0]["email"], "student@westlake.edu.cn");
  EXPECT_TRUE(self["items"][0].contains("personal"));
  const auto all = server.get("/api/v1/people?limit=100", officer).json();
  for (const auto& p : all["items"]) {
    if (p["email"] != "student@westlake.edu.cn") {
      EXPECT_EQ(server.get("/api/v1/people/" + std::to_string(p["id"].get<int>()), student).status,
                404);
      break;
    }
  }
  EXPECT_EQ(server.get("/api/v1/people", server.login("partner@ox.ac.uk")).status, 403);
}

TEST_F(PeopleTest, CoordinatorsSeeTheirOrgUnit) {
  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const auto me = server.get("/api/v1/auth/me", coordinator).json();
  const auto mine = server.get("/api/v1/people?limit=100", coordinator).json();
  ASSERT_FALSE(mine["items"].empty());
  for (const auto& p : mine["items"]) EXPECT_EQ(p["org_unit_id"], me["org_unit_id"]);
  EXPECT_LT(mine["total"].get<int>(),
            server.get("/api/v1/people?limit=100", officer).json()["total"].get<int>());
}

TEST_F(PeopleTest, CreateValidatesAndUpdatesNeedTheVersion) {
  const json bad = {{"family_name", ""},
                    {"nationality", "XX"},
                    {"home_institution_id", home()},
                    {"level", 4},
                    {"field", "9998"},
                    {"gpa", 3.5},
                    {"languages", {{{"language", "en"}, {"cefr", "D1"}}}}};
  const auto rejected = server.send("POST", "/api/v1/people", bad, officer);
  EXPECT_EQ(rejected.status, 422) << rejected.body;
  std::vector<std::string> fields;
  const auto body = rejected.json();
  for (const auto& e : body["errors"]) fields.push_back(e["field"]);
  EXPECT_EQ(fields, (std::vector<std::string>{"family_name", "nationality", "level", "field",
                                              "gpa_scale", "languages/0/cefr"}));
  const json good = {{"kind", "student"},
                     {"family_name", "Qian"},
                     {"given_name", "Duo"},
                     {"name_zh", "钱多"},
                     {"nationality", "cn"},
                     {"home_institution_id", home()},
                     {"level", 6},
                     {"field", "0613"},
                     {"gpa", 90},
                     {"gpa_scale", "cn100"},
                     {"languages", {{{"language", "EN"}, {"cefr", "b2"}}}}};
  const auto created = server.send("POST", "/api/v1/people", good, officer);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["nationality"], "CN");
  EXPECT_EQ(created.json()["languages"][0]["cefr"], "B2");
  const std::string target = "/api/v1/people/" + std::to_string(created.json()["id"].get<int>());
  EXPECT_EQ(server.send("PATCH", target, {{"year_of_study", 2}}, officer).status, 428);
  const auto updated = server.send("PATCH", target, {{"year_of_study", 2}}, officer,
                                   {{"If-Match", created.header("etag")}});
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.json()["year_of_study"], 2);
  EXPECT_EQ(server
                .send("PATCH", target, {{"year_of_study", 3}}, officer,
                      {{"If-Match", created.header("etag")}})
                .status,
            409);
  EXPECT_EQ(
      server.send("POST", "/api/v1/people", good, server.login("viewer@westlake.edu.cn")).status,
      403);
}

// People page in the database by name with a keyset cursor. For every reader's scope, alone
// and with filters and words, following `next` gives each person once, in name order, as
// many as `total` says, and exactly the people of the whole list that pass the filter.
TEST_F(PeopleTest, PagesOnceInNameOrderForEachScopeAndFilter) {
  // `query` is "" or "&name=value…".
  const auto follow = [&](const std::string& query, const std::string& token, int limit) {
    return follow_pages(server, "/api/v1/people" + (query.empty() ? "" : "?" + query.substr(1)),
                        token, limit);
  };
  const auto lower = [](std::string text) {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  const std::int64_t home_id = home();
  const std::vector<std::pair<std::string, std::function<bool(const json&)>>> filters = {
      {"", [](const json&) { return true; }},
      {"&kind=student", [](const json& p) { return p["kind"] == "student"; }},
      {"&kind=staff&nationality=cn",
       [](const json& p) { return p["kind"] == "staff" && p["nationality"] == "CN"; }},
      {"&institution=" + std::to_string(home_id),
       [&](const json& p) { return p["home_institution_id"] == home_id; }},
      // Words: each must occur in a name or the e-mail, in any case.
      {"&q=Li",
       [&](const json& p) {
         std::string text = p["family_name"].get<std::string>() + " " +
                            p["given_name"].get<std::string>() + " " +
                            (p["email"].is_string() ? p["email"].get<std::string>() : "");
         return lower(text).find("li") != std::string::npos;
       }},
  };
  const auto everyone = follow("", officer, 100);
  ASSERT_GE(everyone.ids.size(), 20u);
  for (const auto& [name, token] : std::vector<std::pair<std::string, std::string>>{
           {"officer", officer},
           {"viewer", server.login("viewer@westlake.edu.cn")},
           {"coordinator", server.login("coordinator@westlake.edu.cn")},
           {"student", server.login("student@westlake.edu.cn")}}) {
    const auto whole = follow("", token, 100);
    EXPECT_EQ(static_cast<std::int64_t>(whole.ids.size()), whole.total) << name;
    const auto key = [&](std::int64_t id) {
      const auto& p = whole.items.at(id);
      return std::tuple{p["family_name"].get<std::string>(), p["given_name"].get<std::string>(),
                        id};
    };
    for (std::size_t i = 1; i < whole.ids.size(); ++i)
      EXPECT_LT(key(whole.ids[i - 1]), key(whole.ids[i])) << name;
    for (const auto& [query, passes] : filters) {
      const auto paged = follow(query, token, 3);
      EXPECT_EQ(static_cast<std::int64_t>(paged.ids.size()), paged.total) << name << query;
      // The viewer's items carry no e-mail, yet words are matched on the e-mail too: the
      // officer's view of each person decides.
      std::vector<std::int64_t> expected;
      for (const auto id : whole.ids)
        if (passes(everyone.items.at(id))) expected.push_back(id);
      EXPECT_EQ(paged.ids, expected) << name << query;
      if (name == "officer") {
        EXPECT_FALSE(expected.empty()) << "no one passes " << query;
      }
    }
    if (name == "officer" || name == "viewer") {
      EXPECT_EQ(whole.ids, everyone.ids) << name;
    } else {
      EXPECT_LT(whole.ids.size(), everyone.ids.size()) << name;
      EXPECT_FALSE(whole.ids.empty()) << name;
    }
    if (name == "student") {
      EXPECT_EQ(whole.ids.size(), 1u);
    }
  }
  // A cursor is for this list only, and bad filters are named.
  const auto other = server.get("/api/v1/institutions?limit=1", officer).json()["next"];
  ASSERT_TRUE(other.is_string());
  EXPECT_EQ(server.get("/api/v1/people?cursor=" + other.get<std::string>(), officer).status, 422);
  const auto bad = server.get("/api/v1/people?kind=alien&nationality=zz", officer);
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("\"kind\""), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find("\"nationality\""), std::string::npos) << bad.body;
}

}  // namespace
}  // namespace orbis::testing
