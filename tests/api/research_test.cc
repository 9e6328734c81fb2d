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

// One test, in order: the suite's server starts from the demo, which records no publications.
TEST_F(ResearchTest, AnExtractImportedGivesCoPublicationsPerPartnerAndTheResearchIndicators) {
  // Before: no data, and no partners.
  EXPECT_TRUE(indicator("international_copublication_share", 2024)["value"].is_null());
  EXPECT_EQ(indicator("international_copublication_share", 2024)["no_data"],
            "no publications are recorded yet");
  EXPECT_TRUE(server.get("/api/v1/research/co-publications", officer).json()["items"].empty());

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
  EXPECT_TRUE(server.get("/api/v1/research/co-publications", officer).json()["items"].empty());

  // A dry run says what it would do and writes nothing; then the import.
  const auto dry = import(extract(), officer, true);
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json()["rows"], 9);
  EXPECT_EQ(dry.json()["added"], 9);
  EXPECT_TRUE(server.get("/api/v1/research/co-publications", officer).json()["items"].empty());
  const auto done = import(extract(), officer, false);
  ASSERT_EQ(done.status, 201) << done.body;
  EXPECT_EQ(done.json()["added"], 9);
  // Again: the same works, replaced by their OpenAlex ids, none added.
  const auto again = import(extract(), officer, false);
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.json()["added"], 0);
  EXPECT_EQ(again.json()["updated"], 9);

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
  // The import is in the audit log.
  const auto audit =
      follow_pages(server, "/api/v1/audit", server.login("admin@westlake.edu.cn"), 500);
  int imports = 0;
  for (const auto& e : audit.in_order) imports += e["action"] == "publication.import";
  EXPECT_EQ(imports, 2);
}

}  // namespace
}  // namespace orbis::testing
