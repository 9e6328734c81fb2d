// The home page through the API: each role's tasks, each counted as the list it links to
// counts it and holding that list's first records, within the reader's scope.
#include <gtest/gtest.h>

#include <set>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

class HomeTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();

  json home(const std::string& token) {
    const auto r = server.get("/api/v1/home", token);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }

  static std::vector<std::string> kinds(const json& h) {
    std::vector<std::string> out;
    for (const auto& t : h["tasks"]) out.push_back(t["kind"].get<std::string>());
    return out;
  }

  static json task(const json& h, const std::string& kind) {
    for (const auto& t : h["tasks"]) {
      if (t["kind"] == kind) return t;
    }
    ADD_FAILURE() << "no task " << kind << " in " << h.dump();
    return json::object();
  }

  static std::vector<std::int64_t> item_ids(const json& t) {
    std::vector<std::int64_t> out;
    for (const auto& i : t["items"]) out.push_back(i["id"].get<std::int64_t>());
    return out;
  }

  // The list a task links to, by its filter: its total and its first ids.
  std::pair<std::int64_t, std::vector<std::int64_t>> linked(const std::string& list, const json& t,
                                                            const std::string& token) {
    std::string query;
    for (const auto& [name, value] : t["filter"].items())
      query += "&" + name + "=" + value.get<std::string>();
    const auto r = server.get(list + "?limit=5" + query, token);
    EXPECT_EQ(r.status, 200) << list << query << ": " << r.body;
    const json page = r.json();
    std::vector<std::int64_t> ids;
    for (const auto& i : page["items"]) ids.push_back(i["id"].get<std::int64_t>());
    return {page.value("total", std::int64_t{-1}), ids};
  }

  // Whether the newest version of the stay's learning agreement has `party`'s signature.
  bool signed_by(std::int64_t stay, const std::string& party) {
    const auto r = server.get("/api/v1/mobilities/" + std::to_string(stay) + "/learning-agreement",
                              server.login("officer@westlake.edu.cn"));
    EXPECT_EQ(r.status, 200) << r.body;
    const json newest = r.json()["versions"].back();
    EXPECT_TRUE(newest["state"] == "proposed" || newest["state"] == "commented") << newest.dump();
    for (const auto& a : newest["approvals"]) {
      if (a["party"] == party) return true;
    }
    return false;
  }
};

TEST_F(HomeTest, AnOfficerSeesWhatWaitsCountedAsEachListCountsIt) {
  const std::string officer = server.login("officer@westlake.edu.cn");
  const json h = home(officer);
  EXPECT_EQ(h["role"], "officer");
  EXPECT_EQ(h["today"].get<std::string>().size(), 10u);
  EXPECT_EQ(kinds(h),
            (std::vector<std::string>{
                "nominations_to_decide", "scholar_clocks_overdue", "applications_to_score",
                "learning_agreements_to_approve", "calls_closing", "agreements_expiring",
                "nominations_awaiting_partner", "stays_without_recognition"}));
  for (const auto& [kind, list] : {std::pair{"agreements_expiring", "/api/v1/agreements"},
                                   {"nominations_to_decide", "/api/v1/nominations"},
                                   {"nominations_awaiting_partner", "/api/v1/nominations"},
                                   {"learning_agreements_to_approve", "/api/v1/mobilities"},
                                   {"stays_without_recognition", "/api/v1/mobilities"}}) {
    SCOPED_TRACE(kind);
    const json t = task(h, kind);
    const auto [total, ids] = linked(list, t, officer);
    EXPECT_EQ(t["count"].get<std::int64_t>(), total);
    EXPECT_EQ(item_ids(t), ids);
    EXPECT_LE(t["items"].size(), 5u);
  }
  // The demo has one of each waiting: a partner's nominee to decide (Camille Moreau), a
  // learning agreement only its student signed, nominations the hosts have not answered, a
  // call closing within the week, stays ended without recognition.
  const json incoming = task(h, "nominations_to_decide");
  ASSERT_EQ(incoming["count"], 1);
  EXPECT_EQ(incoming["items"][0]["title"], "Moreau Camille");
  EXPECT_EQ(incoming["filter"], (json{{"state", "pending"}, {"direction", "incoming"}}));
  const json to_sign = task(h, "learning_agreements_to_approve");
  ASSERT_EQ(to_sign["count"], 1);
  const auto stay = to_sign["items"][0]["id"].get<std::int64_t>();
  EXPECT_FALSE(signed_by(stay, "sending"));
  EXPECT_TRUE(signed_by(stay, "student"));
  EXPECT_GE(task(h, "nominations_awaiting_partner")["count"].get<int>(), 2);
  EXPECT_GT(task(h, "stays_without_recognition")["count"].get<int>(), 5);
  for (const auto& s : task(h, "stays_without_recognition")["items"]) {
    EXPECT_EQ(s["status"], "completed");
    EXPECT_FALSE(s["title"].get<std::string>().empty());   // the student's name
    EXPECT_FALSE(s["detail"].get<std::string>().empty());  // the host
  }
  const json closing = task(h, "calls_closing");
  ASSERT_EQ(closing["count"], 1);
  EXPECT_TRUE(closing["items"][0]["detail"].get<std::string>().ends_with("-SPR"));
  const json call =
      server.get("/api/v1/calls/" + std::to_string(closing["items"][0]["id"].get<int>()), officer)
          .json();
  EXPECT_EQ(call["phase"], "open");
  EXPECT_EQ(closing["items"][0]["date"], call["closes_at"].get<std::string>().substr(0, 10));
  EXPECT_LE(closing["items"][0]["date"].get<std::string>(), call["closes_at"].get<std::string>());
}

TEST_F(HomeTest, ApplicationsToScoreAreTheSubmittedOnesWithoutAScoreInCallsThatWeighOne) {
  const std::string officer = server.login("officer@westlake.edu.cn");
  const json t = task(home(officer), "applications_to_score");
  // Counted from every call's applications, not from the query the home page runs.
  std::set<std::int64_t> expected;
  for (const auto& c : follow_pages(server, "/api/v1/calls", officer, 50).in_order) {
    const json detail =
        server.get("/api/v1/calls/" + std::to_string(c["id"].get<int>()), officer).json();
    const auto& w = detail["weights"];
    if (w["interview"].get<double>() <= 0 && w["motivation"].get<double>() <= 0) continue;
    for (const auto& a :
         follow_pages(server,
                      "/api/v1/calls/" + std::to_string(c["id"].get<int>()) + "/applications",
                      officer, 100)
             .in_order) {
      const std::string status = a["status"];
      if ((status == "submitted" || status == "eligible") && a["scored_by"] == "")
        expected.insert(a["id"].get<std::int64_t>());
    }
  }
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(t["count"].get<std::size_t>(), expected.size());
  for (const auto id : item_ids(t)) EXPECT_TRUE(expected.contains(id)) << id;
  EXPECT_EQ(t["items"].size(), std::min<std::size_t>(5, expected.size()));

  // Scored, it is no longer waiting.
  const auto first = t["items"][0]["id"].get<std::int64_t>();
  const std::string path = "/api/v1/applications/" + std::to_string(first);
  const auto before = server.get(path, officer);
  const auto scored =
      server.send("POST", path + "/score", {{"interview_score", 80}, {"motivation_score", 70}},
                  officer, {{"If-Match", before.header("etag")}});
  ASSERT_EQ(scored.status, 200) << scored.body;
  const json after = task(home(officer), "applications_to_score");
  EXPECT_EQ(after["count"].get<std::size_t>(), expected.size() - 1);
  for (const auto id : item_ids(after)) EXPECT_NE(id, first);
}

TEST_F(HomeTest, ACoordinatorSeesOnlyTheirSchoolsWork) {
  const std::string officer = server.login("officer@westlake.edu.cn");
  const std::string coordinator = server.login("coordinator.sls@westlake.edu.cn");
  const json h = home(coordinator);
  EXPECT_EQ(kinds(h), (std::vector<std::string>{
                          "scholar_clocks_overdue", "applications_to_score",
                          "learning_agreements_to_approve", "calls_closing", "agreements_expiring",
                          "nominations_awaiting_partner", "stays_without_recognition"}));
  const json me = server.get("/api/v1/auth/me", coordinator).json();
  const auto unit = me["org_unit_id"];
  ASSERT_FALSE(unit.is_null()) << me.dump();
  const json score = task(h, "applications_to_score");
  ASSERT_GE(score["count"].get<int>(), 1);  // Ouyang Ning's, in the School of Life Sciences
  EXPECT_LT(score["count"].get<int>(), task(home(officer), "applications_to_score")["count"]);
  for (const auto id : item_ids(score)) {
    const json a = server.get("/api/v1/applications/" + std::to_string(id), officer).json();
    EXPECT_EQ(a["org_unit_id"], unit) << a.dump();
  }
  const json ended = task(h, "stays_without_recognition");
  const auto [total, ids] = linked("/api/v1/mobilities", ended, coordinator);
  EXPECT_EQ(ended["count"].get<std::int64_t>(), total);
  EXPECT_LT(total, task(home(officer), "stays_without_recognition")["count"]);
  for (const auto id : ids) {
    const json s = server.get("/api/v1/mobilities/" + std::to_string(id), officer).json();
    EXPECT_EQ(s["org_unit_id"], unit);
  }
}

TEST_F(HomeTest, APartnerSeesOnlyWhatWaitsForItsOwnInstitution) {
  const std::string oxford = server.login("partner@ox.ac.uk");
  const std::string berkeley = server.login("partner@berkeley.edu");
  const json h = home(oxford);
  EXPECT_EQ(h["role"], "partner");
  EXPECT_EQ(kinds(h),
            (std::vector<std::string>{"nominations_to_decide", "learning_agreements_to_approve"}));
  const json me = server.get("/api/v1/auth/me", oxford).json();
  const auto institution = me["institution_id"];
  // Westlake's nominee to Oxford waits for Oxford; so does a change to a student's learning
  // agreement that the student and Westlake signed.
  const json nominations = task(h, "nominations_to_decide");
  ASSERT_EQ(nominations["count"], 1);
  EXPECT_EQ(nominations["filter"], (json{{"state", "pending"}, {"direction", "outgoing"}}));
  const json to_sign = task(h, "learning_agreements_to_approve");
  ASSERT_EQ(to_sign["count"], 1);
  const auto stay = to_sign["items"][0]["id"].get<std::int64_t>();
  EXPECT_TRUE(signed_by(stay, "student"));
  EXPECT_TRUE(signed_by(stay, "sending"));
  EXPECT_FALSE(signed_by(stay, "receiving"));
  for (const auto& t : h["tasks"]) {
    for (const auto id : item_ids(t)) {
      const auto r = server.get("/api/v1/mobilities/" + std::to_string(id), oxford);
      ASSERT_EQ(r.status, 200) << r.body;
      const json s = r.json();
      EXPECT_TRUE(s["receiving_institution_id"] == institution ||
                  s["sending_institution_id"] == institution)
          << s.dump();
    }
  }
  // The office's own work is none of its business.
  const std::string body = server.get("/api/v1/home", oxford).body;
  for (const char* other : {"Moreau Camille", "applications_to_score", "agreements_expiring"})
    EXPECT_EQ(body.find(other), std::string::npos) << other;
  // Berkeley has nothing of Oxford's.
  const json b = home(berkeley);
  for (const auto& t : b["tasks"]) {
    for (const auto id : item_ids(t)) {
      EXPECT_NE(id, stay);
      EXPECT_EQ(server.get("/api/v1/mobilities/" + std::to_string(id), berkeley).status, 200);
    }
  }

  // Once Oxford signs, nothing waits for it; the stay no longer waits for Westlake either.
  const std::string la = "/api/v1/mobilities/" + std::to_string(stay) + "/learning-agreement";
  const json record = server.get(la, oxford).json();
  const json newest = record["versions"].back();
  const auto signed_now = server.send(
      "POST", la + "/versions/" + std::to_string(newest["number"].get<int>()) + "/approval",
      {{"sha256", newest["sha256"]}}, oxford);
  ASSERT_EQ(signed_now.status, 200) << signed_now.body;
  EXPECT_EQ(task(home(oxford), "learning_agreements_to_approve")["count"], 0);
  EXPECT_EQ(task(home(oxford), "learning_agreements_to_approve")["items"], json::array());
}

TEST_F(HomeTest, AStudentSeesTheirOwnApplicationsStaysAndTheCallsOpenToThem) {
  const std::string student = server.login("student@westlake.edu.cn");
  const json h = home(student);
  EXPECT_EQ(kinds(h), (std::vector<std::string>{"my_applications", "learning_agreements_to_approve",
                                                "my_stays", "calls_open"}));
  const auto own = follow_pages(server, "/api/v1/applications", student, 50);
  const json applications = task(h, "my_applications");
  EXPECT_EQ(applications["count"].get<std::size_t>(), own.ids.size());
  EXPECT_EQ(item_ids(applications), own.ids);
  ASSERT_EQ(applications["items"].size(), 1u);
  EXPECT_EQ(applications["items"][0]["status"], "draft");  // her draft, to submit this week
  const auto stays = follow_pages(server, "/api/v1/mobilities", student, 50);
  const json mine = task(h, "my_stays");
  EXPECT_EQ(mine["count"].get<std::int64_t>(), stays.total);
  EXPECT_EQ(item_ids(mine), stays.ids);
  for (const auto& s : mine["items"]) {
    EXPECT_FALSE(s["title"].get<std::string>().empty());  // the host
    EXPECT_EQ(s["detail"], "");
  }
  const json open = task(h, "calls_open");
  ASSERT_EQ(open["count"], 2);
  for (const auto& c : open["items"]) EXPECT_EQ(c["status"], "open");
  // Nothing about anyone else.
  const std::string body = server.get("/api/v1/home", student).body;
  for (const char* other : {"Moreau Camille", "Ouyang Ning", "applications_to_score"})
    EXPECT_EQ(body.find(other), std::string::npos) << other;
}

TEST_F(HomeTest, AViewerSeesAgreementsEndingAndNothingPersonal) {
  const std::string viewer = server.login("viewer@westlake.edu.cn");
  const json h = home(viewer);
  EXPECT_EQ(kinds(h), (std::vector<std::string>{"agreements_expiring"}));
  const json t = task(h, "agreements_expiring");
  EXPECT_GE(t["count"].get<int>(), 1);
  for (const auto& a : t["items"]) {
    EXPECT_EQ(a["status"], "expiring");
    EXPECT_FALSE(a["detail"].get<std::string>().empty());  // the partner
  }
}

TEST_F(HomeTest, NobodyAnonymousAndTheSignatureFilterIsChecked) {
  EXPECT_EQ(server.request("GET", "/api/v1/home").status, 401);
  const std::string officer = server.login("officer@westlake.edu.cn");
  const auto bad = server.get("/api/v1/mobilities?awaiting_signature=perhaps", officer);
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_NE(bad.body.find("awaiting_signature"), std::string::npos) << bad.body;
}

}  // namespace
}  // namespace orbis::testing
