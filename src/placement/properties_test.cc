// Properties of the engine on seeded random calls, checked against brute-force oracles
// written independently of the engine's own bookkeeping.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "placement/allocation.h"
#include "placement/instance.h"
#include "placement/json_format.h"
#include "placement/synthetic_call.h"

namespace orbis::placement {
namespace {

constexpr int kTrials = 200;

SyntheticCallShape random_shape(std::uint64_t trial) {
  SyntheticCallShape shape;
  shape.seed = 1000 + trial;
  shape.applicants = 20 + static_cast<std::uint32_t>(trial * 37 % 180);
  shape.offers = 3 + static_cast<std::uint32_t>(trial * 11 % 25);
  shape.preferences = 1 + static_cast<std::uint32_t>(trial % 6);
  shape.seats_per_applicant = 0.3 + 0.1 * static_cast<double>(trial % 9);
  shape.popularity_skew = 0.5 * static_cast<double>(trial % 4);
  shape.score_levels = trial % 3 == 0 ? 0 : 5 + static_cast<std::uint32_t>(trial % 20);
  shape.ineligible_share = 0.1 * static_cast<double>(trial % 3);
  shape.own_priority_share = trial % 2 == 0 ? 0.0 : 0.4;
  shape.zero_seat_share = trial % 5 == 0 ? 0.2 : 0.0;
  return shape;
}

// The priority order the documentation promises, computed from scratch: an offer's own
// list first, then everyone by score (higher first), ties by the seeded key, then id.
class PriorityOracle {
 public:
  PriorityOracle(const Problem& problem, std::uint64_t seed) : problem_(problem) {
    std::vector<std::size_t> order(problem.applicants.size());
    for (std::size_t a = 0; a < order.size(); ++a) order[a] = a;
    std::ranges::sort(order, [&](std::size_t x, std::size_t y) {
      const Applicant& ax = problem.applicants[x];
      const Applicant& ay = problem.applicants[y];
      if (ax.score != ay.score) return ax.score > ay.score;
      const auto kx = detail::tie_break_key(seed, ax.id.value);
      const auto ky = detail::tie_break_key(seed, ay.id.value);
      if (kx != ky) return kx < ky;
      return ax.id < ay.id;
    });
    score_rank_.resize(order.size());
    for (std::size_t p = 0; p < order.size(); ++p) score_rank_[order[p]] = p;
  }
  // Lower is better.
  std::size_t position(std::size_t offer, std::size_t applicant) const {
    const auto& own = problem_.offers[offer].priority;
    const auto found = std::ranges::find(own, problem_.applicants[applicant].id);
    if (found != own.end()) return static_cast<std::size_t>(found - own.begin());
    return own.size() + score_rank_[applicant];
  }

 private:
  const Problem& problem_;
  std::vector<std::size_t> score_rank_;
};

std::size_t offer_index(const Problem& problem, const OfferId& id) {
  for (std::size_t o = 0; o < problem.offers.size(); ++o) {
    if (problem.offers[o].id == id) return o;
  }
  return problem.offers.size();
}

bool eligible(const Applicant& applicant, const OfferId& offer) {
  return std::ranges::none_of(applicant.ineligible,
                              [&](const Ineligibility& e) { return e.offer == offer; });
}

// Blocking pairs and wasted seats, counted from scratch.
struct Audit {
  std::uint64_t blocking_pairs = 0;
  std::uint64_t wasteful_pairs = 0;  // subset of blocking pairs where a seat is free
  bool feasible = true;              // seats respected, only eligible listed offers given
};

Audit audit(const Problem& problem, const Allocation& allocation, std::uint64_t seed) {
  const PriorityOracle oracle(problem, seed);
  Audit result;
  std::vector<std::vector<std::size_t>> admitted(problem.offers.size());
  for (std::size_t a = 0; a < problem.applicants.size(); ++a) {
    const auto& outcome = allocation.applicants[a];
    if (!outcome.offer) continue;
    admitted[*outcome.offer].push_back(a);
    const Applicant& applicant = problem.applicants[a];
    const OfferId& id = problem.offers[*outcome.offer].id;
    if (applicant.preferences.at(*outcome.preference) != id || !eligible(applicant, id))
      result.feasible = false;
  }
  for (std::size_t o = 0; o < problem.offers.size(); ++o) {
    if (static_cast<std::int64_t>(admitted[o].size()) > problem.offers[o].seats)
      result.feasible = false;
  }
  for (std::size_t a = 0; a < problem.applicants.size(); ++a) {
    const Applicant& applicant = problem.applicants[a];
    const auto& outcome = allocation.applicants[a];
    const std::size_t end = outcome.preference ? *outcome.preference : applicant.preferences.size();
    for (std::size_t k = 0; k < end; ++k) {
      const std::size_t o = offer_index(problem, applicant.preferences[k]);
      if (!eligible(applicant, applicant.preferences[k]) || problem.offers[o].seats == 0) continue;
      const bool free_seat =
          static_cast<std::int64_t>(admitted[o].size()) < problem.offers[o].seats;
      const bool envies = std::ranges::any_of(admitted[o], [&](std::size_t b) {
        return oracle.position(o, a) < oracle.position(o, b);
      });
      if (free_seat) ++result.wasteful_pairs;
      if (free_seat || envies) ++result.blocking_pairs;
    }
  }
  return result;
}

std::vector<std::optional<std::string>> offers_by_applicant(const Problem& problem,
                                                            const Allocation& allocation) {
  std::vector<std::optional<std::string>> out;
  for (const auto& outcome : allocation.applicants) {
    out.push_back(outcome.offer ? std::optional(problem.offers[*outcome.offer].id.value)
                                : std::nullopt);
  }
  return out;
}

TEST(PlacementProperties, StableModeIsStableAndNonWasteful) {
  for (int trial = 0; trial < kTrials; ++trial) {
    const Problem problem = synthetic_call(random_shape(trial));
    const auto allocation = allocate(problem, {});
    ASSERT_TRUE(allocation) << allocation.error().message;
    const Audit result = audit(problem, *allocation, problem.seed);
    EXPECT_TRUE(result.feasible) << "trial " << trial;
    EXPECT_EQ(result.blocking_pairs, 0u) << "trial " << trial;
    EXPECT_EQ(result.wasteful_pairs, 0u) << "trial " << trial;
    EXPECT_EQ(allocation->statistics.blocking_pairs, 0u) << "trial " << trial;
  }
}

TEST(PlacementProperties, SerialDictatorshipEqualsDeferredAcceptanceUnderCommonPriority) {
  int compared = 0;
  for (int trial = 0; trial < kTrials; ++trial) {
    SyntheticCallShape shape = random_shape(trial);
    shape.own_priority_share = 0;
    const Problem problem = synthetic_call(shape);
    const auto instance = detail::compile(problem, problem.seed);
    ASSERT_TRUE(instance);
    ASSERT_TRUE(instance->common_priority);
    EXPECT_EQ(detail::serial_dictatorship(*instance), detail::deferred_acceptance(*instance))
        << "trial " << trial;
    ++compared;
  }
  EXPECT_EQ(compared, kTrials);
}

TEST(PlacementProperties, OptimalModeMinimisesTotalRankAndCountsBlockingPairs) {
  for (int trial = 0; trial < kTrials; ++trial) {
    const Problem problem = synthetic_call(random_shape(trial));
    const auto stable = allocate(problem, {});
    const auto optimal = allocate(problem, {.mode = Mode::optimal});
    ASSERT_TRUE(stable && optimal);
    const Audit result = audit(problem, *optimal, problem.seed);
    EXPECT_TRUE(result.feasible) << "trial " << trial;
    EXPECT_EQ(result.wasteful_pairs, 0u) << "trial " << trial;
    EXPECT_EQ(optimal->statistics.blocking_pairs, result.blocking_pairs) << "trial " << trial;
    EXPECT_LE(optimal->statistics.total_rank, stable->statistics.total_rank) << "trial " << trial;
  }
}

// Exhaustive search over every feasible assignment of a tiny call.
std::uint64_t least_total_rank(const Problem& problem) {
  const std::uint64_t longest = std::ranges::max(problem.applicants, {}, [](const Applicant& a) {
                                  return a.preferences.size();
                                }).preferences.size();
  std::vector<std::int64_t> free_seats;
  for (const Offer& offer : problem.offers) free_seats.push_back(offer.seats);
  std::uint64_t best = std::numeric_limits<std::uint64_t>::max();
  std::function<void(std::size_t, std::uint64_t)> search = [&](std::size_t a, std::uint64_t cost) {
    if (a == problem.applicants.size()) {
      best = std::min(best, cost);
      return;
    }
    const Applicant& applicant = problem.applicants[a];
    search(a + 1, cost + longest + 1);
    for (std::size_t k = 0; k < applicant.preferences.size(); ++k) {
      const std::size_t o = offer_index(problem, applicant.preferences[k]);
      if (free_seats[o] == 0 || !eligible(applicant, applicant.preferences[k])) continue;
      --free_seats[o];
      search(a + 1, cost + k + 1);
      ++free_seats[o];
    }
  };
  search(0, 0);
  return best;
}

TEST(PlacementProperties, OptimalModeMatchesExhaustiveSearchOnTinyCalls) {
  for (int trial = 0; trial < 40; ++trial) {
    SyntheticCallShape shape = random_shape(trial);
    shape.applicants = 3 + trial % 5;
    shape.offers = 2 + trial % 3;
    shape.preferences = 1 + trial % 3;
    shape.seats_per_applicant = 0.4 + 0.1 * (trial % 4);
    const Problem problem = synthetic_call(shape);
    const auto optimal = allocate(problem, {.mode = Mode::optimal});
    ASSERT_TRUE(optimal);
    EXPECT_EQ(optimal->statistics.total_rank, least_total_rank(problem)) << "trial " << trial;
  }
}

TEST(PlacementProperties, OutputIsByteIdenticalAndIndependentOfInputOrder) {
  for (int trial = 0; trial < 20; ++trial) {
    const Problem problem = synthetic_call(random_shape(trial));
    for (const Mode mode : {Mode::stable, Mode::optimal}) {
      const auto first = allocate(problem, {.mode = mode});
      const auto second = allocate(problem, {.mode = mode});
      ASSERT_TRUE(first && second);
      EXPECT_EQ(to_json(problem, *first), to_json(problem, *second));

      // Reversing the applicants and the offers must not change who gets what: ties are
      // broken by the seeded key, never by position in the file.
      Problem reversed = problem;
      std::ranges::reverse(reversed.applicants);
      std::ranges::reverse(reversed.offers);
      const auto shuffled = allocate(reversed, {.mode = mode});
      ASSERT_TRUE(shuffled);
      std::map<std::string, std::optional<std::string>> by_id;
      const auto offers = offers_by_applicant(problem, *first);
      const auto reversed_offers = offers_by_applicant(reversed, *shuffled);
      for (std::size_t a = 0; a < problem.applicants.size(); ++a)
        by_id[problem.applicants[a].id.value] = offers[a];
      for (std::size_t a = 0; a < reversed.applicants.size(); ++a) {
        EXPECT_EQ(by_id[reversed.applicants[a].id.value], reversed_offers[a]) << "trial " << trial;
      }
      EXPECT_EQ(shuffled->statistics.total_rank, first->statistics.total_rank);
      EXPECT_NE(shuffled->input_sha256, first->input_sha256);  // the input did change
    }
  }
}

TEST(PlacementProperties, SeedOnlyBreaksTies) {
  int differing = 0;
  for (int trial = 0; trial < kTrials; ++trial) {
    SyntheticCallShape shape = random_shape(trial);
    const Problem problem = synthetic_call(shape);
    for (const std::uint64_t seed : {1ull, 2ull, 77ull}) {
      const auto seeded = allocate(problem, {.seed = seed});
      ASSERT_TRUE(seeded);
      // Turning the seed's order into distinct scores gives the same placement, so the
      // seed acted only where scores were equal.
      Problem strict = problem;
      std::vector<std::size_t> score_rank(problem.applicants.size());
      {
        std::vector<std::size_t> by_score(score_rank.size());
        for (std::size_t a = 0; a < by_score.size(); ++a) by_score[a] = a;
        std::ranges::sort(by_score, [&](std::size_t x, std::size_t y) {
          const auto& ax = problem.applicants[x];
          const auto& ay = problem.applicants[y];
          if (ax.score != ay.score) return ax.score > ay.score;
          const auto kx = detail::tie_break_key(seed, ax.id.value);
          const auto ky = detail::tie_break_key(seed, ay.id.value);
          return kx != ky ? kx < ky : ax.id < ay.id;
        });
        for (std::size_t p = 0; p < by_score.size(); ++p) score_rank[by_score[p]] = p;
      }
      for (std::size_t a = 0; a < strict.applicants.size(); ++a) {
        strict.applicants[a].score = static_cast<double>(strict.applicants.size() - score_rank[a]);
      }
      const auto unseeded = allocate(strict, {.seed = 12345});
      ASSERT_TRUE(unseeded);
      EXPECT_EQ(offers_by_applicant(problem, *seeded), offers_by_applicant(strict, *unseeded))
          << "trial " << trial;
    }
    const auto one = allocate(problem, {.seed = 1});
    const auto two = allocate(problem, {.seed = 2});
    if (offers_by_applicant(problem, *one) != offers_by_applicant(problem, *two)) ++differing;
    if (shape.score_levels == 0) {
      // Distinct scores: nothing to break, so the seed changes nothing.
      EXPECT_EQ(offers_by_applicant(problem, *one), offers_by_applicant(problem, *two))
          << "trial " << trial;
    }
  }
  EXPECT_GT(differing, 0) << "ties should make some seeds matter";
}

TEST(PlacementProperties, RefillAfterWithdrawalsKeepsStabilityAndEverySeat) {
  for (int trial = 0; trial < kTrials; ++trial) {
    const Problem problem = synthetic_call(random_shape(trial));
    const auto before = allocate(problem, {});
    ASSERT_TRUE(before);
    Changes changes;
    for (std::size_t a = trial % 3; a < problem.applicants.size(); a += 4 + trial % 5) {
      if (before->applicants[a].offer) changes.withdrawn.push_back(problem.applicants[a].id);
    }
    const auto after = refill(problem, *before, changes, {});
    ASSERT_TRUE(after) << after.error().message;
    EXPECT_TRUE(after->displaced.empty())
        << "trial " << trial << ": " << after->displaced.front().value;
    const Audit result = audit(after->problem, after->allocation, problem.seed);
    EXPECT_TRUE(result.feasible);
    EXPECT_EQ(result.blocking_pairs, 0u) << "trial " << trial;
    // And nobody moved down: compare by id.
    std::map<std::string, std::size_t> rank_before;
    for (std::size_t a = 0; a < problem.applicants.size(); ++a) {
      rank_before[problem.applicants[a].id.value] =
          before->applicants[a].preference.value_or(std::numeric_limits<std::uint32_t>::max());
    }
    for (std::size_t a = 0; a < after->problem.applicants.size(); ++a) {
      const std::size_t now = after->allocation.applicants[a].preference.value_or(
          std::numeric_limits<std::uint32_t>::max());
      EXPECT_LE(now, rank_before[after->problem.applicants[a].id.value]);
    }
  }
}

TEST(PlacementProperties, RefillAfterRejectionsKeepsStabilityAndNeverRepeatsARejection) {
  int displaced = 0;
  for (int trial = 0; trial < kTrials; ++trial) {
    const Problem problem = synthetic_call(random_shape(trial));
    const auto before = allocate(problem, {});
    ASSERT_TRUE(before);
    Changes changes;
    for (std::size_t a = trial % 2; a < problem.applicants.size(); a += 3 + trial % 4) {
      if (const auto& offer = before->applicants[a].offer) {
        changes.rejections.push_back({problem.applicants[a].id, problem.offers[*offer].id});
      }
    }
    if (trial % 4 == 0 && !problem.applicants.empty())
      changes.withdrawn.push_back(problem.applicants.back().id);
    const auto after = refill(problem, *before, changes, {});
    ASSERT_TRUE(after) << after.error().message;
    const Audit result = audit(after->problem, after->allocation, problem.seed);
    EXPECT_TRUE(result.feasible) << "trial " << trial;
    EXPECT_EQ(result.blocking_pairs, 0u) << "trial " << trial;
    for (const HostRejection& rejection : changes.rejections) {
      for (std::size_t a = 0; a < after->problem.applicants.size(); ++a) {
        const auto& offer = after->allocation.applicants[a].offer;
        if (after->problem.applicants[a].id == rejection.applicant && offer) {
          EXPECT_NE(after->problem.offers[*offer].id, rejection.offer);
        }
      }
    }
    displaced += static_cast<int>(after->displaced.size());
  }
  // Rejections do displace people in general; that is the documented trade-off.
  EXPECT_GT(displaced, 0);
}

// The true rank of what `applicant` gets when they report `report` instead.
std::size_t true_rank_under(const Problem& problem, std::size_t applicant,
                            const std::vector<OfferId>& report) {
  Problem lied = problem;
  lied.applicants[applicant].preferences = report;
  const auto allocation = allocate(lied, {});
  const auto& offer = allocation->applicants[applicant].offer;
  if (!offer) return std::numeric_limits<std::size_t>::max();
  const auto& truth = problem.applicants[applicant].preferences;
  return static_cast<std::size_t>(std::ranges::find(truth, lied.offers[*offer].id) - truth.begin());
}

TEST(PlacementProperties, NoApplicantGainsByMisreporting) {
  std::uint64_t state = 99;
  const auto next = [&state](std::size_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % bound);
  };
  int lies = 0;
  for (int trial = 0; trial < kTrials; ++trial) {
    SyntheticCallShape shape = random_shape(trial);
    shape.preferences = std::max<std::uint32_t>(shape.preferences, 3);
    const Problem problem = synthetic_call(shape);
    const auto truthful = allocate(problem, {});
    ASSERT_TRUE(truthful);
    for (int sample = 0; sample < 10; ++sample) {
      const std::size_t a = next(problem.applicants.size());
      const auto& truth = problem.applicants[a].preferences;
      const std::size_t honest =
          truthful->applicants[a].preference.value_or(std::numeric_limits<std::uint32_t>::max());
      const std::size_t honest_rank =
          truthful->applicants[a].offer ? honest : std::numeric_limits<std::size_t>::max();
      std::vector<OfferId> report = truth;
      for (std::size_t i = report.size(); i > 1; --i) std::swap(report[i - 1], report[next(i)]);
      if (sample % 2 == 1) report.resize(1 + next(report.size()));
      EXPECT_GE(true_rank_under(problem, a, report), honest_rank)
          << "trial " << trial << " applicant " << a;
      // The most tempting lie: put only a better-ranked offer than the one received.
      if (honest_rank != std::numeric_limits<std::size_t>::max() && honest_rank > 0) {
        EXPECT_GE(true_rank_under(problem, a, {truth[next(honest_rank)]}), honest_rank);
      }
      ++lies;
    }
  }
  EXPECT_EQ(lies, kTrials * 10);
}

}  // namespace
}  // namespace orbis::placement
