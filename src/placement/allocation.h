// Placing applicants on offers. Thread-safe: the functions are pure (no shared state);
// concurrent calls on the same const Problem are fine.
//
// Two modes (docs/placement.md has the proofs sketched and a worked example):
//   stable  — applicant-proposing deferred acceptance: stable, non-wasteful and
//             strategy-proof for applicants. With one common priority (no offer has its
//             own list) it runs serial dictatorship, which gives the same result faster.
//   optimal — least total preference rank (unplaced counts as one worse than the longest
//             list), as a min-cost flow; may violate priorities, whose blocking pairs it counts.
// Results are indexed like the Problem they came from: applicant i of the Allocation is
// problem.applicants[i], offer j is problem.offers[j].
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "placement/problem.h"

namespace orbis::placement {

inline constexpr std::string_view kEngineName = "orbis-placement";
inline constexpr std::string_view kEngineVersion = "1.0.0";

enum class Mode { stable, optimal };
enum class Algorithm { serial_dictatorship, deferred_acceptance, min_cost_flow };

struct Options {
  Mode mode = Mode::stable;
  std::optional<std::uint64_t> seed;  // overrides Problem::seed when set
};

// Why an applicant did not get a preference ranked above their result.
enum class Reason {
  not_eligible,       // Ineligibility::reason says why
  no_seats,           // the offer has zero seats
  outranked,          // every seat went to an applicant with higher priority there
  welfare_trade_off,  // optimal mode only: the applicant had priority, but the seat went
                      // to someone else to lower the total rank (a blocking pair)
};

std::string_view to_string(Mode mode);
std::string_view to_string(Algorithm algorithm);
std::string_view to_string(Reason reason);
// Parses "stable" / "optimal"; fails with invalid_argument on anything else.
Result<Mode> parse_mode(std::string_view text);

// The last admitted applicant of a full offer.
struct Cutoff {
  std::uint32_t applicant = 0;          // index into Problem::applicants
  double score = 0;                     // that applicant's score
  std::uint32_t priority_position = 0;  // 1-based position in the offer's priority order
};

struct OfferOutcome {
  std::uint32_t admitted = 0;
  std::optional<Cutoff> cutoff;  // empty when seats are left (or the offer has none)
  // Eligible applicants who ranked this offer above their result, best priority first:
  // who gets a seat that frees up. Empty for an offer with zero seats.
  std::vector<std::uint32_t> waiting_list;
};

struct ApplicantOutcome {
  std::optional<std::uint32_t> offer;       // index into Problem::offers; empty: unplaced
  std::optional<std::uint32_t> preference;  // 0-based index into Applicant::preferences
  std::uint32_t priority_position = 0;      // 1-based, at `offer`; 0 when unplaced
};

// One preference ranked above an applicant's result and why it was not given.
struct Explanation {
  std::uint32_t applicant = 0;   // index into Problem::applicants
  std::uint32_t offer = 0;       // index into Problem::offers
  std::uint32_t preference = 0;  // 0-based index into that applicant's preferences
  Reason reason = Reason::outranked;
  std::uint32_t priority_position = 0;  // the applicant's 1-based position at that offer
};

struct Statistics {
  std::uint32_t applicants = 0;
  std::uint32_t placed = 0;
  std::int64_t seats = 0;
  // placed_at_preference[k]: applicants placed at their (k+1)-th preference.
  std::vector<std::uint32_t> placed_at_preference;
  // Sum over applicants of the 1-based rank they got; unplaced counts longest list + 1.
  // This is what optimal mode minimises.
  std::uint64_t total_rank = 0;
  // (applicant, offer) pairs where the applicant prefers the offer, is eligible, and it
  // has a free seat or admits someone of lower priority. Zero in stable mode.
  std::uint64_t blocking_pairs = 0;
};

struct Allocation {
  Mode mode = Mode::stable;
  Algorithm algorithm = Algorithm::deferred_acceptance;
  std::uint64_t seed = 0;
  std::string input_sha256;  // of canonical_input(problem), hex
  std::vector<ApplicantOutcome> applicants;
  std::vector<OfferOutcome> offers;
  std::vector<Explanation> explanations;  // by applicant, then preference
  Statistics statistics;
};

// Places the applicants. Fails with invalid_argument naming the first problem found:
// negative seats, empty/duplicate offer or applicant id, unknown or repeated preference,
// unknown or repeated id in a priority list or ineligibility, non-finite score, or more
// applicants than the engine indexes (2^30). Fails with internal if the flow solver does.
Result<Allocation> allocate(const Problem& problem, const Options& options);

// The byte string whose SHA-256 an Allocation records: the problem without its seed as
// JSON with sorted keys and no whitespace (docs/placement.md gives the exact rules).
std::string canonical_input(const Problem& problem);

// Changes after publication: applicants who withdrew, and hosts that rejected a nominee.
struct HostRejection {
  ApplicantId applicant;
  OfferId offer;
};
struct Changes {
  std::vector<ApplicantId> withdrawn;
  std::vector<HostRejection> rejections;
};

struct Refill {
  // The problem re-placed: withdrawn applicants removed, each rejection turned into an
  // ineligibility ("rejected by the host"). `allocation` is indexed like this problem.
  Problem problem;
  Allocation allocation;
  // Applicants (not withdrawn, not rejected at the seat they held) who now hold a worse
  // result than before. Never any in stable mode when there are only withdrawals; a
  // rejection can displace others (docs/placement.md, "Re-filling").
  std::vector<ApplicantId> displaced;
};

// Fills the seats freed by `changes`, keeping the result stable in stable mode: equal to
// re-placing the reduced problem, which moves freed seats down the waiting lists.
// `before` must be allocate(problem, options)'s result. Fails with invalid_argument on an
// unknown applicant or offer in `changes`, and as allocate() does.
Result<Refill> refill(const Problem& problem, const Allocation& before, const Changes& changes,
                      const Options& options);

}  // namespace orbis::placement
