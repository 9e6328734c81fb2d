// Of service/indicators alone: the academic year and the org unit an indicator is read for.
//
// Thread-safety: pure functions; org_unit_for as the transaction it is given; read_year
// thread-safe (its own transaction).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/error.h"
#include "common/ids.h"
#include "domain/access/policy.h"
#include "domain/institution.h"
#include "domain/user.h"
#include "service/indicators/indicators.h"
#include "service/support/access.h"
#include "service/support/transaction.h"
#include "store/store.h"

namespace orbis::service::indicator_scope {

// The years an office may ask for or enter figures of.
inline constexpr int kFirstYear = 1990;
inline constexpr int kLastYear = 2100;

// The most years one request reads.
inline constexpr int kMostYears = 30;
// Indicators show the five academic years up to the current one unless asked.
inline constexpr int kDefaultYears = 5;

// The academic years a request reads, by the years they begin in.
struct Years {
  int from = 0;
  int to = 0;
};

// `years` when they are years to read: invalid, naming each, outside kFirstYear..kLastYear,
// `to` before `from`, or more than kMostYears.
Result<Years> checked_years(Years years);

// The years `request` asks for: `from` and `to` as given, else the five years up to `to`, or
// from `from`, or up to the current one; checked as checked_years.
Result<Years> years_of(const IndicatorRequest& request, const Clock& clock);

// Those years as academic years ("2025/2026"), oldest first.
std::vector<std::string> academic_years(Years years);

// The home institution the registry names; none when it names none.
Result<std::optional<domain::Institution>> home_institution(store::Transaction& tx);
// Its country (ISO 3166-1 alpha-2); empty when none is set.
Result<std::string> home_country(store::Transaction& tx);

// The academic year the clock's today falls in, by the year it begins in.
int current_year(const Clock& clock);

// The academic year asked for by the year it begins in ("2025/2026"), else the current one;
// invalid, naming `year`, outside kFirstYear..kLastYear.
Result<std::string> one_year(std::optional<int> year, const Clock& clock);

// The org unit the reader sees: a coordinator's own (asking for another is refused);
// anyone else's choice, which must exist.
Result<std::optional<OrgUnitId>> org_unit_for(store::Transaction& tx, const domain::Actor& actor,
                                              domain::access::Action action,
                                              std::optional<OrgUnitId> asked);

// What every list of one year does first: checks that the reader may see indicators, reads
// the academic year asked for, and calls `read(tx, academic_year, org_unit)` in a read
// transaction with the org unit the reader sees.
template <typename T, typename F>
Result<T> read_year(store::Store& store, const Clock& clock, const domain::Actor& actor,
                    std::optional<int> year, std::optional<OrgUnitId> org_unit, F&& read) {
  using domain::access::Action;
  if (auto ok =
          require_reach(actor, domain::access::Resource::indicator, Action::read, "see indicators");
      !ok)
    return fail(ok.error());
  auto academic_year = one_year(year, clock);
  if (!academic_year) return fail(academic_year.error());
  return run(store, store::Access::read, [&](store::Transaction& tx) -> Result<T> {
    auto unit = org_unit_for(tx, actor, Action::read, org_unit);
    if (!unit) return fail(unit.error());
    return read(tx, *academic_year, *unit);
  });
}

}  // namespace orbis::service::indicator_scope
