#include "placement/instance.h"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <functional>
#include <string>

namespace orbis::placement::detail {
namespace {

// Ids to indices: open addressing with linear probing over views into the Problem. A
// national call looks up millions of preference ids; node-based maps cost more than the
// placement itself.
class IdIndex {
 public:
  explicit IdIndex(std::size_t expected)
      : slots_(std::bit_ceil(std::max<std::size_t>(16, expected * 2))), mask_(slots_.size() - 1) {}

  // Stores `id` -> `index`; returns false (storing nothing) if `id` is already there.
  bool emplace(std::string_view id, std::uint32_t index) {
    const std::size_t hash = std::hash<std::string_view>{}(id);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.index == kNoChoice) {
        slot = {id, hash, index};
        return true;
      }
      if (slot.hash == hash && slot.id == id) return false;
    }
  }

  // The index stored for `id`, or kNoChoice.
  std::uint32_t find(std::string_view id) const {
    const std::size_t hash = std::hash<std::string_view>{}(id);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.index == kNoChoice) return kNoChoice;
      if (slot.hash == hash && slot.id == id) return slot.index;
    }
  }

 private:
  struct Slot {
    std::string_view id;
    std::size_t hash = 0;
    std::uint32_t index = kNoChoice;
  };
  std::vector<Slot> slots_;
  std::size_t mask_;
};

std::string quoted(std::string_view id) { return fmt::format("\"{}\"", id); }

Error invalid_at(std::string field, std::string message) {
  std::string text = message;
  return Error::invalid(std::move(text), {FieldError{std::move(field), std::move(message)}});
}

Result<IdIndex> index_offers(const Problem& problem) {
  IdIndex index(problem.offers.size());
  for (std::uint32_t o = 0; o < problem.offers.size(); ++o) {
    const Offer& offer = problem.offers[o];
    const auto field = [o] { return fmt::format("offers[{}]", o); };
    if (offer.id.value.empty())
      return fail(invalid_at(field() + ".id", "an offer has an empty id"));
    if (!index.emplace(offer.id.value, o)) {
      return fail(invalid_at(field() + ".id", "duplicate offer id " + quoted(offer.id.value)));
    }
    if (offer.seats < 0) {
      return fail(invalid_at(field() + ".seats", fmt::format("offer {} has negative seats ({})",
                                                             quoted(offer.id.value), offer.seats)));
    }
  }
  return index;
}

Result<IdIndex> index_applicants(const Problem& problem) {
  if (problem.applicants.size() >= kMaxApplicants) {
    return fail(
        Error::invalid(fmt::format("too many applicants ({}; the engine takes fewer than {})",
                                   problem.applicants.size(), kMaxApplicants)));
  }
  IdIndex index(problem.applicants.size());
  for (std::uint32_t a = 0; a < problem.applicants.size(); ++a) {
    const Applicant& applicant = problem.applicants[a];
    const auto field = [a] { return fmt::format("applicants[{}]", a); };
    if (applicant.id.value.empty()) {
      return fail(invalid_at(field() + ".id", "an applicant has an empty id"));
    }
    if (!index.emplace(applicant.id.value, a)) {
      return fail(
          invalid_at(field() + ".id", "duplicate applicant id " + quoted(applicant.id.value)));
    }
    if (!std::isfinite(applicant.score)) {
      return fail(invalid_at(field() + ".score", fmt::format("applicant {} has a non-finite score",
                                                             quoted(applicant.id.value))));
    }
  }
  return index;
}

// Fills the choice arrays from the preference lists, checking every id; priorities are
// filled later, once the score order is known.
Status compile_choices(const Problem& problem, const IdIndex& offers, Instance& in) {
  std::size_t total = 0;
  for (const Applicant& applicant : problem.applicants) total += applicant.preferences.size();
  if (total >= kNoChoice) {
    return fail(Error::invalid(fmt::format("too many preferences in total ({})", total)));
  }
  in.first_choice.reserve(in.applicant_count + 1);
  in.choice_offer.reserve(total);
  in.choice_eligible.reserve(total);
  // Per offer, the applicant (+1) that last ranked it / declared it ineligible, and where.
  std::vector<std::uint32_t> ranked_by(in.offer_count, 0);
  std::vector<std::uint32_t> ranked_at(in.offer_count, 0);
  std::vector<std::uint32_t> ineligible_for(in.offer_count, 0);
  for (std::uint32_t a = 0; a < in.applicant_count; ++a) {
    const Applicant& applicant = problem.applicants[a];
    const std::uint32_t stamp = a + 1;
    in.first_choice.push_back(static_cast<std::uint32_t>(in.choice_offer.size()));
    in.longest_list =
        std::max(in.longest_list, static_cast<std::uint32_t>(applicant.preferences.size()));
    for (std::size_t k = 0; k < applicant.preferences.size(); ++k) {
      const std::string& id = applicant.preferences[k].value;
      const std::uint32_t o = offers.find(id);
      const auto field = [a, k] { return fmt::format("applicants[{}].preferences[{}]", a, k); };
      if (o == kNoChoice) {
        return fail(invalid_at(field(), fmt::format("applicant {} ranks unknown offer {}",
                                                    quoted(applicant.id.value), quoted(id))));
      }
      if (ranked_by[o] == stamp) {
        return fail(invalid_at(field(), fmt::format("applicant {} ranks offer {} twice",
                                                    quoted(applicant.id.value), quoted(id))));
      }
      ranked_by[o] = stamp;
      ranked_at[o] = static_cast<std::uint32_t>(in.choice_offer.size());
      in.choice_offer.push_back(o);
      in.choice_eligible.push_back(1);
    }
    for (std::size_t k = 0; k < applicant.ineligible.size(); ++k) {
      const std::string& id = applicant.ineligible[k].offer.value;
      const std::uint32_t o = offers.find(id);
      const auto field = [a] { return fmt::format("applicants[{}].ineligible", a); };
      if (o == kNoChoice) {
        return fail(invalid_at(field(),
                               fmt::format("applicant {} is marked ineligible for unknown offer {}",
                                           quoted(applicant.id.value), quoted(id))));
      }
      if (ineligible_for[o] == stamp) {
        return fail(
            invalid_at(field(), fmt::format("applicant {} is marked ineligible for offer {} twice",
                                            quoted(applicant.id.value), quoted(id))));
      }
      ineligible_for[o] = stamp;
      if (ranked_by[o] == stamp) in.choice_eligible[ranked_at[o]] = 0;
    }
  }
  in.first_choice.push_back(static_cast<std::uint32_t>(in.choice_offer.size()));
  return {};
}

void order_by_score(const Problem& problem, std::uint64_t seed, Instance& in) {
  // Sorting compact keys rather than indices into the Problem keeps the sort in cache.
  struct Rank {
    double score;
    std::uint64_t tie_break;
    std::uint32_t applicant;
  };
  std::vector<Rank> ranks(in.applicant_count);
  for (std::uint32_t a = 0; a < in.applicant_count; ++a) {
    const Applicant& applicant = problem.applicants[a];
    ranks[a] = {applicant.score, tie_break_key(seed, applicant.id.value), a};
  }
  // The id is the last resort only for a 64-bit key collision; input order never decides.
  std::ranges::sort(ranks, [&](const Rank& x, const Rank& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.tie_break != y.tie_break) return x.tie_break < y.tie_break;
    return problem.applicants[x.applicant].id.value < problem.applicants[y.applicant].id.value;
  });
  in.score_order.resize(in.applicant_count);
  in.score_position.resize(in.applicant_count);
  for (std::uint32_t p = 0; p < in.applicant_count; ++p) {
    in.score_order[p] = ranks[p].applicant;
    in.score_position[ranks[p].applicant] = p;
  }
}

// An offer's own list puts its applicants first, in its order; everyone else follows by score.
Status apply_priorities(const Problem& problem, const IdIndex& applicants, Instance& in) {
  std::vector<std::uint32_t> own_length(in.offer_count, 0);
  std::vector<std::uint32_t> listed_by(in.applicant_count, 0);
  // (offer, applicant) of every listed entry, in list order.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> listed;
  for (std::uint32_t o = 0; o < in.offer_count; ++o) {
    const Offer& offer = problem.offers[o];
    own_length[o] = static_cast<std::uint32_t>(offer.priority.size());
    if (!offer.priority.empty()) in.common_priority = false;
    for (std::size_t p = 0; p < offer.priority.size(); ++p) {
      const std::string& id = offer.priority[p].value;
      const auto field = [o, p] { return fmt::format("offers[{}].priority[{}]", o, p); };
      const std::uint32_t a = applicants.find(id);
      if (a == kNoChoice) {
        return fail(invalid_at(field(), fmt::format("offer {} priority lists unknown applicant {}",
                                                    quoted(offer.id.value), quoted(id))));
      }
      if (listed_by[a] == o + 1) {
        return fail(invalid_at(field(), fmt::format("offer {} priority lists applicant {} twice",
                                                    quoted(offer.id.value), quoted(id))));
      }
      listed_by[a] = o + 1;
      listed.emplace_back(o, a);
    }
  }
  in.choice_priority.resize(in.choice_offer.size());
  for (std::uint32_t a = 0; a < in.applicant_count; ++a) {
    for (std::uint32_t s = in.first_choice[a]; s < in.first_choice[a + 1]; ++s) {
      in.choice_priority[s] = own_length[in.choice_offer[s]] + in.score_position[a];
    }
  }
  std::uint32_t position = 0;
  std::uint32_t previous_offer = kNoChoice;
  for (const auto& [o, a] : listed) {
    position = o == previous_offer ? position + 1 : 0;
    previous_offer = o;
    for (std::uint32_t s = in.first_choice[a]; s < in.first_choice[a + 1]; ++s) {
      if (in.choice_offer[s] == o) in.choice_priority[s] = position;
    }
  }
  return {};
}

}  // namespace

std::uint64_t tie_break_key(std::uint64_t seed, std::string_view applicant_id) {
  std::array<unsigned char, crypto_shorthash_KEYBYTES> key{};
  for (int i = 0; i < 8; ++i) key[i] = static_cast<unsigned char>(seed >> (8 * i));
  std::array<unsigned char, crypto_shorthash_BYTES> hash{};
  crypto_shorthash(hash.data(), reinterpret_cast<const unsigned char*>(applicant_id.data()),
                   applicant_id.size(), key.data());
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = (value << 8) | hash[i];
  return value;
}

Result<Instance> compile(const Problem& problem, std::uint64_t seed) {
  Instance in;
  auto offers = index_offers(problem);
  if (!offers) return fail(offers.error());
  auto applicants = index_applicants(problem);
  if (!applicants) return fail(applicants.error());
  in.applicant_count = static_cast<std::uint32_t>(problem.applicants.size());
  in.offer_count = static_cast<std::uint32_t>(problem.offers.size());
  if (auto status = compile_choices(problem, *offers, in); !status) return fail(status.error());
  order_by_score(problem, seed, in);
  if (auto status = apply_priorities(problem, *applicants, in); !status)
    return fail(status.error());

  in.offers_by_id.resize(in.offer_count);
  for (std::uint32_t o = 0; o < in.offer_count; ++o) in.offers_by_id[o] = o;
  std::ranges::sort(in.offers_by_id, {}, [&](std::uint32_t o) -> const std::string& {
    return problem.offers[o].id.value;
  });

  in.seats.resize(in.offer_count);
  in.capacity.assign(in.offer_count, 0);
  std::vector<std::uint32_t> demand(in.offer_count, 0);
  for (std::size_t s = 0; s < in.choice_offer.size(); ++s) {
    if (in.choice_eligible[s]) ++demand[in.choice_offer[s]];
  }
  for (std::uint32_t o = 0; o < in.offer_count; ++o) {
    in.seats[o] = problem.offers[o].seats;
    in.capacity[o] = static_cast<std::uint32_t>(std::min<std::int64_t>(in.seats[o], demand[o]));
  }
  return in;
}

}  // namespace orbis::placement::detail
