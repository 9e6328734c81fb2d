// Partnerships through the API: the life cycle, conditions, partner scope, comments,
// attachments, reminders and the calendar feed.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

class AgreementsTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");
  static inline int drafts = 0;

  std::int64_t institution(const std::string& ror) {
    const auto r = server.get("/api/v1/institutions?limit=1&q=" + ror, officer);
    return r.json()["items"][0]["id"];
  }
  std::int64_t home() {
    return server.get("/api/v1/settings/home", officer).json()["institution"]["id"];
  }
  json draft(std::int64_t partner) {
    return {{"title", "Exchange in computer science"},
            {"code", "WU-TEST-" + std::to_string(++drafts)},
            {"kinds", {"student_exchange"}},
            {"start_date", "2026-09-01"},
            {"end_date", "2031-08-31"},
            {"parties",
             {{{"institution_id", home()}, {"is_home", true}},
              {{"institution_id", partner},
               {"is_home", false},
               {"contact", {{"name", "Dr Ada"}, {"email", "ada@ox.ac.uk"}}}}}},
            {"conditions",
             {{{"sending_institution_id", home()},
               {"receiving_institution_id", partner},
               {"mobility_type", "student_studies"},
               {"academic_years", {{"first", "2026/2027"}, {"last", "2030/2031"}}},
               {"eqf_levels", {6, 7}},
               {"isced", "0613"},
               {"seats_per_year", 2},
               {"months_per_seat", 5},
               {"languages", {{{"language", "en"}, {"cefr", "b2"}}}}}}}};
  }
  std::vector<std::string> error_fields(const Reply& r) {
    std::vector<std::string> fields;
    const auto body = r.json();
    for (const auto& e : body["errors"]) fields.push_back(e["field"]);
    return fields;
  }
  Reply move(std::int64_t id, const std::string& to, const std::string& reason = "") {
    return server.send("POST", "/api/v1/agreements/" + std::to_string(id) + "/transitions",
                       {{"to", to}, {"reason", reason}}, officer);
  }
};

TEST_F(AgreementsTest, CreatesADraftAndWalksTheLifeCycle) {
  const auto oxford = institution("ox.ac.uk");
  const auto created = server.send("POST", "/api/v1/agreements", draft(oxford), officer);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto a = created.json();
  EXPECT_EQ(a["status"], "draft");
  EXPECT_EQ(a["partners"][0]["id"], oxford);
  EXPECT_EQ(a["conditions"][0]["languages"][0]["cefr"], "B2");
  EXPECT_EQ(a["conditions"][0]["usage"]["seats_free"], 2);
  const std::int64_t id = a["id"];
  EXPECT_EQ(move(id, "active").status, 409);  // draft cannot jump to active
  for (const auto* to : {"negotiation", "signed", "active"})
    ASSERT_EQ(move(id, to).status, 200) << to;
  const auto terminated = move(id, "terminated");
  EXPECT_EQ(terminated.status, 422);  // a reason is required
  const auto ended = move(id, "terminated", "The partner ended the programme.");
  ASSERT_EQ(ended.status, 200) << ended.body;
  const auto history = ended.json()["history"];
  ASSERT_EQ(history.size(), 4u);
  EXPECT_EQ(history[3]["from"], "active");
  EXPECT_EQ(history[3]["to"], "terminated");
  EXPECT_EQ(history[3]["actor"], "officer@westlake.edu.cn");
  EXPECT_EQ(move(id, "active").status, 409);
}

// Each reader of an agreement is told what it may do with it now (allowed_actions) and where
// it may move it (allowed_transitions), from the access policy and the life cycle; what is
// listed succeeds, and what is not is refused.
TEST_F(AgreementsTest, EachReaderIsToldWhatItMayDoWithAnAgreement) {
  const auto oxford = institution("ox.ac.uk");
  const auto created = server.send("POST", "/api/v1/agreements", draft(oxford), officer);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/agreements/" + std::to_string(created.json()["id"].get<int>());
  const json office =
      json::array({"update", "transition", "comment", "address_partner", "attach", "import_ewp"});
  EXPECT_EQ(created.json()["allowed_actions"], office);
  const json none = json::array();
  const std::vector<std::tuple<std::string, json, json>> readers = {
      {"admin@westlake.edu.cn", office, json::array({"negotiation", "terminated"})},
      {"officer@westlake.edu.cn", office, json::array({"negotiation", "terminated"})},
      // A coordinator comments on every agreement, its org unit's or not.
      {"coordinator@westlake.edu.cn", json::array({"comment", "address_partner"}), none},
      {"coordinator.sls@westlake.edu.cn", json::array({"comment", "address_partner"}), none},
      // A partner comments for its own institution only.
      {"partner@ox.ac.uk", json::array({"comment"}), none},
      {"viewer@westlake.edu.cn", none, none}};
  for (const auto& [email, actions, moves] : readers) {
    const auto r = server.get(path, server.login(email));
    ASSERT_EQ(r.status, 200) << email;
    EXPECT_EQ(r.json()["allowed_actions"], actions) << email;
    EXPECT_EQ(r.json()["allowed_transitions"], moves) << email;
  }
  EXPECT_EQ(server.get(path, server.login("partner@berkeley.edu")).status, 404);
  EXPECT_EQ(server.get(path, server.login("student@westlake.edu.cn")).status, 403);

  // What each may do, it can; what it may not, it cannot.
  const auto coordinator = server.login("coordinator.sls@westlake.edu.cn");
  const auto partner = server.login("partner@ox.ac.uk");
  const auto viewer = server.login("viewer@westlake.edu.cn");
  EXPECT_EQ(server
                .send("POST", path + "/comments",
                      {{"text", "For Oxford only."}, {"institution_id", oxford}}, coordinator)
                .status,
            201);
  EXPECT_EQ(server.send("POST", path + "/comments", {{"text", "We agree."}}, partner).status, 201);
  EXPECT_EQ(server
                .send("POST", path + "/comments",
                      {{"text", "For Westlake."}, {"institution_id", home()}}, partner)
                .status,
            422);
  EXPECT_EQ(server.send("POST", path + "/comments", {{"text", "Noted."}}, viewer).status, 403);
  EXPECT_EQ(server.send("POST", path + "/transitions", {{"to", "negotiation"}}, coordinator).status,
            403);
  const std::string pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
  const auto attach = [&](const std::string& token) {
    return server
        .request("POST", path + "/attachments", pdf,
                 {{"Authorization", "Bearer " + token},
                  {"Content-Type", "application/pdf"},
                  {"X-Filename", "draft.pdf"}})
        .status;
  };
  EXPECT_EQ(attach(coordinator), 403);
  EXPECT_EQ(attach(officer), 201);
  EXPECT_EQ(server
                .send("PATCH", path, {{"notes", "Read by the viewer."}}, viewer,
                      {{"If-Match", server.get(path, viewer).header("etag")}})
                .status,
            403);
  EXPECT_EQ(server
                .send("PATCH", path, {{"notes", "Changed by the office."}}, officer,
                      {{"If-Match", server.get(path, officer).header("etag")}})
                .status,
            200);

  // The moves follow the life cycle from where the agreement is.
  const std::int64_t id = created.json()["id"];
  const auto moves = [&] { return server.get(path, officer).json()["allowed_transitions"]; };
  ASSERT_EQ(move(id, "negotiation").status, 200);
  EXPECT_EQ(moves(), json::array({"draft", "signed", "terminated"}));
  EXPECT_EQ(move(id, "active").status, 409);
  ASSERT_EQ(move(id, "signed").status, 200);
  EXPECT_EQ(moves(), json::array({"active", "terminated"}));
  ASSERT_EQ(move(id, "active").status, 200);
  EXPECT_EQ(moves(), json::array({"terminated", "renewed"}));
  ASSERT_EQ(move(id, "terminated", "The programme ended.").status, 200);
  const auto ended = server.get(path, officer).json();
  EXPECT_EQ(ended["allowed_transitions"], none);
  EXPECT_EQ(ended["allowed_actions"],
            json::array({"update", "comment", "address_partner", "attach", "import_ewp"}));
  EXPECT_EQ(move(id, "renewed").status, 409);

  // An active agreement past its end date is expired: it may only be renewed.
  auto past = draft(oxford);
  past["start_date"] = "2021-09-01";
  past["end_date"] = "2025-08-31";
  past["conditions"] = json::array();
  const auto old = server.send("POST", "/api/v1/agreements", past, officer);
  ASSERT_EQ(old.status, 201) << old.body;
  const std::int64_t old_id = old.json()["id"];
  for (const auto* to : {"negotiation", "signed", "active"})
    ASSERT_EQ(move(old_id, to).status, 200) << to;
  const auto expired = server.get("/api/v1/agreements/" + std::to_string(old_id), officer).json();
  EXPECT_EQ(expired["status"], "expired");
  EXPECT_EQ(expired["allowed_transitions"], json::array({"renewed"}));
  EXPECT_EQ(move(old_id, "terminated", "Too late.").status, 409);
  EXPECT_EQ(move(old_id, "renewed").status, 200);
}

TEST_F(AgreementsTest, RejectsInvalidAgreementsFieldByField) {
  const auto oxford = institution("ox.ac.uk");
  auto bad = draft(oxford);
  bad["kinds"] = {"friendship"};
  bad["end_date"] = "2020-01-01";
  bad["conditions"][0]["isced"] = "1234";
  bad["conditions"][0]["eqf_levels"] = {4};
  bad["conditions"][0]["languages"][0]["cefr"] = "D1";
  bad["conditions"][0]["academic_years"]["first"] = "2026-2027";
  const auto r = server.send("POST", "/api/v1/agreements", bad, officer);
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(error_fields(r), (std::vector<std::string>{"kinds/0"}));
  bad["kinds"] = {"student_exchange"};
  const auto r2 = server.send("POST", "/api/v1/agreements", bad, officer);
  EXPECT_EQ(error_fields(r2),
            (std::vector<std::string>{"end_date", "conditions/0/academic_years/first",
                                      "conditions/0/eqf_levels", "conditions/0/isced",
                                      "conditions/0/languages/0/cefr"}));
  auto no_partner = draft(oxford);
  no_partner["parties"] = {{{"institution_id", home()}, {"is_home", true}}};
  no_partner["conditions"] = json::array();
  EXPECT_EQ(error_fields(server.send("POST", "/api/v1/agreements", no_partner, officer)),
            (std::vector<std::string>{"parties"}));
  auto stranger = draft(oxford);
  stranger["conditions"][0]["receiving_institution_id"] = 1;
  EXPECT_EQ(server.send("POST", "/api/v1/agreements", stranger, officer).status, 422);
  EXPECT_EQ(
      server
          .send("POST", "/api/v1/agreements", draft(oxford), server.login("viewer@westlake.edu.cn"))
          .status,
      403);
}

TEST_F(AgreementsTest, UpdatesNeedTheCurrentVersion) {
  const auto created =
      server.send("POST", "/api/v1/agreements", draft(institution("cam.ac.uk")), officer);
  ASSERT_EQ(created.status, 201);
  const std::string target =
      "/api/v1/agreements/" + std::to_string(created.json()["id"].get<int>());
  const auto etag = created.header("etag");
  EXPECT_EQ(server.send("PATCH", target, {{"notes", "x"}}, officer).status, 428);
  const auto ok = server.send(
      "PATCH", target,
      {{"notes", "Signed at the 2026 delegation visit."}, {"tags", {"Europe", "europe"}}}, officer,
      {{"If-Match", etag}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["tags"], json({"europe"}));
  EXPECT_EQ(ok.json()["conditions"].size(), 1u);  // not given: kept
  EXPECT_EQ(
      server.send("PATCH", target, {{"notes", "stale"}}, officer, {{"If-Match", etag}}).status,
      409);
}

TEST_F(AgreementsTest, PartnersSeeOnlyTheirOwnInstitutionsAgreements) {
  const auto partner = server.login("partner@ox.ac.uk");
  const auto list = server.get("/api/v1/agreements?limit=100", partner).json();
  ASSERT_GE(list["items"].size(), 1u);
  const auto oxford = institution("ox.ac.uk");
  for (const auto& a : list["items"]) {
    bool ours = false;
    for (const auto& p : a["partners"]) ours = ours || p["id"] == oxford;
    EXPECT_TRUE(ours) << a["title"];
  }
  // Another partner's agreement does not exist for them.
  const auto all = server.get("/api/v1/agreements?q=berkeley", officer).json();
  ASSERT_FALSE(all["items"].empty());
  const std::string other =
      "/api/v1/agreements/" + std::to_string(all["items"][0]["id"].get<int>());
  EXPECT_EQ(server.get(other, partner).status, 404);
  EXPECT_EQ(server.send("POST", other + "/comments", {{"text", "hello"}}, partner).status, 404);
  // Their own: they read and comment.
  const std::string own = "/api/v1/agreements/" + std::to_string(list["items"][0]["id"].get<int>());
  const auto comment = server.send("POST", own + "/comments",
                                   {{"text", "We confirm the seats for next year."}}, partner);
  ASSERT_EQ(comment.status, 201) << comment.body;
  EXPECT_EQ(comment.json()["author_role"], "partner");
  const auto comments = server.get(own + "/comments", officer).json();
  EXPECT_EQ(comments["items"].back()["text"], "We confirm the seats for next year.");
  EXPECT_EQ(server.get("/api/v1/agreements", server.login("student@westlake.edu.cn")).status, 403);
}

// An agreement's comments page in the database, the oldest first, with the partner's scope a
// condition of the query: read two at a time, each reader gets exactly the comments of the
// whole discussion meant for it, once each, in order, and never another partner's; a cursor
// is for one agreement's discussion only.
TEST_F(AgreementsTest, CommentsPageOldestFirstWithinEachReadersScope) {
  const auto found = server.get("/api/v1/agreements?q=WU-CONSORTIUM-01", officer).json();
  ASSERT_EQ(found["items"].size(), 1u);
  const std::string path =
      "/api/v1/agreements/" + std::to_string(found["items"][0]["id"].get<std::int64_t>());
  const auto agreement = server.get(path, officer).json();
  const auto partner_named = [&](const std::string& part) -> std::int64_t {
    for (const auto& p : agreement["partners"])
      if (p["name"].get<std::string>().find(part) != std::string::npos) return p["id"];
    throw std::runtime_error("no partner " + part);
  };
  const auto berkeley = partner_named("Berkeley"), oxford = partner_named("Oxford");
  // Comments for one partner, for the other, and for every party, interleaved.
  for (int i = 0; i < 9; ++i) {
    json body = {{"text", "Paging comment " + std::to_string(i)}};
    if (i % 3 == 1) body["institution_id"] = berkeley;
    if (i % 3 == 2) body["institution_id"] = oxford;
    const auto r = server.send("POST", path + "/comments", body, officer);
    ASSERT_EQ(r.status, 201) << r.body;
  }
  const auto everything = expect_pages_of_whole(server, path + "/comments", officer, 2);
  ASSERT_GE(everything.ids.size(), 9u);
  EXPECT_TRUE(std::ranges::adjacent_find(everything.ids, std::greater_equal<>()) ==
              everything.ids.end());
  for (const auto& [login, own] : std::vector<std::pair<std::string, std::int64_t>>{
           {"partner@berkeley.edu", berkeley}, {"partner@ox.ac.uk", oxford}}) {
    const auto token = server.login(login);
    const auto theirs = expect_pages_of_whole(server, path + "/comments", token, 2);
    std::vector<std::int64_t> meant_for_them;
    for (const auto id : everything.ids) {
      const auto& to = everything.items.at(id)["institution_id"];
      if (to.is_null() || to == own) meant_for_them.push_back(id);
    }
    EXPECT_EQ(theirs.ids, meant_for_them) << login;
    EXPECT_LT(theirs.ids.size(), everything.ids.size()) << login;
    for (const auto& c : theirs.in_order) {
      EXPECT_TRUE(c["institution_id"].is_null() || c["institution_id"] == own) << login << c;
    }
    // A cursor the officer was given still reads only what the partner may see.
    const auto after_first = server.get(
        path + "/comments?limit=100&cursor=" + first_cursor(server, path + "/comments", officer),
        token);
    ASSERT_EQ(after_first.status, 200) << after_first.body;
    const auto rest_page = after_first.json();
    std::vector<std::int64_t> rest;
    for (const auto& c : rest_page["items"]) rest.push_back(c["id"]);
    EXPECT_EQ(rest, std::vector<std::int64_t>(
                        std::ranges::upper_bound(meant_for_them, everything.ids.front()),
                        meant_for_them.end()))
        << login;
  }
  const auto others = server.get("/api/v1/agreements?limit=2", officer).json()["items"];
  ASSERT_EQ(others.size(), 2u);
  const auto other = others[0]["id"] == found["items"][0]["id"] ? others[1] : others[0];
  expect_cursor_refused(
      server, "/api/v1/agreements/" + std::to_string(other["id"].get<std::int64_t>()) + "/comments",
      officer, first_cursor(server, path + "/comments", officer));
  expect_cursor_refused(server, path + "/comments", officer,
                        first_cursor(server, "/api/v1/agreements", officer));
  expect_cursor_refused(server, path + "/comments", officer, "garbage");
}

TEST_F(AgreementsTest, FiltersByStatusKindCountryAndSubject) {
  const auto expiring = server.get("/api/v1/agreements?status=expiring&limit=100", officer).json();
  ASSERT_FALSE(expiring["items"].empty());
  for (const auto& a : expiring["items"]) {
    EXPECT_EQ(a["status"], "expiring");
    EXPECT_LE(a["days_left"].get<int>(), 180);
  }
  for (const auto& a :
       server.get("/api/v1/agreements?kind=joint_research&limit=100", officer).json()["items"]) {
    const auto kinds = a["kinds"].get<std::vector<std::string>>();
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), "joint_research"), kinds.end());
  }
  const auto italy = server.get("/api/v1/agreements?country=IT&limit=100", officer).json();
  ASSERT_GE(italy["items"].size(), 3u);
  for (const auto& a : italy["items"]) EXPECT_EQ(a["partners"][0]["country"], "IT");
  const auto within = server.get("/api/v1/agreements?expiring_within=30", officer).json();
  for (const auto& a : within["items"]) EXPECT_LE(a["days_left"].get<int>(), 30);
  EXPECT_FALSE(
      server.get("/api/v1/agreements?isced=06&limit=100", officer).json()["items"].empty());
  EXPECT_EQ(server.get("/api/v1/agreements?status=sleeping", officer).status, 422);
}

TEST_F(AgreementsTest, AttachmentsAreCheckedHashedAndScoped) {
  const auto list = server.get("/api/v1/agreements?q=oxford", officer).json();
  const std::string base =
      "/api/v1/agreements/" + std::to_string(list["items"][0]["id"].get<int>());
  const std::string pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
  const auto up = server.request("POST", base + "/attachments", pdf,
                                 {{"Authorization", "Bearer " + officer},
                                  {"Content-Type", "application/pdf"},
                                  {"X-Filename", "signed-agreement.pdf"}});
  ASSERT_EQ(up.status, 201) << up.body;
  EXPECT_EQ(up.json()["size"], pdf.size());
  EXPECT_EQ(up.json()["sha256"].get<std::string>().size(), 64u);
  const std::string file = base + "/attachments/" + std::to_string(up.json()["id"].get<int>());
  const auto down = server.get(file, server.login("partner@ox.ac.uk"));
  ASSERT_EQ(down.status, 200);
  EXPECT_EQ(down.body, pdf);
  EXPECT_EQ(down.header("content-type"), "application/pdf");
  // Bytes that are not what they claim, a type we do not take, and no name.
  EXPECT_EQ(server
                .request("POST", base + "/attachments", "<html>",
                         {{"Authorization", "Bearer " + officer},
                          {"Content-Type", "application/pdf"},
                          {"X-Filename", "x.pdf"}})
                .status,
            422);
  EXPECT_EQ(server
                .request("POST", base + "/attachments", "MZ",
                         {{"Authorization", "Bearer " + officer},
                          {"Content-Type", "application/x-msdownload"},
                          {"X-Filename", "x.exe"}})
                .status,
            422);
  EXPECT_EQ(
      server
          .request("POST", base + "/attachments", pdf,
                   {{"Authorization", "Bearer " + officer}, {"Content-Type", "application/pdf"}})
          .status,
      422);
  // Someone whose scope excludes the agreement cannot download it.
  const auto berkeley = server.get("/api/v1/agreements?q=berkeley", officer).json();
  const std::string other =
      "/api/v1/agreements/" + std::to_string(berkeley["items"][0]["id"].get<int>());
  const auto other_up = server.request("POST", other + "/attachments", pdf,
                                       {{"Authorization", "Bearer " + officer},
                                        {"Content-Type", "application/pdf"},
                                        {"X-Filename", "b.pdf"}});
  ASSERT_EQ(other_up.status, 201);
  EXPECT_EQ(server
                .get(other + "/attachments/" + std::to_string(other_up.json()["id"].get<int>()),
                     server.login("partner@ox.ac.uk"))
                .status,
            404);
}

TEST_F(AgreementsTest, TheNoticePeriodDecidesWhatIsExpiring) {
  const auto admin = server.login("admin@westlake.edu.cn");
  const auto count = [&] {
    return server.get("/api/v1/agreements?status=expiring&limit=100", officer)
        .json()["total"]
        .get<int>();
  };
  const int at_180 = count();
  ASSERT_EQ(server.send("PUT", "/api/v1/settings/agreements", {{"notice_days", 30}}, admin).status,
            200);
  const int at_30 = count();
  EXPECT_LT(at_30, at_180);
  EXPECT_EQ(server.send("PUT", "/api/v1/settings/agreements", {{"notice_days", 0}}, admin).status,
            422);
  EXPECT_EQ(
      server.send("PUT", "/api/v1/settings/agreements", {{"notice_days", 90}}, officer).status,
      403);
  ASSERT_EQ(server.send("PUT", "/api/v1/settings/agreements", {{"notice_days", 180}}, admin).status,
            200);
  EXPECT_EQ(count(), at_180);
}

TEST_F(AgreementsTest, RemindersAndTheCalendarFeed) {
  const auto r = server.get("/api/v1/agreements/reminders", officer);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto body = r.json();
  ASSERT_FALSE(body["expiring"].empty());
  for (const auto& e : body["expiring"]) {
    EXPECT_LE(e["days_left"].get<int>(), e["window"].get<int>());
    EXPECT_TRUE(e["window"] == 30 || e["window"] == 90 || e["window"] == 180);
  }
  EXPECT_FALSE(body["unused_seats"].empty());
  const auto feed = server.request("GET", body["calendar_url"].get<std::string>());
  ASSERT_EQ(feed.status, 200);
  EXPECT_TRUE(feed.body.starts_with("BEGIN:VCALENDAR\r\n"));
  // Shown in place by a calendar program; saved by a browser as an .ics file.
  EXPECT_EQ(feed.header("content-disposition"),
            "inline; filename=\"orbis-agreement-expiries.ics\"; "
            "filename*=UTF-8''orbis-agreement-expiries.ics");
  EXPECT_NE(feed.body.find("BEGIN:VEVENT"), std::string::npos);
  EXPECT_NE(feed.body.find("TRIGGER:-P30D"), std::string::npos);
  for (std::size_t start = 0, end; (end = feed.body.find("\r\n", start)) != std::string::npos;
       start = end + 2) {
    EXPECT_LE(end - start, 75u);  // RFC 5545 folds lines at 75 octets
  }
  EXPECT_EQ(server.request("GET", "/api/v1/calendar/not-a-token.ics").status, 404);
  // The same URL on each call.
  EXPECT_EQ(server.get("/api/v1/agreements/reminders", officer).json()["calendar_url"],
            body["calendar_url"]);
}

// Reminders are selected and ordered in the database and page: each list (kind) pages with
// its own cursor, and its pages read one after another hold what one answer of a small
// database holds. The calendar feed reaches a year ahead.
TEST_F(AgreementsTest, RemindersPageEachListWithItsOwnCursor) {
  const auto oxford = institution("ox.ac.uk");
  const auto active = [&](const std::string& end) -> std::int64_t {
    auto body = draft(oxford);
    body["end_date"] = end;
    body["conditions"][0]["academic_years"] = {{"first", "2026/2027"}, {"last", "2026/2027"}};
    const auto created = server.send("POST", "/api/v1/agreements", body, officer);
    EXPECT_EQ(created.status, 201) << created.body;
    const std::int64_t id = created.json()["id"];
    for (const auto* to : {"negotiation", "signed", "active"}) EXPECT_EQ(move(id, to).status, 200);
    return id;
  };
  // Today is 2026-11-23: 48, 48 and 84 days left; the last ends in years.
  const std::vector<std::int64_t> soon = {active("2027-01-10"), active("2027-01-10"),
                                          active("2027-02-15")};
  const auto later = active("2031-08-31");

  const auto r = server.get("/api/v1/agreements/reminders", officer);
  ASSERT_EQ(r.status, 200) << r.body;
  const json whole = r.json();
  ASSERT_TRUE(whole["expiring_next"].is_null()) << "one page holds a small database's";
  ASSERT_TRUE(whole["unused_seats_next"].is_null());
  std::map<std::int64_t, json> expiring;
  for (std::size_t i = 0; i < whole["expiring"].size(); ++i) {
    const auto& e = whole["expiring"][i];
    expiring[e["agreement"]["id"].get<std::int64_t>()] = e;
    if (i == 0) continue;
    const auto& before = whole["expiring"][i - 1];
    EXPECT_LE(std::tuple(before["days_left"].get<int>(), before["agreement"]["id"].get<int>()),
              std::tuple(e["days_left"].get<int>(), e["agreement"]["id"].get<int>()));
  }
  ASSERT_TRUE(expiring.contains(soon[0]) && expiring.contains(soon[2])) << whole.dump();
  EXPECT_EQ(expiring[soon[1]]["days_left"], 48);
  EXPECT_EQ(expiring[soon[2]]["days_left"], 84);
  EXPECT_EQ(expiring[soon[2]]["window"], 90);
  EXPECT_FALSE(expiring.contains(later));
  std::set<std::int64_t> free;
  for (const auto& u : whole["unused_seats"]) free.insert(u["agreement"]["id"].get<std::int64_t>());
  for (const auto id : soon) EXPECT_TRUE(free.contains(id)) << id;
  EXPECT_TRUE(free.contains(later));

  const auto walk = [&](const std::string& kind, const std::string& other) {
    json items = json::array();
    std::string next;
    int pages = 0;
    do {
      const auto page = server.get("/api/v1/agreements/reminders?kind=" + kind + "&limit=2" +
                                       (next.empty() ? "" : "&cursor=" + next),
                                   officer);
      EXPECT_EQ(page.status, 200) << page.body;
      const json body = page.json();
      EXPECT_LE(body[kind].size(), 2u);
      EXPECT_TRUE(body[other].empty());
      EXPECT_TRUE(body[other + "_next"].is_null());
      EXPECT_EQ(body["calendar_url"], whole["calendar_url"]);
      for (const auto& item : body[kind]) items.push_back(item);
      next = body[kind + "_next"].is_string() ? body[kind + "_next"].get<std::string>() : "";
    } while (!next.empty() && ++pages < 1000);
    EXPECT_GE(pages, 1);  // more than a page of two
    return items;
  };
  EXPECT_EQ(walk("expiring", "unused_seats"), whole["expiring"]);
  EXPECT_EQ(walk("unused_seats", "expiring"), whole["unused_seats"]);

  // A cursor continues the list it came from only.
  const std::string cursor =
      server.get("/api/v1/agreements/reminders?kind=expiring&limit=1", officer)
          .json()["expiring_next"];
  EXPECT_EQ(
      server.get("/api/v1/agreements/reminders?kind=unused_seats&cursor=" + cursor, officer).status,
      422);
  EXPECT_EQ(server.get("/api/v1/agreements/reminders?cursor=" + cursor, officer).status, 422);
  const auto bad_kind = server.get("/api/v1/agreements/reminders?kind=soon", officer);
  EXPECT_EQ(bad_kind.status, 422);
  EXPECT_NE(bad_kind.body.find("kind"), std::string::npos) << bad_kind.body;
  EXPECT_EQ(server.get("/api/v1/agreements/reminders?limit=0", officer).status, 422);

  // The feed: what ends in the coming year, not what ends in years.
  const auto feed = server.request("GET", whole["calendar_url"].get<std::string>());
  ASSERT_EQ(feed.status, 200);
  for (const auto id : soon)
    EXPECT_NE(feed.body.find("UID:agreement-" + std::to_string(id) + "-end@orbis"),
              std::string::npos)
        << id;
  EXPECT_EQ(feed.body.find("UID:agreement-" + std::to_string(later) + "-end@orbis"),
            std::string::npos);
}

}  // namespace
}  // namespace orbis::testing

namespace orbis::testing {
namespace {

std::string read_case(const std::string& name) {
  std::ifstream in(source_dir() / "tests/cases/agreements" / name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(AgreementImport, DryRunReportsEveryBadRowAndWritesNothing) {
  auto& server = shared_server();
  const auto officer = server.login("officer@westlake.edu.cn");
  const auto before = server.get("/api/v1/agreements?limit=1", officer).json()["total"];
  const auto headers = std::map<std::string, std::string>{{"Authorization", "Bearer " + officer},
                                                          {"Content-Type", "text/csv"}};
  const auto dry = server.request("POST", "/api/v1/agreements/import?dry_run=true",
                                  read_case("import-bad.csv"), headers);
  ASSERT_EQ(dry.status, 200) << dry.body;
  std::map<int, std::set<std::string>> bad;
  const auto report = dry.json();
  for (const auto& e : report["errors"])
    bad[e["line"].get<int>()].insert(e["field"].get<std::string>());
  EXPECT_FALSE(bad.contains(2));  // the good row
  EXPECT_TRUE(bad[3].contains("partner"));
  EXPECT_TRUE(bad[4].contains("kinds"));
  EXPECT_TRUE(bad[4].contains("start_date"));
  EXPECT_TRUE(bad[5].contains("status"));
  EXPECT_TRUE(bad[5].contains("direction"));
  EXPECT_TRUE(bad[5].contains("conditions/0/eqf_levels"));  // a rule of the whole agreement
  EXPECT_TRUE(bad[5].contains("conditions/0/isced"));
  EXPECT_TRUE(bad[5].contains("seats_per_year"));
  // A number no count of seats can be (it found undefined behaviour under the fuzzer).
  EXPECT_EQ(bad[6], std::set<std::string>{"seats_per_year"});
  // The real run refuses the whole file: one transaction, all or nothing.
  const auto real = server.request("POST", "/api/v1/agreements/import?dry_run=false",
                                   read_case("import-bad.csv"), headers);
  EXPECT_EQ(real.status, 422);
  EXPECT_EQ(server.get("/api/v1/agreements?limit=1", officer).json()["total"], before);
}

TEST(AgreementImport, ImportsSemicolonFilesWithABomAsOneAgreementPerCode) {
  auto& server = shared_server();
  const auto officer = server.login("officer@westlake.edu.cn");
  const auto headers = std::map<std::string, std::string>{{"Authorization", "Bearer " + officer},
                                                          {"Content-Type", "text/csv"}};
  const auto dry =
      server.request("POST", "/api/v1/agreements/import", read_case("import.csv"), headers);
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_TRUE(dry.json()["errors"].empty()) << dry.body;
  EXPECT_EQ(dry.json()["agreements"], 3);
  EXPECT_EQ(dry.json()["conditions"], 3);
  const auto real = server.request("POST", "/api/v1/agreements/import?dry_run=false",
                                   read_case("import.csv"), headers);
  ASSERT_EQ(real.status, 201) << real.body;
  ASSERT_EQ(real.json()["created"].size(), 3u);
  const auto imperial =
      server
          .get("/api/v1/agreements/" + std::to_string(real.json()["created"][0].get<int>()),
               officer)
          .json();
  EXPECT_EQ(imperial["status"], "active");
  EXPECT_EQ(imperial["conditions"].size(), 2u);
  EXPECT_EQ(imperial["history"][0]["reason"], "imported from CSV");
  const auto bologna =
      server
          .get("/api/v1/agreements/" + std::to_string(real.json()["created"][2].get<int>()),
               officer)
          .json();
  EXPECT_EQ(bologna["partners"][0]["name"], "University of Bologna");
  // Importing the same codes again is refused.
  const auto again =
      server.request("POST", "/api/v1/agreements/import", read_case("import.csv"), headers);
  EXPECT_FALSE(again.json()["errors"].empty());
}

}  // namespace
}  // namespace orbis::testing

#include "interop/iia_hash.h"
#include "interop/schema_validation.h"

namespace orbis::testing {
namespace {

TEST(AgreementEwp, EveryDemoAgreementExportsAValidIiaWithItsOfficialHash) {
  auto& server = shared_server();
  const auto officer = server.login("officer@westlake.edu.cn");
  const auto list = server.get("/api/v1/agreements?limit=100&q=westlake", officer).json();
  std::size_t checked = 0;
  const auto all = server.get("/api/v1/agreements?limit=100", officer).json();
  std::size_t multilateral = 0;
  for (const auto& a : all["items"]) {
    const auto r = server.get(
        "/api/v1/agreements/" + std::to_string(a["id"].get<int>()) + "/ewp-iia", officer);
    if (a["partners"].size() > 1) {  // an IIA binds two institutions
      EXPECT_EQ(r.status, 422) << a["title"];
      EXPECT_NE(r.body.find("multilateral"), std::string::npos) << r.body;
      ++multilateral;
      continue;
    }
    ASSERT_EQ(r.status, 200) << a["title"] << ": " << r.body;
    EXPECT_EQ(r.header("content-type"), "application/xml; charset=utf-8");
    const auto valid = interop::validate(r.body, source_dir() / "data/ewp/schemas",
                                         "ewp-specs-api-iias-v7.0.0/endpoints/get-response.xsd");
    EXPECT_TRUE(valid) << a["title"] << ": " << (valid ? "" : valid.error().message);
    const auto hashes = interop::iia_hashes_of_xml(r.body);
    ASSERT_TRUE(hashes);
    ASSERT_EQ(hashes->size(), 1u);
    EXPECT_EQ(hashes->front(), r.header("x-orbis-iia-hash"));
    EXPECT_NE(r.body.find(r.header("x-orbis-iia-hash")), std::string::npos)
        << "the document carries its hash";
    ++checked;
  }
  EXPECT_GE(checked, 25u);
  EXPECT_EQ(multilateral, 1u);  // the demo's consortium
  (void)list;
}

// The official stylesheet under Saxon, when this machine has it (../shared and Java).
TEST(AgreementEwp, ExportsHashAsTheOfficialStylesheetDoes) {
  const auto oracle = source_dir() / "../shared/ewp/iia-hash";
  if (!std::filesystem::exists(oracle) || std::system("command -v java >/dev/null 2>&1") != 0 ||
      !std::filesystem::exists("/usr/share/java/Saxon-HE.jar")) {
    GTEST_SKIP() << "the official iia-hash oracle needs ../shared, java and libsaxonhe-java";
  }
  auto& server = shared_server();
  const auto officer = server.login("officer@westlake.edu.cn");
  const auto items =
      server.get("/api/v1/agreements?limit=5&kind=student_exchange", officer).json()["items"];
  for (const auto& a : items) {
    const auto r = server.get(
        "/api/v1/agreements/" + std::to_string(a["id"].get<int>()) + "/ewp-iia", officer);
    const auto file = server.dir() / ("iia-" + std::to_string(a["id"].get<int>()) + ".xml");
    {
      std::ofstream f(file);
      f << r.body;
    }
    const auto out = server.dir() / "oracle.txt";
    ASSERT_EQ(
        std::system((oracle.string() + " " + file.string() + " > " + out.string() + " 2>/dev/null")
                        .c_str()),
        0);
    std::ifstream in(out);
    std::string hash;
    in >> hash;
    EXPECT_EQ(hash, r.header("x-orbis-iia-hash")) << a["title"];
  }
}

TEST(AgreementEwp, ApprovesThePartnersCopyOnlyWhenTheHashesMatch) {
  auto& server = shared_server();
  const auto officer = server.login("officer@westlake.edu.cn");
  const auto a = server.get("/api/v1/agreements?q=edinburgh", officer).json()["items"][0];
  const std::string base = "/api/v1/agreements/" + std::to_string(a["id"].get<int>()) + "/ewp-iia";
  const auto ours = server.get(base, officer).body;
  const auto xml_headers = std::map<std::string, std::string>{
      {"Authorization", "Bearer " + officer}, {"Content-Type", "application/xml"}};
  const std::string path = "/api/v1/agreements/" + std::to_string(a["id"].get<int>());
  const auto may_approve = [&] {
    const auto actions = server.get(path, officer).json()["allowed_actions"];
    return std::ranges::find(actions, json("approve_ewp")) != actions.end();
  };
  EXPECT_FALSE(may_approve());
  EXPECT_EQ(server.request("POST", base + "/approve", "", xml_headers).status,
            409);  // nothing imported yet
  // The partner changed the number of seats.
  std::string theirs = ours;
  const auto at = theirs.find("<mobilities-per-year>2</mobilities-per-year>");
  ASSERT_NE(at, std::string::npos);
  theirs.replace(at, 44, "<mobilities-per-year>3</mobilities-per-year>");
  const auto differ = server.request("POST", base, theirs, xml_headers);
  ASSERT_EQ(differ.status, 200) << differ.body;
  const auto comparison = differ.json();
  EXPECT_FALSE(comparison["hashes_match"]);
  ASSERT_FALSE(comparison["differences"].empty());
  EXPECT_NE(comparison["differences"][0]["path"].get<std::string>().find("mobilities-per-year"),
            std::string::npos);
  EXPECT_EQ(comparison["differences"][0]["ours"], "2");
  EXPECT_EQ(comparison["differences"][0]["theirs"], "3");
  // Offered once a copy is in; the server still refuses a copy whose hash differs.
  EXPECT_TRUE(may_approve());
  EXPECT_EQ(server.request("POST", base + "/approve", "", xml_headers).status, 409);
  // The same copy as ours: approved, and the approved hash recorded.
  const auto same = server.request("POST", base, ours, xml_headers);
  ASSERT_EQ(same.status, 200) << same.body;
  EXPECT_TRUE(same.json()["hashes_match"]);
  const auto approved = server.request("POST", base + "/approve", "", xml_headers);
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json()["approved_hash"], same.json()["our_hash"]);
  const auto detail = server.get(path, officer).json();
  EXPECT_EQ(detail["ewp"]["approved_hash"], same.json()["our_hash"]);
  EXPECT_FALSE(may_approve());  // approved already
  // Not XML, not an IIA, or not valid: refused.
  EXPECT_EQ(server.request("POST", base, "<html/>", xml_headers).status, 400);
  EXPECT_EQ(server.request("POST", base, "not xml at all", xml_headers).status, 400);
  EXPECT_EQ(server
                .request("POST", base, ours,
                         {{"Authorization", "Bearer " + officer}, {"Content-Type", "text/csv"}})
                .status,
            422);
  const auto xxe = std::string(
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
  const auto refused = server.request("POST", base, xxe, xml_headers);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.body.find("root:"), std::string::npos);
}

// The list pages in the database with a keyset cursor. For every role that reads agreements,
// alone and with filters, following `next` gives each agreement once, in the order of the
// whole list (the newest first), as many as `total` says; a filtered list holds exactly the
// agreements of the whole list that pass the filter; a cursor of another list is refused.
TEST_F(AgreementsTest, PagingGivesEveryAgreementOnceInOrderForEachScopeAndFilter) {
  // `query` is "" or "&name=value…".
  const auto follow = [&](const std::string& query, const std::string& token, int limit) {
    return follow_pages(server, "/api/v1/agreements" + (query.empty() ? "" : "?" + query.substr(1)),
                        token, limit);
  };
  const auto has_kind = [](const json& a, const std::string& kind) {
    for (const auto& k : a["kinds"])
      if (k == kind) return true;
    return false;
  };
  const auto has_country = [](const json& a, const std::string& country) {
    for (const auto& p : a["partners"])
      if (p["country"] == country) return true;
    return false;
  };
  const auto has_party = [](const json& a, std::int64_t institution) {
    for (const auto& p : a["parties"])
      if (p["institution_id"] == institution) return true;
    return false;
  };
  const std::int64_t oxford = institution("ox.ac.uk");
  const std::map<std::string, std::function<bool(const json&)>> filters = {
      {"", [](const json&) { return true; }},
      {"&status=active", [](const json& a) { return a["status"] == "active"; }},
      {"&status=expiring", [](const json& a) { return a["status"] == "expiring"; }},
      {"&kind=student_exchange&status=active",
       [&](const json& a) { return has_kind(a, "student_exchange") && a["status"] == "active"; }},
      {"&country=GB", [&](const json& a) { return has_country(a, "GB"); }},
      {"&partner=" + std::to_string(oxford), [&](const json& a) { return has_party(a, oxford); }},
      {"&kind=student_exchange&country=US",
       [&](const json& a) { return has_kind(a, "student_exchange") && has_country(a, "US"); }},
  };
  const auto everyone = follow("", officer, 100);
  ASSERT_GE(everyone.ids.size(), 5u);
  for (const auto& [name, token] : std::vector<std::pair<std::string, std::string>>{
           {"officer", officer},
           {"coordinator", server.login("coordinator@westlake.edu.cn")},
           {"viewer", server.login("viewer@westlake.edu.cn")},
           {"partner Oxford", server.login("partner@ox.ac.uk")},
           {"partner Berkeley", server.login("partner@berkeley.edu")}}) {
    const auto whole = follow("", token, 100);
    for (const auto& [query, passes] : filters) {
      const auto filtered = follow(query, token, 100);
      const auto paged = follow(query, token, 2);
      EXPECT_EQ(paged.ids, filtered.ids) << name << query;
      EXPECT_EQ(static_cast<std::int64_t>(paged.ids.size()), paged.total) << name << query;
      EXPECT_EQ(paged.total, filtered.total) << name << query;
      EXPECT_TRUE(std::is_sorted(paged.ids.rbegin(), paged.ids.rend())) << name << query;
      EXPECT_EQ(std::set<std::int64_t>(paged.ids.begin(), paged.ids.end()).size(), paged.ids.size())
          << name << query;
      // Exactly the reader's agreements that pass the filter, as the reader sees them.
      std::vector<std::int64_t> expected;
      for (const auto id : whole.ids)
        if (passes(whole.items.at(id))) expected.push_back(id);
      EXPECT_EQ(paged.ids, expected) << name << query;
    }
    if (name.starts_with("partner")) {
      EXPECT_LT(whole.ids.size(), everyone.ids.size()) << name;
      EXPECT_GT(whole.ids.size(), 0u) << name;
      for (const auto id : whole.ids) EXPECT_TRUE(everyone.items.contains(id)) << name;
    } else {
      EXPECT_EQ(whole.ids, everyone.ids) << name;
    }
  }
  // A cursor is this list's only, and not one made up.
  const json first = server.get("/api/v1/agreements?limit=1", officer).json();
  ASSERT_TRUE(first["next"].is_string());
  EXPECT_EQ(server.get("/api/v1/calls?cursor=" + first["next"].get<std::string>(), officer).status,
            422);
  EXPECT_EQ(server.get("/api/v1/agreements?cursor=bm90LWEtY3Vyc29y", officer).status, 422);
}

}  // namespace
}  // namespace orbis::testing
