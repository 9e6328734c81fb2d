// Research through the API: the institution's publications imported from an OpenAlex extract
// (tests/cases/openalex, whose README works out what it holds), its partners by
// co-publication, and the two research indicators computed from them.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

std::string extract() {
  std::ifstream in(source_dir() / "tests/cases/openalex/works.jsonl");
  EXPECT_TRUE(in) << "tests/cases/openalex/works.jsonl";
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class ResearchTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  Reply import(const std::string& body, const std::string& token, bool dry_run) {
    return server.request(
        "POST",
        std::string("/api/v1/research/publications/import") + (dry_run ? "" : "?dry_run=false"),
        body, {{"Authorization", "Bearer " + token}, {"Content-Type", "application/x-ndjson"}});
  }

  // The value of an indicator for the academic year beginning in `year`.
  json indicator(const std::string& id, int year, const std::string& query = "") {
    const auto r = server.get(
        "/api/v1/indicators?from=" + std::to_string(year) + "&to=" + std::to_string(year) + query,
        officer);
    EXPECT_EQ(r.status, 200) << r.body;
    const json page = r.json();
    for (const auto& i : page["items"])
      if (i["id"] == id) return i;
    ADD_FAILURE() << id;
    return json();
  }
};

// One test, in order: the suite's server starts from the demo, whose co-publication extract
// the fixture replaces (replace=true), so that the counts are the README's.
TEST_F(ResearchTest, AnExtractImportedGivesCoPublicationsPerPartnerAndTheResearchIndicators) {
  // Before: the demo's works.
  const auto demo = server.get("/api/v1/research/co-publications", officer).json();
  ASSERT_FALSE(demo["items"].empty());
  EXPECT_TRUE(indicator("international_copublication_share", 2024)["value"].is_number());

  // Who may import: the office; not a viewer, a coordinator, a student or a partner.
  for (const char* who : {"viewer@westlake.edu.cn", "coordinator@westlake.edu.cn",
                          "student@westlake.edu.cn", "partner@ox.ac.uk"}) {
    EXPECT_EQ(import(extract(), server.login(who), true).status, 403) << who;
  }

  // A file with a bad line, and a work that is not the home institution's: every one is
  // reported by its line and nothing is written.
  const std::string stranger =
      "{\"id\":\"https://openalex.org/W1\",\"publication_year\":2024,\"authorships\":[{"
      "\"institutions\":[{\"ror\":\"https://ror.org/052gg0110\",\"country_code\":\"GB\"}]}]}\n";
  const auto bad = import(extract() + "not json\n" + stranger, officer, false);
  ASSERT_EQ(bad.status, 422) << bad.body;
  std::vector<std::pair<int, std::string>> lines;
  const json report = bad.json();
  for (const auto& e : report["errors"])
    lines.emplace_back(e["line"].template get<int>(), e["field"].template get<std::string>());
  EXPECT_EQ(lines, (std::vector<std::pair<int, std::string>>{{10, ""}, {11, "authorships"}}));
  EXPECT_EQ(server.get("/api/v1/research/co-publications", officer).json(), demo);

  // A dry run says what it would do and writes nothing: the fixture's nine works added, every
  // work of the demo's extract removed. Then the import.
  const auto all_works = "/api/v1/research/publications/import?replace=true";
  const auto dry = server.request(
      "POST", all_works, extract(),
      {{"Authorization", "Bearer " + officer}, {"Content-Type", "application/x-ndjson"}});
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json()["rows"], 9);
  EXPECT_EQ(dry.json()["added"], 9);
  const int demo_works = dry.json()["removed"].get<int>();
  EXPECT_GT(demo_works, 300);
  EXPECT_EQ(server.get("/api/v1/research/co-publications", officer).json(), demo);
  const auto done = server.request(
      "POST", std::string(all_works) + "&dry_run=false", extract(),
      {{"Authorization", "Bearer " + officer}, {"Content-Type", "application/x-ndjson"}});
  ASSERT_EQ(done.status, 201) << done.body;
  EXPECT_EQ(done.json()["added"], 9);
  EXPECT_EQ(done.json()["removed"], demo_works);
  // Again, without replace: the same works, replaced by their OpenAlex ids, none added or
  // removed.
  const auto again = import(extract(), officer, false);
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.json()["added"], 0);
  EXPECT_EQ(again.json()["updated"], 9);
  EXPECT_EQ(again.json()["removed"], 0);

  // The partners of 2022 to 2026, the most co-publications first (the README's table).
  const auto listed = server.get("/api/v1/research/co-publications?from=2022&to=2026", officer);
  ASSERT_EQ(listed.status, 200) << listed.body;
  std::vector<std::tuple<std::string, int, bool, bool>> partners;
  const json page = listed.json();
  for (const auto& p : page["items"])
    partners.emplace_back(p["ror"].get<std::string>(), p["publications"].get<int>(),
                          p["abroad"].get<bool>(), p["sustained"].get<bool>());
  EXPECT_EQ(partners, (std::vector<std::tuple<std::string, int, bool, bool>>{
                          {"052gg0110", 5, true, true},      // Oxford
                          {"05a28rw58", 3, true, true},      // ETH Zurich
                          {"00a2xv884", 2, false, false},    // Zhejiang University: not abroad
                          {"01an7q238", 1, true, false},     // Berkeley
                          {"02zhqgq86", 1, true, false}}));  // the University of Hong Kong
  const json oxford = page["items"][0];
  EXPECT_EQ(oxford["name"], "University of Oxford");
  EXPECT_TRUE(oxford["institution_id"].is_number()) << "Oxford is in the registry";
  EXPECT_EQ(oxford["years"], json::parse(R"([{"year":2022,"publications":1},
      {"year":2023,"publications":1},{"year":2024,"publications":1},
      {"year":2026,"publications":2}])"));
  // To 2025, Oxford alone has three in the five years; ETH has two.
  const auto to_2025 = server.get("/api/v1/research/co-publications?to=2025", officer).json();
  for (const auto& p : to_2025["items"]) EXPECT_EQ(p["sustained"], p["ror"] == "052gg0110") << p;
  // As a spreadsheet, headed in Chinese when asked.
  const auto csv =
      server.get("/api/v1/research/co-publications?from=2022&to=2026&format=csv&lang=zh", officer);
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 6);
  EXPECT_NE(csv.body.find("境外持续合作机构"), std::string::npos);

  // The indicators: the share per year, and L / ln P.
  const std::map<int, std::pair<int, int>> shares = {
      {2022, {1, 2}}, {2023, {1, 1}}, {2024, {2, 2}}, {2025, {1, 2}}, {2026, {2, 2}}};
  for (const auto& [year, share] : shares) {
    SCOPED_TRACE(year);
    const auto v = indicator("international_copublication_share", year);
    EXPECT_EQ(v["numerator"], share.first);
    EXPECT_EQ(v["denominator"], share.second);
    EXPECT_DOUBLE_EQ(v["value"].get<double>(), static_cast<double>(share.first) / share.second);
  }
  const auto network = indicator("international_research_network", 2026);
  EXPECT_DOUBLE_EQ(network["value"].get<double>(), 2.8854);
  EXPECT_EQ(network["numerator"], 2);    // GB, CH
  EXPECT_EQ(network["denominator"], 2);  // Oxford, ETH
  const auto one_partner = indicator("international_research_network", 2025);
  EXPECT_TRUE(one_partner["value"].is_null());
  EXPECT_EQ(one_partner["denominator"], 1);
  // A year with nothing published has no value, not 0.
  EXPECT_EQ(indicator("international_copublication_share", 2021)["no_data"],
            "no publications recorded for 2021/2022");
  // An org unit's: publications are the whole institution's.
  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const std::int64_t unit = server.get("/api/v1/auth/me", coordinator).json()["org_unit_id"];
  const auto of_unit =
      indicator("international_copublication_share", 2024, "&org_unit=" + std::to_string(unit));
  EXPECT_TRUE(of_unit["value"].is_null());
  EXPECT_NE(of_unit["no_data"].get<std::string>().find("whole institution"), std::string::npos);

  // Who reads the partners: the office, a coordinator and a viewer; not a student or a
  // partner, who get no items.
  for (const char* who : {"coordinator@westlake.edu.cn", "viewer@westlake.edu.cn"})
    EXPECT_EQ(server.get("/api/v1/research/co-publications", server.login(who)).status, 200) << who;
  for (const char* who : {"student@westlake.edu.cn", "partner@ox.ac.uk"}) {
    const auto denied = server.get("/api/v1/research/co-publications", server.login(who));
    EXPECT_EQ(denied.status, 403) << who;
    EXPECT_EQ(denied.body.find("\"items\""), std::string::npos);
  }
  const auto years = server.get("/api/v1/research/co-publications?from=2026&to=2020", officer);
  EXPECT_EQ(years.status, 422);
  EXPECT_EQ(years.json()["errors"][0]["field"], "to");
  // One partner's research: Oxford's works year by year (the README's), beside its joint
  // projects, its scholars' visits and its agreements (the demo's), as the list gives them.
  const std::string oxford_research = "/api/v1/institutions/" +
                                      std::to_string(oxford["institution_id"].get<std::int64_t>()) +
                                      "/research";
  const auto research = server.get(oxford_research + "?from=2022&to=2026", officer);
  ASSERT_EQ(research.status, 200) << research.body;
  const json r = research.json();
  EXPECT_EQ(r["ror"], "052gg0110");
  EXPECT_EQ(r["publications"], 5);
  EXPECT_EQ(r["sustained"], true);
  EXPECT_EQ(r["years"], json::parse(R"([{"year":2022,"publications":1},
      {"year":2023,"publications":1},{"year":2024,"publications":1},
      {"year":2025,"publications":0},{"year":2026,"publications":2}])"));
  EXPECT_EQ(r["projects"], oxford["projects"]);
  EXPECT_EQ(r["visits"]["incoming"].get<int>() + r["visits"]["outgoing"].get<int>(),
            oxford["visits"]);
  EXPECT_GT(r["visits"]["incoming"].get<int>(), 0);
  // The projects counted are those the projects list finds by partner and by agreement.
  const auto projects_with = [&](const std::string& filter) {
    const auto page = server.get("/api/v1/research-projects?" + filter, officer);
    EXPECT_EQ(page.status, 200) << page.body;
    return page.json()["total"].get<int>();
  };
  EXPECT_EQ(r["projects"].get<int>(),
            projects_with("partner=" + std::to_string(r["institution_id"].get<std::int64_t>())));
  EXPECT_GT(r["projects"].get<int>(), 0);
  int in_force = 0;
  int carrying = 0;
  ASSERT_GE(r["agreements"].size(), 2u);
  for (const auto& a : r["agreements"]) {
    const std::string status = a["status"];
    in_force += status == "signed" || status == "active" || status == "expiring";
    EXPECT_EQ(a["projects"].get<int>(),
              projects_with("agreement=" + std::to_string(a["id"].get<std::int64_t>())))
        << a;
    carrying += a["projects"].get<int>() + a["visits"].get<int>();
  }
  EXPECT_EQ(in_force, oxford["agreements"]);
  EXPECT_GT(carrying, 0) << "the consortium carries projects and visits";
  // Berkeley: one work, in 2026; no sustained partner.
  for (const auto& p : page["items"])
    if (p["ror"] == "01an7q238") {
      const auto berkeley = server.get("/api/v1/institutions/" +
                                           std::to_string(p["institution_id"].get<std::int64_t>()) +
                                           "/research?from=2022&to=2026",
                                       officer);
      EXPECT_EQ(berkeley.json()["publications"], 1);
      EXPECT_EQ(berkeley.json()["sustained"], false);
    }
  // Who reads it: those who read the partners; a partner, even of itself, and a student not.
  for (const char* who : {"coordinator@westlake.edu.cn", "viewer@westlake.edu.cn"})
    EXPECT_EQ(server.get(oxford_research, server.login(who)).status, 200) << who;
  for (const char* who : {"student@westlake.edu.cn", "partner@ox.ac.uk"}) {
    const auto denied = server.get(oxford_research, server.login(who));
    EXPECT_EQ(denied.status, 403) << who;
    EXPECT_EQ(denied.body.find("\"agreements\""), std::string::npos);
  }
  // The home institution's own works are not a partner's (409); an unknown institution is
  // 404, years backwards 422.
  const std::int64_t home =
      server.get("/api/v1/settings/home", officer).json()["institution"]["id"];
  EXPECT_EQ(
      server.get("/api/v1/institutions/" + std::to_string(home) + "/research", officer).status,
      409);
  EXPECT_EQ(server.get("/api/v1/institutions/999999999/research", officer).status, 404);
  EXPECT_EQ(server.get(oxford_research + "?from=2026&to=2020", officer).status, 422);

  // The import is in the audit log.
  const auto audit =
      follow_pages(server, "/api/v1/audit", server.login("admin@westlake.edu.cn"), 500);
  int imports = 0;
  for (const auto& e : audit.in_order) imports += e["action"] == "publication.import";
  EXPECT_EQ(imports, 3);  // the demo's, and the two above
}

}  // namespace
}  // namespace orbis::testing
