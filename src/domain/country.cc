#include "domain/country.h"

#include <algorithm>
#include <array>

#include "common/text.h"

namespace orbis::domain {
namespace {

constexpr Country kCountries[] = {
#include "domain/countries.inc"
};

}  // namespace

std::span<const Country> countries() { return kCountries; }

std::optional<Country> find_country(std::string_view code) {
  if (code.size() != 2) return std::nullopt;
  const std::string upper{static_cast<char>(std::toupper(static_cast<unsigned char>(code[0]))),
                          static_cast<char>(std::toupper(static_cast<unsigned char>(code[1])))};
  const auto it =
      std::lower_bound(std::begin(kCountries), std::end(kCountries), upper,
                       [](const Country& c, const std::string& k) { return c.code < k; });
  if (it == std::end(kCountries) || it->code != upper) return std::nullopt;
  return *it;
}

std::optional<CountryCode> CountryCode::parse(std::string_view code) {
  const auto country = find_country(code);
  if (!country) return std::nullopt;
  return CountryCode(std::string(country->code));
}

}  // namespace orbis::domain
