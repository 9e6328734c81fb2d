// Every list and detail endpoint of the API, and search, timed on two databases in the same
// run — the demo and the large seeded university (`orbis demo --scale large`) — to show
// whether cost follows the page or the data. The ceiling beside each figure is the same
// server's cheapest request (GET /api/v1/health), the floor any endpoint can reach.
//
// Runs the real `orbis serve` on each database (port 0, one worker thread), signs in as each
// demo role, finds the endpoints in the served OpenAPI document, and takes ids for detail
// endpoints from the list above them. Each endpoint is asked `--requests` times over one
// keep-alive connection, or for `--budget` seconds when that comes first (at least three
// times, once when one request outlasts the budget: a list that loads a whole table takes
// seconds on the large seed); prints p50 and p99 in milliseconds, how many requests they are
// of, the size of the answer, and the ratios large/demo of the times and of the sizes (a page
// of calls with forty offers each is larger than one with four, and costs more to send).
//
// A request that takes longer than `--timeout` seconds is reported as such, and the server
// restarted.
//
// usage: api_bench --orbis BIN --db demo=FILE [--db large=FILE] [--requests N] [--budget S]
//                  [--timeout S] [--json OUT] [--only TEXT]...
//
// `--only TEXT` (repeatable) times only the endpoints whose label contains one of the texts,
// beside the ceiling: for measuring the lists a change touches without the whole run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "http_client.h"

namespace {

using orbis::bench::Client;
using orbis::bench::Server;
namespace beast = boost::beast;
using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr const char* kPassword = "orbis-demo-2026";
constexpr int kWarmup = 5;
constexpr const char* kRoles[] = {"officer", "coordinator", "viewer", "student", "partner"};

std::string fmt_over(std::chrono::seconds timeout) {
  return "> " + std::to_string(timeout.count() * 1000);
}

struct Timing {
  double p50 = 0, p99 = 0;
  int status = 0;
  std::size_t bytes = 0;
  std::size_t samples = 0;
  bool timed_out = false;  // one request took longer than the timeout: nothing measured
};

// The endpoints to time, as (label, role, target) in a stable order; a few are not GETs.
struct Probe {
  std::string label;
  std::string role;
  std::string target;
  std::string method = "GET";
  std::string body;
  std::string content_type;
};

// At most `requests` timed requests after the warm-up, stopping once `budget` has passed
// and three were timed.
Timing measure(Client& client, const Probe& probe, const std::string& token, int requests,
               std::chrono::duration<double> budget) {
  std::vector<double> ms;
  Timing t;
  const auto began = Clock::now();
  int warmup = kWarmup;
  for (int i = 0; i < warmup + requests; ++i) {
    const auto start = Clock::now();
    std::pair<int, std::string> answer;
    try {
      answer = client.request(probe.method, probe.target, token, probe.body, probe.content_type);
    } catch (const boost::system::system_error& e) {
      if (e.code() != beast::error::timeout) throw;
      t.timed_out = true;
      return t;
    }
    const auto& [status, body] = answer;
    const auto took = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    t.status = status;
    t.bytes = body.size();
    if (i < warmup) {
      if (took > 100) warmup = i + 1;  // a slow request needs no more warming
      continue;
    }
    ms.push_back(took);
    // Three samples at least, or one when a single request outlasts the budget.
    const std::size_t enough = took > budget.count() * 1000 ? 1 : 3;
    if (ms.size() >= enough && Clock::now() - began > budget) break;
  }
  t.samples = ms.size();
  std::sort(ms.begin(), ms.end());
  t.p50 = ms[ms.size() / 2];
  t.p99 = ms[std::min(ms.size() - 1, (ms.size() * 99) / 100)];
  return t;
}

std::string first_id(const json& list) {
  if (list.is_object() && list.contains("items") && list["items"].is_array() &&
      !list["items"].empty()) {
    const auto& item = list["items"][0];
    if (item.contains("id")) {
      return item["id"].is_string() ? item["id"].get<std::string>() : item["id"].dump();
    }
  }
  return "";
}

std::vector<Probe> probes(Client& client, const std::map<std::string, std::string>& tokens) {
  const auto [status, text] = client.request("GET", "/api/v1/openapi.json", "");
  if (status != 200) throw std::runtime_error("no OpenAPI document");
  const json doc = json::parse(text);
  std::vector<Probe> out;
  out.push_back({"GET /api/v1/health", "officer", "/api/v1/health"});
  out.push_back({"search \"university\"", "officer", "/api/v1/institutions?q=university&limit=20"});
  out.push_back({"search 西湖", "officer", "/api/v1/institutions?q=%E8%A5%BF%E6%B9%96&limit=20"});
  // The leadership dashboard (every indicator over the five default years) and a drill-down
  // page, for the roles that read them: the dashboard's cost follows the stays of five years,
  // a page of its records the page.
  for (const char* role : {"officer", "coordinator", "viewer"}) {
    out.push_back({"GET /api/v1/indicators (five years)", role, "/api/v1/indicators"});
    out.push_back({"GET /api/v1/indicators/{id}/records (a page)", role,
                   "/api/v1/indicators/outbound_students/records?year=2025&limit=20"});
    out.push_back({"GET /api/v1/indicators/{id}/records (graduates, a page)", role,
                   "/api/v1/indicators/graduates_with_stay_abroad/records?year=2025&limit=20"});
    // Every partner of a year: its cost follows the year's stays.
    out.push_back({"GET /api/v1/indicators/exchange_balance (a year)", role,
                   "/api/v1/indicators/exchange_balance?year=2025"});
    // A page of conditions counts its own conditions' use; the totals every condition's.
    out.push_back({"GET /api/v1/indicators/seat_utilisation (a page)", role,
                   "/api/v1/indicators/seat_utilisation?year=2025&limit=20"});
    out.push_back({"GET /api/v1/indicators/seat_utilisation/totals", role,
                   "/api/v1/indicators/seat_utilisation/totals?year=2025"});
    // Partners by country and by type: the year's agreements in force and stays, grouped.
    out.push_back({"GET /api/v1/indicators/partners (by country)", role,
                   "/api/v1/indicators/partners?year=2025"});
    out.push_back({"GET /api/v1/indicators/partners (by type)", role,
                   "/api/v1/indicators/partners?by=type&year=2025"});
    // The year's lines of funding, grouped and their amounts added exactly.
    out.push_back(
        {"GET /api/v1/indicators/funding (a year)", role, "/api/v1/indicators/funding?year=2025"});
    // The Quality Certification's tables of five years: each year's incoming students once,
    // grouped, and the year's lines of funding.
    out.push_back({"GET /api/v1/indicators/certification (five years)", role,
                   "/api/v1/indicators/certification"});
    // The year's stays on programmes, counted per programme.
    out.push_back({"GET /api/v1/indicators/programmes (a year)", role,
                   "/api/v1/indicators/programmes?year=2025"});
    // The year's exchange per agreement and partner, one page.
    out.push_back({"GET /api/v1/indicators/exchange_balance/agreements (a year)", role,
                   "/api/v1/indicators/exchange_balance/agreements?year=2025"});
    // Five years of the institution's students beside UNESCO's figures of its country.
    out.push_back({"GET /api/v1/indicators/national (five years)", role,
                   "/api/v1/indicators/national?from=2021&to=2025"});
  }
  // An import checked without being kept (a dry run): its cost should follow the file's rows.
  if (std::ifstream csv{std::string(ORBIS_SOURCE_DIR) + "/tests/cases/mobility/mobilities.csv"}) {
    std::ostringstream text;
    text << csv.rdbuf();
    out.push_back({"POST /api/v1/mobilities/import (3 rows, dry run)", "officer",
                   "/api/v1/mobilities/import", "POST", text.str(), "text/csv"});
  }
  // (list path, role) -> the first id in the list as the role sees it
  std::map<std::pair<std::string, std::string>, std::string> list_ids;
  for (const auto& [path, item] : doc["paths"].items()) {
    if (!item.contains("get") || path.find("{") != std::string::npos) continue;
    if (path.find("openapi") != std::string::npos || path.find("/calendar") != std::string::npos ||
        path.find("/health") != std::string::npos || path.find("/export") != std::string::npos)
      continue;
    for (const auto& role : kRoles) {
      const auto [s, body] = client.request("GET", path + "?limit=20", tokens.at(role));
      if (s != 200) continue;
      out.push_back({"GET " + path, role, path + "?limit=20"});
      list_ids[{path, role}] = first_id(json::parse(body, nullptr, false));
    }
  }
  for (const auto& [path, item] : doc["paths"].items()) {
    if (!item.contains("get")) continue;
    // One id only, after the list it comes from: /calls/{id} and /calls/{id}/applications.
    const auto at = path.find("/{id}");
    if (at == std::string::npos || path.find('{', at + 2) != std::string::npos) continue;
    if (path.find("/export") != std::string::npos || path.find("ewp") != std::string::npos ||
        path.find("/certificate") != std::string::npos || path.find("/qr") != std::string::npos)
      continue;
    const auto list = path.substr(0, at);
    for (const auto& role : kRoles) {
      const auto id = list_ids.find({list, role});
      if (id == list_ids.end() || id->second.empty()) continue;
      std::string target = path;
      target.replace(at + 1, 4, id->second);
      if (path.ends_with("/applications")) target += "?limit=20";
      const auto [s, body] = client.request("GET", target, tokens.at(role));
      if (s == 200) out.push_back({"GET " + path, role, target});
    }
  }
  return out;
}

int run(int argc, char** argv) {
  std::string orbis, json_out;
  std::vector<std::pair<std::string, std::string>> dbs;
  int requests = 200;
  double budget = 3;
  std::chrono::seconds timeout{20};
  std::vector<std::string> only;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--orbis" && i + 1 < argc) {
      orbis = argv[++i];
    } else if (a == "--db" && i + 1 < argc) {
      const auto db = orbis::bench::named(argv[++i]);
      if (!db) {
        std::cerr << "api_bench: --db takes NAME=FILE\n";
        return 2;
      }
      dbs.push_back(*db);
    } else if (a == "--requests" && i + 1 < argc) {
      requests = std::max(10, std::atoi(argv[++i]));
    } else if (a == "--budget" && i + 1 < argc) {
      budget = std::max(0.1, std::atof(argv[++i]));
    } else if (a == "--timeout" && i + 1 < argc) {
      timeout = std::chrono::seconds(std::max(1, std::atoi(argv[++i])));
    } else if (a == "--json" && i + 1 < argc) {
      json_out = argv[++i];
    } else if (a == "--only" && i + 1 < argc) {
      only.emplace_back(argv[++i]);
    } else {
      std::cerr << "usage: api_bench --orbis BIN --db demo=FILE [--db large=FILE] [--requests N] "
                   "[--budget SECONDS] [--timeout SECONDS] [--json OUT] [--only TEXT]...\n";
      return 2;
    }
  }
  if (orbis.empty() || dbs.empty()) {
    std::cerr << "api_bench: --orbis and at least one --db are required\n";
    return 2;
  }
  // Results per database: label/role -> timing; the probes come from the first database.
  std::vector<Probe> plan;
  std::vector<std::map<std::string, Timing>> results;
  for (const auto& [name, file] : dbs) {
    auto server = std::make_unique<Server>(orbis, file);
    auto client = std::make_unique<Client>(server->port(), timeout);
    std::map<std::string, std::string> tokens;
    for (const auto& role : kRoles) {
      const std::string email = std::string(role) == "partner"
                                    ? "partner@ox.ac.uk"
                                    : std::string(role) + "@westlake.edu.cn";
      const auto [s, body] = client->request(
          "POST", "/api/v1/auth/login", "", json{{"email", email}, {"password", kPassword}}.dump());
      if (s != 200) throw std::runtime_error("cannot sign in as " + email + ": " + body);
      tokens[role] = json::parse(body)["token"];
    }
    if (plan.empty()) {
      plan = probes(*client, tokens);
      if (!only.empty()) {
        std::erase_if(plan, [&](const Probe& p) {
          return p.label != "GET /api/v1/health" &&
                 std::none_of(only.begin(), only.end(), [&](const std::string& text) {
                   return p.label.find(text) != std::string::npos;
                 });
        });
      }
    }
    std::map<std::string, Timing> timings;
    for (std::size_t i = 0; i < plan.size(); ++i) {
      const auto& p = plan[i];
      // Progress on stderr: a run on the large seed takes minutes.
      std::fprintf(stderr, "\r%s: %zu/%zu endpoints", name.c_str(), i + 1, plan.size());
      const auto t =
          measure(*client, p, tokens.at(p.role), requests, std::chrono::duration<double>(budget));
      timings[p.label + " as " + p.role] = t;
      if (t.timed_out) {
        // The server is still busy with the request; start afresh (sessions are stored).
        server->abandon();
        client.reset();
        server = std::make_unique<Server>(orbis, file);
        client = std::make_unique<Client>(server->port(), timeout);
      }
    }
    std::fprintf(stderr, "\n");
    results.push_back(std::move(timings));
  }

  std::printf("%-60s", "endpoint (role)");
  for (const auto& [name, file] : dbs)
    std::printf(" %8s p50 %8s p99     n %6s KB", name.c_str(), name.c_str(), name.c_str());
  if (dbs.size() == 2) std::printf("  ratio p50 ratio p99 ratio KB");
  std::printf("\n");
  json report = json::array();
  for (const auto& p : plan) {
    const auto key = p.label + " as " + p.role;
    std::printf("%-60s", key.substr(0, 60).c_str());
    json row = {{"endpoint", p.label}, {"role", p.role}};
    for (std::size_t i = 0; i < dbs.size(); ++i) {
      const auto it = results[i].find(key);
      const Timing t = it == results[i].end() ? Timing{} : it->second;
      if (t.timed_out) {
        std::printf(" %12s %12s %5s %9s", fmt_over(timeout).c_str(), fmt_over(timeout).c_str(), "-",
                    "-");
      } else {
        std::printf(" %12.2f %12.2f %5zu %9.1f", t.p50, t.p99, t.samples,
                    static_cast<double>(t.bytes) / 1024);
      }
      row[dbs[i].first] = {{"timed_out", t.timed_out}, {"p50_ms", t.p50},  {"p99_ms", t.p99},
                           {"status", t.status},       {"bytes", t.bytes}, {"samples", t.samples}};
    }
    if (dbs.size() == 2) {
      const auto& a = results[0][key];
      const auto& b = results[1][key];
      // A timeout counts as the timeout: the ratio is then a lower bound.
      const double limit = static_cast<double>(timeout.count()) * 1000;
      const double a50 = a.timed_out ? limit : a.p50, a99 = a.timed_out ? limit : a.p99;
      const double b50 = b.timed_out ? limit : b.p50, b99 = b.timed_out ? limit : b.p99;
      const double r50 = a50 > 0 ? b50 / a50 : 0, r99 = a99 > 0 ? b99 / a99 : 0;
      const char* more = b.timed_out ? ">" : " ";
      // The page's size beside the time's: a page that holds more costs more.
      const double bytes = a.bytes > 0 ? static_cast<double>(b.bytes) / a.bytes : 0;
      std::printf(" %s%9.1f %s%8.1f %8.1f", more, r50, more, r99, bytes);
      row["ratio_p50"] = r50;
      row["ratio_p99"] = r99;
      row["ratio_bytes"] = bytes;
      if (a.status != b.status) std::printf("  (status %d vs %d)", a.status, b.status);
    }
    std::printf("\n");
    report.push_back(row);
  }
  if (!json_out.empty()) std::ofstream(json_out) << report.dump(2) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "api_bench: " << e.what() << "\n";
    return 1;
  }
}
