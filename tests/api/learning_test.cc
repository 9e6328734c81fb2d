// Learning agreements through the API: versions approved by the student and both
// institutions on their SHA-256, a change during the stay, comments, the transcript, grade
// conversion with its method, recognition, the EWP export, and who may do what.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "harness.h"
#include "interop/schema_validation.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

std::string id_of(const json& j) { return std::to_string(j["id"].get<std::int64_t>()); }

class LearningTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");
  std::string partner = server.login("partner@ox.ac.uk");
  std::string admin = server.login("admin@westlake.edu.cn");

  std::int64_t home() {
    return server.get("/api/v1/settings/home", officer).json()["institution"]["id"];
  }

  // A new student with an account (of `org_unit`, when given), and an outgoing stay of
  // theirs to Oxford.
  struct Stay {
    std::string student;  // bearer token
    std::string path;     // /api/v1/mobilities/{id}
  };
  Stay new_stay(const std::string& email, const json& org_unit = nullptr) {
    const auto user = server.send("POST", "/api/v1/users",
                                  {{"email", email},
                                   {"name", "Test Student"},
                                   {"role", "student"},
                                   {"password", "a-long-test-password"}},
                                  admin);
    EXPECT_EQ(user.status, 201) << user.body;
    json student = {{"kind", "student"},
                    {"family_name", "Tang"},
                    {"given_name", "Yi"},
                    {"name_zh", "唐意"},
                    {"email", email},
                    {"nationality", "CN"},
                    {"home_institution_id", home()},
                    {"level", 6},
                    {"field", "0714"},
                    {"gpa", 88},
                    {"gpa_scale", "cn100"},
                    {"user_id", user.json()["id"]}};
    if (!org_unit.is_null()) student["org_unit_id"] = org_unit;
    const auto person = server.send("POST", "/api/v1/people", student, officer);
    EXPECT_EQ(person.status, 201) << person.body;
    const json agreements = server.get("/api/v1/agreements?q=Oxford", officer).json();
    const json agreement =
        server.get("/api/v1/agreements/" + id_of(agreements["items"][0]), officer).json();
    json oxford;
    for (const auto& p : agreement["parties"]) {
      if (p["institution_id"] != home()) oxford = p["institution_id"];
    }
    const auto stay = server.send("POST", "/api/v1/mobilities",
                                  {{"person_id", person.json()["id"]},
                                   {"direction", "outgoing"},
                                   {"type", "student_studies"},
                                   {"sending_institution_id", home()},
                                   {"receiving_institution_id", oxford},
                                   {"agreement_id", agreement["id"]},
                                   {"academic_year", "2026/2027"},
                                   {"planned_start", "2026-09-01"},
                                   {"planned_end", "2027-01-31"}},
                                  officer);
    EXPECT_EQ(stay.status, 201) << stay.body;
    const auto login = server.send("POST", "/api/v1/auth/login",
                                   {{"email", email}, {"password", "a-long-test-password"}}, "");
    return {login.json()["token"].get<std::string>(), "/api/v1/mobilities/" + id_of(stay.json())};
  }

  json components(const std::string& third) {
    return json::array(
        {{{"host", {{"code", "CS-ML"}, {"title", "Machine Learning"}, {"credits", 10}}},
          {"home",
           {{"code", "CS301"},
            {"title", "机器学习 Machine Learning"},
            {"credits", 4},
            {"credit_system", "cn"}}}},
         {{"host", {{"code", "CS-CV"}, {"title", "Computer Vision"}, {"credits", 10}}},
          {"home",
           {{"code", "CS302"},
            {"title", "计算机视觉 Computer Vision"},
            {"credits", 4},
            {"credit_system", "cn"}}}},
         {{"host",
           {{"code", third},
            {"title", third == "HIST-1" ? "Medieval History" : "Robotics"},
            {"credits", 10}}},
          {"home", {{"code", ""}, {"title", ""}, {"credits", 0}}}}});
  }

  json approve(const std::string& path, const json& version, const std::string& token) {
    const auto r = server.send("POST",
                               path + "/learning-agreement/versions/" +
                                   std::to_string(version["number"].get<int>()) + "/approval",
                               {{"sha256", version["sha256"]}}, token);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }

  std::map<std::string, std::string> if_match(const std::string& path) {
    return {{"If-Match", server.get(path, officer).header("etag")}};
  }
};

TEST_F(LearningTest, AVersionIsApprovedByAllThreeOnItsHashAndAChangeBecomesVersionTwo) {
  const auto stay = new_stay("tang.yi.la@westlake.edu.cn");
  const std::string la = stay.path + "/learning-agreement";
  EXPECT_EQ(server.get(la, stay.student).json()["party"], "student");
  EXPECT_EQ(server.get(la, partner).json()["party"], "receiving");
  // The partner does not propose; the student does.
  EXPECT_EQ(
      server.send("POST", la + "/versions", {{"components", components("HIST-1")}}, partner).status,
      403);
  const auto bad =
      server.send("POST", la + "/versions",
                  {{"components", json::array({{{"host", {{"credits", -1}}}}})}}, stay.student);
  EXPECT_EQ(bad.status, 422) << bad.body;
  auto proposed =
      server.send("POST", la + "/versions", {{"components", components("HIST-1")}}, stay.student);
  ASSERT_EQ(proposed.status, 201) << proposed.body;
  json v1 = proposed.json()["versions"][0];
  EXPECT_EQ(v1["sha256"].get<std::string>().size(), 64u);
  EXPECT_TRUE(proposed.json()["warnings"].empty());  // 30 ECTS for a semester
  // A stale hash is refused; the receiving side comments; the student answers.
  EXPECT_EQ(
      server.send("POST", la + "/versions/1/approval", {{"sha256", std::string(64, '0')}}, partner)
          .status,
      409);
  const auto commented = server.send("POST", la + "/versions/1/comments",
                                     {{"text", "HIST-1 is not taught in autumn."}}, partner);
  ASSERT_EQ(commented.status, 200) << commented.body;
  EXPECT_EQ(commented.json()["versions"][0]["state"], "commented");
  proposed =
      server.send("POST", la + "/versions", {{"components", components("ROB-2")}}, stay.student);
  ASSERT_EQ(proposed.status, 201) << proposed.body;
  v1 = proposed.json()["versions"][0];
  EXPECT_EQ(proposed.json()["versions"].size(), 1u);
  approve(stay.path, v1, stay.student);
  EXPECT_EQ(
      server.send("POST", la + "/versions/1/approval", {{"sha256", v1["sha256"]}}, stay.student)
          .status,
      409);
  approve(stay.path, v1, officer);
  const json approved = approve(stay.path, v1, partner);
  EXPECT_EQ(approved["versions"][0]["state"], "approved");
  ASSERT_EQ(approved["versions"][0]["approvals"].size(), 3u);
  for (const auto& a : approved["versions"][0]["approvals"]) EXPECT_EQ(a["sha256"], v1["sha256"]);

  // A change during the stay: a new version with a reason; the approved one stays as it was.
  json changed = components("ROB-2");
  changed[1]["host"]["credits"] = 5;
  changed[2]["host"]["credits"] = 4;
  EXPECT_EQ(server.send("POST", la + "/versions", {{"components", changed}}, stay.student).status,
            422);  // no reason
  const auto change = server.send(
      "POST", la + "/versions",
      {{"components", changed}, {"reason", "Computer Vision was halved to 5 ECTS."}}, stay.student);
  ASSERT_EQ(change.status, 201) << change.body;
  const json v2 = change.json()["versions"][1];
  EXPECT_EQ(v2["number"], 2);
  EXPECT_NE(v2["sha256"], v1["sha256"]);
  EXPECT_EQ(change.json()["versions"][0]["state"], "approved");
  EXPECT_FALSE(change.json()["warnings"].empty());  // 19 ECTS for a semester
  approve(stay.path, v2, stay.student);
  approve(stay.path, v2, officer);
  const json after = approve(stay.path, v2, partner);
  EXPECT_EQ(after["versions"][0]["state"], "superseded");
  EXPECT_EQ(after["versions"][1]["state"], "approved");
  EXPECT_EQ(after["versions"][0]["components"][1]["host"]["credits"], 10);  // never edited

  // The EWP document validates against the official schema.
  const auto xml = server.get(stay.path + "/ewp-la", officer);
  ASSERT_EQ(xml.status, 200) << xml.body;
  EXPECT_NE(xml.body.find("omobility-las-get-response"), std::string::npos);
  // A download keeps its kind: an .xml file named after the stay.
  EXPECT_EQ(xml.header("content-disposition"),
            "inline; filename=\"learning-agreement-" + stay.path.substr(stay.path.rfind('/') + 1) +
                ".xml\"; filename*=UTF-8''learning-agreement-" +
                stay.path.substr(stay.path.rfind('/') + 1) + ".xml");
  EXPECT_TRUE(interop::validate(xml.body, source_dir() / "data" / "ewp" / "schemas",
                                "ewp-specs-api-omobility-las-v1.2.0/endpoints/get-response.xsd"));
  EXPECT_EQ(server.get(stay.path + "/ewp-la", server.login("viewer@westlake.edu.cn")).status, 403);

  // The host's transcript, the conversion and the recognition.
  EXPECT_EQ(server
                .send("POST", stay.path + "/recognition",
                      {{"entries", {{{"home_code", "CS301"}, {"host_codes", {"CS-ML"}}}}}}, officer)
                .status,
            422);  // no transcript yet
  const auto bad_grade = server.send(
      "PUT", stay.path + "/transcript",
      {{"entries", {{{"code", "CS-ML"}, {"credits", 10}, {"grade", "31"}, {"scale", "it30"}}}}},
      partner);
  EXPECT_EQ(bad_grade.status, 422) << bad_grade.body;
  EXPECT_EQ(server
                .send("PUT", stay.path + "/transcript",
                      {{"entries",
                        {{{"code", "CS-ML"}, {"credits", 10}, {"grade", "A"}, {"scale", "ects"}}}}},
                      stay.student)
                .status,
            403);
  const auto transcript = server.send("PUT", stay.path + "/transcript",
                                      {{"entries",
                                        {{{"code", "CS-ML"},
                                          {"title", "Machine Learning"},
                                          {"credits", 10},
                                          {"grade", "A"},
                                          {"scale", "ects"},
                                          {"date", "2027-01-20"}},
                                         {{"code", "CS-CV"},
                                          {"title", "Computer Vision"},
                                          {"credits", 5},
                                          {"grade", "C"},
                                          {"scale", "ects"},
                                          {"date", "2027-01-22"}}}}},
                                      partner);
  ASSERT_EQ(transcript.status, 200) << transcript.body;
  const json recognition = {
      {"entries",
       {{{"home_code", "CS301"}, {"home_title", "机器学习"}, {"host_codes", {"CS-ML"}}},
        {{"home_code", "CS302"},
         {"home_title", "计算机视觉"},
         {"host_codes", {"CS-CV"}},
         {"override_grade", "80"},
         {"override_reason", "Faculty board decision 2027-02"}}}}};
  const auto preview = server.send("POST", stay.path + "/recognition", recognition, officer);
  ASSERT_EQ(preview.status, 200) << preview.body;
  const json entries = preview.json()["recognition"];
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0]["home_scale"], "cn100");
  EXPECT_FALSE(entries[0]["converted_grade"].get<std::string>().empty());
  EXPECT_FALSE(entries[0]["method"].get<std::string>().empty());
  EXPECT_FALSE(entries[0]["source"].get<std::string>().empty());
  EXPECT_DOUBLE_EQ(entries[0]["home_credits"].get<double>(),
                   6.7);  // 10 ECTS / 1.5 per Chinese credit
  EXPECT_EQ(entries[1]["override_grade"], "80");
  // Recognised only once the stay is completed.
  json final_request = recognition;
  final_request["approve"] = true;
  EXPECT_EQ(server.send("POST", stay.path + "/recognition", final_request, officer).status, 409);
  for (const char* to : {"preparing", "abroad", "completed"}) {
    const auto moved =
        server.send("POST", stay.path + "/transitions", {{"to", to}, {"date", "2027-01-25"}},
                    officer, if_match(stay.path));
    ASSERT_EQ(moved.status, 200) << moved.body;
  }
  EXPECT_EQ(server.send("POST", stay.path + "/recognition", final_request, partner).status, 403);
  const auto recognised = server.send("POST", stay.path + "/recognition", final_request, officer);
  ASSERT_EQ(recognised.status, 200) << recognised.body;
  EXPECT_EQ(server.get(stay.path, officer).json()["status"], "recognised");
  const json rates = server.get("/api/v1/indicators/recognition", officer).json();
  bool found = false;
  for (const auto& r : rates["items"]) found = found || r["recognised_ects"].get<double>() >= 15;
  EXPECT_TRUE(found) << rates.dump();
  // Nothing changes after recognition.
  EXPECT_EQ(server
                .send("POST", la + "/versions", {{"components", changed}, {"reason", "late"}},
                      stay.student)
                .status,
            409);
}

// Each reader of a stay's learning agreement is told what it may do now (allowed_actions),
// from the access policy, its side on the stay and the agreement's state; what is listed
// succeeds, and what is not is refused.
TEST_F(LearningTest, EachReaderIsToldWhatItMayDoWithALearningAgreement) {
  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const json unit = server.get("/api/v1/auth/me", coordinator).json()["org_unit_id"];
  ASSERT_TRUE(unit.is_number_integer());
  const auto stay = new_stay("tang.yi.actions@westlake.edu.cn", unit);
  const std::string la = stay.path + "/learning-agreement";
  const auto viewer = server.login("viewer@westlake.edu.cn");
  const std::map<std::string, std::string> readers = {{"officer", officer},
                                                      {"coordinator", coordinator},
                                                      {"partner", partner},
                                                      {"student", stay.student},
                                                      {"viewer", viewer}};
  const auto actions_of = [&](const std::string& who) {
    const auto r = server.get(la, readers.at(who));
    EXPECT_EQ(r.status, 200) << who;
    return r.json()["allowed_actions"];
  };
  const auto expect = [&](const std::map<std::string, json>& expected) {
    for (const auto& [who, actions] : expected) EXPECT_EQ(actions_of(who), actions) << who;
  };
  // Another org unit's coordinator, another partner and another student do not see it.
  for (const auto* email :
       {"coordinator.sls@westlake.edu.cn", "partner@berkeley.edu", "student2@westlake.edu.cn"})
    EXPECT_EQ(server.get(la, server.login(email)).status, 404) << email;

  // Nothing proposed yet: the student and the sending side propose; the host enters results.
  expect({{"officer", json::array({"propose", "enter_transcript"})},
          {"coordinator", json::array({"propose"})},
          {"partner", json::array({"enter_transcript"})},
          {"student", json::array({"propose"})},
          {"viewer", json::array()}});
  EXPECT_EQ(
      server.send("POST", la + "/versions", {{"components", components("ROB-2")}}, partner).status,
      403);
  auto proposed =
      server.send("POST", la + "/versions", {{"components", components("ROB-2")}}, stay.student);
  ASSERT_EQ(proposed.status, 201) << proposed.body;
  EXPECT_EQ(proposed.json()["allowed_actions"],
            json::array({"propose", "approve", "comment", "download_ewp"}));
  json v1 = proposed.json()["versions"][0];
  expect({{"officer",
           json::array({"propose", "approve", "comment", "enter_transcript", "download_ewp"})},
          {"coordinator", json::array({"propose", "approve", "comment", "download_ewp"})},
          {"partner", json::array({"approve", "comment", "enter_transcript", "download_ewp"})},
          {"viewer", json::array()}});
  EXPECT_EQ(
      server.send("POST", la + "/versions/1/comments", {{"text", "Looks fine."}}, viewer).status,
      403);
  EXPECT_EQ(server.get(stay.path + "/ewp-la", viewer).status, 403);
  const auto exported = server.get(stay.path + "/ewp-la", partner);
  EXPECT_EQ(exported.status, 200) << exported.body;

  // The coordinator signs for the sending side; the officer, on the same side, no longer may.
  const json signed_once = approve(stay.path, v1, coordinator);
  EXPECT_EQ(signed_once["allowed_actions"], json::array({"propose", "comment", "download_ewp"}));
  EXPECT_EQ(actions_of("officer"),
            json::array({"propose", "comment", "enter_transcript", "download_ewp"}));
  EXPECT_EQ(
      server.send("POST", la + "/versions/1/approval", {{"sha256", v1["sha256"]}}, officer).status,
      409);

  // The partner comments: the version goes back to its proposer, and nobody approves it.
  const auto commented = server.send("POST", la + "/versions/1/comments",
                                     {{"text", "ROB-2 is full this term."}}, partner);
  ASSERT_EQ(commented.status, 200) << commented.body;
  EXPECT_EQ(commented.json()["allowed_actions"],
            json::array({"comment", "enter_transcript", "download_ewp"}));
  EXPECT_EQ(actions_of("student"), json::array({"propose", "comment", "download_ewp"}));
  EXPECT_EQ(
      server.send("POST", la + "/versions/1/approval", {{"sha256", v1["sha256"]}}, stay.student)
          .status,
      409);

  // A new text, signed by all three: nothing is open any more; the home side may recognise.
  proposed =
      server.send("POST", la + "/versions", {{"components", components("HIST-1")}}, stay.student);
  ASSERT_EQ(proposed.status, 201) << proposed.body;
  v1 = proposed.json()["versions"][0];
  approve(stay.path, v1, stay.student);
  approve(stay.path, v1, officer);
  const json approved = approve(stay.path, v1, partner);
  ASSERT_EQ(approved["versions"][0]["state"], "approved");
  EXPECT_EQ(approved["allowed_actions"], json::array({"enter_transcript", "download_ewp"}));
  expect({{"officer", json::array({"propose", "enter_transcript", "recognise", "download_ewp"})},
          {"coordinator", json::array({"propose", "recognise", "download_ewp"})},
          {"student", json::array({"propose", "download_ewp"})},
          {"viewer", json::array()}});
  EXPECT_EQ(
      server.send("POST", la + "/versions/1/comments", {{"text", "Late."}}, stay.student).status,
      409);

  // The host enters its results; the student and our coordinator may not.
  const json results = {{"entries",
                         {{{"code", "CS-ML"},
                           {"title", "Machine Learning"},
                           {"credits", 10},
                           {"grade", "A"},
                           {"scale", "ects"}}}}};
  EXPECT_EQ(server.send("PUT", stay.path + "/transcript", results, stay.student).status, 403);
  EXPECT_EQ(server.send("PUT", stay.path + "/transcript", results, coordinator).status, 403);
  const auto entered = server.send("PUT", stay.path + "/transcript", results, partner);
  ASSERT_EQ(entered.status, 200) << entered.body;
  // Our coordinator credits them at home; the partner may not.
  const json recognition = {
      {"entries",
       {{{"home_code", "CS301"}, {"home_title", "机器学习"}, {"host_codes", {"CS-ML"}}}}}};
  EXPECT_EQ(server.send("POST", stay.path + "/recognition", recognition, partner).status, 403);
  const auto credited = server.send("POST", stay.path + "/recognition", recognition, coordinator);
  ASSERT_EQ(credited.status, 200) << credited.body;
  EXPECT_EQ(credited.json()["allowed_actions"],
            json::array({"propose", "recognise", "download_ewp"}));
}

TEST_F(LearningTest, CataloguesImportAndCreditSystemsAreSetPerInstitution) {
  const std::string path = "/api/v1/institutions/" + std::to_string(home()) + "/courses/import";
  const std::map<std::string, std::string> headers = {{"Authorization", "Bearer " + officer},
                                                      {"Content-Type", "text/csv"}};
  const std::string csv =
      "code,title,title_zh,credits,credit_system,level,language,isced,term\n"
      "CS301,Machine Learning,机器学习,4,cn,6,zh,0613,autumn\n"
      "CS302,Computer Vision,计算机视觉,4,cn,6,zh,0613,spring\n";
  const auto dry = server.request("POST", path, csv, headers);
  ASSERT_EQ(dry.status, 200) << dry.body;
  const auto bad =
      server.request("POST", path + "?dry_run=false", csv + "CS303,,,x,cn,,,9999,\n", headers);
  EXPECT_EQ(bad.status, 422) << bad.body;
  // Neither the dry run nor the file with a bad row wrote a course.
  const auto codes = [&] {
    std::set<std::string> out;
    for (const auto& c :
         server.get("/api/v1/institutions/" + std::to_string(home()) + "/courses", officer)
             .json()["items"])
      out.insert(c["code"].get<std::string>());
    return out;
  };
  EXPECT_FALSE(codes().contains("CS301"));
  EXPECT_FALSE(codes().contains("CS303"));
  const auto real = server.request("POST", path + "?dry_run=false", csv, headers);
  ASSERT_EQ(real.status, 201) << real.body;
  const json list =
      server.get("/api/v1/institutions/" + std::to_string(home()) + "/courses", partner).json();
  ASSERT_EQ(list["items"].size(), 2u);
  EXPECT_EQ(list["items"][0]["title_zh"], "机器学习");
  const std::string credits = "/api/v1/institutions/" + std::to_string(home()) + "/credit-system";
  EXPECT_EQ(server.get(credits, officer).json()["system"], "cn");
  EXPECT_EQ(
      server.send("PUT", credits, {{"system", "cn"}, {"ects_per_credit", 2.0}}, partner).status,
      403);
  const auto set =
      server.send("PUT", credits, {{"system", "cn"}, {"ects_per_credit", 1.5}}, officer);
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(
      server.send("PUT", credits, {{"system", "cn"}, {"ects_per_credit", -1}}, officer).status,
      422);
}

// The recognition indicator of a coordinator counts only the stays of their org unit: the
// policy's scope (indicator read) is a filter of the query. Each reader's body is compared
// before and after a stay of the coordinator's unit is completed with an approved learning
// agreement of 30 ECTS; it pages by partner, with how many partners there are.
TEST_F(LearningTest, ACoordinatorsRecognitionIndicatorCountsOnlyTheirOrgUnitsStays) {
  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const auto other = server.login("coordinator.sls@westlake.edu.cn");
  const json unit = server.get("/api/v1/auth/me", coordinator).json()["org_unit_id"];
  ASSERT_TRUE(unit.is_number_integer());
  ASSERT_NE(server.get("/api/v1/auth/me", other).json()["org_unit_id"], unit);
  const json oxford = server.get("/api/v1/auth/me", partner).json()["institution_id"];
  // A reader's line for Oxford: {stays, planned ECTS}, zeros when there is none.
  const auto oxford_of = [&](const std::string& token) {
    const auto r = server.get("/api/v1/indicators/recognition", token);
    EXPECT_EQ(r.status, 200) << r.body;
    const json body = r.json();
    EXPECT_TRUE(body["total"].is_number_integer()) << body.dump();
    EXPECT_EQ(body["items"].size(), body["total"].get<std::size_t>()) << body.dump();
    for (const auto& item : body["items"]) {
      if (item["institution"]["id"] == oxford)
        return std::pair{item["stays"].get<int>(), item["planned_ects"].get<double>()};
    }
    return std::pair{0, 0.0};
  };
  const auto mine = oxford_of(coordinator), theirs = oxford_of(other), all = oxford_of(officer);
  EXPECT_LE(mine.first + theirs.first, all.first);

  const auto stay = new_stay("tang.yi.indicator@westlake.edu.cn", unit);
  const std::string la = stay.path + "/learning-agreement";
  const auto proposed =
      server.send("POST", la + "/versions", {{"components", components("ROB-2")}}, stay.student);
  ASSERT_EQ(proposed.status, 201) << proposed.body;
  const json v1 = proposed.json()["versions"][0];
  for (const auto& token : {stay.student, officer, partner}) approve(stay.path, v1, token);
  for (const char* to : {"preparing", "abroad", "completed"}) {
    const auto moved =
        server.send("POST", stay.path + "/transitions", {{"to", to}, {"date", "2027-01-25"}},
                    officer, if_match(stay.path));
    ASSERT_EQ(moved.status, 200) << moved.body;
  }
  EXPECT_EQ(oxford_of(coordinator), std::pair(mine.first + 1, mine.second + 30));
  EXPECT_EQ(oxford_of(other), theirs);
  EXPECT_EQ(oxford_of(officer), std::pair(all.first + 1, all.second + 30));

  // A page of one partner: the cursor leads to the next, and the pages hold each partner once.
  const json whole = server.get("/api/v1/indicators/recognition", officer).json();
  std::vector<json> paged;
  std::string next;
  do {
    const auto r = server.get(
        "/api/v1/indicators/recognition?limit=1" + (next.empty() ? "" : "&cursor=" + next),
        officer);
    ASSERT_EQ(r.status, 200) << r.body;
    const json page = r.json();
    ASSERT_LE(page["items"].size(), 1u);
    EXPECT_EQ(page["total"], whole["total"]);
    for (const auto& item : page["items"]) paged.push_back(item);
    next = page["next"].is_string() ? page["next"].get<std::string>() : "";
  } while (!next.empty());
  EXPECT_EQ(json(paged), whole["items"]);
  EXPECT_EQ(server.get("/api/v1/indicators/recognition?limit=0", officer).status, 422);
  EXPECT_EQ(server.get("/api/v1/indicators/recognition", stay.student).status, 403);
}

TEST_F(LearningTest, TheDemosRecognisedStaysHaveAgreementsTranscriptsAndATranscriptCredential) {
  const json recognised =
      server.get("/api/v1/mobilities?status=recognised&direction=outgoing&limit=1", officer).json();
  ASSERT_EQ(recognised["items"].size(), 1u);
  const std::string stay = "/api/v1/mobilities/" + id_of(recognised["items"][0]);
  const json la = server.get(stay + "/learning-agreement", officer).json();
  ASSERT_FALSE(la["versions"].empty());
  EXPECT_EQ(la["versions"].back()["state"], "approved");
  EXPECT_EQ(la["versions"].back()["approvals"].size(), 3u);
  ASSERT_FALSE(la["transcript"].empty());
  ASSERT_FALSE(la["recognition"].empty());
  EXPECT_FALSE(la["recognition"][0]["method"].get<std::string>().empty());
  const auto issued =
      server.send("POST", stay + "/credentials", {{"type", "transcript_of_records"}}, officer);
  ASSERT_EQ(issued.status, 201) << issued.body;
  const json courses = issued.json()["document"]["credentialSubject"]["achievement"]["courses"];
  ASSERT_FALSE(courses.empty());
  EXPECT_TRUE(courses[0].contains("converted_grade")) << courses.dump();
  const auto ewp = server.get(stay + "/ewp-la", officer);
  EXPECT_EQ(ewp.status, 200) << ewp.body;
}

TEST_F(LearningTest, TranscriptsImportFromElmoXmlValidatedAgainstTheSchema) {
  const auto stay = new_stay("tang.yi.elmo@westlake.edu.cn");
  std::ifstream in(source_dir() / "tests" / "cases" / "ewp" / "la" / "unibo-elmo-v2-transcript.xml",
                   std::ios::binary);
  std::ostringstream xml;
  xml << in.rdbuf();
  const std::map<std::string, std::string> headers = {{"Authorization", "Bearer " + officer},
                                                      {"Content-Type", "application/xml"}};
  const auto imported =
      server.request("POST", stay.path + "/transcript/import?scale=it30", xml.str(), headers);
  ASSERT_EQ(imported.status, 200) << imported.body;
  const json transcript = imported.json()["transcript"];
  ASSERT_GE(transcript.size(), 2u);
  bool lode = false;
  for (const auto& t : transcript) {
    EXPECT_EQ(t["scale"], "it30");
    EXPECT_EQ(t["source"], "elmo");
    lode = lode || t["grade"] == "30L";
  }
  EXPECT_TRUE(lode) << transcript.dump();
  // A document that is not valid ELMO is refused with the schema's reason, and nothing changes.
  const auto bad =
      server.request("POST", stay.path + "/transcript/import", "<elmo><nonsense/></elmo>", headers);
  EXPECT_EQ(bad.status, 400) << bad.body;
  const auto csv =
      server.request("POST", stay.path + "/transcript/import?scale=it30",
                     "code,title,credits,grade\nX-1,Extra,5,27\n",
                     {{"Authorization", "Bearer " + officer}, {"Content-Type", "text/csv"}});
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.json()["transcript"].size(), transcript.size() + 1);
}

// A course catalogue pages by code with a keyset cursor: read three at a time it is the
// catalogue read whole, each course once, in code order, before and after an import; a
// cursor is for one institution's catalogue only.
TEST_F(LearningTest, BodiesAreReadStrictlyAndWhatOrbisSetsIsRefused) {
  const auto stay = new_stay("strict.reader.la@westlake.edu.cn");
  const std::string la = stay.path + "/learning-agreement";
  const auto fields_of = [](const Reply& r) {
    std::vector<std::string> out;
    const json body = r.json();
    for (const auto& e : body["errors"]) out.push_back(e["field"]);
    return out;
  };
  // A proposal says its components and reason; the version's number and state are Orbis's.
  const auto numbered =
      server.send("POST", la + "/versions", {{"components", components("HIST-1")}, {"number", 3}},
                  stay.student);
  ASSERT_EQ(numbered.status, 422) << numbered.body;
  EXPECT_EQ(fields_of(numbered), std::vector<std::string>{"number"});
  const auto misspelt =
      server.send("POST", la + "/versions",
                  {{"components", json::array({{{"host", {{"code", "CS-ML"}, {"credit", 10}}}}})}},
                  stay.student);
  ASSERT_EQ(misspelt.status, 422) << misspelt.body;
  EXPECT_EQ(fields_of(misspelt), std::vector<std::string>{"components/0/host/credit"});
  EXPECT_EQ(server.send("POST", la + "/versions", json::object(), stay.student).status, 422);
  const auto proposed =
      server.send("POST", la + "/versions", {{"components", components("HIST-1")}}, stay.student);
  ASSERT_EQ(proposed.status, 201) << proposed.body;
  EXPECT_EQ(proposed.json()["versions"][0]["components"][2]["host"]["code"], "HIST-1");

  // An approval is the SHA-256 alone, and it is required.
  const auto unsigned_ =
      server.send("POST", la + "/versions/1/approval", json::object(), stay.student);
  ASSERT_EQ(unsigned_.status, 422) << unsigned_.body;
  EXPECT_EQ(fields_of(unsigned_), std::vector<std::string>{"sha256"});
  const auto as_someone = server.send(
      "POST", la + "/versions/1/approval",
      {{"sha256", proposed.json()["versions"][0]["sha256"]}, {"by", "dean@westlake.edu.cn"}},
      stay.student);
  ASSERT_EQ(as_someone.status, 422) << as_someone.body;
  EXPECT_EQ(fields_of(as_someone), std::vector<std::string>{"by"});
  EXPECT_EQ(server
                .send("POST", la + "/versions/1001/approval",
                      {{"sha256", proposed.json()["versions"][0]["sha256"]}}, stay.student)
                .status,
            404);

  // Whether a result passes, and who entered it, Orbis says.
  const auto passed = server.send("PUT", stay.path + "/transcript",
                                  {{"entries",
                                    {{{"code", "CS-ML"},
                                      {"credits", 10},
                                      {"grade", "F"},
                                      {"scale", "ects"},
                                      {"passed", true}}}}},
                                  partner);
  ASSERT_EQ(passed.status, 422) << passed.body;
  EXPECT_EQ(fields_of(passed), std::vector<std::string>{"entries/0/passed"});

  // A credit system names both members.
  const std::string credits = "/api/v1/institutions/" + std::to_string(home()) + "/credit-system";
  const auto half = server.send("PUT", credits, {{"ects_per_credit", 1.5}}, officer);
  ASSERT_EQ(half.status, 422) << half.body;
  EXPECT_EQ(fields_of(half), std::vector<std::string>{"system"});
  const auto set =
      server.send("PUT", credits, {{"system", "CN"}, {"ects_per_credit", 1.5}}, officer);
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json(), json({{"system", "cn"}, {"ects_per_credit", 1.5}}));
}

TEST_F(LearningTest, CataloguesPageByCode) {
  const std::int64_t oxford = server.get("/api/v1/auth/me", partner).json()["institution_id"];
  const std::string courses = "/api/v1/institutions/" + std::to_string(oxford) + "/courses";
  const auto before = follow_pages(server, courses, partner, 100);
  std::set<std::string> expected;
  for (const auto& c : before.in_order) expected.insert(c["code"].get<std::string>());
  std::string csv = "code,title,credits,credit_system\n";
  for (const char* code : {"PG-7", "PG-1", "PG-5", "PG-3", "PG-2", "PG-6", "PG-4"}) {
    csv += std::string(code) + ",Paging seminar " + code + ",5,ects\n";
    expected.insert(code);
  }
  const auto imported =
      server.request("POST", courses + "/import?dry_run=false", csv,
                     {{"Authorization", "Bearer " + partner}, {"Content-Type", "text/csv"}});
  ASSERT_EQ(imported.status, 201) << imported.body;
  for (const auto& reader : {partner, officer, server.login("student@westlake.edu.cn")}) {
    const auto paged = expect_pages_of_whole(server, courses, reader, 3);
    std::vector<std::string> codes;
    for (const auto& c : paged.in_order) {
      codes.push_back(c["code"]);
      EXPECT_EQ(c["institution"], oxford) << c;
    }
    EXPECT_EQ(codes, std::vector<std::string>(expected.begin(), expected.end()));
  }
  const auto home_courses = "/api/v1/institutions/" + std::to_string(home()) + "/courses";
  expect_cursor_refused(server, home_courses, officer, first_cursor(server, courses, officer));
  expect_cursor_refused(
      server, courses, officer,
      first_cursor(server, "/api/v1/institutions/" + std::to_string(home()) + "/org-units",
                   officer));
  expect_cursor_refused(server, courses, officer, "garbage");
}

}  // namespace
}  // namespace orbis::testing
