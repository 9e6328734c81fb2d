// The scope defects of issue 11, one by one: partners reading each other in a multilateral
// agreement, viewers reading personal data, a partner naming our calls in a nomination, and
// coordinators reading reminders and minting calendar tokens. scope_test.cc walks every
// route for the same kind of leak.
#include <gtest/gtest.h>

#include <set>

#include "harness.h"
#include "seed/demo.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

std::string id_text(const json& v) { return std::to_string(v.get<std::int64_t>()); }

// Every e-mail address in `text`, roughly: the words around each '@'.
std::vector<std::string> emails_in(const std::string& text) {
  std::vector<std::string> out;
  for (auto at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
    auto begin = at, end = at + 1;
    const auto part = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
             c == '+';
    };
    while (begin > 0 && part(text[begin - 1])) --begin;
    while (end < text.size() && part(text[end])) ++end;
    if (begin < at && text.find('.', at) < end) out.push_back(text.substr(begin, end - begin));
  }
  return out;
}

class ScopeCase : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  json consortium() {
    const auto list = server.get("/api/v1/agreements?q=WU-CONSORTIUM-01", officer).json();
    for (const auto& a : list["items"]) {
      if (a["code"] == std::string(seed::kDemoConsortiumCode))
        return server.get("/api/v1/agreements/" + id_text(a["id"]), officer).json();
    }
    throw std::runtime_error("the demo has no consortium");
  }
  std::int64_t partner_id(const json& agreement, const std::string& name_part) {
    for (const auto& p : agreement["partners"])
      if (p["name"].get<std::string>().find(name_part) != std::string::npos) return p["id"];
    throw std::runtime_error("no partner " + name_part);
  }
  json contact(const json& agreement, std::int64_t institution) {
    for (const auto& p : agreement["parties"])
      if (p["institution_id"] == institution) return p["contact"];
    throw std::runtime_error("no party");
  }
  std::vector<json> mobilities(const std::string& token) {
    std::vector<json> out;
    const auto page = server.get("/api/v1/mobilities?limit=200", token).json();
    for (const auto& m : page["items"]) out.push_back(m);
    return out;
  }
};

// ---- 3. Partners see other partners ---------------------------------------------------

class PartnerScope : public ScopeCase {};

TEST_F(PartnerScope, AMultilateralAgreementShowsEachPartnerOnlyItself) {
  const auto full = consortium();
  const auto oxford = partner_id(full, "Oxford"), berkeley = partner_id(full, "Berkeley");
  const auto home = server.get("/api/v1/settings/home", officer).json()["institution"]["id"];
  const std::string path = "/api/v1/agreements/" + id_text(full["id"]);
  ASSERT_EQ(full["parties"].size(), 3u);
  for (const auto& [email, own, other] : {std::tuple{"partner@ox.ac.uk", oxford, berkeley},
                                          std::tuple{"partner@berkeley.edu", berkeley, oxford}}) {
    SCOPED_TRACE(email);
    const auto token = server.login(email);
    const auto theirs = contact(full, other);
    const auto detail = server.get(path, token);
    ASSERT_EQ(detail.status, 200) << detail.body;
    // Its own party and ours, with contacts; nothing of the other partner.
    const auto a = detail.json();
    EXPECT_EQ(a["title"], full["title"]);
    std::set<std::int64_t> parties;
    for (const auto& p : a["parties"]) parties.insert(p["institution_id"].get<std::int64_t>());
    EXPECT_EQ(parties, (std::set<std::int64_t>{home.get<std::int64_t>(), own}));
    EXPECT_EQ(a["partners"].size(), 1u);
    EXPECT_NE(detail.body.find(contact(full, own)["email"].get<std::string>()), std::string::npos);
    for (const char* field : {"name", "email", "phone"})
      EXPECT_EQ(detail.body.find(theirs[field].get<std::string>()), std::string::npos) << field;
    ASSERT_EQ(a["conditions"].size(), 2u);
    for (const auto& c : a["conditions"]) {
      EXPECT_TRUE(c["sending_institution_id"] == own || c["receiving_institution_id"] == own);
      EXPECT_EQ(c["usage"]["seats_free"].get<int>() + c["usage"]["seats_used"].get<int>(),
                c["seats_per_year"].get<int>());
    }
    ASSERT_EQ(a["balance"].size(), 1u);
    EXPECT_EQ(a["balance"][0]["institution_id"], own);
    // The list shows the same; filters find nothing through the other partner.
    const auto list = server.get("/api/v1/agreements?limit=100", token);
    EXPECT_EQ(list.body.find(theirs["email"].get<std::string>()), std::string::npos);
    EXPECT_EQ(list.body.find(theirs["phone"].get<std::string>()), std::string::npos);
    EXPECT_EQ(
        server.get("/api/v1/agreements?partner=" + std::to_string(other), token).json()["total"],
        0);
    // The consortium's title names both partners, and the title is the header every party
    // sees; the other partner's own record (its country, its full name) finds nothing.
    const auto by_country = server
                                .get(other == berkeley ? "/api/v1/agreements?country=US"
                                                       : "/api/v1/agreements?country=GB",
                                     token)
                                .json();
    EXPECT_EQ(by_country["total"], 0) << by_country.dump().substr(0, 300);
    if (other == berkeley) {
      const auto by_name = server.get("/api/v1/agreements?q=california", token).json();
      EXPECT_EQ(by_name["total"], 0) << by_name.dump().substr(0, 300);
    }
    // Comments: its own and ours to everyone; not the other partner's.
    const auto comments = server.get(path + "/comments", token);
    ASSERT_EQ(comments.status, 200);
    EXPECT_EQ(comments.body.find(other == berkeley ? "Berkeley confirms" : "Oxford can host"),
              std::string::npos)
        << comments.body;
    EXPECT_NE(comments.body.find(own == berkeley ? "Berkeley confirms" : "Oxford can host"),
              std::string::npos);
    EXPECT_NE(comments.body.find("annual meeting"), std::string::npos);
    EXPECT_EQ(comments.body.find(other == berkeley ? "partner@berkeley.edu" : "partner@ox.ac.uk"),
              std::string::npos);
    // The EWP export cannot carry a multilateral agreement, and says nothing of its parties.
    const auto ewp = server.get(path + "/ewp-iia", token);
    EXPECT_EQ(ewp.status, 422);
    EXPECT_EQ(ewp.body.find(theirs["email"].get<std::string>()), std::string::npos);
  }
}

TEST_F(PartnerScope, CommentsAndFilesForOnePartnerReachOnlyThatPartner) {
  const auto full = consortium();
  const auto berkeley = partner_id(full, "Berkeley");
  const std::string path = "/api/v1/agreements/" + id_text(full["id"]);
  const auto to_berkeley = server.send(
      "POST", path + "/comments",
      {{"text", "Marcus, the visa letter for Priya is on its way."}, {"institution_id", berkeley}},
      officer);
  ASSERT_EQ(to_berkeley.status, 201) << to_berkeley.body;
  EXPECT_EQ(to_berkeley.json()["institution_id"], berkeley);
  // Only a partner of the agreement can be addressed.
  EXPECT_EQ(server.send("POST", path + "/comments", {{"text", "x"}, {"institution_id", 1}}, officer)
                .status,
            422);
  const std::string pdf = "%PDF-1.4\n% Berkeley annex\n%%EOF\n";
  const auto annex =
      server.request("POST", path + "/attachments?institution=" + std::to_string(berkeley), pdf,
                     {{"Authorization", "Bearer " + officer},
                      {"Content-Type", "application/pdf"},
                      {"X-Filename", "berkeley-annex.pdf"}});
  ASSERT_EQ(annex.status, 201) << annex.body;
  EXPECT_EQ(annex.json()["institution_id"], berkeley);
  const std::string file = path + "/attachments/" + id_text(annex.json()["id"]);

  const auto oxford = server.login("partner@ox.ac.uk");
  EXPECT_EQ(server.get(path + "/comments", oxford).body.find("visa letter"), std::string::npos);
  EXPECT_EQ(server.get(path, oxford).body.find("berkeley-annex.pdf"), std::string::npos);
  EXPECT_EQ(server.get(file, oxford).status, 404);
  const auto uc = server.login("partner@berkeley.edu");
  EXPECT_NE(server.get(path + "/comments", uc).body.find("visa letter"), std::string::npos);
  EXPECT_NE(server.get(path, uc).body.find("berkeley-annex.pdf"), std::string::npos);
  EXPECT_EQ(server.get(file, uc).status, 200);
  // A partner's own comment is for its institution, whatever it asks.
  const auto from_oxford = server.send(
      "POST", path + "/comments", {{"text", "Oxford here."}, {"institution_id", berkeley}}, oxford);
  EXPECT_EQ(from_oxford.status, 422) << from_oxford.body;
}

// ---- 4. Viewers see personal data ------------------------------------------------------

class PersonalData : public ScopeCase {
 protected:
  std::string viewer = server.login("viewer@westlake.edu.cn");
  void expect_no_emails(const Reply& r, const std::string& what) {
    ASSERT_EQ(r.status, 200) << what << ": " << r.body;
    for (const auto& e : emails_in(r.body)) ADD_FAILURE() << what << " shows " << e;
  }
};

TEST_F(PersonalData, ViewersSeeNamesAndRolesNotEmails) {
  // Ouyang Ning's learning agreement: proposed by her, approved by all three.
  const auto people = server.get("/api/v1/people?q=ouyang", officer).json();
  ASSERT_EQ(people["items"].size(), 1u);
  const auto person = people["items"][0];
  ASSERT_EQ(person["email"], "student2@westlake.edu.cn");
  std::string stay;
  for (const auto& m : mobilities(officer))
    if (m["person_id"] == person["id"]) stay = "/api/v1/mobilities/" + id_text(m["id"]);
  ASSERT_FALSE(stay.empty());
  const auto as_officer = server.get(stay + "/learning-agreement", officer).json();
  EXPECT_EQ(as_officer["versions"][0]["proposed_by"], "student2@westlake.edu.cn");
  const auto la = server.get(stay + "/learning-agreement", viewer);
  expect_no_emails(la, "the learning agreement");
  const auto version = la.json()["versions"][0];
  EXPECT_EQ(version["proposed_by"], "Ouyang Ning 欧阳宁 (student)");
  ASSERT_EQ(version["approvals"].size(), 3u);
  EXPECT_EQ(version["approvals"][1]["by"], "Gao Ya 高雅 (coordinator)");
  EXPECT_EQ(version["approvals"][2]["name"], "Daniel Okafor");
  // People: names, never e-mails or GPA.
  const auto list = server.get("/api/v1/people?limit=100", viewer);
  expect_no_emails(list, "the people list");
  const auto listed = list.json();
  for (const auto& p : listed["items"]) {
    EXPECT_TRUE(p["email"].is_null());
    EXPECT_TRUE(p["gpa"].is_null());
  }
  expect_no_emails(server.get("/api/v1/people/" + id_text(person["id"]), viewer), "a person");
  // Her application's history names her, not her address.
  const auto calls = server.get("/api/v1/calls", officer).json();
  std::string application;
  for (const auto& c : calls["items"]) {
    const auto apps = server.get("/api/v1/calls/" + id_text(c["id"]) + "/applications", officer);
    const auto items = apps.json()["items"];
    for (const auto& a : items)
      if (a["person_id"] == person["id"]) application = "/api/v1/applications/" + id_text(a["id"]);
  }
  ASSERT_FALSE(application.empty());
  const auto app = server.get(application, viewer);
  expect_no_emails(app, "the application");
  EXPECT_EQ(app.json()["history"].back()["actor"], "Ouyang Ning 欧阳宁 (student)");
  // Stays and nominations, agreements and their comments, credentials, reminders and the
  // calendar feed: no one's address.
  expect_no_emails(server.get("/api/v1/mobilities?limit=200", viewer), "the stays");
  expect_no_emails(server.get("/api/v1/nominations?state=accepted&limit=200", viewer),
                   "the nominations");
  const auto agreement = "/api/v1/agreements/" + id_text(consortium()["id"]);
  expect_no_emails(server.get(agreement, viewer), "the agreement");
  expect_no_emails(server.get(agreement + "/comments", viewer), "the comments");
  expect_no_emails(server.get("/api/v1/credentials", viewer), "the credentials");
  const auto reminders = server.get("/api/v1/agreements/reminders", viewer);
  expect_no_emails(reminders, "the reminders");
  expect_no_emails(server.request("GET", reminders.json()["calendar_url"].get<std::string>()),
                   "the calendar");
}

TEST_F(PersonalData, ViewersSeeNoGradesPartnersSeeWhatTheyNeed) {
  // A completed stay with a transcript and recognised credits.
  std::string stay;
  for (const auto& m : mobilities(officer)) {
    if (m["status"] != "recognised") continue;
    stay = "/api/v1/mobilities/" + id_text(m["id"]);
    break;
  }
  ASSERT_FALSE(stay.empty());
  const auto full = server.get(stay + "/learning-agreement", officer).json();
  ASSERT_FALSE(full["transcript"].empty());
  ASSERT_FALSE(full["transcript"][0]["grade"].get<std::string>().empty());
  const auto seen = server.get(stay + "/learning-agreement", viewer).json();
  ASSERT_EQ(seen["transcript"].size(), full["transcript"].size());
  for (const auto& e : seen["transcript"]) EXPECT_EQ(e["grade"], "");
  for (const auto& r : seen["recognition"]) EXPECT_EQ(r["converted_grade"], "");
  // The partner that hosts the stay sees the student's e-mail (it receives her) but not
  // her phone or passport.
  const auto person = server.get("/api/v1/people?q=%E7%8E%8B%E8%8A%B3", officer).json()["items"][0];
  for (const auto& m : mobilities(server.login("partner@ox.ac.uk"))) {
    if (m["person_id"] != person["id"]) continue;
    EXPECT_EQ(m["person"]["email"], "student@westlake.edu.cn");
    EXPECT_FALSE(m["person"].contains("phone"));
  }
}

// ---- 5. A partner names our calls ----------------------------------------------------

class PartnerNominations : public ScopeCase {
 protected:
  std::string oxford = server.login("partner@ox.ac.uk");
  json nomination(std::int64_t agreement) {
    return {{"person",
             {{"family_name", "Ashworth"},
              {"given_name", "Clara"},
              {"email", "clara.ashworth@ox.ac.uk"},
              {"nationality", "GB"},
              {"level", 6},
              {"field", "0588"}}},
            {"agreement_id", agreement},
            {"type", "student_studies"},
            {"academic_year", "2027/2028"},
            {"planned_start", "2027-09-01"},
            {"planned_end", "2028-01-31"}};
  }
  std::int64_t oxford_agreement() {
    const auto list = server.get("/api/v1/agreements?q=oxford&limit=100", officer).json();
    for (const auto& a : list["items"])
      if (a["partners"].size() == 1 && a["kinds"][0] == "student_exchange") return a["id"];
    throw std::runtime_error("no Oxford exchange agreement");
  }
  int stays() { return server.get("/api/v1/mobilities?limit=1", officer).json()["total"]; }
};

TEST_F(PartnerNominations, APartnerCannotNameOurCallsOrUnits) {
  const auto calls = server.get("/api/v1/calls", officer).json()["items"];
  ASSERT_FALSE(calls.empty());
  const auto call = calls[0];
  ASSERT_EQ(server.get("/api/v1/calls/" + id_text(call["id"]), oxford).status, 403);
  const auto units =
      server
          .get("/api/v1/institutions/" +
                   id_text(
                       server.get("/api/v1/settings/home", officer).json()["institution"]["id"]) +
                   "/org-units",
               officer)
          .json()["items"];
  const int before = stays();
  auto with_call = nomination(oxford_agreement());
  with_call["call_id"] = call["id"];
  with_call["org_unit_id"] = units[0]["id"];
  const auto r = server.send("POST", "/api/v1/nominations", with_call, oxford);
  EXPECT_EQ(r.status, 422) << r.body.substr(0, 400);
  EXPECT_EQ(r.body.find(call["code"].get<std::string>()), std::string::npos);
  EXPECT_EQ(r.body.find(call["title"].get<std::string>()), std::string::npos);
  std::set<std::string> fields;
  const auto problem = r.json();
  if (r.status == 422)
    for (const auto& e : problem["errors"]) fields.insert(e["field"]);
  EXPECT_TRUE(fields.contains("call_id"));
  EXPECT_TRUE(fields.contains("org_unit_id"));
  EXPECT_EQ(stays(), before);  // nothing filed
  // Without them, the nomination goes in, and its answer shows nothing of ours it cannot see.
  const auto ok =
      server.send("POST", "/api/v1/nominations", nomination(oxford_agreement()), oxford);
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_TRUE(ok.json()["call_id"].is_null());
  EXPECT_FALSE(ok.json().contains("call"));
}

TEST_F(PartnerNominations, AnAgreementAPartnerCannotSeeIsNoSuchAgreement) {
  // Berkeley's own agreement, without Oxford: as unknown to Oxford as one that does not exist.
  std::int64_t berkeley_only = 0;
  const auto berkeley = server.get("/api/v1/agreements?q=berkeley&limit=100", officer).json();
  for (const auto& a : berkeley["items"])
    if (a["partners"].size() == 1) berkeley_only = a["id"];
  ASSERT_NE(berkeley_only, 0);
  const auto hidden = server.send("POST", "/api/v1/nominations", nomination(berkeley_only), oxford);
  const auto missing = server.send("POST", "/api/v1/nominations", nomination(99999999), oxford);
  EXPECT_EQ(hidden.status, 422);
  EXPECT_EQ(hidden.status, missing.status);
  EXPECT_EQ(hidden.json()["errors"], missing.json()["errors"]);
}

TEST_F(PartnerNominations, StaysShowAPartnerNoneOfOurCallsOrApplications) {
  std::size_t ours = 0;
  for (const auto& m : mobilities(oxford)) {
    EXPECT_TRUE(m["call_id"].is_null()) << m["id"];
    EXPECT_TRUE(m["application_id"].is_null()) << m["id"];
    EXPECT_FALSE(m.contains("call")) << m["call"].dump();
    if (m["direction"] == "outgoing") ++ours;
  }
  EXPECT_GT(ours, 0u);  // our students placed at Oxford through calls
}

// ---- 6. Reminders and calendar tokens --------------------------------------------------

class Reminders : public ScopeCase {};

TEST_F(Reminders, OnlyTheOfficeAndViewersReadRemindersAndMintCalendars) {
  for (const char* email :
       {"coordinator@westlake.edu.cn", "partner@ox.ac.uk", "student@westlake.edu.cn"}) {
    const auto r = server.get("/api/v1/agreements/reminders", server.login(email));
    EXPECT_EQ(r.status, 403) << email;
    EXPECT_EQ(r.body.find("calendar"), std::string::npos) << email;
  }
  for (const char* email :
       {"admin@westlake.edu.cn", "officer@westlake.edu.cn", "viewer@westlake.edu.cn"})
    EXPECT_EQ(server.get("/api/v1/agreements/reminders", server.login(email)).status, 200) << email;
  // The use case refuses it too, whoever calls it.
  auto& services = server.services();
  const auto me = server.get("/api/v1/auth/me", server.login("coordinator@westlake.edu.cn")).json();
  const domain::Actor coordinator{UserId{me["id"].get<std::int64_t>()},
                                  me["email"].get<std::string>(), domain::Role::coordinator,
                                  OrgUnitId{me["org_unit_id"].get<std::int64_t>()}, std::nullopt};
  const auto token = services.agreement_reminders.calendar_token(coordinator);
  ASSERT_FALSE(token);
  EXPECT_EQ(token.error().code, ErrorCode::permission_denied);
  EXPECT_FALSE(services.agreement_reminders.list(coordinator));
  // A feed a coordinator was given before serves nothing.
  {
    auto tx = server.services().store.begin(store::Access::write);
    ASSERT_TRUE(tx);
    ASSERT_TRUE((*tx)->users().set_calendar_token(coordinator.user, "coordinator-feed-token"));
    ASSERT_TRUE((*tx)->commit());
  }
  EXPECT_EQ(server.request("GET", "/api/v1/calendar/coordinator-feed-token.ics").status, 404);
}

}  // namespace
}  // namespace orbis::testing
