#include "indicators/national.h"

#include <algorithm>

namespace orbis::indicators {
namespace {

constexpr NationalMobility kRows[] = {
#include "indicators/national_mobility.inc"
};

}  // namespace

std::span<const NationalMobility> national_mobility(std::string_view country) {
  const auto [first, last] =
      std::ranges::equal_range(kRows, country, {}, &NationalMobility::country);
  return {first, last};
}

std::optional<NationalMobility> national_mobility(std::string_view country, int year) {
  for (const auto& row : national_mobility(country))
    if (row.reference_year == year + 1) return row;
  return std::nullopt;
}

}  // namespace orbis::indicators
