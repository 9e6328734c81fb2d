// The scholar case file through the API (docs/scholars.md): the demo's cases in each role's
// scope and with only the personal data each may see; a department's request followed to an
// active, registered stay with its legal clocks; and every way a request can be wrong.
#include <gtest/gtest.h>

#include "harness.h"
#include "interop/schema_validation.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

std::map<std::string, std::string> if_match(const Reply& r) {
  return {{"If-Match", r.header("etag")}};
}

class ScholarsTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");
  std::string coordinator = server.login("coordinator@westlake.edu.cn");

  json list(const std::string& token, const std::string& query = "") {
    const auto r = server.get("/api/v1/scholars?limit=200" + query, token);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  static const json* clock(const json& view, const std::string& rule) {
    for (const auto& c : view["clocks"]) {
      if (c["rule"] == rule) return &c;
    }
    return nullptr;
  }
  // The id of the University of Oxford, a partner of the demo's cases.
  std::int64_t oxford_id() {
    const json cases = list(officer);
    for (const auto& c : cases["items"]) {
      if (c["partner"].is_object() && c["partner"]["name"] == "University of Oxford") {
        return c["partner"]["id"].get<std::int64_t>();
      }
    }
    ADD_FAILURE() << "no case with Oxford";
    return 0;
  }
};

TEST_F(ScholarsTest, EachRoleSeesItsScopeAndOnlyThePersonalDataItNeeds) {
  const json all = list(officer);
  ASSERT_EQ(all["total"], 11) << all.dump();
  std::set<std::int64_t> oxford_cases;
  const auto oxford = oxford_id();
  for (const auto& c : all["items"]) {
    EXPECT_TRUE(c["personal"].get<bool>());
    if (c["partner_id"] == oxford) oxford_cases.insert(c["id"].get<std::int64_t>());
  }
  EXPECT_EQ(oxford_cases.size(), 3U);

  // The office sees the permits and clocks; Tan's move three days ago is not registered.
  const json overdue = server.get("/api/v1/scholars/overdue", officer).json();
  ASSERT_EQ(overdue["total"], 1) << overdue.dump();
  EXPECT_EQ(overdue["items"][0]["clock"]["rule"], "move-registration");
  EXPECT_EQ(overdue["items"][0]["clock"]["state"], "overdue");
  EXPECT_EQ(overdue["items"][0]["clock"]["rule_set"], "cn-scholar-clocks-2013");
  EXPECT_NE(overdue["items"][0]["person"].get<std::string>().find("Tan"), std::string::npos);
  // And so does the office's home page, in red there.
  const json home = server.get("/api/v1/home", officer).json();
  bool shown = false;
  for (const auto& task : home["tasks"]) {
    if (task["kind"] != "scholar_clocks_overdue") continue;
    shown = true;
    EXPECT_EQ(task["count"], 1);
    EXPECT_EQ(task["items"][0]["id"], overdue["items"][0]["case_id"]);
  }
  EXPECT_TRUE(shown) << home.dump();

  // Miller's permits run out in 60 days: the renewal window is open, due 45 days before.
  for (const auto& c : all["items"]) {
    if (c["person"]["family_name"] != "Miller") continue;
    ASSERT_NE(clock(c, "work-permit-renewal"), nullptr) << c.dump();
    EXPECT_EQ((*clock(c, "work-permit-renewal"))["state"], "open");
    EXPECT_FALSE(c["work_permit"]["number"].get<std::string>().empty());
    EXPECT_EQ(c["work_permit"]["category"], "A");
  }

  // A coordinator: their school's cases only, with the personal data.
  const json mine = list(coordinator);
  EXPECT_GT(mine["total"].get<int>(), 0);
  EXPECT_LT(mine["total"].get<int>(), 11);
  for (const auto& c : mine["items"]) {
    EXPECT_EQ(c["host_unit"]["name"], "School of Engineering") << c.dump();
    EXPECT_TRUE(c["personal"].get<bool>());
  }
  // Asking for another school's gives nothing rather than another's cases.
  const auto other_unit = all["items"][0]["host_unit_id"];
  for (const auto& c : all["items"]) {
    if (c["host_unit"]["name"] != "School of Engineering") {
      EXPECT_EQ(list(coordinator, "&host_unit=" + c["host_unit_id"].dump())["total"], 0);
      EXPECT_EQ(server.get("/api/v1/scholars/" + c["id"].dump(), coordinator).status, 404);
      break;
    }
  }
  (void)other_unit;

  // A partner: the cases of its own institution, without permits, clocks or e-mails.
  const auto partner = server.login("partner@ox.ac.uk");
  const json theirs = list(partner);
  ASSERT_EQ(theirs["total"], 3);
  for (const auto& c : theirs["items"]) {
    EXPECT_TRUE(oxford_cases.count(c["id"].get<std::int64_t>())) << c.dump();
    EXPECT_FALSE(c["personal"].get<bool>());
    EXPECT_TRUE(c["clocks"].empty());
    EXPECT_EQ(c["work_permit"]["number"], "");
    EXPECT_EQ(c["residence_permit"]["expires_on"], "");
    EXPECT_FALSE(c["person"].contains("email"));
    EXPECT_TRUE(c["allowed_actions"].empty());
  }
  for (const auto& c : all["items"]) {
    if (!oxford_cases.count(c["id"].get<std::int64_t>())) {
      EXPECT_EQ(server.get("/api/v1/scholars/" + c["id"].dump(), partner).status, 404);
    }
  }
  EXPECT_EQ(server.get("/api/v1/scholars/overdue", partner).status, 403);

  // A viewer: every case, no personal data, nothing to do.
  const json viewed = list(server.login("viewer@westlake.edu.cn"));
  EXPECT_EQ(viewed["total"], 11);
  for (const auto& c : viewed["items"]) {
    EXPECT_FALSE(c["personal"].get<bool>());
    EXPECT_TRUE(c["clocks"].empty());
    EXPECT_EQ(c["work_permit"]["number"], "");
    EXPECT_FALSE(c["person"].contains("email"));
  }
  // A student who is no scholar: none.
  EXPECT_EQ(list(server.login("student@westlake.edu.cn"))["total"], 0);
}

TEST_F(ScholarsTest, ADepartmentsRequestBecomesAnActiveRegisteredStay) {
  const auto oxford = oxford_id();
  // The coordinator asks for a new visiting scholar; the case is the coordinator's school's
  // whatever the body says.
  const json request{{"kind", "visiting"},
                     {"direction", "incoming"},
                     {"partner_id", oxford},
                     {"host_unit_id", 999999},
                     {"position", "Visiting Professor"},
                     {"purpose", "Joint research in robotics"},
                     {"planned_start", "2026-11-20"},
                     {"planned_end", "2027-08-31"},
                     {"scholar",
                      {{"family_name", "Brown"},
                       {"given_name", "Alice"},
                       {"email", "alice.brown@ox.example.org"},
                       {"nationality", "GB"}}}};
  auto r = server.send("POST", "/api/v1/scholars", request, coordinator);
  ASSERT_EQ(r.status, 201) << r.body;
  json c = r.json();
  const std::string path = "/api/v1/scholars/" + c["id"].dump();
  EXPECT_EQ(c["status"], "requested");
  EXPECT_EQ(c["host_unit"]["name"], "School of Engineering");
  EXPECT_EQ(c["person"]["family_name"], "Brown");
  EXPECT_EQ(c["partner"]["country"], "GB");
  EXPECT_EQ(c["tasks"][0]["code"], "screen");
  EXPECT_EQ(c["tasks"][0]["owner"], "office");
  // Screening is the office's: the coordinator is offered no such move and may not make it.
  EXPECT_EQ(c["allowed_transitions"], json::array({"withdrawn"}));
  auto moved =
      server.send("POST", path + "/transitions", {{"to", "screening"}}, coordinator, if_match(r));
  EXPECT_EQ(moved.status, 403) << moved.body;

  const auto move = [&](const std::string& to, const std::string& token) {
    const auto current = server.get(path, token);
    EXPECT_EQ(current.status, 200);
    auto reply = server.send("POST", path + "/transitions", {{"to", to}}, token, if_match(current));
    EXPECT_EQ(reply.status, 200) << to << ": " << reply.body;
    return reply;
  };
  move("screening", officer);
  move("approved", officer);
  r = move("permit_visa", officer);
  // Arrival needs the entry into China, which its clocks run from.
  auto early =
      server.send("POST", path + "/transitions", {{"to", "arrived"}}, officer, if_match(r));
  EXPECT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(early.json()["type"], "urn:orbis:problem:failed_precondition");

  // The host records the arrival on 20 November at 14:30 in Beijing.
  r = server.send("POST", path + "/events",
                  {{"kind", "entry"}, {"at", "2026-11-20T14:30:00+08:00"}, {"note", "Arrival"}},
                  coordinator, if_match(server.get(path, coordinator)));
  ASSERT_EQ(r.status, 200) << r.body;
  c = r.json();
  ASSERT_EQ(c["events"].size(), 1U);
  const auto registration = clock(c, "accommodation-registration");
  ASSERT_NE(registration, nullptr) << c.dump();
  EXPECT_EQ((*registration)["due_at"], "2026-11-21T06:30:00.000Z");
  EXPECT_EQ((*registration)["state"], "overdue");  // the clock stands at 23 November
  EXPECT_EQ((*registration)["article"], "Exit and Entry Administration Law, Art. 39");
  EXPECT_FALSE((*registration)["source_url"].get<std::string>().empty());
  EXPECT_NE((*registration)["why"].get<std::string>().find("cn-scholar-clocks-2013"),
            std::string::npos);
  const auto permit = clock(c, "residence-permit");
  ASSERT_NE(permit, nullptr);
  EXPECT_EQ((*permit)["due_at"], "2026-12-20T15:59:59.999Z");
  EXPECT_EQ((*permit)["state"], "open");

  r = move("arrived", coordinator);
  EXPECT_EQ(r.json()["tasks"][0]["code"], "register_accommodation");
  // Registered once the registration is recorded, not before.
  auto unregistered =
      server.send("POST", path + "/transitions", {{"to", "registered"}}, coordinator, if_match(r));
  EXPECT_EQ(unregistered.status, 409) << unregistered.body;
  const auto event = r.json()["events"][0]["id"].dump();
  r = server.send("PUT", path + "/events/" + event, {{"done_at", "2026-11-21T10:00:00+08:00"}},
                  coordinator, if_match(r));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ((*clock(r.json(), "accommodation-registration"))["state"], "done");
  EXPECT_EQ(r.json()["events"][0]["at"], "2026-11-20T14:30:00+08:00");
  EXPECT_EQ(r.json()["events"][0]["note"], "Arrival");
  move("registered", coordinator);
  r = move("active", coordinator);
  c = r.json();
  EXPECT_EQ(c["status"], "active");
  std::vector<std::string> states;
  for (const auto& h : c["history"]) states.push_back(h["to"].get<std::string>());
  EXPECT_EQ(states, (std::vector<std::string>{"requested", "screening", "approved", "permit_visa",
                                              "arrived", "registered", "active"}));
  // The office files the residence permit: its clock is done.
  r = server.send("PATCH", path, {{"residence_permit", {{"filed_on", "2026-11-23"}}}}, officer,
                  if_match(r));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ((*clock(r.json(), "residence-permit"))["state"], "done");

  // Extending needs the new end.
  auto extend =
      server.send("POST", path + "/transitions", {{"to", "extended"}}, officer, if_match(r));
  EXPECT_EQ(extend.status, 422) << extend.body;
  extend = server.send("POST", path + "/transitions",
                       {{"to", "extended"}, {"extended_to", "2027-12-31"}}, officer, if_match(r));
  ASSERT_EQ(extend.status, 200) << extend.body;
  EXPECT_EQ(extend.json()["extended_to"], "2027-12-31");

  // The audit log holds every step: the request, three moves, the entry, the arrival, the
  // registration recorded, two moves, the permit filed and the extension.
  const auto audit =
      follow_pages(server, "/api/v1/audit", server.login("admin@westlake.edu.cn"), 500);
  int steps = 0;
  for (const auto& e : audit.in_order) {
    steps += e["entity"] == "scholar_case" && e["entity_id"] == c["id"].dump();
  }
  EXPECT_EQ(steps, 11);
}

TEST_F(ScholarsTest, BadRequestsAreNamedAndChangeNothing) {
  const json before = list(officer);
  // Every bad field named; a new scholar coming in needs the partner they come from.
  auto r = server.send("POST", "/api/v1/scholars",
                       {{"kind", "faculty"},
                        {"direction", "outgoing"},
                        {"planned_start", "2026-02-30x"},
                        {"planned_end", "2026-01-01"},
                        {"scholar", {{"family_name", "X"}, {"nationality", "GB"}}}},
                       officer);
  ASSERT_EQ(r.status, 422) << r.body;
  std::set<std::string> fields;
  const json problem = r.json();
  for (const auto& e : problem["errors"]) fields.insert(e["field"].get<std::string>());
  EXPECT_TRUE(fields.count("kind")) << r.body;
  EXPECT_TRUE(fields.count("planned_start")) << r.body;
  r = server.send("POST", "/api/v1/scholars",
                  {{"kind", "visiting"},
                   {"direction", "incoming"},
                   {"planned_start", "2027-01-01"},
                   {"planned_end", "2027-03-01"},
                   {"scholar", {{"family_name", "X"}, {"nationality", "GB"}}}},
                  officer);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json()["errors"][0]["field"], "partner_id");
  // Neither a person nor a new scholar.
  r = server.send(
      "POST", "/api/v1/scholars",
      {{"kind", "visiting"}, {"planned_start", "2027-01-01"}, {"planned_end", "2027-03-01"}},
      officer);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json()["errors"][0]["field"], "person_id");
  // Not a member of a case; a kind that is none.
  EXPECT_EQ(server.send("POST", "/api/v1/scholars", {{"kind", "tourist"}}, officer).status, 422);
  EXPECT_EQ(server.send("POST", "/api/v1/scholars", {{"colour", "red"}}, officer).status, 422);
  // Not the roles that may open cases.
  for (const char* who :
       {"viewer@westlake.edu.cn", "student@westlake.edu.cn", "partner@ox.ac.uk"}) {
    EXPECT_EQ(
        server.send("POST", "/api/v1/scholars", {{"kind", "visiting"}}, server.login(who)).status,
        403)
        << who;
  }
  // A stale version, an unknown case, a move the life cycle has no room for, a bad event.
  const auto id = before["items"][0]["id"].dump();
  const auto current = server.get("/api/v1/scholars/" + id, officer);
  auto stale = server.send("PATCH", "/api/v1/scholars/" + id, {{"position", "Changed"}}, officer,
                           {{"If-Match", "\"0\""}});
  EXPECT_TRUE(stale.status == 409 || stale.status == 412) << stale.status << stale.body;
  EXPECT_EQ(server.get("/api/v1/scholars/999999", officer).status, 404);
  auto wrong = server.send("POST", "/api/v1/scholars/" + id + "/transitions", {{"to", "requested"}},
                           officer, if_match(current));
  EXPECT_EQ(wrong.status, 422) << wrong.body;
  auto event = server.send("POST", "/api/v1/scholars/" + id + "/events",
                           {{"kind", "entry"}, {"at", "tomorrow"}}, officer, if_match(current));
  ASSERT_EQ(event.status, 422) << event.body;
  EXPECT_EQ(event.json()["errors"][0]["field"], "at");
  // Nothing of it was written.
  EXPECT_EQ(list(officer)["total"], before["total"]);
  EXPECT_EQ(server.get("/api/v1/scholars/" + id, officer).json()["version"],
            current.json()["version"]);
}

// Worked by hand from the two shipped tables (data/rules/cn/work-permit-points-*.toml): salary
// 400,000 CNY is 17, a doctorate 20, five years of work 5 + 3 = 8, ten months a year in China
// 15, age 39 (26 to 45) 15, a top university 5; HSK 4 is 8 in the trial table and 4 in the
// interim one. 88 is A under the trial table, 84 B under the interim table, which applies.
TEST_F(ScholarsTest, WorkPermitPointsUnderBothTablesSayWhichApplied) {
  const json input{{"annual_salary_cny", 400000},
                   {"degree", "doctorate"},
                   {"work_years", 5},
                   {"months_in_china_per_year", 10},
                   {"hsk_level", 4},
                   {"hsk_certificate", true},
                   {"date_of_birth", "1987-07-01"},
                   {"assessed_on", "2026-12-07"},
                   {"top_university_or_fortune_500", true}};
  auto r = server.send("POST", "/api/v1/scholars/work-permit-points", input, coordinator);
  ASSERT_EQ(r.status, 200) << r.body;
  json result = r.json();
  EXPECT_EQ(result["applied"], "cn-work-permit-points-interim");
  ASSERT_EQ(result["assessments"].size(), 2U) << r.body;
  std::map<std::string, json> by_set;
  for (const auto& a : result["assessments"]) by_set[a["rule_set"].get<std::string>()] = a;
  const json& trial = by_set["cn-work-permit-points-2017-trial"];
  const json& interim = by_set["cn-work-permit-points-interim"];
  EXPECT_EQ(trial["total"], 88) << trial.dump();
  EXPECT_EQ(trial["category"], "A");
  EXPECT_EQ(trial["basis"], "points");
  EXPECT_EQ(interim["total"], 84) << interim.dump();
  EXPECT_EQ(interim["category"], "B");
  EXPECT_EQ(interim["age"], 39);
  std::map<std::string, int> points;
  for (const auto& item : interim["items"])
    points[item["item"].get<std::string>()] = item["points"].get<int>();
  EXPECT_EQ(points["salary"], 17);
  EXPECT_EQ(points["education"], 20);
  EXPECT_EQ(points["work_years"], 8);
  EXPECT_EQ(points["months_in_china"], 15);
  EXPECT_EQ(points["chinese"], 4);
  EXPECT_EQ(points["age"], 15);
  EXPECT_EQ(points["distinction"], 5);
  // The degree and the salary are claimed without their evidence; the HSK certificate is held.
  std::set<std::string> missing;
  for (const auto& m : interim["missing"]) missing.insert(m["evidence"].get<std::string>());
  EXPECT_EQ(missing, (std::set<std::string>{"degree_verification", "salary_contract"}));

  // Bad input is named; neither a viewer nor a partner may ask.
  json bad = input;
  bad["provincial_bonus"] = 11;
  bad["date_of_birth"] = "1987-13-01";
  r = server.send("POST", "/api/v1/scholars/work-permit-points", bad, officer);
  ASSERT_EQ(r.status, 422) << r.body;
  // Before the work-permit system began, no table holds.
  json early = input;
  early["assessed_on"] = "2016-01-01";
  r = server.send("POST", "/api/v1/scholars/work-permit-points", early, officer);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json()["errors"][0]["field"], "assessed_on");
  EXPECT_EQ(server
                .send("POST", "/api/v1/scholars/work-permit-points", input,
                      server.login("viewer@westlake.edu.cn"))
                .status,
            403);
  EXPECT_EQ(server
                .send("POST", "/api/v1/scholars/work-permit-points", input,
                      server.login("partner@ox.ac.uk"))
                .status,
            403);
}

TEST_F(ScholarsTest, TheRuleSetsAreListedWithTheirSources) {
  const auto r = server.get("/api/v1/rules", server.login("viewer@westlake.edu.cn"));
  ASSERT_EQ(r.status, 200) << r.body;
  const json page = r.json();
  bool clocks = false;
  for (const auto& set : page["items"]) {
    EXPECT_FALSE(set["sources"].empty()) << set.dump();
    if (set["id"] != "cn-scholar-clocks-2013") continue;
    clocks = true;
    EXPECT_EQ(set["kind"], "legal_clocks");
    EXPECT_EQ(set["valid_from"], "2013-07-01");
    EXPECT_TRUE(set["valid_to"].is_null());
    EXPECT_FALSE(set["name_zh"].get<std::string>().empty());
  }
  EXPECT_TRUE(clocks) << page.dump();
  // The working calendars the clocks count working days by, a year each.
  std::vector<std::string> calendars;
  for (const auto& set : page["items"])
    if (set["kind"] == "working_calendar") {
      calendars.push_back(set["id"]);
      EXPECT_EQ(set["valid_from"].get<std::string>().substr(5), "01-01") << set.dump();
      EXPECT_EQ(set["valid_to"].get<std::string>().substr(5), "12-31") << set.dump();
    }
  EXPECT_EQ(calendars,
            (std::vector<std::string>{"cn-working-calendar-2025", "cn-working-calendar-2026"}));
  EXPECT_EQ(server.get("/api/v1/rules", "").status, 401);
}

// A stay as an ORCID item: an employment for faculty recruited, at the home institution in
// the host department; an invited position at the partner for our scholar who went out; both
// valid against ORCID's schemas; only once the scholar has arrived, and only for the scholar,
// the department and the office.
TEST_F(ScholarsTest, AStayBecomesAnOrcidItemForThoseWhoSeeItsPersonalData) {
  const json cases = list(officer);
  std::string miller, liu, requested, oxford_case;
  for (const auto& c : cases["items"]) {
    const auto id = c["id"].dump();
    if (c["person"]["family_name"] == "Miller") miller = id;
    if (c["person"]["family_name"] == "Liu") liu = id;
    if (c["status"] == "requested") requested = id;
    if (c["person"]["family_name"] == "Walker") oxford_case = id;
  }
  ASSERT_FALSE(miller.empty() || liu.empty() || requested.empty() || oxford_case.empty());
  const auto schemas = source_dir() / "data" / "orcid";

  auto r = server.get("/api/v1/scholars/" + miller + "/orcid", officer);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.header("content-type").find("application/xml"), std::string::npos);
  EXPECT_NE(r.header("content-disposition").find("orcid-employment-" + miller + ".xml"),
            std::string::npos);
  EXPECT_TRUE(interop::validate(r.body, schemas, "record_3.0/employment-3.0.xsd")) << r.body;
  EXPECT_NE(r.body.find("<common:name>Westlake University</common:name>"), std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("https://ror.org/05hfa4n20"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("<common:role-title>Assistant Professor of Robotics</common:role-title>"),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("<common:department-name>"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("@"), std::string::npos) << "no e-mail in an ORCID item: " << r.body;

  r = server.get("/api/v1/scholars/" + liu + "/orcid", officer);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(interop::validate(r.body, schemas, "record_3.0/invited-position-3.0.xsd")) << r.body;
  EXPECT_NE(r.body.find("<common:name>University of Oxford</common:name>"), std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("https://ror.org/052gg0110"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("<common:department-name>"), std::string::npos) << r.body;

  // Before arrival there is no stay to assert.
  r = server.get("/api/v1/scholars/" + requested + "/orcid", officer);
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_NE(r.json()["detail"].get<std::string>().find("arrived"), std::string::npos) << r.body;

  // The department sees its own scholar's; a partner and a viewer read the case, not this;
  // a student does not see the case at all.
  EXPECT_EQ(server.get("/api/v1/scholars/" + miller + "/orcid", coordinator).status, 200);
  r = server.get("/api/v1/scholars/" + oxford_case + "/orcid", server.login("partner@ox.ac.uk"));
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(r.body.find("<?xml"), std::string::npos);
  EXPECT_EQ(
      server.get("/api/v1/scholars/" + miller + "/orcid", server.login("viewer@westlake.edu.cn"))
          .status,
      403);
  EXPECT_EQ(
      server.get("/api/v1/scholars/" + miller + "/orcid", server.login("student@westlake.edu.cn"))
          .status,
      404);
  EXPECT_EQ(server.get("/api/v1/scholars/" + miller + "/orcid", "").status, 401);
}

// An exit recorded before the first entry makes no stay to assert: the ORCID item is refused,
// naming both dates, rather than written with dates ORCID would take as the truth. (A suite
// of its own: it changes a demo case the other suite reads.)
class ScholarOrcidDates : public ScholarsTest {};

TEST_F(ScholarOrcidDates, AnExitBeforeTheEntryIsRefused) {
  const json cases = list(officer);
  std::string miller;
  for (const auto& c : cases["items"])
    if (c["person"]["family_name"] == "Miller") miller = c["id"].dump();
  ASSERT_FALSE(miller.empty());
  const auto path = "/api/v1/scholars/" + miller;
  const auto current = server.get(path, officer);
  const auto recorded =
      server.send("POST", path + "/events",
                  {{"kind", "exit"}, {"at", "2020-01-01T10:00:00+08:00"}, {"note", "a slip"}},
                  officer, if_match(current));
  ASSERT_EQ(recorded.status, 200) << recorded.body;
  const auto r = server.get(path + "/orcid", officer);
  ASSERT_EQ(r.status, 409) << r.body;
  const auto detail = r.json()["detail"].get<std::string>();
  EXPECT_NE(detail.find("2020-01-01"), std::string::npos) << detail;
  EXPECT_NE(detail.find("before the first entry"), std::string::npos) << detail;
}

// Documents kept on a case: uploaded by the office or the department, checked, hashed and
// audited; read back whole by those who see the case's personal data, and neither listed nor
// served to anyone else; a page of cases carries none.
TEST_F(ScholarsTest, DocumentsAreKeptForThoseWhoSeeTheCasesPersonalData) {
  std::string miller, walker;
  const json cases = list(officer);
  for (const auto& c : cases["items"]) {
    if (c["person"]["family_name"] == "Miller") miller = "/api/v1/scholars/" + c["id"].dump();
    if (c["person"]["family_name"] == "Walker") walker = "/api/v1/scholars/" + c["id"].dump();
    EXPECT_FALSE(c.contains("documents")) << "a page carries no documents";
  }
  ASSERT_FALSE(miller.empty() || walker.empty());
  const std::string pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
  const auto upload = [&](const std::string& base, const std::string& token,
                          const std::string& kind, const std::string& body, const std::string& type,
                          const std::string& name) {
    return server.request(
        "POST", base + "/documents?kind=" + kind, body,
        {{"Authorization", "Bearer " + token}, {"Content-Type", type}, {"X-Filename", name}});
  };

  // The department uploads the invitation letter, with a Chinese name percent-encoded.
  auto up = upload(miller, coordinator, "invitation", pdf, "application/pdf",
                   "%E9%82%80%E8%AF%B7%E5%87%BD.pdf");
  ASSERT_EQ(up.status, 201) << up.body;
  const json kept = up.json();
  EXPECT_EQ(kept["kind"], "invitation");
  EXPECT_EQ(kept["filename"], "邀请函.pdf");
  EXPECT_EQ(kept["size"], pdf.size());
  EXPECT_EQ(kept["sha256"].get<std::string>().size(), 64U);
  const std::string file = miller + "/documents/" + kept["id"].dump();
  EXPECT_EQ(up.header("location"), file);

  json c = server.get(miller, officer).json();
  // The demo's invitation letter from the office, and this one.
  ASSERT_EQ(c["documents"].size(), 2U) << c.dump();
  EXPECT_EQ(c["documents"][0]["kind"], "invitation");
  EXPECT_EQ(c["documents"][0]["uploaded_by"], "officer@westlake.edu.cn");
  EXPECT_EQ(c["documents"][1]["id"], kept["id"]);
  EXPECT_EQ(c["documents"][1]["uploaded_by"], "coordinator@westlake.edu.cn");
  const auto letter = server.get(miller + "/documents/" + c["documents"][0]["id"].dump(), officer);
  ASSERT_EQ(letter.status, 200);
  EXPECT_TRUE(letter.body.starts_with("%PDF-1.4")) << letter.body;
  EXPECT_NE(letter.body.find("(Dear Daniel Miller,) Tj"), std::string::npos) << letter.body;
  auto down = server.get(file, officer);
  ASSERT_EQ(down.status, 200) << down.body;
  EXPECT_EQ(down.body, pdf);
  EXPECT_EQ(down.header("content-type"), "application/pdf");
  EXPECT_NE(down.header("cache-control").find("no-store"), std::string::npos);

  // The office keeps a passport page on the Oxford exchange; Oxford's partner reads the case
  // without its documents and cannot fetch them; neither can a viewer.
  up = upload(walker, officer, "passport", "Passport page, scanned.", "text/plain", "p.txt");
  ASSERT_EQ(up.status, 201) << up.body;
  const std::string walker_file = walker + "/documents/" + up.json()["id"].dump();
  const auto partner = server.login("partner@ox.ac.uk");
  const auto viewer = server.login("viewer@westlake.edu.cn");
  for (const auto& token : {partner, viewer}) {
    const auto r = server.get(walker, token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_FALSE(r.json().contains("documents")) << r.body;
    const auto denied = server.get(walker_file, token);
    EXPECT_EQ(denied.status, 404);
    EXPECT_EQ(denied.body.find("Passport page"), std::string::npos);
    EXPECT_EQ(upload(walker, token, "cv", pdf, "application/pdf", "cv.pdf").status, 403);
  }
  EXPECT_EQ(server.get(miller + "/documents/999999", officer).status, 404);

  // Wrong in every way the office could get it wrong: nothing is kept.
  for (const auto& [kind, body, type, name, field] :
       std::vector<std::tuple<std::string, std::string, std::string, std::string, std::string>>{
           {"visa-photo", pdf, "application/pdf", "a.pdf", "kind"},
           {"cv", "<html>", "application/pdf", "a.pdf", "content-type"},
           {"cv", "MZ", "application/x-msdownload", "a.exe", "content-type"},
           {"cv", "", "application/pdf", "a.pdf", "body"},
           {"cv", pdf, "application/pdf", "a/b.pdf", "x-filename"}}) {
    const auto r = upload(miller, officer, kind, body, type, name);
    EXPECT_EQ(r.status, 422) << kind << " " << name << ": " << r.body;
    EXPECT_NE(r.body.find(field), std::string::npos) << r.body;
  }
  EXPECT_EQ(server.get(miller, officer).json()["documents"].size(), 2U);
  EXPECT_EQ(upload(miller, "", "cv", pdf, "application/pdf", "cv.pdf").status, 401);
}

}  // namespace
}  // namespace orbis::testing
