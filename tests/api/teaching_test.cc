// Joint teaching through the API (docs/teaching.md): courses taught with a partner and joint
// programmes recorded, read in each role's scope, changed under their version and refused in
// every way a request can be wrong; a programme's four one-thirds per year as the rule set in
// force gives them; the courses counted by year and mode.
#include <gtest/gtest.h>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

class JointTeaching : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  // The registry's id of an institution, found by its web domain.
  std::int64_t institution(const std::string& domain) {
    const auto r = server.get("/api/v1/institutions?limit=1&q=" + domain, officer);
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["items"].size(), 1U) << "no institution " << domain;
    return r.json()["items"][0]["id"].get<std::int64_t>();
  }
  std::int64_t oxford() { return institution("ox.ac.uk"); }
  std::int64_t berkeley() { return institution("berkeley.edu"); }
  // The id of one of Westlake's departments, by its code.
  std::int64_t unit(const std::string& code) {
    const auto home = server.get("/api/v1/settings/home", officer).json();
    const auto westlake =
        server.get("/api/v1/institutions/" + home["institution"]["id"].dump(), officer).json();
    for (const auto& u : westlake["org_units"])
      if (u["code"] == code) return u["id"].get<std::int64_t>();
    ADD_FAILURE() << "no department " << code;
    return 0;
  }
  json course(std::int64_t partner, const std::string& code, int year) {
    return {{"code", code},
            {"title", "Course " + code},
            {"mode", "coil"},
            {"partner_id", partner},
            {"home_faculty", json::array({"Li Wei"})},
            {"partner_faculty", json::array({"Anna Berg"})},
            {"students_home", 18},
            {"students_partner", 21},
            {"weeks", 6},
            {"synchronous_sessions", 5},
            {"credits", "2.5"},
            {"year", year}};
  }
  // A plan of nine courses at exactly one third on every share.
  static json plan(int year) {
    const auto c = [](const std::string& code, bool core, bool introduced, bool foreign, int hours,
                      int foreign_hours) {
      return json{{"code", code},
                  {"title", "Course " + code},
                  {"core", core},
                  {"introduced", introduced},
                  {"foreign_teacher", foreign},
                  {"hours", hours},
                  {"foreign_teacher_hours", foreign_hours}};
    };
    return {{"year", year},
            {"courses",
             json::array({c("C1", true, true, true, 64, 64), c("C2", true, true, true, 64, 48),
                          c("C3", true, false, true, 64, 48), c("C4", true, false, false, 48, 0),
                          c("C5", true, false, false, 48, 0), c("C6", true, false, false, 48, 0),
                          c("G1", false, true, false, 48, 0), c("G2", false, false, false, 48, 0),
                          c("G3", false, false, false, 48, 0)})}};
  }
  json programme(std::int64_t partner, const std::string& approval) {
    return {{"name", "Electronic Engineering with Oxford"},
            {"name_zh", "电子工程（与牛津大学合作）"},
            {"form", "programme"},
            {"level", "bachelor"},
            {"partner_ids", json::array({partner})},
            {"approval_number", approval},
            {"approved_on", "2013-06-01"},
            {"valid_until", "2028-12-31"},
            {"yearly_intake", 120},
            {"plans", json::array({plan(2025)})}};
  }
  static std::vector<std::string> fields(const Reply& r) {
    std::vector<std::string> out;
    const json body = r.json();
    for (const auto& e : body["errors"]) out.push_back(e["field"]);
    return out;
  }
};

TEST_F(JointTeaching, ACourseIsRecordedReadInScopeAndChanged) {
  const auto created =
      server.send("POST", "/api/v1/joint-courses", course(oxford(), "ARCH310", 2026), officer);
  ASSERT_EQ(created.status, 201) << created.body;
  const json c = created.json();
  EXPECT_EQ(created.header("location"), "/api/v1/joint-courses/" + c["id"].dump());
  EXPECT_EQ(c["partner"]["name"], "University of Oxford");
  EXPECT_EQ(c["credits"], "2.5");
  EXPECT_EQ(c["version"], 1);
  EXPECT_EQ(c["allowed_actions"], json::array({"update"}));

  const std::string path = "/api/v1/joint-courses/" + c["id"].dump();
  // Oxford reads it, Berkeley does not learn it exists, a student has no business here.
  const auto oxford_reads = server.get(path, server.login("partner@ox.ac.uk"));
  ASSERT_EQ(oxford_reads.status, 200) << oxford_reads.body;
  EXPECT_TRUE(oxford_reads.json()["allowed_actions"].empty());
  EXPECT_EQ(server.get(path, server.login("partner@berkeley.edu")).status, 404);
  EXPECT_EQ(server.get(path, server.login("student@westlake.edu.cn")).status, 403);
  EXPECT_EQ(server.get(path, "").status, 401);

  const auto read = server.get(path, officer);
  const auto changed =
      server.send("PATCH", path, {{"weeks", 8}}, officer, {{"If-Match", read.header("etag")}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["weeks"], 8);
  EXPECT_EQ(changed.json()["version"], 2);
  const auto stale =
      server.send("PATCH", path, {{"weeks", 9}}, officer, {{"If-Match", read.header("etag")}});
  EXPECT_TRUE(stale.status == 409 || stale.status == 412) << stale.status << stale.body;
  EXPECT_EQ(server.get(path, officer).json()["weeks"], 8);
}

TEST_F(JointTeaching, ADepartmentRecordsItsOwnCoursesAndSeesOnlyThem) {
  const auto engineering = server.login("coordinator@westlake.edu.cn");
  json body = course(berkeley(), "ROBO200", 2026);
  body["org_unit_id"] = unit("SLS");  // another department: it becomes the coordinator's own
  const auto created = server.send("POST", "/api/v1/joint-courses", body, engineering);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["org_unit"]["id"], unit("SOE"));
  const auto life = server.login("coordinator.sls@westlake.edu.cn");
  const auto theirs = server.get("/api/v1/joint-courses?limit=200", life).json();
  for (const auto& item : theirs["items"]) EXPECT_NE(item["code"], "ROBO200") << item.dump();
  const auto ours = server.get("/api/v1/joint-courses?q=robo200", engineering).json();
  ASSERT_EQ(ours["total"], 1) << ours.dump();
  // Asking for another department's courses gives none.
  EXPECT_EQ(server.get("/api/v1/joint-courses?org_unit=" + std::to_string(unit("SLS")), engineering)
                .json()["total"],
            0);
  EXPECT_EQ(server
                .send("POST", "/api/v1/joint-courses", course(berkeley(), "X1", 2026),
                      server.login("partner@ox.ac.uk"))
                .status,
            403);
}

TEST_F(JointTeaching, EveryBadFieldOfACourseIsNamedAndNothingIsWritten) {
  const auto before = server.get("/api/v1/joint-courses?limit=1", officer).json()["total"];
  json bad = course(oxford(), " ", 1970);
  bad["credits"] = "three";
  bad["weeks"] = 0;
  bad["partner_faculty"] = json::array({"Anna Berg", ""});
  const auto r = server.send("POST", "/api/v1/joint-courses", bad, officer);
  ASSERT_EQ(r.status, 422) << r.body;
  const auto named = fields(r);
  for (const auto* field : {"code", "credits", "weeks", "partner_faculty/1", "year"})
    EXPECT_NE(std::find(named.begin(), named.end(), field), named.end()) << field << r.body;
  json nowhere = course(987654321, "NOWHERE1", 2026);
  const auto missing = server.send("POST", "/api/v1/joint-courses", nowhere, officer);
  EXPECT_EQ(missing.status, 422) << missing.body;
  EXPECT_EQ(fields(missing), std::vector<std::string>{"partner_id"});
  json mode = course(oxford(), "MODE1", 2026);
  mode["mode"] = "telepathy";
  EXPECT_EQ(server.send("POST", "/api/v1/joint-courses", mode, officer).status, 422);
  EXPECT_EQ(server.get("/api/v1/joint-courses?limit=1", officer).json()["total"], before);
  EXPECT_EQ(server.get("/api/v1/joint-courses?mode=telepathy", officer).status, 422);
}

TEST_F(JointTeaching, CoursesAreCountedByYearAndMode) {
  for (const auto& [code, year] :
       std::vector<std::pair<std::string, int>>{{"Y1", 2024}, {"Y2", 2024}, {"Y3", 2025}})
    ASSERT_EQ(server.send("POST", "/api/v1/joint-courses", course(berkeley(), code, year), officer)
                  .status,
              201);
  const auto r = server.get(
      "/api/v1/joint-courses/years?from=2024&to=2025&partner=" + std::to_string(berkeley()),
      officer);
  ASSERT_EQ(r.status, 200) << r.body;
  const json years = r.json()["items"];
  ASSERT_GE(years.size(), 2U) << r.body;
  EXPECT_EQ(years[0]["year"], 2024);
  EXPECT_EQ(years[0]["mode"], "coil");
  EXPECT_GE(years[0]["courses"].get<int>(), 2);
  EXPECT_GE(years[0]["students_partner"].get<int>(), 42);
  // Berkeley counts only its own courses; a year range backwards is refused.
  const auto theirs = server.get("/api/v1/joint-courses/years?from=2024&to=2025",
                                 server.login("partner@berkeley.edu"));
  ASSERT_EQ(theirs.status, 200) << theirs.body;
  EXPECT_EQ(theirs.json()["items"], years);
  EXPECT_EQ(server.get("/api/v1/joint-courses/years?from=2025&to=2024", officer).status, 422);
}

TEST_F(JointTeaching, AProgrammeShowsItsFourOneThirdsPerYear) {
  const auto created = server.send("POST", "/api/v1/joint-programmes",
                                   programme(oxford(), "moe44gb2a20131234n"), officer);
  ASSERT_EQ(created.status, 201) << created.body;
  const json p = created.json();
  EXPECT_EQ(p["approval_number"], "MOE44GB2A20131234N");
  EXPECT_EQ(p["partners"][0]["name"], "University of Oxford");
  EXPECT_TRUE(p["approved_today"]);
  ASSERT_EQ(p["four_thirds"].size(), 1U) << p.dump();
  const json year = p["four_thirds"][0];
  EXPECT_EQ(year["year"], 2025);
  EXPECT_EQ(year["rule_set"], "cn-joint-programme-ratios-2006");
  EXPECT_TRUE(year["all_met"]);
  ASSERT_EQ(year["shares"].size(), 4U);
  EXPECT_EQ(year["shares"][3]["rule"], "core-hours-by-foreign-teachers");
  EXPECT_EQ(year["shares"][3]["numerator"], 160);
  EXPECT_EQ(year["shares"][3]["denominator"], 480);
  EXPECT_EQ(year["shares"][3]["percent"], 33.3);
  EXPECT_EQ(year["shares"][3]["verdict"], "met");

  // One hour fewer from the foreign teachers, in a plan for the next year: not met.
  const std::string path = "/api/v1/joint-programmes/" + p["id"].dump();
  json next = plan(2026);
  next["courses"][1]["foreign_teacher_hours"] = 47;
  const auto read = server.get(path, officer);
  const auto changed = server.send("PATCH", path, {{"plans", json::array({plan(2025), next})}},
                                   officer, {{"If-Match", read.header("etag")}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  const json later = changed.json()["four_thirds"][1];
  EXPECT_EQ(later["year"], 2026);
  EXPECT_FALSE(later["all_met"]);
  EXPECT_EQ(later["shares"][3]["verdict"], "not_met");
  EXPECT_EQ(later["shares"][0]["verdict"], "met");

  // Oxford reads it; Berkeley does not; one approval number is one programme.
  EXPECT_EQ(server.get(path, server.login("partner@ox.ac.uk")).status, 200);
  EXPECT_EQ(server.get(path, server.login("partner@berkeley.edu")).status, 404);
  const auto twice = server.send("POST", "/api/v1/joint-programmes",
                                 programme(berkeley(), "MOE44GB2A20131234N"), officer);
  EXPECT_EQ(twice.status, 409) << twice.body;
  json bad = programme(oxford(), "MOE 1");
  bad["plans"][0]["courses"][0]["foreign_teacher_hours"] = 65;
  const auto refused = server.send("POST", "/api/v1/joint-programmes", bad, officer);
  ASSERT_EQ(refused.status, 422) << refused.body;
  const auto named = fields(refused);
  EXPECT_NE(std::find(named.begin(), named.end(), "approval_number"), named.end());
  EXPECT_NE(std::find(named.begin(), named.end(), "plans/0/courses/0/foreign_teacher_hours"),
            named.end());
}

}  // namespace
}  // namespace orbis::testing
