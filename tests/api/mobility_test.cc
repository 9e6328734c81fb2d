// Mobility through the API: a programme, a call with offers from an agreement condition,
// a student's application with its verdicts, placement runs compared and published, the
// nomination a partner accepts, the stay's life cycle, incoming nominations, and the rules
// (scope, grace period, duration, one year abroad).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

std::string id_of(const json& j) { return std::to_string(j["id"].get<std::int64_t>()); }
std::map<std::string, std::string> if_match(const Reply& r) {
  return {{"If-Match", r.header("etag")}};
}

class MobilityTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");
  std::string student = server.login("student@westlake.edu.cn");
  std::string partner = server.login("partner@ox.ac.uk");

  std::int64_t home() {
    return server.get("/api/v1/settings/home", officer).json()["institution"]["id"];
  }
  // The Oxford agreement and its outgoing condition.
  std::pair<std::int64_t, std::int64_t> oxford() {
    const json page = server.get("/api/v1/agreements?q=Oxford", officer).json();
    for (const auto& a : page["items"]) {
      const json full = server.get("/api/v1/agreements/" + id_of(a), officer).json();
      for (const auto& c : full["conditions"]) {
        if (c["sending_institution_id"] == home()) return {full["id"], c["id"]};
      }
    }
    ADD_FAILURE() << "no Oxford agreement with an outgoing condition";
    return {0, 0};
  }
  std::string at(int hours) {
    return format_iso8601(server.clock().now() + std::chrono::hours(hours)).substr(0, 19) + "Z";
  }
  // A call open now, with two offers on the Oxford condition: one open to the demo student
  // (engineering, English B2), one with the condition's own rules (0588, C1).
  json open_call(const std::string& code) {
    const auto [agreement, condition] = oxford();
    const json call = {
        {"code", code},
        {"title", "Exchange 2027/2028 autumn"},
        {"title_zh", "2027/2028 秋季交换"},
        {"academic_year", "2027/2028"},
        {"term", "autumn"},
        {"opens_at", at(-24)},
        {"closes_at", at(24 * 10)},
        {"time_zone", "Asia/Shanghai"},
        {"eligibility", {{"levels", {6, 7}}, {"min_gpa", 80}, {"gpa_scale", "cn100"}}},
        {"max_preferences", 3}};
    const auto created = server.send("POST", "/api/v1/calls", call, officer);
    EXPECT_EQ(created.status, 201) << created.body;
    const std::string path = "/api/v1/calls/" + id_of(created.json());
    const auto first =
        server.send("POST", path + "/offers",
                    {{"agreement_id", agreement},
                     {"condition_id", condition},
                     {"seats", 1},
                     {"title", "Oxford — engineering"},
                     {"eligibility", {{"language", "en"}, {"min_cefr", "B2"}, {"field", "07"}}}},
                    officer);
    EXPECT_EQ(first.status, 201) << first.body;
    const auto second =
        server.send("POST", path + "/offers",
                    {{"agreement_id", agreement}, {"condition_id", condition}}, officer);
    EXPECT_EQ(second.status, 201) << second.body;
    return server.get(path, officer).json();
  }
};

TEST_F(MobilityTest, ProgrammesHaveScholarshipsAndAPublicList) {
  const auto [agreement, condition] = oxford();
  const json oxford_id = server.get("/api/v1/agreements/" + std::to_string(agreement), officer)
                             .json()["parties"][1]["institution_id"];
  const json programme = {{"code", "ox-summer-test"},
                          {"name", "Oxford summer school"},
                          {"name_zh", "牛津暑期学校"},
                          {"kind", "summer_school"},
                          {"host_ids", {oxford_id}},
                          {"agreement_id", agreement},
                          {"language", "en"},
                          {"fee", {{"amount", "3200.00"}, {"currency", "GBP"}}},
                          {"capacity", 10},
                          {"description", "Four weeks in Oxford."},
                          {"description_zh", "在牛津的四周。"},
                          {"published", true},
                          {"scholarships",
                           {{{"code", "wl-summer"},
                             {"name", "Westlake summer scholarship"},
                             {"sponsor", "Westlake Education Foundation"},
                             {"amount", {{"amount", "2000.00"}, {"currency", "CNY"}}}}}}};
  const auto created = server.send("POST", "/api/v1/programmes", programme, officer);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["max_duration_months"], 3);  // a summer school's default
  EXPECT_EQ(created.json()["code"], "OX-SUMMER-TEST");
  EXPECT_EQ(created.json()["scholarships"][0]["code"], "WL-SUMMER");
  EXPECT_EQ(server.send("POST", "/api/v1/programmes", programme, officer).status, 409);
  const auto anonymous = server.request("GET", "/api/v1/public/programmes");
  ASSERT_EQ(anonymous.status, 200);
  bool listed = false;
  const json published = anonymous.json();
  for (const auto& p : published["items"]) {
    listed = listed || p["code"] == "OX-SUMMER-TEST";
    EXPECT_FALSE(p.contains("allowed_actions")) << "nobody signed in to act";
  }
  EXPECT_TRUE(listed);
  // What each reader may do with it comes with it.
  EXPECT_EQ(created.json()["allowed_actions"], json({"update"}));
  const std::string path = "/api/v1/programmes/" + id_of(created.json());
  EXPECT_EQ(server.get(path, officer).json()["allowed_actions"], json({"update"}));
  EXPECT_EQ(server.get(path, server.login("viewer@westlake.edu.cn")).json()["allowed_actions"],
            json::array());
  json bad = programme;
  bad["code"] = "BAD";
  bad["kind"] = "holiday";
  bad["fee"] = {{"amount", "12,5"}, {"currency", "euro"}};
  bad["unknown"] = 1;
  const auto rejected = server.send("POST", "/api/v1/programmes", bad, officer);
  EXPECT_EQ(rejected.status, 422) << rejected.body;
  EXPECT_EQ(server.send("POST", "/api/v1/programmes", programme, student).status, 403);
}

TEST_F(MobilityTest, AStudentAppliesIsPlacedNominatedAndThePartnerAccepts) {
  const json call = open_call("TEST-FLOW");
  const std::string call_path = "/api/v1/calls/" + id_of(call);
  ASSERT_EQ(call["phase"], "open");
  ASSERT_EQ(call["offers"].size(), 2u);
  const auto offer_a = call["offers"][0]["id"], offer_b = call["offers"][1]["id"];
  EXPECT_EQ(call["offers"][1]["seats"], 2);  // from the condition
  EXPECT_FALSE(
      call["offers"][1]["eligibility"]["field"].get<std::string>().empty());  // the condition's

  // The student applies: a draft, changed, then submitted.
  const auto draft =
      server.send("POST", call_path + "/applications", {{"preferences", {offer_b}}}, student);
  ASSERT_EQ(draft.status, 201) << draft.body;
  EXPECT_EQ(draft.json()["status"], "draft");
  // What each reader may do with it, at each status, comes with it.
  const auto actions = [&](const Reply& r) {
    std::vector<std::string> out;
    const json body = r.json();
    for (const auto& a : body["allowed_actions"]) out.push_back(a.get<std::string>());
    return out;
  };
  using Actions = std::vector<std::string>;
  EXPECT_EQ(actions(draft), (Actions{"edit", "add_document", "submit", "withdraw"}));
  // And with the call, at each phase.
  EXPECT_EQ(actions(server.get(call_path, student)), Actions{"apply"});
  EXPECT_EQ(actions(server.get(call_path, officer)),
            (Actions{"update", "add_offer", "apply", "import_applications"}));
  EXPECT_EQ(actions(server.get(call_path, server.login("viewer@westlake.edu.cn"))), Actions{});
  const std::string app = "/api/v1/applications/" + id_of(draft.json());
  EXPECT_EQ(actions(server.get(app, server.login("viewer@westlake.edu.cn"))), Actions{});
  EXPECT_EQ(server.send("POST", call_path + "/applications", {{"preferences", {offer_b}}}, student)
                .status,
            409);
  const auto too_many = server.send("PATCH", app, {{"preferences", {offer_a, offer_b, offer_a}}},
                                    student, if_match(draft));
  EXPECT_EQ(too_many.status, 422) << too_many.body;
  const auto edited = server.send(
      "PATCH", app, {{"preferences", {offer_b, offer_a}}, {"motivation", "I build robots."}},
      student, if_match(draft));
  ASSERT_EQ(edited.status, 200) << edited.body;
  const auto submitted =
      server.send("POST", app + "/submit", json::object(), student, if_match(edited));
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(actions(submitted), Actions{"withdraw"});
  EXPECT_EQ(actions(server.get(app, officer)), (Actions{"withdraw", "score"}));
  const json s = submitted.json();
  EXPECT_EQ(s["status"], "eligible");
  ASSERT_EQ(s["verdicts"].size(), 2u);
  EXPECT_FALSE(s["verdicts"][0]["eligible"]);
  EXPECT_FALSE(s["verdicts"][0]["reason"].get<std::string>().empty());
  EXPECT_TRUE(s["verdicts"][1]["eligible"]);
  EXPECT_GT(s["score"].get<double>(), 0);

  // The coordinator of the student's school scores; another student's view is denied.
  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const auto scored =
      server.send("POST", app + "/score", {{"interview_score", 85}, {"motivation_score", 90}},
                  coordinator, if_match(submitted));
  ASSERT_EQ(scored.status, 200) << scored.body;
  EXPECT_GT(scored.json()["score"].get<double>(), s["score"].get<double>());
  EXPECT_EQ(
      server.send("POST", app + "/score", {{"interview_score", 101}}, coordinator, if_match(scored))
          .status,
      422);
  EXPECT_EQ(server.get(app, partner).status, 403);

  // Placement waits for the close; the office closes the call.
  EXPECT_EQ(server.send("POST", call_path + "/placement-runs", json::object(), officer).status,
            409);
  const auto current = server.get(call_path, officer);
  ASSERT_EQ(
      server.send("PATCH", call_path, {{"closes_at", at(-1)}}, officer, if_match(current)).status,
      200);
  EXPECT_EQ(actions(server.get(call_path, officer)),
            (Actions{"update", "add_offer", "apply", "import_applications", "place"}));
  EXPECT_EQ(actions(server.get(call_path, student)), Actions{}) << "the call has closed";
  const auto stable = server.send("POST", call_path + "/placement-runs",
                                  {{"mode", "stable"}, {"seed", 7}}, officer);
  ASSERT_EQ(stable.status, 201) << stable.body;
  const auto optimal = server.send("POST", call_path + "/placement-runs",
                                   {{"mode", "optimal"}, {"seed", 7}}, officer);
  ASSERT_EQ(optimal.status, 201) << optimal.body;
  EXPECT_EQ(stable.json()["input_sha256"], optimal.json()["input_sha256"]);
  EXPECT_EQ(stable.json()["statistics"]["placed"], 1);
  const auto compared = server.get(
      "/api/v1/placement-runs/compare?a=" + id_of(stable.json()) + "&b=" + id_of(optimal.json()),
      officer);
  ASSERT_EQ(compared.status, 200) << compared.body;
  EXPECT_TRUE(compared.json()["same_input"]);
  const auto detail = server.get("/api/v1/placement-runs/" + id_of(stable.json()), officer);
  ASSERT_EQ(detail.status, 200);
  EXPECT_TRUE(detail.json()["output"].contains("assignments"));
  EXPECT_EQ(server.get("/api/v1/placement-runs/" + id_of(stable.json()), student).status, 403);
  const auto published =
      server.send("POST", "/api/v1/placement-runs/" + id_of(stable.json()) + "/publish",
                  json::object(), officer);
  ASSERT_EQ(published.status, 200) << published.body;
  EXPECT_EQ(actions(server.get(call_path, officer)), (Actions{"apply", "refill", "nominate"}));
  EXPECT_EQ(server
                .send("POST", "/api/v1/placement-runs/" + id_of(optimal.json()) + "/publish",
                      json::object(), officer)
                .status,
            409);

  // The student sees the result and why the first preference was not given.
  const json mine = server.get("/api/v1/applications", student).json();
  json result;
  for (const auto& a : mine["items"]) {
    if (a["call_id"] == call["id"]) result = a;
  }
  ASSERT_EQ(result["status"], "placed") << result.dump();
  EXPECT_EQ(result["result"]["offer_id"], offer_a);
  EXPECT_EQ(result["result"]["preference"], 2);
  ASSERT_EQ(result["result"]["explanations"].size(), 1u);
  EXPECT_EQ(result["result"]["explanations"][0]["reason"], "not_eligible");

  // Nomination to Oxford; the partner accepts; the student confirms.
  const auto nominated = server.send("POST", call_path + "/nominations", json::object(), officer);
  ASSERT_EQ(nominated.status, 200) << nominated.body;
  EXPECT_EQ(nominated.json()["nominated"], 1);
  // The partner sees the nomination (of our student, 王芳), but not our call it came from.
  const json pending = server.get("/api/v1/nominations?direction=outgoing", partner).json();
  json nomination;
  for (const auto& n : pending["items"]) {
    if (n["person"]["name_zh"] == "王芳") nomination = n;
  }
  ASSERT_FALSE(nomination.is_null()) << pending.dump();
  EXPECT_TRUE(nomination["call_id"].is_null());
  EXPECT_EQ(nomination["person"]["name_zh"], "王芳");
  const std::string decision = "/api/v1/nominations/" + id_of(nomination) + "/decision";
  EXPECT_EQ(server.send("POST", decision, {{"accept", false}}, partner).status,
            422);  // a reason is needed
  const auto accepted = server.send("POST", decision, {{"accept", true}}, partner);
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(accepted.json()["status"], "accepted");
  EXPECT_EQ(server.send("POST", decision, {{"accept", true}}, partner).status, 409);
  const auto confirmed = server.send("POST", app + "/confirm", json::object(), student);
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.json()["status"], "confirmed");

  // The stay moves on; the seat is used on the agreement.
  const std::string stay = "/api/v1/mobilities/" + id_of(nomination);
  auto m = server.get(stay, officer);
  EXPECT_EQ(m.json()["status"], "preparing");
  const auto abroad = server.send("POST", stay + "/transitions",
                                  {{"to", "abroad"}, {"date", "2027-09-02"}}, officer, if_match(m));
  ASSERT_EQ(abroad.status, 200) << abroad.body;
  EXPECT_EQ(abroad.json()["actual_start"], "2027-09-02");
  EXPECT_EQ(
      server.send("POST", stay + "/transitions", {{"to", "recognised"}}, officer, if_match(abroad))
          .status,
      409);
  EXPECT_EQ(
      server.send("POST", stay + "/transitions", {{"to", "cancelled"}}, officer, if_match(abroad))
          .status,
      422);
  const auto completed =
      server.send("POST", stay + "/transitions", {{"to", "completed"}, {"date", "2028-01-20"}},
                  officer, if_match(abroad));
  ASSERT_EQ(completed.status, 200) << completed.body;
  EXPECT_EQ(completed.json()["history"].size(), 5u);
  const json outgoing =
      server.get("/api/v1/mobilities?direction=outgoing&year=2027%2F2028", student).json();
  EXPECT_GE(outgoing["total"].get<int>(), 1);
  for (const auto& o : outgoing["items"]) EXPECT_EQ(o["person"]["name_zh"], "王芳");
}

TEST_F(MobilityTest, GraceForASubmissionBegunBeforeTheClose) {
  const json call = open_call("TEST-GRACE");
  const std::string call_path = "/api/v1/calls/" + id_of(call);
  const auto offer = call["offers"][0]["id"];
  const auto draft =
      server.send("POST", call_path + "/applications", {{"preferences", {offer}}}, student);
  ASSERT_EQ(draft.status, 201) << draft.body;
  const std::string app = "/api/v1/applications/" + id_of(draft.json());
  const auto begun = server.send("POST", app + "/submission", json::object(), student);
  ASSERT_EQ(begun.status, 200) << begun.body;
  EXPECT_FALSE(begun.json()["submit_started_at"].get<std::string>().empty());
  // The call closes a minute later than the student began; the submission still counts.
  const auto current = server.get(call_path, officer);
  ASSERT_EQ(
      server
          .send("PATCH", call_path,
                {{"closes_at", format_iso8601(server.clock().now() + std::chrono::seconds(1))}},
                officer, if_match(current))
          .status,
      200);
  server.clock().advance(std::chrono::minutes(10));
  const auto late = server.send("POST", app + "/submit", json::object(), student, if_match(begun));
  server.clock().advance(-std::chrono::minutes(10));
  ASSERT_EQ(late.status, 200) << late.body;
  EXPECT_EQ(late.json()["status"], "eligible");
}

TEST_F(MobilityTest, PartnersNominateIncomingStudentsAndTheOfficeDecides) {
  const auto [agreement, condition] = oxford();
  (void)condition;
  const json nomination = {{"person",
                            {{"family_name", "Carter"},
                             {"given_name", "Sophie"},
                             {"email", "sophie.carter@ox.ac.uk"},
                             {"nationality", "GB"},
                             {"level", 6},
                             {"field", "0588"},
                             {"languages", {{{"language", "en"}, {"cefr", "C2"}}}}}},
                           {"agreement_id", agreement},
                           {"type", "student_studies"},
                           {"academic_year", "2027/2028"},
                           {"planned_start", "2027-09-01"},
                           {"planned_end", "2028-01-31"}};
  const auto sent = server.send("POST", "/api/v1/nominations", nomination, partner);
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_EQ(sent.json()["direction"], "incoming");
  EXPECT_EQ(sent.json()["status"], "nominated");
  const std::string decision = "/api/v1/nominations/" + id_of(sent.json()) + "/decision";
  EXPECT_EQ(server.send("POST", decision, {{"accept", true}}, partner).status,
            403);  // we receive, we decide
  const auto rejected = server.send(
      "POST", decision, {{"accept", false}, {"reason", "The course list is full."}}, officer);
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  EXPECT_EQ(rejected.json()["status"], "cancelled");
  EXPECT_EQ(rejected.json()["nomination"]["decision"], "rejected");
  // A stay longer than its type allows is refused.
  json too_long = nomination;
  too_long["planned_end"] = "2029-01-31";
  const auto refused = server.send("POST", "/api/v1/nominations", too_long, partner);
  EXPECT_EQ(refused.status, 422) << refused.body;
  // Scope: the partner sees Oxford's stays only; another partner's are 404.
  const json theirs = server.get("/api/v1/mobilities?limit=200", partner).json();
  const auto oxford_id = sent.json()["sending_institution_id"];
  for (const auto& m : theirs["items"]) {
    EXPECT_TRUE(m["sending_institution_id"] == oxford_id ||
                m["receiving_institution_id"] == oxford_id);
  }
  const json everyone = server.get("/api/v1/mobilities?limit=200", officer).json();
  for (const auto& m : everyone["items"]) {
    if (m["sending_institution_id"] != oxford_id && m["receiving_institution_id"] != oxford_id) {
      EXPECT_EQ(server.get("/api/v1/mobilities/" + id_of(m), partner).status, 404);
      break;
    }
  }
  const json viewer =
      server.get("/api/v1/mobilities?limit=5", server.login("viewer@westlake.edu.cn")).json();
  for (const auto& m : viewer["items"]) EXPECT_FALSE(m["person"].contains("email"));
}

TEST_F(MobilityTest, AnUndergraduateSpendsAtMostAYearAbroad) {
  // Liu Yang (刘洋), an undergraduate with no stays yet.
  const json people = server.get("/api/v1/people?q=%E5%88%98%E6%B4%8B", officer).json();
  ASSERT_EQ(people["items"].size(), 1u);
  const auto person = people["items"][0]["id"];
  const auto [agreement, condition] = oxford();
  const json oxford_id = server.get("/api/v1/agreements/" + std::to_string(agreement), officer)
                             .json()["parties"][1]["institution_id"];
  json stay = {{"person_id", person},
               {"direction", "outgoing"},
               {"type", "student_studies"},
               {"sending_institution_id", home()},
               {"receiving_institution_id", oxford_id},
               {"agreement_id", agreement},
               {"condition_id", condition},
               {"academic_year", "2028/2029"},
               {"planned_start", "2028-09-01"},
               {"planned_end", "2029-06-30"}};
  const auto first = server.send("POST", "/api/v1/mobilities", stay, officer);
  ASSERT_EQ(first.status, 201) << first.body;
  stay["academic_year"] = "2029/2030";
  stay["planned_start"] = "2029-09-01";
  stay["planned_end"] = "2030-01-31";
  const auto second = server.send("POST", "/api/v1/mobilities", stay, officer);
  EXPECT_EQ(second.status, 422) << second.body;
  EXPECT_NE(second.body.find("12 months abroad"), std::string::npos);
  // The seat shows on the agreement in its year.
  stay["direction"] = "incoming";
  EXPECT_EQ(server.send("POST", "/api/v1/mobilities", stay, officer).status, 422);
  EXPECT_EQ(server.send("POST", "/api/v1/mobilities", stay, student).status, 403);
}

TEST_F(MobilityTest, StaysUseTheConditionsSeatsAndMoveTheBalance) {
  const auto [agreement, condition] = oxford();
  const std::string path = "/api/v1/agreements/" + std::to_string(agreement);
  const json before = server.get(path, officer).json();
  const json oxford_id = before["parties"][1]["institution_id"];
  const auto used = [&](const json& a) {
    for (const auto& c : a["conditions"]) {
      if (c["id"] == condition) return c["usage"]["seats_used"].get<int>();
    }
    return -1;
  };
  // Chen Xi (陈曦) goes to Oxford this spring (the test clock stands in 2026/2027).
  const json people = server.get("/api/v1/people?q=%E9%99%88%E6%9B%A6", officer).json();
  ASSERT_EQ(people["items"].size(), 1u);
  const json stay = {{"person_id", people["items"][0]["id"]},
                     {"direction", "outgoing"},
                     {"type", "student_studies"},
                     {"sending_institution_id", home()},
                     {"receiving_institution_id", oxford_id},
                     {"agreement_id", agreement},
                     {"condition_id", condition},
                     {"academic_year", "2026/2027"},
                     {"planned_start", "2027-02-15"},
                     {"planned_end", "2027-06-30"},
                     {"funding",
                      {{{"source", "home"},
                        {"sponsor", "Westlake University"},
                        {"amount", {{"amount", "30000.00"}, {"currency", "CNY"}}}}}}};
  const auto created = server.send("POST", "/api/v1/mobilities", stay, officer);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["org_unit_id"], people["items"][0]["org_unit_id"]);
  const json after = server.get(path, officer).json();
  EXPECT_EQ(used(after), used(before) + 1);
  EXPECT_EQ(after["balance"][0]["outbound"].get<int>(),
            before["balance"][0]["outbound"].get<int>() + 1);
  // Cancelled, the seat is free again.
  const auto current = server.get("/api/v1/mobilities/" + id_of(created.json()), officer);
  const auto cancelled =
      server.send("POST", "/api/v1/mobilities/" + id_of(created.json()) + "/transitions",
                  {{"to", "cancelled"}, {"reason", "Health reasons"}}, officer, if_match(current));
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(used(server.get(path, officer).json()), used(before));
}

TEST_F(MobilityTest, TheDemoHasFiveYearsOfStaysBothWaysAndASummerProgrammeOnAScholarship) {
  const json incoming =
      server.get("/api/v1/mobilities?direction=incoming&limit=200", officer).json();
  const json outgoing =
      server.get("/api/v1/mobilities?direction=outgoing&limit=200", officer).json();
  std::set<std::string> years, nationalities;
  for (const auto& m : outgoing["items"]) years.insert(m["academic_year"].get<std::string>());
  EXPECT_GE(years.size(), 5u);
  bool staff = false;
  for (const auto& m : outgoing["items"]) staff = staff || m["type"] == "staff_teaching";
  EXPECT_TRUE(staff);
  for (const auto& m : incoming["items"]) {
    if (m["type"] != "summer_programme") continue;
    nationalities.insert(m["person"]["nationality"].get<std::string>());
    ASSERT_EQ(m["funding"].size(), 1u);
    EXPECT_EQ(m["funding"][0]["scholarship"], "WL-SUMMER-SCHOLARSHIP");
    EXPECT_EQ(m["programme"]["code"], "WL-SUMMER");
  }
  EXPECT_EQ(nationalities, (std::set<std::string>{"CN", "IT", "US"}));
  // Students see the call open now, and their own stays.
  const json calls = server.get("/api/v1/calls", student).json();
  ASSERT_FALSE(calls["items"].empty());
  bool open = false;
  for (const auto& c : calls["items"]) open = open || c["phase"] == "open";
  EXPECT_TRUE(open);  // and the calls the student applied to
  const json mine = server.get("/api/v1/mobilities", student).json();
  EXPECT_GE(mine["total"].get<int>(), 2);
}

TEST_F(MobilityTest, ACompletedStayEarnsItsCredential) {
  const json completed =
      server.get("/api/v1/mobilities?status=completed&direction=outgoing&limit=1", officer).json();
  ASSERT_EQ(completed["items"].size(), 1u);
  const std::string stay = "/api/v1/mobilities/" + id_of(completed["items"][0]);
  const auto issued = server.send("POST", stay + "/credentials", json::object(), officer);
  ASSERT_EQ(issued.status, 201) << issued.body;
  const json record = issued.json();
  EXPECT_EQ(record["document"]["credentialSubject"]["achievement"].is_null(), false);
  const auto verified =
      server.send("POST", "/api/v1/verify", {{"credential", record["document"]}}, officer);
  ASSERT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(verified.json()["verdict"], "valid");
  const json abroad = server.get("/api/v1/mobilities?status=abroad&limit=1", officer).json();
  ASSERT_EQ(abroad["items"].size(), 1u);
  EXPECT_EQ(server
                .send("POST", "/api/v1/mobilities/" + id_of(abroad["items"][0]) + "/credentials",
                      json::object(), officer)
                .status,
            409);
  EXPECT_EQ(server.send("POST", stay + "/credentials", json::object(), student).status, 403);
}

std::string read_mobility_case(const std::string& name) {
  std::ifstream in(source_dir() / "tests" / "cases" / "mobility" / name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_F(MobilityTest, StaysImportFromCsvAllOrNothing) {
  const std::map<std::string, std::string> headers = {{"Authorization", "Bearer " + officer},
                                                      {"Content-Type", "text/csv"}};
  const auto total = [&] {
    return server.get("/api/v1/mobilities?limit=1", officer).json()["total"].get<int>();
  };
  const int before = total();
  const auto bad = server.request("POST", "/api/v1/mobilities/import?dry_run=false",
                                  read_mobility_case("mobilities-bad.csv"), headers);
  ASSERT_EQ(bad.status, 422) << bad.body;
  std::map<int, std::set<std::string>> fields;
  const json report = bad.json();
  for (const auto& e : report["errors"])
    fields[e["line"].get<int>()].insert(e["field"].get<std::string>());
  EXPECT_FALSE(fields.contains(2));
  EXPECT_TRUE(fields[3].contains("email"));
  EXPECT_TRUE(fields[4].contains("planned_end"));
  for (const char* f : {"direction", "sending", "agreement", "status"})
    EXPECT_TRUE(fields[5].contains(f)) << f;
  EXPECT_EQ(total(), before);
  const auto dry = server.request("POST", "/api/v1/mobilities/import",
                                  read_mobility_case("mobilities.csv"), headers);
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json()["rows"], 3);
  EXPECT_EQ(total(), before);
  const auto real = server.request("POST", "/api/v1/mobilities/import?dry_run=false",
                                   read_mobility_case("mobilities.csv"), headers);
  ASSERT_EQ(real.status, 201) << real.body;
  ASSERT_EQ(real.json()["created"].size(), 3u);
  EXPECT_EQ(total(), before + 3);
  const json staff =
      server
          .get("/api/v1/mobilities/" + std::to_string(real.json()["created"][2].get<int>()),
               officer)
          .json();
  EXPECT_EQ(staff["type"], "staff_teaching");
  EXPECT_EQ(staff["status"], "preparing");
  EXPECT_EQ(staff["person"]["name_zh"], "周平");
  EXPECT_EQ(server
                .request("POST", "/api/v1/mobilities/import", read_mobility_case("mobilities.csv"),
                         {{"Authorization", "Bearer " + student}, {"Content-Type", "text/csv"}})
                .status,
            403);
}

TEST_F(MobilityTest, StaysImportFindsPeopleByEmailAndAgreementsByCode) {
  const std::map<std::string, std::string> headers = {{"Authorization", "Bearer " + officer},
                                                      {"Content-Type", "text/csv"}};
  const auto [agreement_id, outgoing] = oxford();
  const json agreement =
      server.get("/api/v1/agreements/" + std::to_string(agreement_id), officer).json();
  json condition;
  for (const auto& c : agreement["conditions"]) {
    if (c["id"] == outgoing) condition = c;
  }
  ASSERT_TRUE(condition.is_object());
  const json host =
      server.get("/api/v1/institutions/" + condition["receiving_institution_id"].dump(), officer)
          .json();
  const std::string ror = host["ror_id"].get<std::string>();
  const std::string type = condition["mobility_type"].get<std::string>();
  const std::string kind = type.starts_with("staff") ? "staff" : "student";
  // The import takes the agreement's last condition for the stay's direction and type.
  json expected_condition;
  for (const auto& c : agreement["conditions"]) {
    if (c["sending_institution_id"] == condition["sending_institution_id"] &&
        c["receiving_institution_id"] == condition["receiving_institution_id"] &&
        c["mobility_type"] == type)
      expected_condition = c["id"];
  }
  // Someone already known, whom the file names by email in other letters.
  const auto known = server.send("POST", "/api/v1/people",
                                 {{"kind", "staff"},
                                  {"family_name", "Gao"},
                                  {"given_name", "Feng"},
                                  {"email", "gao.feng.import@westlake.edu.cn"},
                                  {"nationality", "CN"},
                                  {"home_institution_id", home()}},
                                 officer);
  ASSERT_EQ(known.status, 201) << known.body;
  const std::string header =
      "email,family_name,given_name,nationality,kind,level,direction,type,sending,receiving,"
      "agreement,academic_year,planned_start,planned_end,status\n";
  // Line 2 adds Lin Yue under the agreement (its condition for this direction and type);
  // line 3 names her again in capitals and is hers; line 4 is Gao Feng's.
  const std::string csv = header + "Lin.Yue.Import@Westlake.edu.cn,Lin,Yue,CN," + kind +
                          ",7,outgoing," + type + ",home," + ror + "," +
                          agreement["code"].get<std::string>() +
                          ",2026/2027,2027-02-15,2027-06-30,accepted\n"
                          "LIN.YUE.IMPORT@WESTLAKE.EDU.CN,,,,,,outgoing," +
                          type + ",home," + ror +
                          ",,2027/2028,2027-09-01,2028-01-31,accepted\n"
                          "Gao.Feng.Import@westlake.edu.cn,,,,,,outgoing,staff_teaching,home," +
                          ror + ",,2026/2027,2027-04-12,2027-04-23,preparing\n";
  const auto dry = server.request("POST", "/api/v1/mobilities/import", csv, headers);
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json()["rows"], 3);
  EXPECT_EQ(dry.json()["errors"], json::array());
  EXPECT_EQ(dry.json()["created"], json::array());
  // No one was added by the dry run: the same file without Lin Yue's details is refused.
  const std::string without_details = header + csv.substr(csv.find("LIN.YUE"));
  const auto refused =
      server.request("POST", "/api/v1/mobilities/import", without_details, headers);
  ASSERT_EQ(refused.status, 422) << refused.body;
  ASSERT_EQ(refused.json()["errors"].size(), 1u) << refused.body;
  EXPECT_EQ(refused.json()["errors"][0]["line"], 2);
  EXPECT_EQ(refused.json()["errors"][0]["field"], "email");
  // A code no agreement has is the row's error, by line and column.
  std::string unknown_code = csv;
  unknown_code.replace(unknown_code.find(agreement["code"].get<std::string>()),
                       agreement["code"].get<std::string>().size(), "NO-SUCH-CODE");
  const auto unknown = server.request("POST", "/api/v1/mobilities/import", unknown_code, headers);
  ASSERT_EQ(unknown.status, 422) << unknown.body;
  // Line 3 then names no one: the refused line 2 added no one.
  ASSERT_EQ(unknown.json()["errors"].size(), 2u) << unknown.body;
  EXPECT_EQ(unknown.json()["errors"][0]["line"], 2);
  EXPECT_EQ(unknown.json()["errors"][0]["field"], "agreement");
  EXPECT_EQ(unknown.json()["errors"][0]["message"], "no agreement with the code NO-SUCH-CODE");
  EXPECT_EQ(unknown.json()["errors"][1]["line"], 3);
  EXPECT_EQ(unknown.json()["errors"][1]["field"], "email");

  const auto real = server.request("POST", "/api/v1/mobilities/import?dry_run=false", csv, headers);
  ASSERT_EQ(real.status, 201) << real.body;
  const json created = real.json()["created"];
  ASSERT_EQ(created.size(), 3u);
  std::vector<json> stays;
  for (const auto& id : created)
    stays.push_back(server.get("/api/v1/mobilities/" + id.dump(), officer).json());
  EXPECT_EQ(stays[0]["person"]["family_name"], "Lin");
  EXPECT_EQ(stays[0]["person"]["level"], 7);
  EXPECT_EQ(stays[1]["person_id"], stays[0]["person_id"]);
  EXPECT_EQ(stays[1]["person"]["family_name"], "Lin");
  EXPECT_EQ(stays[2]["person_id"], known.json()["id"]);
  EXPECT_EQ(stays[0]["agreement_id"], agreement_id);
  EXPECT_EQ(stays[0]["agreement"]["code"], agreement["code"]);
  EXPECT_EQ(stays[0]["condition_id"], expected_condition);
  EXPECT_FALSE(expected_condition.is_null());
  EXPECT_TRUE(stays[1]["agreement_id"].is_null());
  EXPECT_TRUE(stays[1]["condition_id"].is_null());
  EXPECT_EQ(stays[2]["type"], "staff_teaching");
  EXPECT_EQ(stays[2]["status"], "preparing");
  // Lin Yue was added once.
  const json lins = server.get("/api/v1/people?q=lin.yue.import", officer).json();
  EXPECT_EQ(lins["total"], 1);
}

TEST_F(MobilityTest, ApplicationsImportIntoACall) {
  const json call = open_call("TEST-IMPORT");
  const std::string path = "/api/v1/calls/" + id_of(call) + "/applications/import";
  const std::map<std::string, std::string> headers = {{"Authorization", "Bearer " + officer},
                                                      {"Content-Type", "text/csv"}};
  const std::string csv =
      "email,preferences,motivation,interview_score\n"
      "student@westlake.edu.cn,052gg0110|" +
      std::to_string(call["offers"][1]["id"].get<int>()) +
      ",Robots,80\n"
      "nobody@westlake.edu.cn,052gg0110,,\n";
  const auto bad = server.request("POST", path + "?dry_run=false", csv, headers);
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(bad.json()["errors"][0]["line"], 3);
  const std::string good = csv.substr(0, csv.find("nobody"));
  const auto real = server.request("POST", path + "?dry_run=false", good, headers);
  ASSERT_EQ(real.status, 201) << real.body;
  const json apps = server.get("/api/v1/calls/" + id_of(call) + "/applications", officer).json();
  ASSERT_EQ(apps["items"].size(), 1u);
  EXPECT_EQ(apps["items"][0]["status"], "eligible");
  EXPECT_EQ(apps["items"][0]["interview_score"], 80.0);
  EXPECT_EQ(apps["items"][0]["preferences"].size(), 2u);
}

TEST_F(MobilityTest, SeatsAHostRejectsGoDownTheWaitingList) {
  const auto [agreement, condition] = oxford();
  const json created = server
                           .send("POST", "/api/v1/calls",
                                 {{"code", "TEST-REFILL"},
                                  {"title", "Refill"},
                                  {"academic_year", "2027/2028"},
                                  {"term", "autumn"},
                                  {"opens_at", at(-24)},
                                  {"closes_at", at(24)},
                                  {"max_preferences", 1}},
                                 officer)
                           .json();
  const std::string path = "/api/v1/calls/" + id_of(created);
  ASSERT_EQ(server
                .send("POST", path + "/offers",
                      {{"agreement_id", agreement},
                       {"condition_id", condition},
                       {"seats", 1},
                       {"title", "Oxford, one seat"},
                       {"eligibility",
                        {{"language", "en"}, {"min_cefr", "B2"}, {"field", ""}, {"levels", {6}}}}},
                      officer)
                .status,
            201);
  const auto offer = server.get(path, officer).json()["offers"][0]["id"];
  // The demo student, and Zhou Hao (周浩) through the office.
  const auto mine =
      server.send("POST", path + "/applications", {{"preferences", {offer}}}, student);
  ASSERT_EQ(mine.status, 201) << mine.body;
  const json zhou = server.get("/api/v1/people?q=%E5%91%A8%E6%B5%A9", officer).json();
  ASSERT_EQ(zhou["items"].size(), 1u);
  const auto theirs =
      server.send("POST", path + "/applications",
                  {{"person_id", zhou["items"][0]["id"]}, {"preferences", {offer}}}, officer);
  ASSERT_EQ(theirs.status, 201) << theirs.body;
  for (const auto& draft : {mine, theirs}) {
    const std::string app = "/api/v1/applications/" + id_of(draft.json());
    const auto submitted =
        server.send("POST", app + "/submit", json::object(), officer, if_match(draft));
    ASSERT_EQ(submitted.status, 200) << submitted.body;
    ASSERT_EQ(submitted.json()["status"], "eligible") << submitted.body;
    if (draft.json()["person_id"] == zhou["items"][0]["id"]) {
      ASSERT_EQ(
          server
              .send("POST", app + "/score", {{"interview_score", 100}, {"motivation_score", 100}},
                    officer, if_match(submitted))
              .status,
          200);
    }
  }
  const auto current = server.get(path, officer);
  ASSERT_EQ(server.send("PATCH", path, {{"closes_at", at(-1)}}, officer, if_match(current)).status,
            200);
  EXPECT_EQ(server.send("POST", path + "/refill", json::object(), officer).status,
            409);  // nothing published
  const auto run = server.send("POST", path + "/placement-runs", json::object(), officer);
  ASSERT_EQ(run.status, 201) << run.body;
  ASSERT_EQ(server
                .send("POST", "/api/v1/placement-runs/" + id_of(run.json()) + "/publish",
                      json::object(), officer)
                .status,
            200);
  EXPECT_EQ(server.get("/api/v1/applications/" + id_of(mine.json()), student).json()["status"],
            "waitlisted");
  EXPECT_EQ(server.send("POST", path + "/refill", json::object(), officer).status,
            409);  // no seat freed
  ASSERT_EQ(server.send("POST", path + "/nominations", json::object(), officer).json()["nominated"],
            1);
  // Found through our own list: the partner's does not show our call.
  const json pending = server.get("/api/v1/nominations?limit=200", officer).json();
  std::string nomination;
  for (const auto& n : pending["items"]) {
    if (n["call_id"] == created["id"]) nomination = id_of(n);
  }
  ASSERT_FALSE(nomination.empty());
  ASSERT_EQ(server
                .send("POST", "/api/v1/nominations/" + nomination + "/decision",
                      {{"accept", false}, {"reason", "No supervisor for this project."}}, partner)
                .status,
            200);
  const auto refilled = server.send("POST", path + "/refill", json::object(), officer);
  ASSERT_EQ(refilled.status, 201) << refilled.body;
  EXPECT_EQ(refilled.json()["statistics"]["rejected"], 1);
  const json after = server.get("/api/v1/applications/" + id_of(mine.json()), student).json();
  EXPECT_EQ(after["status"], "placed") << after.dump();
  EXPECT_EQ(after["result"]["offer_id"], offer);
  EXPECT_EQ(server.get(path, officer).json()["published_run_id"], refilled.json()["id"]);
}

// The lists that used to answer everything at once page with a keyset cursor: followed to
// the end they give the same items in the same order, a partner's pages keep to what it
// hosts, and a cursor from another list is refused.
TEST_F(MobilityTest, ProgrammesAndCallsPageWithACursor) {
  const auto ids = [&](const std::string& list, const std::string& token) {
    std::vector<std::int64_t> out;
    std::string next;
    for (int i = 0; i < 200; ++i) {
      const auto reply =
          server.get(list + "?limit=1" + (next.empty() ? "" : "&cursor=" + next), token);
      EXPECT_EQ(reply.status, 200) << list;
      const json page = reply.json();
      EXPECT_LE(page["items"].size(), 1u);
      for (const auto& item : page["items"]) out.push_back(item["id"].get<std::int64_t>());
      if (page["next"].is_null()) break;
      next = page["next"].get<std::string>();
    }
    return out;
  };
  const auto all = [&](const std::string& list, const std::string& token) {
    std::vector<std::int64_t> out;
    const json page = server.get(list, token).json();
    EXPECT_TRUE(page["next"].is_null()) << list;
    for (const auto& item : page["items"]) out.push_back(item["id"].get<std::int64_t>());
    return out;
  };
  for (const auto& [list, token] :
       {std::pair<std::string, std::string>{"/api/v1/programmes", officer},
        {"/api/v1/calls", officer},
        {"/api/v1/calls", student},
        {"/api/v1/public/programmes", ""},
        {"/api/v1/programmes", partner}}) {
    const auto whole = all(list, token);
    EXPECT_EQ(ids(list, token), whole) << list;
    if (token == officer) {
      EXPECT_GE(whole.size(), 2u) << list;
    }
  }
  // A partner's programmes are among everyone's, and fewer.
  const auto everyone = all("/api/v1/programmes", officer);
  const auto partners = all("/api/v1/programmes", partner);
  EXPECT_LT(partners.size(), everyone.size());
  for (const auto id : partners) {
    EXPECT_NE(std::find(everyone.begin(), everyone.end(), id), everyone.end());
  }

  const json first = server.get("/api/v1/programmes?limit=1", officer).json();
  ASSERT_TRUE(first["next"].is_string());
  const auto refused =
      server.get("/api/v1/calls?cursor=" + first["next"].get<std::string>(), officer);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("cursor"), std::string::npos);
  EXPECT_EQ(server.get("/api/v1/programmes?limit=0", officer).status, 422);
}

// Stays and nominations page in the database with a keyset cursor. For every role's scope,
// alone and with filters, following `next` gives each stay once, in the order of the whole
// list (the latest planned start first), as many as `total` says; a filtered list holds
// exactly the stays of the whole list that pass the filter.
TEST_F(MobilityTest, StaysAndNominationsPageOnceInOrderForEachScopeAndFilter) {
  const auto follow = [&](const std::string& list, const std::string& token, int limit) {
    return follow_pages(server, list, token, limit);
  };
  const auto later_first = [](const Listed& l) {
    for (std::size_t i = 1; i < l.ids.size(); ++i) {
      const auto& a = l.items.at(l.ids[i - 1]);
      const auto& b = l.items.at(l.ids[i]);
      const auto ka = std::pair{a["planned_start"].get<std::string>(), a["id"].get<std::int64_t>()};
      const auto kb = std::pair{b["planned_start"].get<std::string>(), b["id"].get<std::int64_t>()};
      if (!(kb < ka)) return false;
    }
    return true;
  };
  const std::map<std::string, std::function<bool(const json&)>> filters = {
      {"", [](const json&) { return true; }},
      {"?direction=outgoing", [](const json& m) { return m["direction"] == "outgoing"; }},
      {"?status=completed&direction=outgoing",
       [](const json& m) { return m["status"] == "completed" && m["direction"] == "outgoing"; }},
      {"?year=2025%2F2026", [](const json& m) { return m["academic_year"] == "2025/2026"; }},
  };
  const auto everyone = follow("/api/v1/mobilities", officer, 200);
  ASSERT_GE(everyone.ids.size(), 10u);
  const std::int64_t oxford =
      server.get("/api/v1/institutions?limit=1&q=ox.ac.uk", officer).json()["items"][0]["id"];
  for (const auto& [name, token] : std::vector<std::pair<std::string, std::string>>{
           {"officer", officer},
           {"viewer", server.login("viewer@westlake.edu.cn")},
           {"coordinator", server.login("coordinator@westlake.edu.cn")},
           {"student", student},
           {"partner", partner}}) {
    const auto whole = follow("/api/v1/mobilities", token, 200);
    for (const auto& [query, passes] : filters) {
      const auto filtered = follow("/api/v1/mobilities" + query, token, 200);
      const auto paged = follow("/api/v1/mobilities" + query, token, 3);
      EXPECT_EQ(paged.ids, filtered.ids) << name << query;
      EXPECT_EQ(static_cast<std::int64_t>(paged.ids.size()), paged.total) << name << query;
      EXPECT_TRUE(later_first(paged)) << name << query;
      EXPECT_EQ(std::set<std::int64_t>(paged.ids.begin(), paged.ids.end()).size(), paged.ids.size())
          << name << query;
      std::vector<std::int64_t> expected;
      for (const auto id : whole.ids)
        if (passes(whole.items.at(id))) expected.push_back(id);
      EXPECT_EQ(paged.ids, expected) << name << query;
    }
    if (name == "officer" || name == "viewer") {
      EXPECT_EQ(whole.ids, everyone.ids) << name;
    } else {
      // Its own scope: the partner's institution on every stay, one org unit, one person.
      EXPECT_LT(whole.ids.size(), everyone.ids.size()) << name;
      for (const auto id : whole.ids) {
        EXPECT_TRUE(everyone.items.contains(id)) << name;
        const auto& m = whole.items.at(id);
        const auto& first = whole.items.at(whole.ids.front());
        if (name == "partner") {
          EXPECT_TRUE(m["sending"]["id"] == oxford || m["receiving"]["id"] == oxford) << id;
        } else if (name == "coordinator") {
          EXPECT_FALSE(m["org_unit_id"].is_null()) << id;
          EXPECT_EQ(m["org_unit_id"], first["org_unit_id"]) << id;
        } else {
          EXPECT_EQ(m["person"]["id"], first["person"]["id"]) << id;
        }
      }
    }
    // Nominations: the stays nominated with that decision, paged the same way.
    if (name == "student") continue;
    for (const std::string state : {"pending", "accepted", "rejected"}) {
      const auto all = follow("/api/v1/nominations?state=" + state, token, 200);
      const auto paged = follow("/api/v1/nominations?state=" + state, token, 2);
      EXPECT_EQ(paged.ids, all.ids) << name << state;
      EXPECT_EQ(static_cast<std::int64_t>(paged.ids.size()), paged.total) << name << state;
      std::vector<std::int64_t> expected;
      for (const auto id : whole.ids) {
        const auto& n = whole.items.at(id)["nomination"];
        if (n.is_object() && n.value("nominated_at", "") != "" && n["decision"] == state)
          expected.push_back(id);
      }
      EXPECT_EQ(paged.ids, expected) << name << state;
    }
  }
  const json first = server.get("/api/v1/mobilities?limit=1", officer).json();
  ASSERT_TRUE(first["next"].is_string());
  EXPECT_EQ(
      server.get("/api/v1/agreements?cursor=" + first["next"].get<std::string>(), officer).status,
      422);
  EXPECT_EQ(server.get("/api/v1/nominations?cursor=bm90LWEtY3Vyc29y", officer).status, 422);
}

// A call's view counts its applications in the database: the totals and each offer's first
// choices and rankings are those of its applications as the office lists them, for every
// call of the demo; a student sees no counts.
TEST_F(MobilityTest, ACallCountsItsApplicationsAndEachOffersChoices) {
  const auto calls = follow_pages(server, "/api/v1/calls", officer, 100);
  ASSERT_FALSE(calls.ids.empty());
  int with_choices = 0;
  for (const auto id : calls.ids) {
    const auto call = server.get("/api/v1/calls/" + std::to_string(id), officer).json();
    // Every page: a call has up to a hundred and fifty applicants.
    const auto apps =
        follow_pages(server, "/api/v1/calls/" + std::to_string(id) + "/applications", officer, 100);
    std::size_t submitted = 0;
    std::map<std::int64_t, int> first, ranked;
    for (const auto& a : apps.in_order) {
      if (a["status"] == "draft" || a["status"] == "withdrawn") continue;
      ++submitted;
      const auto& preferences = a["preferences"];
      for (std::size_t i = 0; i < preferences.size(); ++i) {
        ++ranked[preferences[i].get<std::int64_t>()];
        if (i == 0) ++first[preferences[i].get<std::int64_t>()];
      }
    }
    EXPECT_EQ(call["applications"]["total"], apps.in_order.size()) << id;
    EXPECT_EQ(call["applications"]["submitted"], submitted) << id;
    for (const auto& o : call["offers"]) {
      const std::int64_t offer = o["id"];
      EXPECT_EQ(o["first_choices"], first[offer]) << id << " offer " << offer;
      EXPECT_EQ(o["rankings"], ranked[offer]) << id << " offer " << offer;
      with_choices += ranked[offer] > 0 ? 1 : 0;
    }
  }
  EXPECT_GT(with_choices, 0) << "no offer of the demo is ranked: the test checks nothing";
  const auto seen = server.get("/api/v1/calls/" + std::to_string(calls.ids.front()), student);
  if (seen.status == 200) {
    const auto view = seen.json();
    EXPECT_FALSE(view.contains("applications"));
    for (const auto& o : view["offers"]) EXPECT_FALSE(o.contains("rankings"));
  }
}

// A call's applications, a student's own and a call's placement runs page with a keyset
// cursor: each item once, in id order (runs: newest first), the reader's scope on every
// page, a status filter applied before the page is cut, and another list's cursor refused.
TEST_F(MobilityTest, ApplicationsAndPlacementRunsPageInIdOrderWithinTheReadersScope) {
  const std::string coordinator = server.login("coordinator@westlake.edu.cn");
  const std::string viewer = server.login("viewer@westlake.edu.cn");
  // The call with the most applications, and every call's id.
  std::int64_t busiest = 0, most = -1;
  std::vector<std::int64_t> calls;
  for (const auto& c : follow_pages(server, "/api/v1/calls", officer, 100).items) {
    calls.push_back(c.first);
    const std::int64_t total = c.second["applications"]["total"];
    if (total > most) most = total, busiest = c.first;
  }
  ASSERT_GE(most, 10) << "the demo's busiest call has too few applications to page";
  const std::string list = "/api/v1/calls/" + std::to_string(busiest) + "/applications";
  const auto everything = follow_pages(server, list, officer, 100);
  EXPECT_EQ(static_cast<std::int64_t>(everything.ids.size()), most);
  EXPECT_TRUE(std::is_sorted(everything.ids.begin(), everything.ids.end()));
  EXPECT_EQ(std::set<std::int64_t>(everything.ids.begin(), everything.ids.end()).size(),
            everything.ids.size());
  EXPECT_EQ(follow_pages(server, list, officer, 3).ids, everything.ids);
  EXPECT_EQ(follow_pages(server, list, viewer, 4).ids, everything.ids);
  // The viewer's pages carry no motivation (domain/privacy.h).
  for (const auto& [id, a] : follow_pages(server, list, viewer, 100).items)
    EXPECT_FALSE(a.contains("motivation")) << id;

  // A status filter: what the officer's whole list has in that status, in the same order.
  for (const std::string status : {"eligible", "submitted", "withdrawn", "placed"}) {
    std::vector<std::int64_t> expected;
    for (const auto id : everything.ids)
      if (everything.items.at(id)["status"] == status) expected.push_back(id);
    EXPECT_EQ(follow_pages(server, list + "?status=" + status, officer, 2).ids, expected) << status;
  }
  const auto bad_status = server.get(list + "?status=maybe", officer);
  EXPECT_EQ(bad_status.status, 422);
  EXPECT_NE(bad_status.body.find("\"status\""), std::string::npos) << bad_status.body;

  // A coordinator: their org unit's applications only, on every page.
  const auto theirs = follow_pages(server, list, coordinator, 2);
  std::set<std::int64_t> units;
  for (const auto& [id, a] : theirs.items) units.insert(a["org_unit_id"].get<std::int64_t>());
  ASSERT_EQ(units.size(), 1u) << "the coordinator sees applications of one org unit";
  std::vector<std::int64_t> of_unit;
  for (const auto id : everything.ids)
    if (everything.items.at(id)["org_unit_id"] == *units.begin()) of_unit.push_back(id);
  EXPECT_EQ(theirs.ids, of_unit);
  EXPECT_LT(theirs.ids.size(), everything.ids.size());

  // A student: their own, on this call's list and on /applications. They apply to three
  // new calls first, so that their own list has pages to follow.
  for (const std::string code : {"PAGE-A", "PAGE-B", "PAGE-C"}) {
    const json call = open_call(code);
    const auto applied = server.send("POST", "/api/v1/calls/" + id_of(call) + "/applications",
                                     {{"preferences", {call["offers"][0]["id"]}}}, student);
    ASSERT_EQ(applied.status, 201) << applied.body;
    calls.push_back(call["id"]);
  }
  const auto own = follow_pages(server, "/api/v1/applications", student, 1);
  ASSERT_GE(own.ids.size(), 3u);
  const std::int64_t me = own.items.begin()->second["person_id"];
  for (const auto& [id, a] : own.items) EXPECT_EQ(a["person_id"], me) << id;
  EXPECT_TRUE(std::is_sorted(own.ids.begin(), own.ids.end()));
  EXPECT_EQ(own.ids, follow_pages(server, "/api/v1/applications", student, 100).ids);
  for (const auto call : calls) {
    const auto path = "/api/v1/calls/" + std::to_string(call) + "/applications";
    const auto seen = server.get(path, student);
    if (seen.status == 404) continue;  // a closed call the student did not apply to
    ASSERT_EQ(seen.status, 200) << path << seen.body;
    const json seen_items = seen.json()["items"];
    for (const auto& a : seen_items) {
      EXPECT_EQ(a["person_id"], me) << path;
      EXPECT_NE(std::find(own.ids.begin(), own.ids.end(), a["id"].get<std::int64_t>()),
                own.ids.end());
    }
  }
  const auto to_partner = server.get(list, partner);
  EXPECT_EQ(to_partner.status, 403);
  EXPECT_FALSE(to_partner.json().contains("items"));

  // Placement runs: the newest first, the same followed one by one.
  bool paged_runs = false;
  for (const auto call : calls) {
    const auto runs_path = "/api/v1/calls/" + std::to_string(call) + "/placement-runs";
    const auto runs = follow_pages(server, runs_path, officer, 100);
    if (runs.ids.size() < 2) continue;
    paged_runs = true;
    EXPECT_TRUE(std::is_sorted(runs.ids.rbegin(), runs.ids.rend())) << runs_path;
    EXPECT_EQ(follow_pages(server, runs_path, officer, 1).ids, runs.ids) << runs_path;
    for (const auto& [id, r] : runs.items) {
      EXPECT_EQ(r["call_id"], call);
      EXPECT_FALSE(r.contains("input")) << "the list leaves out each run's documents";
    }
  }
  EXPECT_TRUE(paged_runs) << "no demo call has two placement runs";

  // Each list's cursor belongs to it alone.
  const json first = server.get(list + "?limit=1", officer).json();
  ASSERT_TRUE(first["next"].is_string());
  const std::string cursor = first["next"];
  for (const auto& [other, token] : std::vector<std::pair<std::string, std::string>>{
           {"/api/v1/applications", student},
           {"/api/v1/calls/" + std::to_string(busiest) + "/placement-runs", officer},
           {"/api/v1/calls", officer}}) {
    const auto refused = server.get(other + "?cursor=" + cursor, token);
    EXPECT_EQ(refused.status, 422) << other;
    ASSERT_TRUE(refused.json().contains("errors")) << refused.body;
    EXPECT_EQ(refused.json()["errors"][0]["field"], "cursor") << other;
  }
  EXPECT_EQ(server.get(list + "?limit=101", officer).status, 422);
}

// Each stay says what its reader may do with it now (allowed_actions, allowed_transitions),
// and what it says is what the server then allows: the life cycle for the office and
// coordinators, the decision on a pending nomination for the receiving side only, nothing
// for a viewer.
TEST_F(MobilityTest, AStaySaysWhatItsReaderMayDoWithItNow) {
  const std::map<std::string, std::vector<std::string>> kMoves = {
      {"nominated", {"cancelled"}},
      {"accepted", {"preparing", "cancelled"}},
      {"preparing", {"abroad", "cancelled"}},
      {"abroad", {"completed", "cancelled"}},
      {"completed", {"recognised"}},
      {"recognised", {}},
      {"cancelled", {}}};
  const auto strings = [](const json& array) {
    std::vector<std::string> out;
    for (const auto& v : array) out.push_back(v.get<std::string>());
    return out;
  };
  const auto pending = [](const json& m) {
    return m["status"] == "nominated" && m["nomination"]["decision"] == "pending";
  };
  const std::string viewer = server.login("viewer@westlake.edu.cn");
  // A nomination pending with us: the partner sent it, so we decide it.
  const auto [agreement, condition] = oxford();
  (void)condition;
  const auto sent = server.send("POST", "/api/v1/nominations",
                                {{"person",
                                  {{"family_name", "Hale"},
                                   {"given_name", "Imogen"},
                                   {"email", "imogen.hale@ox.ac.uk"},
                                   {"nationality", "GB"},
                                   {"level", 7},
                                   {"field", "0588"}}},
                                 {"agreement_id", agreement},
                                 {"type", "student_studies"},
                                 {"academic_year", "2027/2028"},
                                 {"planned_start", "2027-09-01"},
                                 {"planned_end", "2028-01-31"}},
                                partner);
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_TRUE(sent.json()["allowed_actions"].empty()) << "the sending side does not decide";
  const json partner_institution = sent.json()["sending_institution_id"];
  const auto stays = follow_pages(server, "/api/v1/mobilities", officer, 100);
  ASSERT_GE(stays.ids.size(), 20u);
  std::set<std::string> statuses;
  for (const auto& [id, m] : stays.items) {
    const std::string status = m["status"];
    statuses.insert(status);
    EXPECT_EQ(strings(m["allowed_transitions"]), kMoves.at(status)) << id;
    std::vector<std::string> actions = {"update"};
    if (!kMoves.at(status).empty()) actions.push_back("transition");
    if (pending(m)) actions.push_back("decide");
    EXPECT_EQ(strings(m["allowed_actions"]), actions) << id;
  }
  EXPECT_TRUE(statuses.contains("nominated") && statuses.contains("accepted"));
  for (const auto& [id, m] : follow_pages(server, "/api/v1/mobilities", viewer, 100).items) {
    EXPECT_TRUE(m["allowed_actions"].empty()) << id;
    EXPECT_TRUE(m["allowed_transitions"].empty()) << id;
  }
  EXPECT_EQ(strings(stays.items.at(sent.json()["id"])["allowed_actions"]),
            (std::vector<std::string>{"update", "transition", "decide"}));
  for (const auto& [id, m] : follow_pages(server, "/api/v1/mobilities", partner, 100).items) {
    EXPECT_TRUE(m["allowed_transitions"].empty()) << id;
    const bool theirs = pending(m) && m["receiving_institution_id"] == partner_institution;
    EXPECT_EQ(strings(m["allowed_actions"]),
              theirs ? std::vector<std::string>{"decide"} : std::vector<std::string>{})
        << id;
  }

  // An accepted stay: a move it does not list is refused, one it lists is made, and the
  // stay then lists the next.
  std::int64_t accepted = 0;
  for (const auto& [id, m] : stays.items)
    if (m["status"] == "accepted") accepted = id;
  const std::string path = "/api/v1/mobilities/" + std::to_string(accepted);
  const auto before = server.get(path, officer);
  EXPECT_EQ(
      server.send("POST", path + "/transitions", {{"to", "abroad"}}, officer, if_match(before))
          .status,
      409);
  const auto moved =
      server.send("POST", path + "/transitions", {{"to", "preparing"}}, officer, if_match(before));
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(strings(moved.json()["allowed_transitions"]),
            (std::vector<std::string>{"abroad", "cancelled"}));
  // The viewer is refused what its stay does not list.
  EXPECT_EQ(server.send("POST", path + "/transitions", {{"to", "abroad"}}, viewer, if_match(moved))
                .status,
            403);
}

// Every instant the API answers is in one form, UTC with milliseconds, on either engine (an
// instant is timestamptz in PostgreSQL and text in SQLite): the stays with their history,
// nominations and learning agreements, the agreements with their history, the calls with their
// applications and placement runs, the credentials and the audit log. A call's opening and
// closing keep the offset the office entered.
TEST_F(MobilityTest, EveryInstantIsAnsweredInOneForm) {
  const std::string admin = server.login("admin@westlake.edu.cn");
  const std::regex instant(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)");
  // A date with a time of day after it, in any form (PostgreSQL's own is "2026-12-05 14:30:00+00").
  const std::regex looks_like_one(R"(\d{4}-\d{2}-\d{2}[T ]\d{2}:.*)");
  std::map<std::string, int> seen;  // instants per member name
  std::function<void(const json&, const std::string&, const std::string&)> walk =
      [&](const json& j, const std::string& key, const std::string& where) {
        if (j.is_object()) {
          for (const auto& [k, v] : j.items()) walk(v, k, where);
        } else if (j.is_array()) {
          for (const auto& v : j) walk(v, key, where);
        } else if (j.is_string() && key != "opens_at" && key != "closes_at") {
          const auto text = j.get<std::string>();
          if (!std::regex_match(text, looks_like_one)) return;
          EXPECT_TRUE(std::regex_match(text, instant)) << where << ": " << key << " = " << text;
          ++seen[key];
        }
      };
  const auto read = [&](const std::string& path, const std::string& token) {
    const auto reply = server.get(path, token);
    EXPECT_EQ(reply.status, 200) << path;
    const json body = reply.json();
    walk(body, "", path);
    return body;
  };
  read("/api/v1/mobilities?limit=100", officer);
  // Every stay and its learning agreement, the recognised ones among them.
  for (const auto& stay : follow_pages(server, "/api/v1/mobilities", officer, 200).in_order) {
    const std::string path = "/api/v1/mobilities/" + id_of(stay);
    read(path, officer);
    if (server.get(path + "/learning-agreement", officer).status == 200)
      read(path + "/learning-agreement", officer);
  }
  const json agreements = read("/api/v1/agreements?limit=100", officer);
  for (const auto& a : agreements["items"]) read("/api/v1/agreements/" + id_of(a), officer);
  const json calls = read("/api/v1/calls?limit=100", officer);
  for (const auto& c : calls["items"]) {
    const std::string path = "/api/v1/calls/" + id_of(c);
    read(path, officer);
    read(path + "/applications?limit=100", officer);
    read(path + "/placement-runs", officer);
  }
  read("/api/v1/credentials?limit=100", officer);
  read("/api/v1/audit?limit=500", admin);
  // The demo holds instants of each kind: not a test that passes for want of any.
  for (const auto* key : {"at", "nominated_at", "decided_at", "submitted_at", "created_at",
                          "updated_at", "issued_at", "recognised_at"}) {
    EXPECT_GT(seen[key], 0) << "no " << key << " answered";
  }
}

}  // namespace
}  // namespace orbis::testing
