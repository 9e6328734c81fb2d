#include "placement/allocation.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "common/crypto.h"
#include "placement/instance.h"

namespace orbis::placement {
namespace {

using detail::Instance;
using detail::kNoChoice;

// Everything an Allocation reports, derived from who holds which slot. Shared by all
// algorithms so that the reasons and counts mean the same in every mode.
Allocation describe(const Problem& problem, const Instance& in,
                    const std::vector<std::uint32_t>& held) {
  Allocation result;
  result.applicants.resize(in.applicant_count);
  result.offers.resize(in.offer_count);
  Statistics& stats = result.statistics;
  stats.applicants = in.applicant_count;
  stats.placed_at_preference.assign(in.longest_list, 0);
  // Saturating: seats are counted in int64 and a caller may pass "unlimited" as 2^62.
  for (const Offer& offer : problem.offers) {
    stats.seats = offer.seats > std::numeric_limits<std::int64_t>::max() - stats.seats
                      ? std::numeric_limits<std::int64_t>::max()
                      : stats.seats + offer.seats;
  }

  // The worst admitted priority position per offer (kNoChoice: none admitted).
  std::vector<std::uint32_t> worst_slot(in.offer_count, kNoChoice);
  for (std::uint32_t a = 0; a < in.applicant_count; ++a) {
    const std::uint32_t slot = held[a];
    if (slot == kNoChoice) {
      stats.total_rank += in.longest_list + 1;
      continue;
    }
    const std::uint32_t o = in.choice_offer[slot];
    const std::uint32_t preference = slot - in.first_choice[a];
    result.applicants[a] = {o, preference, in.choice_priority[slot] + 1};
    ++result.offers[o].admitted;
    ++stats.placed;
    ++stats.placed_at_preference[preference];
    stats.total_rank += preference + 1;
    if (worst_slot[o] == kNoChoice ||
        in.choice_priority[slot] > in.choice_priority[worst_slot[o]]) {
      worst_slot[o] = slot;
    }
  }
  for (std::uint32_t o = 0; o < in.offer_count; ++o) {
    OfferOutcome& offer = result.offers[o];
    if (in.seats[o] > 0 && offer.admitted == in.seats[o]) {
      const std::uint32_t slot = worst_slot[o];
      const auto a = static_cast<std::uint32_t>(
          std::upper_bound(in.first_choice.begin(), in.first_choice.end(), slot) -
          in.first_choice.begin() - 1);
      offer.cutoff = Cutoff{a, problem.applicants[a].score, in.choice_priority[slot] + 1};
    }
  }

  // Explanations and waiting lists, visiting applicants in score order so that the lists
  // of offers without their own priority come out sorted already.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> waiting(in.offer_count);
  for (std::uint32_t a = 0; a < in.applicant_count; ++a) {
    const std::uint32_t end = held[a] == kNoChoice ? in.first_choice[a + 1] : held[a];
    for (std::uint32_t slot = in.first_choice[a]; slot < end; ++slot) {
      const std::uint32_t o = in.choice_offer[slot];
      const std::uint32_t priority = in.choice_priority[slot];
      Reason reason = Reason::outranked;
      if (!in.choice_eligible[slot]) {
        reason = Reason::not_eligible;
      } else if (in.seats[o] == 0) {
        reason = Reason::no_seats;
      } else if (!result.offers[o].cutoff || priority < in.choice_priority[worst_slot[o]]) {
        reason = Reason::welfare_trade_off;
        ++stats.blocking_pairs;
      }
      result.explanations.push_back({a, o, slot - in.first_choice[a], reason, priority + 1});
    }
  }
  for (const std::uint32_t a : in.score_order) {
    const std::uint32_t end = held[a] == kNoChoice ? in.first_choice[a + 1] : held[a];
    for (std::uint32_t slot = in.first_choice[a]; slot < end; ++slot) {
      const std::uint32_t o = in.choice_offer[slot];
      if (in.choice_eligible[slot] && in.seats[o] > 0)
        waiting[o].emplace_back(in.choice_priority[slot], a);
    }
  }
  for (std::uint32_t o = 0; o < in.offer_count; ++o) {
    auto& list = waiting[o];
    if (!problem.offers[o].priority.empty()) std::ranges::sort(list);
    auto& out = result.offers[o].waiting_list;
    out.reserve(list.size());
    for (const auto& entry : list) out.push_back(entry.second);
  }
  return result;
}

}  // namespace

std::string_view to_string(Mode mode) { return mode == Mode::stable ? "stable" : "optimal"; }

std::string_view to_string(Algorithm algorithm) {
  switch (algorithm) {
    case Algorithm::serial_dictatorship:
      return "serial_dictatorship";
    case Algorithm::deferred_acceptance:
      return "deferred_acceptance";
    case Algorithm::min_cost_flow:
      return "min_cost_flow";
  }
  return "unknown";
}

std::string_view to_string(Reason reason) {
  switch (reason) {
    case Reason::not_eligible:
      return "not_eligible";
    case Reason::no_seats:
      return "no_seats";
    case Reason::outranked:
      return "outranked";
    case Reason::welfare_trade_off:
      return "welfare_trade_off";
  }
  return "unknown";
}

Result<Mode> parse_mode(std::string_view text) {
  if (text == "stable") return Mode::stable;
  if (text == "optimal") return Mode::optimal;
  return fail(Error::invalid(
      fmt::format("unknown placement mode \"{}\" (expected stable or optimal)", text)));
}

Result<Allocation> allocate(const Problem& problem, const Options& options) {
  // The tie-break hash is libsodium's; initialising is idempotent and thread-safe.
  if (auto ready = crypto::init(); !ready) return fail(ready.error());
  const std::uint64_t seed = options.seed.value_or(problem.seed);
  auto instance = detail::compile(problem, seed);
  if (!instance) return fail(instance.error());

  Algorithm algorithm = Algorithm::min_cost_flow;
  std::vector<std::uint32_t> held;
  if (options.mode == Mode::optimal) {
    auto flow = detail::min_cost_flow(*instance);
    if (!flow) return fail(flow.error());
    held = std::move(*flow);
  } else if (instance->common_priority) {
    algorithm = Algorithm::serial_dictatorship;
    held = detail::serial_dictatorship(*instance);
  } else {
    algorithm = Algorithm::deferred_acceptance;
    held = detail::deferred_acceptance(*instance);
  }
  Allocation result = describe(problem, *instance, held);
  result.mode = options.mode;
  result.algorithm = algorithm;
  result.seed = seed;
  result.input_sha256 = crypto::sha256_hex(canonical_input(problem));
  return result;
}

Result<Refill> refill(const Problem& problem, const Allocation& before, const Changes& changes,
                      const Options& options) {
  if (before.applicants.size() != problem.applicants.size()) {
    return fail(Error::invalid("the earlier allocation does not belong to this problem"));
  }
  std::map<std::string_view, std::uint32_t> applicant_index;
  for (std::uint32_t a = 0; a < problem.applicants.size(); ++a)
    applicant_index.emplace(problem.applicants[a].id.value, a);
  std::set<std::string_view> offer_ids;
  for (const Offer& offer : problem.offers) offer_ids.insert(offer.id.value);

  std::vector<bool> withdrawn(problem.applicants.size(), false);
  for (const ApplicantId& id : changes.withdrawn) {
    const auto found = applicant_index.find(id.value);
    if (found == applicant_index.end()) {
      return fail(Error::invalid(fmt::format("unknown applicant \"{}\" withdrew", id.value)));
    }
    withdrawn[found->second] = true;
  }
  Refill out;
  out.problem.offers = problem.offers;
  out.problem.seed = problem.seed;
  for (Offer& offer : out.problem.offers) {
    std::erase_if(offer.priority, [&](const ApplicantId& id) {
      const auto found = applicant_index.find(id.value);
      return found != applicant_index.end() && withdrawn[found->second];
    });
  }
  std::vector<std::vector<Ineligibility>> rejected(problem.applicants.size());
  std::vector<bool> rejected_at_seat(problem.applicants.size(), false);
  for (const HostRejection& rejection : changes.rejections) {
    const auto found = applicant_index.find(rejection.applicant.value);
    if (found == applicant_index.end()) {
      return fail(Error::invalid(
          fmt::format("host rejection names unknown applicant \"{}\"", rejection.applicant.value)));
    }
    if (!offer_ids.contains(rejection.offer.value)) {
      return fail(Error::invalid(
          fmt::format("host rejection names unknown offer \"{}\"", rejection.offer.value)));
    }
    const std::uint32_t a = found->second;
    const auto& held = before.applicants[a].offer;
    if (held && problem.offers[*held].id == rejection.offer) rejected_at_seat[a] = true;
    rejected[a].push_back({rejection.offer, "rejected by the host"});
  }
  // Where each kept applicant came from, to compare results afterwards.
  std::vector<std::uint32_t> kept_from;
  for (std::uint32_t a = 0; a < problem.applicants.size(); ++a) {
    if (withdrawn[a]) continue;
    Applicant applicant = problem.applicants[a];
    for (Ineligibility& entry : rejected[a]) {
      const bool already = std::ranges::any_of(
          applicant.ineligible, [&](const Ineligibility& e) { return e.offer == entry.offer; });
      if (already) {
        for (Ineligibility& existing : applicant.ineligible) {
          if (existing.offer == entry.offer) existing.reason = entry.reason;
        }
      } else {
        applicant.ineligible.push_back(std::move(entry));
      }
    }
    out.problem.applicants.push_back(std::move(applicant));
    kept_from.push_back(a);
  }
  auto allocation = allocate(out.problem, options);
  if (!allocation) return fail(allocation.error());
  out.allocation = std::move(*allocation);

  // Worse means a later preference, or none where there was one.
  const auto rank_of = [](const ApplicantOutcome& outcome) {
    return outcome.preference ? *outcome.preference : kNoChoice;
  };
  for (std::uint32_t k = 0; k < kept_from.size(); ++k) {
    const std::uint32_t a = kept_from[k];
    if (rejected_at_seat[a]) continue;
    if (rank_of(out.allocation.applicants[k]) > rank_of(before.applicants[a])) {
      out.displaced.push_back(problem.applicants[a].id);
    }
  }
  return out;
}

}  // namespace orbis::placement
