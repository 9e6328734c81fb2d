// Seeded synthetic calls for tests, benchmarks and demos. Thread-safe: pure function.
//
// The generator is self-contained (splitmix64, no <random> distributions, whose output
// differs between standard libraries), so a shape and seed give the same Problem on
// every platform.
#pragma once

#include <cstdint>

#include "placement/problem.h"

namespace orbis::placement {

struct SyntheticCallShape {
  std::uint32_t applicants = 1000;
  std::uint32_t offers = 50;
  std::uint32_t preferences = 10;    // per applicant, capped at `offers`
  double seats_per_applicant = 0.5;  // total seats / applicants, spread unevenly
  double popularity_skew = 1.0;      // Zipf exponent over offers; 0 = uniform
  std::uint32_t score_levels = 0;    // 0: continuous scores; k: k distinct values (ties)
  double ineligible_share = 0.0;     // share of preferences marked ineligible
  double own_priority_share = 0.0;   // share of offers with their own priority list
  double zero_seat_share = 0.0;      // share of offers with no seats
  std::uint64_t seed = 1;
};

// Returns a valid Problem of that shape; ids are "o<k>" and "a<k>". Never fails.
Problem synthetic_call(const SyntheticCallShape& shape);

}  // namespace orbis::placement
