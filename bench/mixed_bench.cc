// A mixed load of reads and writes, at 10 and 100 connections at once, on each database named
// (the large seed on SQLite and on PostgreSQL, in scripts/bench): what an international
// office's busy morning does to one server. Beside it, in the same run and at the same
// concurrency, the ceiling: the same server answering GET /api/v1/health, the cheapest
// request it has. Prints, per database and concurrency, requests per second of the mix and of
// the ceiling and their ratio, p50 and p99 of reads and of writes, and errors; with two
// databases, the ratio of the second's throughput to the first's.
//
// Each connection runs, for `--seconds`, a fixed mix drawn with its own seeded generator:
//   35%  GET /api/v1/institutions?limit=20            (the registry's first page)
//   20%  GET /api/v1/institutions/{id}                (one of the first 100 institutions)
//   15%  GET /api/v1/institutions?q=WORD&limit=20     (search)
//   10%  GET /api/v1/agreements?limit=20
//   10%  GET /api/v1/mobilities?limit=20
//   10%  POST /api/v1/institutions                    (a write, audited)
// as the international officer of the demo, one session shared by all connections.
//
// The writes change the database: give it a copy (scripts/bench does).
//
// usage: mixed_bench --orbis BIN --db NAME=LOCATION [--db NAME=LOCATION]
//                    [--connections 10,100] [--seconds S] [--threads N] [--json OUT]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "http_client.h"

namespace {

using orbis::bench::Client;
using orbis::bench::Server;
using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr const char* kEmail = "officer@westlake.edu.cn";
constexpr const char* kPassword = "orbis-demo-2026";
constexpr std::chrono::seconds kTimeout{60};
const char* const kWords[] = {"university", "technology",        "medical",   "berkeley",
                              "zhejiang",   "national",          "institute", "paris",
                              "tokyo",      "%E5%A4%A7%E5%AD%A6"};

struct Latencies {
  std::vector<double> reads, writes;
  std::size_t errors = 0;
};

struct Outcome {
  double per_second = 0;
  double read_p50 = 0, read_p99 = 0, write_p50 = 0, write_p99 = 0;
  std::size_t reads = 0, writes = 0, errors = 0;
};

double percentile(std::vector<double>& ms, double p) {
  if (ms.empty()) return 0;
  std::sort(ms.begin(), ms.end());
  return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * static_cast<double>(ms.size())))];
}

// `connections` clients at once for `seconds`, each running `one(client, rng, out)` in a loop.
template <typename One>
Outcome load(unsigned short port, int connections, double seconds, One one) {
  std::vector<Latencies> per(static_cast<std::size_t>(connections));
  std::atomic<bool> go{false}, stop{false};
  std::vector<std::thread> threads;
  for (int c = 0; c < connections; ++c) {
    threads.emplace_back([&, c] {
      auto& mine = per[static_cast<std::size_t>(c)];
      std::mt19937 rng(static_cast<unsigned>(1000 + c));
      try {
        Client client(port, kTimeout);
        while (!go) std::this_thread::yield();
        while (!stop) one(client, rng, mine);
      } catch (const std::exception&) {
        ++mine.errors;  // a connection the server closed or that timed out
      }
    });
  }
  const auto began = Clock::now();
  go = true;
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& t : threads) t.join();
  const double took = std::chrono::duration<double>(Clock::now() - began).count();
  Latencies all;
  for (auto& l : per) {
    all.reads.insert(all.reads.end(), l.reads.begin(), l.reads.end());
    all.writes.insert(all.writes.end(), l.writes.begin(), l.writes.end());
    all.errors += l.errors;
  }
  Outcome o;
  o.reads = all.reads.size();
  o.writes = all.writes.size();
  o.errors = all.errors;
  o.per_second = static_cast<double>(o.reads + o.writes) / took;
  o.read_p50 = percentile(all.reads, 0.50);
  o.read_p99 = percentile(all.reads, 0.99);
  o.write_p50 = percentile(all.writes, 0.50);
  o.write_p99 = percentile(all.writes, 0.99);
  return o;
}

double timed(Client& client, const std::string& method, const std::string& target,
             const std::string& token, const std::string& body, int expect, Latencies& out) {
  const auto start = Clock::now();
  const auto [status, answer] = client.request(method, target, token, body);
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  if (status != expect) ++out.errors;
  return ms;
}

struct Mix {
  std::string token;
  std::vector<std::string> institution_ids;
  std::atomic<long> written{0};

  void operator()(Client& client, std::mt19937& rng, Latencies& out) {
    const int pick = std::uniform_int_distribution<int>(0, 99)(rng);
    if (pick < 90) {
      std::string target;
      if (pick < 35) {
        target = "/api/v1/institutions?limit=20";
      } else if (pick < 55) {
        target =
            "/api/v1/institutions/" + institution_ids[std::uniform_int_distribution<std::size_t>(
                                          0, institution_ids.size() - 1)(rng)];
      } else if (pick < 70) {
        target = std::string("/api/v1/institutions?q=") +
                 kWords[std::uniform_int_distribution<std::size_t>(0, std::size(kWords) - 1)(rng)] +
                 "&limit=20";
      } else if (pick < 80) {
        target = "/api/v1/agreements?limit=20";
      } else {
        target = "/api/v1/mobilities?limit=20";
      }
      out.reads.push_back(timed(client, "GET", target, token, "", 200, out));
      return;
    }
    const long n = ++written;
    const json body = {{"name", "Mixed Load Institute " + std::to_string(n)}, {"country", "CN"}};
    out.writes.push_back(
        timed(client, "POST", "/api/v1/institutions", token, body.dump(), 201, out));
  }
};

std::vector<int> parse_list(const std::string& text) {
  std::vector<int> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) out.push_back(std::max(1, std::atoi(part.c_str())));
  return out;
}

int run(int argc, char** argv) {
  std::string orbis, json_out;
  std::vector<std::pair<std::string, std::string>> dbs;
  std::vector<int> connections = {10, 100};
  double seconds = 10;
  int threads = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--orbis" && i + 1 < argc) {
      orbis = argv[++i];
    } else if (a == "--db" && i + 1 < argc) {
      const auto db = orbis::bench::named(argv[++i]);
      if (!db) {
        std::cerr << "mixed_bench: --db takes NAME=LOCATION\n";
        return 2;
      }
      dbs.push_back(*db);
    } else if (a == "--connections" && i + 1 < argc) {
      connections = parse_list(argv[++i]);
    } else if (a == "--seconds" && i + 1 < argc) {
      seconds = std::max(1.0, std::atof(argv[++i]));
    } else if (a == "--threads" && i + 1 < argc) {
      threads = std::max(0, std::atoi(argv[++i]));
    } else if (a == "--json" && i + 1 < argc) {
      json_out = argv[++i];
    } else {
      std::cerr << "usage: mixed_bench --orbis BIN --db NAME=LOCATION [--db NAME=LOCATION] "
                   "[--connections 10,100] [--seconds S] [--threads N] [--json OUT]\n";
      return 2;
    }
  }
  if (orbis.empty() || dbs.empty() || connections.empty()) {
    std::cerr << "mixed_bench: --orbis and at least one --db are required\n";
    return 2;
  }
  json report = json::array();
  // per database: per concurrency, the mix's outcome and the ceiling's requests per second
  std::vector<std::vector<std::pair<Outcome, double>>> results;
  for (const auto& [name, location] : dbs) {
    Server server(orbis, location, threads);
    Mix mix;
    {
      Client client(server.port(), kTimeout);
      const auto [s, body] =
          client.request("POST", "/api/v1/auth/login", "",
                         json{{"email", kEmail}, {"password", kPassword}}.dump());
      if (s != 200) throw std::runtime_error("cannot sign in on " + name + ": " + body);
      mix.token = json::parse(body)["token"];
      const auto [ls, list] = client.request("GET", "/api/v1/institutions?limit=100", mix.token);
      if (ls != 200) throw std::runtime_error("cannot list institutions on " + name);
      const json page = json::parse(list);
      for (const auto& item : page["items"])
        mix.institution_ids.push_back(std::to_string(item["id"].get<long>()));
      if (mix.institution_ids.empty()) throw std::runtime_error("no institutions on " + name);
    }
    std::vector<std::pair<Outcome, double>> mine;
    for (const int c : connections) {
      std::fprintf(stderr, "%s: %d connections\n", name.c_str(), c);
      const Outcome ceiling =
          load(server.port(), c, seconds, [&](Client& client, std::mt19937&, Latencies& out) {
            out.reads.push_back(timed(client, "GET", "/api/v1/health", "", "", 200, out));
          });
      const Outcome o = load(server.port(), c, seconds, std::ref(mix));
      mine.emplace_back(o, ceiling.per_second);
      report.push_back({{"database", name},
                        {"connections", c},
                        {"per_second", o.per_second},
                        {"health_per_second", ceiling.per_second},
                        {"reads", o.reads},
                        {"writes", o.writes},
                        {"errors", o.errors},
                        {"read_p50_ms", o.read_p50},
                        {"read_p99_ms", o.read_p99},
                        {"write_p50_ms", o.write_p50},
                        {"write_p99_ms", o.write_p99}});
    }
    results.push_back(std::move(mine));
  }

  std::printf("%-12s %5s %9s %9s %7s %9s %9s %9s %9s %7s %7s\n", "database", "conns", "mix/s",
              "health/s", "ratio", "read p50", "read p99", "write p50", "write p99", "writes",
              "errors");
  for (std::size_t d = 0; d < dbs.size(); ++d) {
    for (std::size_t i = 0; i < connections.size(); ++i) {
      const auto& [o, health] = results[d][i];
      std::printf("%-12s %5d %9.0f %9.0f %7.3f %9.2f %9.2f %9.2f %9.2f %7zu %7zu\n",
                  dbs[d].first.c_str(), connections[i], o.per_second, health,
                  health > 0 ? o.per_second / health : 0, o.read_p50, o.read_p99, o.write_p50,
                  o.write_p99, o.writes, o.errors);
    }
  }
  if (dbs.size() == 2) {
    std::printf("\nthroughput of the mix, %s / %s:", dbs[1].first.c_str(), dbs[0].first.c_str());
    for (std::size_t i = 0; i < connections.size(); ++i) {
      const double a = results[0][i].first.per_second, b = results[1][i].first.per_second;
      std::printf("  %d connections %.2f", connections[i], a > 0 ? b / a : 0);
    }
    std::printf("\n");
  }
  if (!json_out.empty()) std::ofstream(json_out) << report.dump(2) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "mixed_bench: " << e.what() << "\n";
    return 1;
  }
}
