// Placement engine benchmark: a national call (200,000 applicants × 10 preferences over
// 5,000 offers, Zipf-skewed popularity), compared with the ceiling beside it in the same run.
//
//   (a) placing vs parsing the same call's input JSON   — target: place/parse <= 1
//   (b) stable (deferred acceptance) vs optimal (LEMON min-cost flow) on the same call
//   (c) deferred acceptance from 10k to 1M applicants: time and time per applicant
//
// Usage: placement_bench [--quick]   (--quick: 20k applicants, scaling to 100k)
// Each figure is the best of several runs (wall clock, one thread).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/crypto.h"
#include "placement/allocation.h"
#include "placement/instance.h"
#include "placement/json_format.h"
#include "placement/synthetic_call.h"

namespace {

using namespace orbis::placement;

double best_seconds(int repetitions, const std::function<void()>& work) {
  double best = 1e300;
  for (int i = 0; i < repetitions; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    best = std::min(best, elapsed.count());
  }
  return best;
}

SyntheticCallShape national_call(std::uint32_t applicants) {
  SyntheticCallShape shape;
  shape.applicants = applicants;
  shape.offers = 5000;
  shape.preferences = 10;
  shape.seats_per_applicant = 0.6;
  shape.popularity_skew = 1.0;
  shape.score_levels = 0;
  shape.ineligible_share = 0.05;
  shape.own_priority_share = 0.1;  // some partners rank by their own language test
  shape.zero_seat_share = 0.01;
  shape.seed = 2026;
  return shape;
}

void row(const char* what, double seconds, const char* note = "") {
  std::printf("  %-44s %10.1f ms  %s\n", what, seconds * 1e3, note);
}

}  // namespace

int main(int argc, char** argv) {
  const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
  const std::uint32_t size = quick ? 20'000 : 200'000;
  const int repetitions = quick ? 3 : 3;

  const Problem call = synthetic_call(national_call(size));
  const std::string input = canonical_input(call);  // a valid input document
  std::printf("placement_bench: %u applicants x 10 preferences over 5000 offers, input %.1f MB\n\n",
              size, static_cast<double>(input.size()) / 1e6);

  std::printf("(a) parse vs place\n");
  const double raw_parse = best_seconds(repetitions, [&] {
    const auto document = nlohmann::json::parse(input);
    (void)document;
  });
  const double parse = best_seconds(repetitions, [&] { (void)parse_problem(input); });
  orbis::Result<Allocation> stable;
  const double place = best_seconds(repetitions, [&] { stable = allocate(call, {}); });
  if (!stable) {
    std::printf("allocate failed: %s\n", stable.error().message.c_str());
    return 1;
  }
  const double compile = best_seconds(repetitions, [&] { (void)detail::compile(call, 1); });
  const auto instance = detail::compile(call, 1);
  const double da =
      best_seconds(repetitions, [&] { (void)detail::deferred_acceptance(*instance); });
  const double canonical = best_seconds(repetitions, [&] { (void)canonical_input(call); });
  const std::string canonical_text = canonical_input(call);
  const double hash =
      best_seconds(repetitions, [&] { (void)orbis::crypto::sha256_hex(canonical_text); });
  std::string output;
  const double write = best_seconds(repetitions, [&] { output = to_json(call, *stable); });
  row("nlohmann::json::parse (ceiling: no checks)", raw_parse);
  row("parse_problem (JSON -> typed, checked)", parse);
  row("allocate, stable (all of it)", place, "<- place");
  row("  of which: validate + index + sort", compile);
  row("  of which: deferred acceptance itself", da);
  row("  of which: canonical input text", canonical);
  row("  of which: SHA-256 of it (libsodium)", hash);
  row("to_json (output document)", write);
  std::printf("  placed %u of %u, %lld seats, blocking pairs %llu, output %.1f MB\n",
              stable->statistics.placed, stable->statistics.applicants,
              static_cast<long long>(stable->statistics.seats),
              static_cast<unsigned long long>(stable->statistics.blocking_pairs),
              static_cast<double>(output.size()) / 1e6);
  std::printf("  ratio place/parse = %.2f   (target <= 1)\n", place / parse);
  std::printf("  ratio place/raw nlohmann parse = %.2f\n\n", place / raw_parse);

  std::printf("(b) stable vs optimal on the same call\n");
  orbis::Result<Allocation> optimal;
  const double optimal_time =
      best_seconds(1, [&] { optimal = allocate(call, {.mode = Mode::optimal}); });
  if (!optimal) {
    std::printf("optimal failed: %s\n", optimal.error().message.c_str());
    return 1;
  }
  row("allocate, stable (deferred acceptance)", place);
  row("allocate, optimal (LEMON network simplex)", optimal_time);
  std::printf("  ratio optimal/stable = %.1f\n", optimal_time / place);
  std::printf("  %-10s %8s %8s %12s %14s  placed at preference 1..10\n", "mode", "placed",
              "unplaced", "total rank", "blocking pairs");
  for (const auto* allocation : {&*stable, &*optimal}) {
    const Statistics& s = allocation->statistics;
    std::printf("  %-10s %8u %8u %12llu %14llu  ", std::string(to_string(allocation->mode)).c_str(),
                s.placed, s.applicants - s.placed, static_cast<unsigned long long>(s.total_rank),
                static_cast<unsigned long long>(s.blocking_pairs));
    for (const auto count : s.placed_at_preference) std::printf("%u ", count);
    std::printf("\n");
  }
  std::printf("\n");

  std::printf("(c) deferred acceptance scaling: allocate() as a whole, and the algorithm alone\n");
  std::printf("  %10s %12s %14s %10s %14s %10s %14s\n", "applicants", "allocate ms", "ns/applicant",
              "DA ms", "ns/applicant", "SD ms", "ns/applicant");
  const std::vector<std::uint32_t> sizes =
      quick ? std::vector<std::uint32_t>{10'000, 30'000, 100'000}
            : std::vector<std::uint32_t>{10'000, 30'000, 100'000, 300'000, 1'000'000};
  double first_per_applicant = 0;
  double last_per_applicant = 0;
  for (const std::uint32_t n : sizes) {
    const int runs = n >= 300'000 ? 2 : 3;
    SyntheticCallShape shape = national_call(n);
    const Problem scaled = synthetic_call(shape);
    const double whole = best_seconds(runs, [&] { (void)allocate(scaled, {}); });
    const auto compiled = detail::compile(scaled, 1);
    const double da_alone =
        best_seconds(runs, [&] { (void)detail::deferred_acceptance(*compiled); });
    shape.own_priority_share = 0;  // one common priority: the serial-dictatorship path
    const auto common = detail::compile(synthetic_call(shape), 1);
    const double sd_alone = best_seconds(runs, [&] { (void)detail::serial_dictatorship(*common); });
    std::printf("  %10u %12.1f %14.0f %10.1f %14.1f %10.1f %14.1f\n", n, whole * 1e3,
                whole / n * 1e9, da_alone * 1e3, da_alone / n * 1e9, sd_alone * 1e3,
                sd_alone / n * 1e9);
    if (first_per_applicant == 0) first_per_applicant = da_alone / n;
    last_per_applicant = da_alone / n;
  }
  std::printf("  ratio DA time per applicant, largest/smallest = %.2f (1.0 = linear)\n",
              last_per_applicant / first_per_applicant);
  return 0;
}
