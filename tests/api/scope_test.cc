// Scope: every role against the records of other parties. Where access_test.cc walks the
// route table to check who may call each route, this walks it to check what each caller
// gets back: another partner institution's contacts and researchers, another student's
// records, another org unit's students, personal data for those who see none. Bodies,
// exports (XML, iCalendar) and histories are searched, not only statuses; a route that is
// added later is walked too, and one whose parameters the walk cannot fill fails it.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <set>

#include "harness.h"
#include "http/routing/endpoint.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

std::string id_text(const json& v) { return std::to_string(v.get<std::int64_t>()); }

// Every e-mail address in `text` (what surrounds each '@', by the characters addresses use).
std::set<std::string> emails_in(const std::string& text) {
  const auto local = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("._%+-", c);
  };
  const auto domain = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
  };
  std::set<std::string> out;
  for (auto at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
    auto begin = at, end = at + 1;
    while (begin > 0 && local(text[begin - 1])) --begin;
    while (end < text.size() && domain(text[end])) ++end;
    while (end > at + 1 && text[end - 1] == '.') --end;
    const auto host = text.substr(at + 1, end - at - 1);
    if (begin < at && host.find('.') != std::string::npos)
      out.insert(text.substr(begin, end - begin));
  }
  return out;
}

// Every item of a paged list, following `next`.
std::vector<json> all_items(TestServer& server, const std::string& path, const std::string& token) {
  std::vector<json> out;
  std::string cursor;
  for (int page = 0; page < 100; ++page) {
    const auto separator = path.find('?') == std::string::npos ? "?" : "&";
    const auto r =
        server.get(path + (cursor.empty() ? "" : separator + ("cursor=" + cursor)), token);
    if (r.status != 200) throw std::runtime_error(path + ": " + r.body);
    const auto body = r.json();
    for (const auto& item : body["items"]) out.push_back(item);
    if (!body.contains("next") || body["next"].is_null()) break;
    cursor = body["next"].get<std::string>();
  }
  return out;
}

// What the demo holds, read by the office: the records of every party.
struct World {
  std::int64_t home = 0, oxford = 0, berkeley = 0, cambridge = 0;
  json consortium;  // the multilateral agreement, as officers see it
  std::vector<json> people, mobilities, applications, calls, agreements, users;
  std::map<std::string, std::vector<std::string>> ids;                 // collection → ids
  std::vector<std::pair<std::string, std::string>> attachments;        // agreement, attachment
  std::vector<std::pair<std::string, std::string>> documents;          // application, document
  std::vector<std::pair<std::string, std::string>> scholar_documents;  // case, document

  const json& person(std::int64_t id) const {
    for (const auto& p : people)
      if (p["id"] == id) return p;
    throw std::runtime_error("no person " + std::to_string(id));
  }
  const json& person_by_email(const std::string& email) const {
    for (const auto& p : people)
      if (p["email"] == email) return p;
    throw std::runtime_error("no person " + email);
  }
};

World read_world(TestServer& server) {
  World w;
  const auto officer = server.login("officer@westlake.edu.cn");
  const auto admin = server.login("admin@westlake.edu.cn");
  w.home = server.get("/api/v1/settings/home", officer).json()["institution"]["id"];
  w.agreements = all_items(server, "/api/v1/agreements?limit=100", officer);
  for (const auto& a : w.agreements) {
    w.ids["agreements"].push_back(id_text(a["id"]));
    const auto detail = server.get("/api/v1/agreements/" + id_text(a["id"]), officer).json();
    if (detail["code"] == "WU-CONSORTIUM-01") w.consortium = detail;
    for (const auto& at : detail["attachments"])
      w.attachments.emplace_back(id_text(a["id"]), id_text(at["id"]));
  }
  if (w.consortium.is_null()) throw std::runtime_error("the demo has no consortium agreement");
  for (const auto& p : w.consortium["partners"]) {
    if (p["name"] == "University of Oxford") w.oxford = p["id"];
    if (p["name"].get<std::string>().find("Berkeley") != std::string::npos) w.berkeley = p["id"];
  }
  w.cambridge =
      server.get("/api/v1/institutions?limit=1&q=cam.ac.uk", officer).json()["items"][0]["id"];
  for (const auto id : {w.home, w.oxford, w.berkeley, w.cambridge})
    w.ids["institutions"].push_back(std::to_string(id));
  w.people = all_items(server, "/api/v1/people?limit=100", officer);
  for (const auto& p : w.people) w.ids["people"].push_back(id_text(p["id"]));
  w.mobilities = all_items(server, "/api/v1/mobilities?limit=200", officer);
  for (const auto& m : w.mobilities) {
    w.ids["mobilities"].push_back(id_text(m["id"]));
    w.ids["nominations"].push_back(id_text(m["id"]));
  }
  const auto calls = server.get("/api/v1/calls", officer).json();
  for (const auto& c : calls["items"]) w.calls.push_back(c);
  for (const auto& c : w.calls) {
    w.ids["calls"].push_back(id_text(c["id"]));
    const auto applications =
        server.get("/api/v1/calls/" + id_text(c["id"]) + "/applications", officer).json();
    for (const auto& a : applications["items"]) {
      w.applications.push_back(a);
      w.ids["applications"].push_back(id_text(a["id"]));
      for (const auto& d : a["documents"])
        w.documents.emplace_back(id_text(a["id"]), id_text(d["id"]));
    }
    const auto runs =
        server.get("/api/v1/calls/" + id_text(c["id"]) + "/placement-runs", officer).json();
    for (const auto& r : runs["items"]) w.ids["placement-runs"].push_back(id_text(r["id"]));
  }
  const auto programmes = server.get("/api/v1/programmes", officer).json();
  for (const auto& p : programmes["items"]) w.ids["programmes"].push_back(id_text(p["id"]));
  const auto credentials = server.get("/api/v1/credentials", officer).json();
  for (const auto& c : credentials["items"])
    w.ids["credentials"].push_back(c["id"].get<std::string>());
  const auto users = server.get("/api/v1/users", admin).json();
  for (const auto& u : users["items"]) {
    w.users.push_back(u);
    w.ids["users"].push_back(id_text(u["id"]));
  }
  const auto scholars = all_items(server, "/api/v1/scholars?limit=100", officer);
  for (const auto& c : scholars) {
    w.ids["scholars"].push_back(id_text(c["id"]));
    const auto one = server.get("/api/v1/scholars/" + id_text(c["id"]), officer).json();
    for (const auto& d : one.value("documents", json::array()))
      w.scholar_documents.emplace_back(id_text(c["id"]), id_text(d["id"]));
  }
  const auto projects = all_items(server, "/api/v1/research-projects?limit=100", officer);
  for (const auto& p : projects) w.ids["research-projects"].push_back(id_text(p["id"]));
  for (const auto& c : all_items(server, "/api/v1/joint-courses?limit=100", officer))
    w.ids["joint-courses"].push_back(id_text(c["id"]));
  for (const auto& p : all_items(server, "/api/v1/joint-programmes?limit=100", officer))
    w.ids["joint-programmes"].push_back(id_text(p["id"]));
  w.ids["status"] = {"revocation", "suspension"};
  w.ids["versions"] = {"1", "2"};
  return w;
}

// One caller and what it must never be shown.
struct Viewpoint {
  std::string email;
  std::set<std::string> forbidden;  // texts none of its responses may contain
  std::set<std::string> expected;   // texts some response must contain: the walk saw its data
  // Checks one JSON response; returns what is wrong, or empty.
  std::function<std::string(const json&)> check;
  bool no_foreign_emails = false;  // no e-mail address but its own in any response
};

// Calls `visit` on every object in `j`.
void each_object(const json& j, const std::function<void(const json&)>& visit) {
  if (j.is_object()) {
    visit(j);
    for (const auto& [_, v] : j.items()) each_object(v, visit);
  } else if (j.is_array()) {
    for (const auto& v : j) each_object(v, visit);
  }
}

bool involves(const json& object, std::int64_t institution) {
  return object["sending_institution_id"] == institution ||
         object["receiving_institution_id"] == institution;
}

// What a partner user may see: stays and conditions that involve its institution, its own
// balance, comments and files for it or for everyone.
std::function<std::string(const json&)> partner_check(std::int64_t own) {
  return [own](const json& body) {
    std::string wrong;
    each_object(body, [&](const json& o) {
      if (o.contains("sending_institution_id") && o.contains("receiving_institution_id") &&
          !involves(o, own))
        wrong = "a stay or condition between other institutions: " + o.dump().substr(0, 200);
      // A comment or a file for another partner.
      if (o.contains("institution_id") && o.contains("id") &&
          (o.contains("author") || o.contains("filename")) && o["institution_id"].is_number() &&
          o["institution_id"] != own)
        wrong = "a comment or file for another partner: " + o.dump().substr(0, 200);
      // A course taught with another partner; a joint programme it is not a partner of.
      if (o.contains("partner_id") && o.contains("partner_faculty") && o["partner_id"] != own)
        wrong = "another partner's joint course: " + o.dump().substr(0, 200);
      if (o.contains("partner_ids") && o.contains("approval_number") &&
          std::find(o["partner_ids"].begin(), o["partner_ids"].end(), json(own)) ==
              o["partner_ids"].end())
        wrong = "a joint programme of other partners: " + o.dump().substr(0, 200);
      if (o.contains("balance") && o["balance"].is_array()) {
        for (const auto& b : o["balance"])
          if (b.is_object() && b["institution_id"] != own) wrong = "another partner's balance";
      }
    });
    return wrong;
  };
}

// What a student may see: records about themselves only.
std::function<std::string(const json&)> student_check(std::int64_t own_person) {
  return [own_person](const json& body) {
    std::string wrong;
    each_object(body, [&](const json& o) {
      if (o.contains("person_id") && o["person_id"].is_number() && o["person_id"] != own_person)
        wrong = "another person's record: " + o.dump().substr(0, 200);
      if (o.contains("person") && o["person"].is_object() && o["person"].contains("id") &&
          o["person"]["id"].is_number() && o["person"]["id"] != own_person)
        wrong = "another person: " + o["person"].dump().substr(0, 200);
    });
    return wrong;
  };
}

// What a coordinator may see of people and their records: their org unit's.
std::function<std::string(const json&)> coordinator_check(std::int64_t unit) {
  return [unit](const json& body) {
    std::string wrong;
    each_object(body, [&](const json& o) {
      const bool record = o.contains("person_id") && o.contains("org_unit_id");
      const bool person = o.contains("family_name") && o.contains("home_institution_id");
      if ((record || person) && o["org_unit_id"].is_number() && o["org_unit_id"] != unit)
        wrong = "another org unit's record: " + o.dump().substr(0, 200);
    });
    return wrong;
  };
}

// What a viewer may see of a person: no personal data at all.
std::string viewer_check(const json& body) {
  std::string wrong;
  each_object(body, [&](const json& o) {
    if (!o.contains("display_name") && !o.contains("family_name")) return;
    for (const char* key :
         {"email", "phone", "date_of_birth", "passport_number", "gpa", "personal"})
      if (o.contains(key) && !o[key].is_null())
        wrong = fmt::format("a person's {}: {}", key, o.dump().substr(0, 200));
  });
  return wrong;
}

class ScopeWalk : public ::testing::Test {
 protected:
  TestServer& server = shared_server();

  // The emails of people outside `keep`, but none that one of them also has (the demo's
  // generated students can share an address).
  std::set<std::string> emails_of_people_except(const World& w,
                                                const std::function<bool(const json&)>& keep) {
    std::set<std::string> out, kept;
    for (const auto& p : w.people) {
      if (!p["email"].is_string()) continue;
      (keep(p) ? kept : out).insert(p["email"].get<std::string>());
    }
    for (const auto& e : kept) out.erase(e);
    return out;
  }

  std::vector<Viewpoint> viewpoints(const World& w) {
    const auto contact = [&](std::int64_t institution) {
      for (const auto& p : w.consortium["parties"])
        if (p["institution_id"] == institution) return p["contact"];
      throw std::runtime_error("no such party");
    };
    const auto people_of_stays = [&](const std::function<bool(const json&)>& stay) {
      std::set<std::int64_t> ids;
      for (const auto& m : w.mobilities)
        if (stay(m)) ids.insert(m["person_id"].get<std::int64_t>());
      return ids;
    };
    std::set<std::string> calls;
    for (const auto& c : w.calls) {
      calls.insert(c["code"].get<std::string>());
      calls.insert(c["title"].get<std::string>());
    }
    std::vector<Viewpoint> out;
    // A partner sees nothing of the other partner, nor our calls, nor the people of stays
    // that do not involve it.
    for (const auto& [email, own, other, other_user, other_texts] :
         {std::tuple{"partner@ox.ac.uk", w.oxford, w.berkeley, "partner@berkeley.edu",
                     std::vector<std::string>{"Priya Raman", "Ouyang Ning", "annex-berkeley.pdf",
                                              "invitation letter"}},
          std::tuple{"partner@berkeley.edu", w.berkeley, w.oxford, "partner@ox.ac.uk",
                     std::vector<std::string>{"Thomas Hale", "annex-oxford.pdf"}}}) {
      Viewpoint v;
      v.email = email;
      const auto theirs = people_of_stays([&](const json& m) { return involves(m, own); });
      v.forbidden = emails_of_people_except(
          w, [&](const json& p) { return theirs.contains(p["id"].get<std::int64_t>()); });
      const auto c = contact(other);
      for (const char* field : {"name", "email", "phone"}) v.forbidden.insert(c[field]);
      v.forbidden.insert(other_user);
      v.forbidden.insert(other_texts.begin(), other_texts.end());
      // Our coordinator of the School of Life Sciences signs the learning agreement of the
      // stay at Berkeley; Oxford has nothing to do with them.
      if (own == w.oxford) v.forbidden.insert("coordinator.sls@westlake.edu.cn");
      v.forbidden.insert(calls.begin(), calls.end());
      for (const char* secret :
           {"E12345678", "E87654321", "+86 138 0000 0000", "+86 139 5716 2208"})
        v.forbidden.insert(secret);
      v.expected = {contact(own)["email"].get<std::string>()};
      v.check = partner_check(own);
      out.push_back(std::move(v));
    }
    // A student sees no one else.
    for (const auto& [email, other_name, secrets] :
         {std::tuple{"student@westlake.edu.cn", "Ouyang Ning",
                     std::vector<std::string>{"E87654321", "+86 139 5716 2208", "2001-04-23"}},
          std::tuple{"student2@westlake.edu.cn", "Wang Fang",
                     std::vector<std::string>{"E12345678", "+86 138 0000 0000"}}}) {
      Viewpoint v;
      v.email = email;
      const auto& self = w.person_by_email(email);
      v.forbidden =
          emails_of_people_except(w, [&](const json& p) { return p["id"] == self["id"]; });
      v.forbidden.insert(other_name);
      v.forbidden.insert(secrets.begin(), secrets.end());
      v.expected = {self["personal"]["passport_number"].get<std::string>()};
      v.check = student_check(self["id"]);
      out.push_back(std::move(v));
    }
    // A coordinator sees the people of their org unit's records only.
    for (const auto& [email, own_student, other_secret] :
         {std::tuple{"coordinator@westlake.edu.cn", "student@westlake.edu.cn", "E87654321"},
          std::tuple{"coordinator.sls@westlake.edu.cn", "student2@westlake.edu.cn", "E12345678"}}) {
      Viewpoint v;
      v.email = email;
      const auto unit = w.person_by_email(own_student)["org_unit_id"];
      std::set<std::int64_t> ours;
      for (const auto& p : w.people)
        if (p["org_unit_id"] == unit) ours.insert(p["id"].get<std::int64_t>());
      for (const auto& m : w.mobilities)
        if (m["org_unit_id"] == unit) ours.insert(m["person_id"].get<std::int64_t>());
      for (const auto& a : w.applications)
        if (a["org_unit_id"] == unit) ours.insert(a["person_id"].get<std::int64_t>());
      v.forbidden = emails_of_people_except(
          w, [&](const json& p) { return ours.contains(p["id"].get<std::int64_t>()); });
      v.forbidden.insert(other_secret);
      v.expected = {own_student};
      v.check = coordinator_check(unit.get<std::int64_t>());
      out.push_back(std::move(v));
    }
    // A viewer sees everything but personal data: no one's e-mail, phone, passport or
    // birth date, and who did what by name and role.
    {
      Viewpoint v;
      v.email = "viewer@westlake.edu.cn";
      v.no_foreign_emails = true;
      v.forbidden = {"E12345678",  "E87654321",  "+86 138 0000 0000", "+86 139 5716 2208",
                     "2001-04-23", "1997-03-14", "1998-11-02"};
      for (const auto& p : w.consortium["parties"])
        if (!p["contact"]["phone"].get<std::string>().empty())
          v.forbidden.insert(p["contact"]["phone"].get<std::string>());
      v.expected = {"Ouyang Ning", "Priya Raman"};
      v.check = viewer_check;
      out.push_back(std::move(v));
    }
    // The office sees everything; its walk checks only that nothing fails.
    for (const char* email : {"admin@westlake.edu.cn", "officer@westlake.edu.cn"}) {
      Viewpoint v;
      v.email = email;
      v.expected = {"E87654321", "m.reyes@berkeley.edu"};
      out.push_back(std::move(v));
    }
    return out;
  }
};

// The values a route's path parameters take: for a single parameter a list of values, for
// two (a record and one of its parts) the pairs. Empty optional: the walk does not know
// the parameter, which fails the test so that it is taught.
std::optional<std::vector<std::vector<std::string>>> fill(const World& w,
                                                          const std::string& pattern,
                                                          const std::string& calendar) {
  std::vector<std::pair<std::string, std::string>> params;  // collection, name
  std::string collection;
  for (std::size_t at = 0; at < pattern.size();) {
    const auto slash = pattern.find('/', at + 1);
    const auto segment =
        pattern.substr(at + 1, slash == std::string::npos ? std::string::npos : slash - at - 1);
    if (segment.starts_with("{"))
      params.emplace_back(collection, segment);
    else
      collection = segment;
    if (slash == std::string::npos) break;
    at = slash;
  }
  std::vector<std::vector<std::string>> out;
  if (params.empty()) return std::vector<std::vector<std::string>>{{}};
  if (params.size() == 1) {
    const auto& [c, name] = params.front();
    if (c == "calendar") return std::vector<std::vector<std::string>>{{calendar + ".ics"}};
    // An indicator's people: what a reader of the indicators sees (tests/api/indicators_test.cc
    // walks their years and scopes).
    if (c == "indicators")
      return std::vector<std::vector<std::string>>{{"outbound_students"},
                                                   {"inbound_exchange_students"}};
    const auto it = w.ids.find(c);
    if (it == w.ids.end()) return std::nullopt;
    for (const auto& id : it->second) out.push_back({id});
    return out;
  }
  if (params.size() == 2 && params[1].first == "attachments") {
    for (const auto& [a, b] : w.attachments) out.push_back({a, b});
    return out;
  }
  if (params.size() == 2 && params[1].first == "documents") {
    const auto& documents = params[0].first == "scholars" ? w.scholar_documents : w.documents;
    for (const auto& [a, b] : documents) out.push_back({a, b});
    return out;
  }
  if (params.size() == 2 && params[1].first == "versions") {
    for (const auto& m : w.ids.at("mobilities")) out.push_back({m, "1"});
    return out;
  }
  return std::nullopt;
}

std::string expand(std::string pattern, const std::vector<std::string>& values) {
  for (const auto& v : values) {
    const auto open = pattern.find('{');
    pattern.replace(open, pattern.find('}', open) - open + 1, v);
  }
  return pattern;
}

TEST_F(ScopeWalk, NoRouteShowsAnyoneAnotherPartysRecords) {
  const World w = read_world(server);
  const auto routes = server.router().routes();
  std::size_t requests = 0;
  for (const auto& v : viewpoints(w)) {
    SCOPED_TRACE(v.email);
    const auto token = server.login(v.email);
    std::string calendar = "not-a-token";
    if (const auto r = server.get("/api/v1/agreements/reminders", token); r.status == 200) {
      const auto url = r.json()["calendar_url"].get<std::string>();
      calendar = url.substr(url.rfind('/') + 1, url.size() - url.rfind('/') - 5);
    }
    std::set<std::string> seen_expected;
    std::map<std::string, std::set<std::string>> unseen;  // collection → ids it may not read
    const auto inspect = [&](const std::string& method, const std::string& target,
                             const Reply& reply) {
      ++requests;
      const auto where = fmt::format("{} {} as {}: {}", method, target, v.email, reply.status);
      ASSERT_LT(reply.status, 500) << where << " " << reply.body.substr(0, 300);
      for (const auto& text : v.forbidden) {
        const auto at = reply.body.find(text);
        EXPECT_EQ(at, std::string::npos) << where << " shows '" << text << "': …"
                                         << reply.body.substr(at < 300 ? 0 : at - 300, 600) << "…";
      }
      for (const auto& text : v.expected)
        if (reply.body.find(text) != std::string::npos) seen_expected.insert(text);
      // A workbook is compressed: its bytes say nothing of what it holds, and now and then
      // look like an address by chance; the exports' own tests read what is inside.
      const bool compressed = reply.header("content-type").starts_with("application/vnd.");
      if (v.no_foreign_emails && !compressed) {
        for (const auto& e : emails_in(reply.body)) {
          EXPECT_EQ(e, v.email) << where << " shows the e-mail " << e;
        }
      }
      if (v.check && reply.header("content-type").starts_with("application/json")) {
        const auto body = json::parse(reply.body, nullptr, false);
        if (!body.is_discarded()) {
          EXPECT_EQ(v.check(body), "") << where;
        }
      }
    };
    // Reads: every GET route with every record of every party.
    for (const auto& route : routes) {
      if (route.method != "GET") continue;
      // Published by design to anyone holding the link: a credential's public page; and the
      // API's own description, which holds no records.
      if (route.pattern.starts_with("/api/v1/public/") || route.pattern == "/api/v1/openapi.json")
        continue;
      const auto values = fill(w, route.pattern, calendar);
      ASSERT_TRUE(values) << "the scope walk cannot fill the parameters of " << route.pattern
                          << "; teach fill() which records they name";
      for (const auto& value : *values) {
        std::string target = expand(route.pattern, value);
        // The query parameters the endpoint declares (http/routing).
        const auto query =
            route.doc ? route.doc->query : std::vector<http::routing::QueryParameterDoc>{};
        const bool pages = std::any_of(query.begin(), query.end(),
                                       [](const auto& q) { return q.name == "limit"; });
        if (pages) target += "?limit=100";
        if (route.pattern == "/api/v1/mobilities" || route.pattern == "/api/v1/nominations")
          target = route.pattern + "?limit=200";
        const auto reply = server.get(target, token);
        inspect("GET", target, reply);
        // A record it cannot read: the detail route (the id is the last segment) says 404.
        if (reply.status == 404 && value.size() == 1 && route.pattern.ends_with("}")) {
          const auto segments = route.pattern.substr(0, route.pattern.find("/{"));
          unseen[segments.substr(segments.rfind('/') + 1)].insert(value.front());
        }
        // Filters that name another party's records.
        for (const auto& q : query) {
          std::vector<std::string> named;
          if (q.name == "partner" || q.name == "institution")
            named = {std::to_string(w.oxford), std::to_string(w.berkeley)};
          else if (q.name == "person")
            named = {id_text(w.person_by_email("student@westlake.edu.cn")["id"]),
                     id_text(w.person_by_email("student2@westlake.edu.cn")["id"])};
          else if (q.name == "agreement")
            named = {id_text(w.consortium["id"])};
          else if (q.name == "q")
            named = {"berkeley", "oxford", "ouyang", "wang"};
          for (const auto& n : named) {
            const auto filtered = expand(route.pattern, value) + "?" + q.name + "=" + n;
            inspect("GET", filtered, server.get(filtered, token));
          }
        }
      }
    }
    // Writes to records it cannot read fail, and say nothing of them.
    for (const auto& route : routes) {
      if (route.method == "GET" || route.pattern.find('{') == std::string::npos) continue;
      const auto head = route.pattern.substr(0, route.pattern.find("/{"));
      const auto collection = head.substr(head.rfind('/') + 1);
      const auto foreign = unseen.find(collection == "nominations" ? "mobilities" : collection);
      if (foreign == unseen.end()) continue;
      std::size_t tried = 0;
      for (const auto& id : foreign->second) {
        if (tried++ == 3) break;
        auto values = std::vector<std::string>{id};
        if (route.pattern.find("{number}") != std::string::npos) values.push_back("1");
        if (route.pattern.find('{', route.pattern.find('}')) != std::string::npos &&
            values.size() == 1)
          values.push_back("1");
        const auto target = expand(route.pattern, values);
        const auto reply = server.request(
            route.method, target, "{}",
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}});
        inspect(route.method, target, reply);
        EXPECT_GE(reply.status, 400) << route.method << " " << target << " as " << v.email
                                     << " changed a record it cannot read: " << reply.body;
      }
    }
    for (const auto& text : v.expected)
      EXPECT_TRUE(seen_expected.contains(text))
          << v.email << " never saw '" << text << "': the walk did not reach its own records";
  }
  EXPECT_GT(requests, 1000u);
}

}  // namespace
}  // namespace orbis::testing
