// Internal to the placement layer: a validated Problem compiled into flat index arrays,
// and the three algorithms that run on it. Thread-safe: immutable after compile().
#pragma once

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "placement/problem.h"

namespace orbis::placement::detail {

inline constexpr std::uint32_t kNoChoice = std::numeric_limits<std::uint32_t>::max();
// Applicants are indexed in 32 bits with room for priority positions up to twice that.
inline constexpr std::uint32_t kMaxApplicants = 1u << 30;

// Applicant a's choices are the slots [first_choice[a], first_choice[a + 1]), best first;
// a slot is one (applicant, preferred offer) pair.
struct Instance {
  std::uint32_t applicant_count = 0;
  std::uint32_t offer_count = 0;
  std::vector<std::uint32_t> first_choice;
  std::vector<std::uint32_t> choice_offer;
  // The applicant's 0-based position in that offer's priority order (lower is better;
  // distinct within an offer).
  std::vector<std::uint32_t> choice_priority;
  std::vector<std::uint8_t> choice_eligible;
  std::vector<std::int64_t> seats;
  // min(seats, eligible applicants ranking the offer): what can actually be filled.
  std::vector<std::uint32_t> capacity;
  std::vector<std::uint32_t> score_order;     // applicants, best score first, ties by seed
  std::vector<std::uint32_t> score_position;  // inverse of score_order
  std::vector<std::uint32_t> offers_by_id;    // offer indices sorted by id
  bool common_priority = true;                // no offer has its own priority list
  std::uint32_t longest_list = 0;
};

// The seeded tie-break key: SipHash-2-4 of the id, keyed by the seed (8 bytes little
// endian, then 8 zero bytes), read as a little-endian integer. Lower wins a tie.
std::uint64_t tie_break_key(std::uint64_t seed, std::string_view applicant_id);

// Validates and compiles. Fails with invalid_argument naming the first problem found.
Result<Instance> compile(const Problem& problem, std::uint64_t seed);

// Each returns the slot every applicant holds, or kNoChoice for unplaced.
std::vector<std::uint32_t> deferred_acceptance(const Instance& instance);
// REQUIRES: instance.common_priority.
std::vector<std::uint32_t> serial_dictatorship(const Instance& instance);
// Fails with internal if the solver reports the (always feasible) network infeasible.
Result<std::vector<std::uint32_t>> min_cost_flow(const Instance& instance);

}  // namespace orbis::placement::detail
