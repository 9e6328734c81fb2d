// Institution search latency over the full registry, against a peer in the same run.
//
// Orbis: the registry's in-memory index (typos, prefixes, any script, ranking).
// Peer:   SQLite FTS5 with its trigram tokenizer over the same names, ranked by bm25 —
//         what one would build with the database alone.
// Both answer the same 1,000 queries drawn (seeded) from the registry the way people
// type them: whole names, first words, Chinese names, acronyms, web domains, names in
// other scripts, and names with a typo. Prints p50/p99 latency, the ratio, and how often
// each puts the intended institution first.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "common/crypto.h"
#include "common/text.h"
#include "service/registry/import.h"
#include "service/registry/registry.h"

namespace {

using namespace orbis;
using Stopwatch = std::chrono::steady_clock;

struct Query {
  std::string text;
  std::int64_t want;
  std::string kind;
};

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One typo: a letter dropped, doubled or swapped, away from the first two letters.
std::string with_typo(const std::string& s, std::mt19937& rng) {
  if (s.size() < 6) return s;
  std::string out = s;
  const std::size_t at = 2 + rng() % (s.size() - 4);
  switch (rng() % 3) {
    case 0:
      out.erase(at, 1);
      break;
    case 1:
      out.insert(at, 1, out[at]);
      break;
    default:
      std::swap(out[at], out[at + 1]);
      break;
  }
  return out;
}

std::vector<Query> make_queries(const std::vector<domain::Institution>& all, std::size_t n) {
  std::mt19937 rng(20261123);
  std::vector<Query> queries;
  const std::vector<std::string> kinds = {"name",   "first words",  "chinese", "acronym",
                                          "domain", "other script", "typo"};
  while (queries.size() < n) {
    const auto& in = all[rng() % all.size()];
    const auto& kind = kinds[queries.size() % kinds.size()];
    std::string q;
    if (kind == "name") q = in.name;
    if (kind == "first words") {
      const auto words = text::split(in.name, ' ');
      q = words[0] + (words.size() > 1 ? " " + words[1].substr(0, 3) : "");
    }
    if (kind == "chinese") q = in.name_zh;
    if (kind == "typo") q = with_typo(in.name, rng);
    if (kind == "domain" && !in.domains.empty()) q = in.domains[0];
    for (const auto& name : in.names) {
      if (kind == "acronym" && name.kind == domain::NameKind::acronym && name.name.size() >= 3)
        q = name.name;
      if (kind == "other script" && name.kind == domain::NameKind::label && !name.name.empty() &&
          static_cast<unsigned char>(name.name[0]) >= 0xC0) {
        q = name.name;
      }
    }
    if (!q.empty() && text::valid_utf8(q)) queries.push_back({q, in.id.value, kind});
  }
  return queries;
}

struct Stats {
  double p50_us, p99_us, mean_us;
  double first_right;  // share of queries whose first hit is the intended institution
};

Stats summarise(std::vector<double> us, std::size_t right) {
  std::sort(us.begin(), us.end());
  double sum = 0;
  for (const double v : us) sum += v;
  return {us[us.size() / 2], us[us.size() * 99 / 100], sum / us.size(), double(right) / us.size()};
}

// FTS5 trigram needs 3 characters; shorter queries (two Chinese characters) fall back to
// LIKE, which is how such a peer would have to answer them.
std::string fts_query(const std::string& q) {
  std::string out = "\"";
  for (const char c : q) {
    if (c == '"')
      out += "\"\"";
    else
      out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path root = argc > 1 ? argv[1] : ORBIS_SOURCE_DIR;
  const std::size_t n = argc > 2 ? std::stoul(argv[2]) : 1000;
  if (!crypto::init()) return 1;
  const auto dir = std::filesystem::temp_directory_path() /
                   ("orbis-search-bench-" + crypto::to_hex(crypto::random_bytes(4)));
  std::filesystem::create_directories(dir);
  const auto db = (dir / "bench.db").string();
  auto store = store::open(db);
  if (!store || !(*store)->migrate()) return 1;
  SystemClock clock;
  std::vector<service::ImportSource> sources = {
      {"ror_subset.csv", read(root / "data/ror_subset.csv")},
      {"world_universities.json", read(root / "data/world_universities.json")}};
  if (auto r = service::import_institutions(**store, clock, domain::Actor::command_line(), sources);
      !r) {
    std::fprintf(stderr, "import failed: %s\n", r.error().message.c_str());
    return 1;
  }
  auto tx = (*store)->begin(store::Access::read);
  const auto all = *(*tx)->institutions().all();
  tx->reset();

  const auto load_start = Stopwatch::now();
  service::Registry registry(**store, clock);
  if (!registry.load()) return 1;
  const double load_ms =
      std::chrono::duration<double, std::milli>(Stopwatch::now() - load_start).count();
  const auto queries = make_queries(all, n);

  // Orbis.
  std::vector<double> orbis_us;
  std::size_t orbis_right = 0;
  const auto actor = domain::Actor::command_line();
  for (int round = 0; round < 2; ++round) {  // the first round warms caches
    orbis_us.clear();
    orbis_right = 0;
    for (const auto& q : queries) {
      const auto t0 = Stopwatch::now();
      auto page = registry.search(actor, {q.text, "", "", 20, ""});
      orbis_us.push_back(std::chrono::duration<double, std::micro>(Stopwatch::now() - t0).count());
      if (page && !page->items.empty() && page->items[0].id.value == q.want) ++orbis_right;
    }
  }

  // Peer: FTS5 trigram over every name of every institution.
  sqlite3* raw = nullptr;
  sqlite3_open(db.c_str(), &raw);
  const auto exec = [&](const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(raw, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::fprintf(stderr, "sqlite: %s\n", err);
      std::exit(1);
    }
  };
  const auto build_start = Stopwatch::now();
  exec(
      "CREATE VIRTUAL TABLE names_fts USING fts5(name, institution_id UNINDEXED, tokenize = "
      "'trigram')");
  exec(
      "INSERT INTO names_fts (name, institution_id) SELECT name, id FROM institutions "
      "UNION ALL SELECT name_zh, id FROM institutions WHERE name_zh <> '' "
      "UNION ALL SELECT name, institution_id FROM institution_names "
      "UNION ALL SELECT domain, institution_id FROM institution_domains");
  const double peer_build_ms =
      std::chrono::duration<double, std::milli>(Stopwatch::now() - build_start).count();
  sqlite3_stmt* match = nullptr;
  sqlite3_stmt* like = nullptr;
  sqlite3_prepare_v2(
      raw, "SELECT institution_id FROM names_fts WHERE names_fts MATCH ? ORDER BY rank LIMIT 20",
      -1, &match, nullptr);
  sqlite3_prepare_v2(raw, "SELECT institution_id FROM names_fts WHERE name LIKE ? LIMIT 20", -1,
                     &like, nullptr);
  std::vector<double> peer_us;
  std::size_t peer_right = 0;
  for (int round = 0; round < 2; ++round) {
    peer_us.clear();
    peer_right = 0;
    for (const auto& q : queries) {
      const bool short_query = text::decode(q.text).size() < 3;
      sqlite3_stmt* st = short_query ? like : match;
      const std::string arg = short_query ? "%" + q.text + "%" : fts_query(q.text);
      const auto t0 = Stopwatch::now();
      sqlite3_reset(st);
      sqlite3_bind_text(st, 1, arg.c_str(), -1, SQLITE_TRANSIENT);
      std::int64_t first = 0;
      bool got = false;
      while (sqlite3_step(st) == SQLITE_ROW) {
        if (!got) first = sqlite3_column_int64(st, 0);
        got = true;
      }
      peer_us.push_back(std::chrono::duration<double, std::micro>(Stopwatch::now() - t0).count());
      if (got && first == q.want) ++peer_right;
    }
  }
  sqlite3_finalize(match);
  sqlite3_finalize(like);
  sqlite3_close(raw);

  const auto o = summarise(orbis_us, orbis_right);
  const auto p = summarise(peer_us, peer_right);
  std::printf(
      "institution search: %zu institutions, %zu queries (names, first words, Chinese, acronyms, "
      "domains, other scripts, typos)\n",
      registry.size(), queries.size());
  // What a server spends on its index when it starts, beside the peer building its own
  // from the same rows (both read them from the database).
  std::printf(
      "index built from the database: Orbis %.0f ms, FTS5 trigram (peer) %.0f ms, "
      "ratio %.2f\n\n",
      load_ms, peer_build_ms, load_ms / peer_build_ms);
  std::printf("%-26s %10s %10s %10s %14s\n", "", "p50 (us)", "p99 (us)", "mean (us)",
              "right first");
  std::printf("%-26s %10.1f %10.1f %10.1f %13.1f%%\n", "Orbis index", o.p50_us, o.p99_us, o.mean_us,
              100 * o.first_right);
  std::printf("%-26s %10.1f %10.1f %10.1f %13.1f%%\n", "SQLite FTS5 trigram (peer)", p.p50_us,
              p.p99_us, p.mean_us, 100 * p.first_right);
  std::vector<std::size_t> slowest(queries.size());
  for (std::size_t i = 0; i < slowest.size(); ++i) slowest[i] = i;
  std::partial_sort(slowest.begin(), slowest.begin() + 5, slowest.end(),
                    [&](std::size_t a, std::size_t b) { return orbis_us[a] > orbis_us[b]; });
  std::printf("\nslowest Orbis queries:\n");
  for (std::size_t k = 0; k < 5; ++k) {
    const auto& q = queries[slowest[k]];
    std::printf("  %8.0f us  %-12s %s\n", orbis_us[slowest[k]], q.kind.c_str(), q.text.c_str());
  }
  std::printf("\nratio Orbis/peer: p50 %.2f, p99 %.2f (below 1: Orbis is faster)\n",
              o.p50_us / p.p50_us, o.p99_us / p.p99_us);
  std::filesystem::remove_all(dir);
  return 0;
}
