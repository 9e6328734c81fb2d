// The academic years, the org unit and the home institution an indicator is read for
// (service/indicators/scope.h).
#include "service/indicators/scope.h"

#include <fmt/format.h>

#include <utility>

#include "indicators/compute.h"
#include "service/support/home.h"

namespace orbis::service {

namespace indicator_scope {

using domain::access::Action;
using domain::access::Resource;

int current_year(const Clock& clock) {
  return indicators::academic_year_on(format_iso8601(clock.now())).value_or(kLastYear);
}

Result<std::string> one_year(std::optional<int> year, const Clock& clock) {
  const int asked = year.value_or(current_year(clock));
  if (asked < kFirstYear || asked > kLastYear)
    return fail(
        Error::invalid("the year is not valid",
                       {{"year", fmt::format("a year from {} to {}", kFirstYear, kLastYear)}}));
  return indicators::academic_year(asked);
}

Result<std::optional<OrgUnitId>> org_unit_for(store::Transaction& tx, const domain::Actor& actor,
                                              Action action, std::optional<OrgUnitId> asked) {
  const auto scope = domain::access::scope_of(actor, Resource::indicator, action);
  if (scope.reach == domain::access::Reach::own_org_unit) {
    if (asked && asked != scope.org_unit)
      return fail(Error::denied("you see the indicators of your own org unit only"));
    return scope.org_unit;
  }
  if (asked) {
    if (auto unit = tx.institutions().org_unit(*asked); !unit) {
      if (unit.error().code == ErrorCode::not_found)
        return fail(Error::invalid("no such org unit", {{"org_unit", "an org unit's id"}}));
      return fail(unit.error());
    }
  }
  return asked;
}

Result<Years> checked_years(Years y) {
  std::vector<FieldError> errors;
  for (const auto& [name, year] : {std::pair{"from", y.from}, std::pair{"to", y.to}})
    if (year < kFirstYear || year > kLastYear)
      errors.push_back({name, fmt::format("a year from {} to {}", kFirstYear, kLastYear)});
  if (errors.empty() && y.from > y.to) errors.push_back({"to", "not before from"});
  if (errors.empty() && y.to - y.from >= kMostYears)
    errors.push_back({"to", fmt::format("at most {} years after from", kMostYears - 1)});
  if (!errors.empty()) return fail(Error::invalid("the years are not valid", std::move(errors)));
  return y;
}

Result<Years> years_of(const IndicatorRequest& request, const Clock& clock) {
  const int current = current_year(clock);
  Years y;
  y.to = request.to.value_or(request.from ? *request.from + kDefaultYears - 1 : current);
  y.from = request.from.value_or(y.to - kDefaultYears + 1);
  return checked_years(y);
}

Result<std::optional<domain::Institution>> home_institution(store::Transaction& tx) {
  auto home = home_institution_id(tx);
  if (!home) return fail(home.error());
  if (!*home) return std::optional<domain::Institution>{};
  auto institution = tx.institutions().get(**home);
  if (!institution) return fail(institution.error());
  return std::optional(std::move(*institution));
}

Result<std::string> home_country(store::Transaction& tx) {
  auto home = home_institution(tx);
  if (!home) return fail(home.error());
  return *home ? (*home)->country : std::string{};
}

std::vector<std::string> academic_years(Years y) {
  std::vector<std::string> out;
  for (int year = y.from; year <= y.to; ++year) out.push_back(indicators::academic_year(year));
  return out;
}

}  // namespace indicator_scope

}  // namespace orbis::service
