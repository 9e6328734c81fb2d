// The funding of a year's stays: scholarships and other sources, their holders and amounts
// (Indicators::funding; docs/indicators.md).
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "indicators/decimal.h"
#include "service/indicators/funding_groups.h"
#include "service/indicators/indicators.h"
#include "service/indicators/scope.h"

namespace orbis::service {
namespace {

// What one group counts: its students and stays once each, and its amount so far.
struct Tally {
  std::set<std::int64_t> holders;
  std::set<std::int64_t> stays;
  std::string amount;
};

}  // namespace

namespace indicator_scope {

Result<std::vector<FundingGroup>> group_funding(const std::vector<store::FundingLine>& lines,
                                                const std::string& academic_year) {
  using Key = std::tuple<domain::Direction, std::string, std::string, std::string, std::string>;
  std::map<Key, Tally> tallies;
  for (const auto& l : lines) {
    auto& t = tallies[{l.direction, l.source, l.scholarship, l.sponsor,
                       l.amount.empty() ? std::string() : l.currency}];
    t.holders.insert(l.person.value);
    t.stays.insert(l.stay.value);
    if (l.amount.empty()) continue;
    // The domain checks every amount it writes (domain::check_money); one that is not a
    // decimal was written around it, and is a fault of the data, not a number to skip.
    auto sum = indicators::add_decimals(t.amount, l.amount);
    if (!sum)
      return fail(Error::internal("stay " + std::to_string(l.stay.value) +
                                  " records an amount that is not a decimal"));
    t.amount = std::move(*sum);
  }
  std::vector<FundingGroup> out;
  out.reserve(tallies.size());
  for (auto& [key, t] : tallies) {
    const auto& [direction, source, scholarship, sponsor, currency] = key;
    out.push_back({.direction = std::string(domain::to_string(direction)),
                   .source = source,
                   .scholarship = scholarship,
                   .sponsor = sponsor,
                   .currency = currency,
                   .academic_year = academic_year,
                   .holders = static_cast<int>(t.holders.size()),
                   .stays = static_cast<int>(t.stays.size()),
                   .amount = std::move(t.amount)});
  }
  std::ranges::stable_sort(out, [](const FundingGroup& a, const FundingGroup& b) {
    if (a.direction != b.direction) return a.direction == "outgoing";
    return a.holders > b.holders;
  });
  return out;
}

}  // namespace indicator_scope

Result<Page<FundingGroup>> Indicators::funding(const domain::Actor& actor, std::optional<int> year,
                                               std::optional<OrgUnitId> org_unit) const {
  return indicator_scope::read_year<Page<FundingGroup>>(
      store_, clock_, actor, year, org_unit,
      [&](store::Transaction& tx, const std::string& academic_year,
          std::optional<OrgUnitId> unit) -> Result<Page<FundingGroup>> {
        auto lines = store::funding_lines(tx, {academic_year, unit});
        if (!lines) return fail(lines.error());
        auto groups = indicator_scope::group_funding(*lines, academic_year);
        if (!groups) return fail(groups.error());
        const auto total = groups->size();
        return Page<FundingGroup>{std::move(*groups), std::nullopt, total};
      });
}

}  // namespace orbis::service
