// Joint research projects through the API (docs/research.md): the demo's projects in each
// role's scope, with only the linked agreements and visits each may read; a project recorded,
// changed and refused in every way a request can be wrong; and a CSV import, dry run first.
#include <gtest/gtest.h>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

std::set<std::string> titles(const json& page) {
  std::set<std::string> out;
  for (const auto& item : page["items"]) out.insert(item["title"].get<std::string>());
  return out;
}

bool has_field(const json& problem, const std::string& field) {
  for (const auto& e : problem["errors"])
    if (e["field"] == field) return true;
  return false;
}

class ResearchProjectsRead : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  json list(const std::string& token, const std::string& query = "") {
    const auto r = server.get("/api/v1/research-projects?limit=200" + query, token);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  // The demo project of this title, as the office reads it.
  json project(const std::string& title) {
    const json all = list(officer);
    for (const auto& item : all["items"])
      if (item["title"] == title)
        return server.get("/api/v1/research-projects/" + item["id"].dump(), officer).json();
    ADD_FAILURE() << "no project " << title;
    return json::object();
  }
};

TEST_F(ResearchProjectsRead, EachRoleSeesItsScope) {
  const json all = list(officer);
  ASSERT_EQ(all["total"], 6) << all.dump();
  EXPECT_EQ(list(server.login("viewer@westlake.edu.cn"))["total"], 6);
  // A department sees the projects it leads: Engineering five, Life Sciences the cryo-EM one.
  const json engineering = list(server.login("coordinator@westlake.edu.cn"));
  EXPECT_EQ(engineering["total"], 5);
  EXPECT_FALSE(titles(engineering).contains("Cryo-EM of membrane transporters"));
  EXPECT_EQ(titles(list(server.login("coordinator.sls@westlake.edu.cn"))),
            std::set<std::string>{"Cryo-EM of membrane transporters"});
  // A partner, the projects it is a partner in, and nothing else.
  const auto oxford = server.login("partner@ox.ac.uk");
  const json theirs = list(oxford);
  EXPECT_EQ(titles(theirs),
            (std::set<std::string>{"Learning to grasp in clutter", "Data science for urban heat"}));
  for (const auto& item : theirs["items"]) {
    bool in = false;
    for (const auto& p : item["partners"]) in = in || p["name"] == "University of Oxford";
    EXPECT_TRUE(in) << item.dump();
  }
  // Asking for another partner's projects gives none of them.
  const json industry = project("Dexterous manipulation for construction robots");
  const auto company = industry["partners"][0]["institution_id"].dump();
  EXPECT_EQ(list(oxford, "&partner=" + company)["total"], 0);
  EXPECT_EQ(server.get("/api/v1/research-projects/" + industry["id"].dump(), oxford).status, 404);
  // A student has no business here.
  EXPECT_EQ(server.get("/api/v1/research-projects", server.login("student@westlake.edu.cn")).status,
            403);
  EXPECT_EQ(server.get("/api/v1/research-projects", "").status, 401);
}

TEST_F(ResearchProjectsRead, AProjectShowsItsPartnersFundingAndLinks) {
  const json p = project("Dexterous manipulation for construction robots");
  EXPECT_EQ(p["status"], "active");
  EXPECT_EQ(p["org_unit"]["name"], "School of Engineering");
  ASSERT_EQ(p["partner_details"].size(), 1U);
  EXPECT_EQ(p["partner_details"][0]["name"], "Bright Dream Robotics");
  EXPECT_EQ(p["partner_details"][0]["country"], "CN");
  EXPECT_EQ(p["investigators"][0]["orcid"], "0000-0002-1825-0097");
  EXPECT_EQ(p["funding"][0]["amount"], (json{{"amount", "3000000.00"}, {"currency", "CNY"}}));
  EXPECT_EQ(p["allowed_actions"], json::array({"update"}));

  const json ended = project("Cryo-EM of membrane transporters");
  EXPECT_EQ(ended["status"], "ended");
  EXPECT_EQ(ended["outputs"].size(), 3U);
  EXPECT_EQ(ended["outputs"][0]["doi"], "10.5555/orbis.demo.2024.017");

  // The Oxford project works under the consortium and funds Liu Chen's stay there: the office
  // and Oxford see both; Berkeley, not a partner in it, does not see the project at all.
  const json grasp = project("Learning to grasp in clutter");
  ASSERT_EQ(grasp["visits"].size(), 1U) << grasp.dump();
  EXPECT_EQ(grasp["visits"][0]["direction"], "outgoing");
  EXPECT_NE(grasp["visits"][0]["person"].get<std::string>().find("Liu"), std::string::npos);
  ASSERT_EQ(grasp["agreements"].size(), 1U);
  const auto path = "/api/v1/research-projects/" + grasp["id"].dump();
  const json seen = server.get(path, server.login("partner@ox.ac.uk")).json();
  EXPECT_EQ(seen["visits"], grasp["visits"]);
  EXPECT_EQ(seen["agreements"], grasp["agreements"]);
  EXPECT_EQ(seen["allowed_actions"], json::array());
  EXPECT_EQ(server.get(path, server.login("partner@berkeley.edu")).status, 404);
  // The urban heat project funds Rivera's exchange from Berkeley: Oxford, a partner in the
  // project, does not see Berkeley's scholar.
  const json heat = project("Data science for urban heat");
  ASSERT_EQ(heat["visits"].size(), 1U);
  const json heat_for_oxford =
      server.get("/api/v1/research-projects/" + heat["id"].dump(), server.login("partner@ox.ac.uk"))
          .json();
  EXPECT_EQ(heat_for_oxford["visits"], json::array());
}

TEST_F(ResearchProjectsRead, FiltersAndPages) {
  EXPECT_EQ(titles(list(officer, "&status=ended")),
            std::set<std::string>{"Cryo-EM of membrane transporters"});
  EXPECT_EQ(titles(list(officer, "&status=planned")),
            std::set<std::string>{"Climate-resilient coastal materials"});
  EXPECT_EQ(list(officer, "&status=active")["total"], 4);
  EXPECT_EQ(titles(list(officer, "&q=GRASP")),
            std::set<std::string>{"Learning to grasp in clutter"});
  EXPECT_EQ(list(officer, "&q=%25")["total"], 0);  // a wildcard is a character, not a pattern
  // The projects under the consortium agreement, and the one funding Liu Chen's visit.
  const json grasp = project("Learning to grasp in clutter");
  EXPECT_EQ(titles(list(officer, "&agreement=" + grasp["agreement_ids"][0].dump())),
            (std::set<std::string>{"Learning to grasp in clutter", "Data science for urban heat"}));
  EXPECT_EQ(titles(list(officer, "&visit=" + grasp["visit_ids"][0].dump())),
            std::set<std::string>{"Learning to grasp in clutter"});
  // The latest start first, and the pages give every project once.
  const auto pages = expect_pages_of_whole(server, "/api/v1/research-projects", officer, 2);
  EXPECT_EQ(pages.pages, 3U);
  std::string last = "9999";
  for (const auto& item : pages.in_order) {
    EXPECT_LE(item["start_date"].get<std::string>(), last);
    last = item["start_date"].get<std::string>();
  }
  // Bad filters are named.
  const auto bad = server.get("/api/v1/research-projects?status=done&limit=0", officer);
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(has_field(bad.json(), "status")) << bad.body;
  EXPECT_TRUE(has_field(bad.json(), "limit")) << bad.body;
  EXPECT_EQ(server.get("/api/v1/research-projects?cursor=nonsense", officer).status, 422);
}

class ResearchProjectsWrite : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  // The registry's id of a partner of the demo's projects, by its ROR id.
  std::int64_t institution(const std::string& ror) {
    const auto r = server.get("/api/v1/research-projects?limit=200", officer);
    EXPECT_EQ(r.status, 200) << r.body;
    const json page = r.json();
    for (const auto& item : page["items"])
      for (const auto& p : item["partners"])
        if (p["ror"] == ror) return p["institution_id"].get<std::int64_t>();
    ADD_FAILURE() << "no partner " << ror;
    return 0;
  }
  json body() {
    return {
        {"title", "Quantum sensing for medical imaging"},
        {"acronym", "QSENSE"},
        {"start_date", "2027-01-01"},
        {"end_date", "2029-12-31"},
        {"partners",
         json::array({{{"institution_id", institution("05a28rw58")}, {"role", "coordinator"}}})},
        {"investigators", json::array({{{"name", "Anna Keller"},
                                        {"role", "principal"},
                                        {"orcid", "https://orcid.org/0000-0002-1825-0097"}}})},
        {"funding", json::array({{{"funder", "NSFC"},
                                  {"amount", {{"amount", "800000.00"}, {"currency", "cny"}}}}})},
        {"outputs", json::array({{{"kind", "dataset"},
                                  {"title", "Calibration data"},
                                  {"doi", "https://doi.org/10.5555/qsense.1"}}})}};
  }
  Reply import(const std::string& csv, const std::string& token, bool dry_run) {
    return server.request(
        "POST", std::string("/api/v1/research-projects/import") + (dry_run ? "" : "?dry_run=false"),
        csv, {{"Authorization", "Bearer " + token}, {"Content-Type", "text/csv"}});
  }
  std::int64_t total() {
    return server.get("/api/v1/research-projects?limit=1", officer)
        .json()["total"]
        .get<std::int64_t>();
  }
};

TEST_F(ResearchProjectsWrite, AProjectIsRecordedChangedAndAudited) {
  const auto created = server.send("POST", "/api/v1/research-projects", body(), officer);
  ASSERT_EQ(created.status, 201) << created.body;
  const json p = created.json();
  EXPECT_EQ(created.header("location"), "/api/v1/research-projects/" + p["id"].dump());
  EXPECT_EQ(p["status"], "planned");
  EXPECT_EQ(p["investigators"][0]["orcid"], "0000-0002-1825-0097");  // normalised
  EXPECT_EQ(p["funding"][0]["amount"]["currency"], "CNY");
  EXPECT_EQ(p["outputs"][0]["doi"], "10.5555/qsense.1");
  EXPECT_EQ(p["partner_details"][0]["name"], "ETH Zurich");
  EXPECT_EQ(p["version"], 1);

  const auto path = "/api/v1/research-projects/" + p["id"].dump();
  const auto read = server.get(path, officer);
  const auto changed = server.send("PATCH", path, {{"end_date", "2030-06-30"}}, officer,
                                   {{"If-Match", read.header("etag")}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["end_date"], "2030-06-30");
  EXPECT_EQ(changed.json()["title"], "Quantum sensing for medical imaging");
  EXPECT_EQ(changed.json()["version"], 2);
  // A change on a stale version is refused, and nothing is written.
  const auto stale = server.send("PATCH", path, {{"title", "Overwritten"}}, officer,
                                 {{"If-Match", read.header("etag")}});
  EXPECT_TRUE(stale.status == 409 || stale.status == 412) << stale.status << stale.body;
  EXPECT_EQ(server.get(path, officer).json()["title"], "Quantum sensing for medical imaging");

  const auto audit =
      follow_pages(server, "/api/v1/audit", server.login("admin@westlake.edu.cn"), 500);
  int entries = 0;
  for (const auto& e : audit.in_order)
    entries += e["entity"] == "research_project" && e["entity_id"] == p["id"].dump();
  EXPECT_EQ(entries, 2);
}

TEST_F(ResearchProjectsWrite, EveryBadFieldIsNamedAndNothingIsWritten) {
  const auto before = total();
  json bad = body();
  bad["end_date"] = "2026-12-31";
  bad["investigators"][0]["orcid"] = "0000-0002-1825-0098";  // wrong check digit
  bad["outputs"][0]["doi"] = "not a doi";
  bad["funding"][0]["amount"] = {{"amount", "1,000"}, {"currency", "CNY"}};
  bad["partners"].push_back(bad["partners"][0]);  // twice, two coordinators
  const auto r = server.send("POST", "/api/v1/research-projects", bad, officer);
  ASSERT_EQ(r.status, 422) << r.body;
  const json problem = r.json();
  for (const char* field : {"end_date", "investigators/0/orcid", "outputs/0/doi",
                            "funding/0/amount/amount", "partners/1/institution_id", "partners"})
    EXPECT_TRUE(has_field(problem, field)) << field << " in " << r.body;

  json unknown = body();
  unknown["partners"][0]["institution_id"] = 987654321;
  unknown["visit_ids"] = json::array({987654321});
  const auto missing = server.send("POST", "/api/v1/research-projects", unknown, officer);
  ASSERT_EQ(missing.status, 422) << missing.body;
  EXPECT_TRUE(has_field(missing.json(), "partners/0/institution_id")) << missing.body;
  EXPECT_TRUE(has_field(missing.json(), "visit_ids/0")) << missing.body;

  json no_title = body();
  no_title.erase("title");
  no_title["colour"] = "blue";
  const auto unreadable = server.send("POST", "/api/v1/research-projects", no_title, officer);
  EXPECT_EQ(unreadable.status, 422) << unreadable.body;
  EXPECT_EQ(total(), before);
}

TEST_F(ResearchProjectsWrite, EachRoleWritesOnlyWhatItMay) {
  // A department records projects it leads, whatever it names.
  const auto coordinator = server.login("coordinator.sls@westlake.edu.cn");
  json mine = body();
  mine["title"] = "Structural biology of ion channels";
  mine["org_unit_id"] = 1;  // Engineering, not theirs
  const auto created = server.send("POST", "/api/v1/research-projects", mine, coordinator);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["org_unit"]["name"], "School of Life Sciences");
  // Another department's project it cannot see, let alone change.
  const json engineering = server.get("/api/v1/research-projects?q=dexterous", officer).json();
  const auto path = "/api/v1/research-projects/" + engineering["items"][0]["id"].dump();
  const auto etag = server.get(path, officer).header("etag");
  EXPECT_EQ(
      server.send("PATCH", path, {{"title", "Ours now"}}, coordinator, {{"If-Match", etag}}).status,
      404);
  // Partners and viewers read; they do not write.
  for (const char* who : {"partner@ox.ac.uk", "viewer@westlake.edu.cn"}) {
    EXPECT_EQ(server.send("POST", "/api/v1/research-projects", body(), server.login(who)).status,
              403)
        << who;
    EXPECT_EQ(
        import("title,start_date,end_date\nX,2027-01-01,2027-12-31\n", server.login(who), false)
            .status,
        403)
        << who;
  }
}

TEST_F(ResearchProjectsWrite, ACsvFileIsImportedAfterADryRun) {
  const auto before = total();
  const std::string bad =
      "title,acronym,start_date,end_date,org_unit,partners,principal_investigator,funder,amount,"
      "currency\n"
      "Marine robotics,MARBOT,2027-02-01,2029-01-31,SOE,052gg0110:coordinator; 05a28rw58,"
      "Daniel Miller,NSFC,900000.00,CNY\n"
      "No dates,,2027-02-01,,,,,,,\n"
      "Unknown partner,,2027-02-01,2028-01-31,NOPE,000000000:partner; 052gg0110:boss,,,12,CNY\n";
  const auto refused = import(bad, officer, true);
  ASSERT_EQ(refused.status, 422) << refused.body;
  const json problem = refused.json();
  std::set<std::pair<int, std::string>> rows;
  for (const auto& e : problem["errors"])
    rows.insert({e["line"].get<int>(), e["field"].get<std::string>()});
  EXPECT_TRUE(rows.contains({3, "end_date"})) << refused.body;
  EXPECT_TRUE(rows.contains({4, "org_unit"})) << refused.body;
  EXPECT_TRUE(rows.contains({4, "partners"})) << refused.body;
  EXPECT_TRUE(rows.contains({4, "funder"})) << refused.body;
  for (const auto& [line, field] : rows) EXPECT_NE(line, 2) << field;
  // The same refusal without a dry run writes nothing either.
  EXPECT_EQ(import(bad, officer, false).status, 422);
  EXPECT_EQ(total(), before);

  const std::string good =
      "title,acronym,start_date,end_date,org_unit,partners,principal_investigator,funder,amount,"
      "currency\n"
      "Marine robotics,MARBOT,2027-02-01,2029-01-31,SOE,052gg0110:coordinator; 05a28rw58,"
      "Daniel Miller,NSFC,900000.00,CNY\n"
      "\"Sensors, soft and smart\",,2026-01-01,2026-06-30,,https://ror.org/01tgyzw49,,,,\n";
  const auto dry = import(good, officer, true);
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json()["rows"], 2);
  EXPECT_EQ(dry.json()["created"], json::array());
  EXPECT_EQ(total(), before);
  const auto done = import(good, officer, false);
  ASSERT_EQ(done.status, 201) << done.body;
  ASSERT_EQ(done.json()["created"].size(), 2U);
  EXPECT_EQ(total(), before + 2);
  const json marine =
      server.get("/api/v1/research-projects/" + done.json()["created"][0].dump(), officer).json();
  EXPECT_EQ(marine["org_unit"]["name"], "School of Engineering");
  ASSERT_EQ(marine["partner_details"].size(), 2U);
  EXPECT_EQ(marine["partner_details"][0]["role"], "coordinator");
  EXPECT_EQ(marine["partner_details"][1]["role"], "partner");
  EXPECT_EQ(marine["investigators"][0]["name"], "Daniel Miller");
  EXPECT_EQ(marine["funding"][0]["amount"]["amount"], "900000.00");
  // A file without a required column is refused as a whole, naming it.
  const auto no_end = import("title,start_date\nX,2027-01-01\n", officer, true);
  EXPECT_EQ(no_end.status, 400) << no_end.body;
  EXPECT_NE(no_end.body.find("end_date"), std::string::npos) << no_end.body;
}

}  // namespace
}  // namespace orbis::testing
