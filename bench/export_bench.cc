// Exports (docs/exports.md) on the demo and the large seeded university in the same run:
// each list exported whole as CSV and as XLSX, beside its peer, the same rows read the way
// a client must without an export (every page of 100 as JSON, following `next`). Prints the
// times, the sizes, the ratio export/pages, and the server's peak memory (VmHWM) before and
// after the exports: a streamed export should not raise it by the size of the file.
//
// usage: export_bench --orbis BIN --db demo=FILE [--db large=FILE] [--timeout S]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "http_client.h"

namespace {

using orbis::bench::Client;
using orbis::bench::Server;
using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr const char* kPassword = "orbis-demo-2026";

// The lists exported whole: the registry (every institution), the people, the stays and
// the agreements.
constexpr const char* kLists[] = {"/api/v1/institutions", "/api/v1/people", "/api/v1/mobilities",
                                  "/api/v1/agreements"};

// The server's peak resident memory so far, in MiB.
double peak_mib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with("VmHWM:")) return std::stod(line.substr(6)) / 1024;
  }
  return 0;
}

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Row {
  std::string list;
  std::size_t rows = 0;
  double pages_ms = 0, csv_ms = 0, xlsx_ms = 0;
  std::size_t pages_kb = 0, csv_kb = 0, xlsx_kb = 0;
};

int run(int argc, char** argv) {
  std::string orbis;
  std::vector<std::pair<std::string, std::string>> dbs;
  std::chrono::seconds timeout{600};
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--orbis" && i + 1 < argc) {
      orbis = argv[++i];
    } else if (a == "--db" && i + 1 < argc) {
      const auto db = orbis::bench::named(argv[++i]);
      if (!db) {
        std::cerr << "export_bench: --db takes NAME=FILE\n";
        return 2;
      }
      dbs.push_back(*db);
    } else if (a == "--timeout" && i + 1 < argc) {
      timeout = std::chrono::seconds(std::max(1, std::atoi(argv[++i])));
    } else {
      std::cerr << "usage: export_bench --orbis BIN --db demo=FILE [--db large=FILE] "
                   "[--timeout SECONDS]\n";
      return 2;
    }
  }
  if (orbis.empty() || dbs.empty()) {
    std::cerr << "export_bench: --orbis and at least one --db are required\n";
    return 2;
  }
  std::printf("%-6s %-22s %8s %10s %9s %10s %9s %10s %9s %7s %7s\n", "db", "list", "rows",
              "pages ms", "pages KB", "csv ms", "csv KB", "xlsx ms", "xlsx KB", "csv/pg",
              "xlsx/pg");
  for (const auto& [name, file] : dbs) {
    Server server(orbis, file);
    Client client(server.port(), timeout);
    const auto [s, body] =
        client.request("POST", "/api/v1/auth/login", "",
                       json{{"email", "officer@westlake.edu.cn"}, {"password", kPassword}}.dump());
    if (s != 200) throw std::runtime_error("cannot sign in: " + body);
    const std::string token = json::parse(body)["token"];
    std::vector<Row> rows;
    // The peers first, so that the peak they leave is the baseline the exports add to.
    for (const char* list : kLists) {
      Row row{list};
      const auto start = Clock::now();
      std::string cursor;
      for (;;) {
        const auto [status, page] = client.request(
            "GET", std::string(list) + "?limit=100" + (cursor.empty() ? "" : "&cursor=" + cursor),
            token);
        if (status != 200) throw std::runtime_error(std::string(list) + " answered " + page);
        row.pages_kb += page.size();
        const json parsed = json::parse(page);
        row.rows += parsed["items"].size();
        if (parsed["next"].is_null()) break;
        cursor = parsed["next"].get<std::string>();
      }
      row.pages_ms = ms_since(start);
      rows.push_back(row);
    }
    const double before = peak_mib(server.pid());
    for (auto& row : rows) {
      auto start = Clock::now();
      const auto [csv_status, csv] = client.request("GET", row.list + "?format=csv", token);
      row.csv_ms = ms_since(start);
      row.csv_kb = csv.size();
      start = Clock::now();
      const auto [xlsx_status, xlsx] = client.request("GET", row.list + "?format=xlsx", token);
      row.xlsx_ms = ms_since(start);
      row.xlsx_kb = xlsx.size();
      if (csv_status != 200 || xlsx_status != 200)
        throw std::runtime_error(row.list + ": an export failed");
    }
    const double after = peak_mib(server.pid());
    for (const auto& r : rows) {
      std::printf("%-6s %-22s %8zu %10.0f %9zu %10.0f %9zu %10.0f %9zu %7.2f %7.2f\n", name.c_str(),
                  r.list.substr(8).c_str(), r.rows, r.pages_ms, r.pages_kb / 1024, r.csv_ms,
                  r.csv_kb / 1024, r.xlsx_ms, r.xlsx_kb / 1024,
                  r.pages_ms > 0 ? r.csv_ms / r.pages_ms : 0,
                  r.pages_ms > 0 ? r.xlsx_ms / r.pages_ms : 0);
    }
    std::printf(
        "%-6s server peak memory: %.0f MiB after reading the pages, %.0f MiB after the "
        "exports\n",
        name.c_str(), before, after);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "export_bench: " << e.what() << "\n";
    return 1;
  }
}
