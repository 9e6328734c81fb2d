#include "placement/synthetic_call.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace orbis::placement {
namespace {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  std::uint32_t below(std::uint32_t bound) {                               // [0, bound)
    return static_cast<std::uint32_t>((static_cast<unsigned __int128>(next()) * bound) >> 64);
  }

 private:
  std::uint64_t state_;
};

}  // namespace

Problem synthetic_call(const SyntheticCallShape& shape) {
  SplitMix64 random(shape.seed);
  Problem problem;
  problem.seed = shape.seed;
  const std::uint32_t offer_count = std::max<std::uint32_t>(shape.offers, 1);
  const std::uint32_t list_length = std::min(shape.preferences, offer_count);

  // Offer k is the (k+1)-th most popular; seats are spread independently of popularity,
  // as in a real call where a famous partner often offers as few seats as any other.
  std::vector<double> cumulative(offer_count);
  double total_weight = 0;
  for (std::uint32_t k = 0; k < offer_count; ++k) {
    total_weight += 1.0 / std::pow(static_cast<double>(k + 1), shape.popularity_skew);
    cumulative[k] = total_weight;
  }
  const double mean_seats = shape.seats_per_applicant * shape.applicants / offer_count;
  problem.offers.resize(offer_count);
  for (std::uint32_t k = 0; k < offer_count; ++k) {
    problem.offers[k].id.value = fmt::format("o{}", k);
    const bool closed = random.unit() < shape.zero_seat_share;
    problem.offers[k].seats =
        closed ? 0 : static_cast<std::int64_t>(std::llround(2 * mean_seats * random.unit()));
  }

  problem.applicants.resize(shape.applicants);
  std::vector<std::uint32_t> chosen;
  for (std::uint32_t a = 0; a < shape.applicants; ++a) {
    Applicant& applicant = problem.applicants[a];
    applicant.id.value = fmt::format("a{}", a);
    applicant.score = shape.score_levels == 0
                          ? std::round(random.unit() * 1e6) / 1e4
                          : static_cast<double>(random.below(shape.score_levels));
    chosen.clear();
    while (chosen.size() < list_length) {
      const double target = random.unit() * total_weight;
      const auto offer = static_cast<std::uint32_t>(
          std::upper_bound(cumulative.begin(), cumulative.end(), target) - cumulative.begin());
      const std::uint32_t o = std::min(offer, offer_count - 1);
      if (std::ranges::find(chosen, o) == chosen.end()) chosen.push_back(o);
    }
    applicant.preferences.reserve(list_length);
    for (const std::uint32_t o : chosen) {
      applicant.preferences.push_back(problem.offers[o].id);
      if (random.unit() < shape.ineligible_share) {
        applicant.ineligible.push_back(
            {problem.offers[o].id, "language level below the host's requirement"});
      }
    }
  }

  // An offer with its own priority ranks a random half of its applicants first, in a
  // random order (say, those holding the host's language certificate).
  std::vector<std::vector<std::uint32_t>> ranked_by(offer_count);
  for (std::uint32_t a = 0; a < shape.applicants; ++a) {
    for (const OfferId& id : problem.applicants[a].preferences) {
      ranked_by[std::stoul(id.value.substr(1))].push_back(a);
    }
  }
  for (std::uint32_t k = 0; k < offer_count; ++k) {
    if (random.unit() >= shape.own_priority_share) continue;
    std::vector<std::uint32_t>& candidates = ranked_by[k];
    for (std::size_t i = candidates.size(); i > 1; --i) {
      std::swap(candidates[i - 1], candidates[random.below(static_cast<std::uint32_t>(i))]);
    }
    candidates.resize((candidates.size() + 1) / 2);
    for (const std::uint32_t a : candidates)
      problem.offers[k].priority.push_back(problem.applicants[a].id);
  }
  return problem;
}

}  // namespace orbis::placement
