#include "indicators/decimal.h"

#include <algorithm>
#include <cstddef>

namespace orbis::indicators {
namespace {

struct Parts {
  std::string_view whole;
  std::string_view fraction;
};

std::optional<Parts> parts_of(std::string_view text) {
  if (text.empty()) return Parts{"0", ""};
  const auto dot = text.find('.');
  Parts p{text.substr(0, dot),
          dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1)};
  const auto digits = [](std::string_view s) {
    return !s.empty() && std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(p.whole)) return std::nullopt;
  if (dot != std::string_view::npos && !digits(p.fraction)) return std::nullopt;
  return p;
}

}  // namespace

std::optional<std::string> add_decimals(std::string_view a, std::string_view b) {
  const auto x = parts_of(a);
  const auto y = parts_of(b);
  if (!x || !y) return std::nullopt;
  const std::size_t places = std::max(x->fraction.size(), y->fraction.size());
  const std::size_t wholes = std::max(x->whole.size(), y->whole.size());
  // Both as digit strings of the same shape: the wholes right-aligned, the fractions
  // left-aligned, then added from the last digit.
  const auto digit_at = [&](const Parts& p, std::size_t i) -> int {
    if (i < wholes) {
      const std::size_t pad = wholes - p.whole.size();
      return i < pad ? 0 : p.whole[i - pad] - '0';
    }
    const std::size_t f = i - wholes;
    return f < p.fraction.size() ? p.fraction[f] - '0' : 0;
  };
  std::string digits(wholes + places, '0');
  int carry = 0;
  for (std::size_t i = wholes + places; i-- > 0;) {
    const int sum = digit_at(*x, i) + digit_at(*y, i) + carry;
    digits[i] = static_cast<char>('0' + sum % 10);
    carry = sum / 10;
  }
  std::string whole = (carry ? "1" : "") + digits.substr(0, wholes);
  const auto first = whole.find_first_not_of('0');
  whole = first == std::string::npos ? "0" : whole.substr(first);
  return places == 0 ? whole : whole + "." + digits.substr(wholes);
}

}  // namespace orbis::indicators
