// The institution's students out and in beside its country's, as UNESCO publishes them
// (Indicators::national; docs/indicators.md, "Beside the country's").
#include "indicators/national.h"

#include <cmath>
#include <map>
#include <string>

#include "domain/country.h"
#include "service/indicators/indicators.h"
#include "service/indicators/scope.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

// Shares of a country's hundreds of thousands are small: kept to eight places.
double share(int part, long whole) {
  return std::round(static_cast<double>(part) / static_cast<double>(whole) * 1e8) / 1e8;
}

}  // namespace

Result<NationalComparison> Indicators::national(const domain::Actor& actor,
                                                const IndicatorRequest& request,
                                                std::optional<std::string> country) const {
  // The institution's own: checks the reader, the years and the org unit as every indicator.
  auto views = list(actor, request);
  if (!views) return fail(views.error());
  if (!country) {
    auto home = run(store_, store::Access::read,
                    [](store::Transaction& tx) { return indicator_scope::home_country(tx); });
    if (!home) return fail(home.error());
    if (home->empty())
      return fail(
          Error::invalid("no home institution is set, so name the country to compare with",
                         {{"country", "required while the registry names no home institution"}}));
    country = *home;
  }
  const auto found = domain::find_country(*country);
  if (!found)
    return fail(Error::invalid("the country is not valid",
                               {{"country", "an ISO 3166-1 alpha-2 code, such as CN"}}));

  NationalComparison out{.country = std::string(found->code),
                         .country_name = std::string(found->name),
                         .country_name_zh = std::string(found->name_zh),
                         .source = std::string(indicators::kNationalSource),
                         .source_zh = std::string(indicators::kNationalSourceZh)};
  if (const auto years = indicators::national_mobility(found->code); !years.empty())
    out.latest_year = years.back().reference_year - 1;

  std::map<int, NationalYear> by_year;
  for (const auto& v : *views) {
    if (v.id != "outbound_students" && v.id != "inbound_exchange_students") continue;
    auto& y = by_year[v.year];
    y.year = v.year;
    y.academic_year = v.academic_year;
    (v.id == "outbound_students" ? y.outgoing_students : y.incoming_students) =
        static_cast<int>(v.numerator);
  }
  for (auto& [year, y] : by_year) {
    if (const auto n = indicators::national_mobility(found->code, year)) {
      y.reference_year = n->reference_year;
      if (n->inbound >= 0) y.inbound = n->inbound;
      if (n->outbound >= 0) y.outbound = n->outbound;
      y.inbound_estimated = n->inbound_estimated;
      y.outbound_estimated = n->outbound_estimated;
    }
    if (y.outbound && *y.outbound > 0) y.outgoing_share = share(y.outgoing_students, *y.outbound);
    if (y.inbound && *y.inbound > 0) y.incoming_share = share(y.incoming_students, *y.inbound);
    out.items.push_back(std::move(y));
  }
  return out;
}

}  // namespace orbis::service
