#include "domain/reference.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

namespace orbis::domain {
namespace {

constexpr IscedField kIsced[] = {
#include "domain/isced.inc"
};

}  // namespace

std::span<const IscedField> isced_fields() { return kIsced; }

std::optional<IscedField> find_isced(std::string_view code) {
  const auto it =
      std::lower_bound(std::begin(kIsced), std::end(kIsced), code,
                       [](const IscedField& f, std::string_view c) { return f.code < c; });
  if (it == std::end(kIsced) || it->code != code) return std::nullopt;
  return *it;
}

std::optional<int> cefr_rank(std::string_view level) {
  if (level.size() != 2) return std::nullopt;
  const char letter = static_cast<char>(std::toupper(static_cast<unsigned char>(level[0])));
  if ((letter != 'A' && letter != 'B' && letter != 'C') || (level[1] != '1' && level[1] != '2'))
    return std::nullopt;
  return (letter - 'A') * 2 + (level[1] - '0');
}

std::optional<int> parse_academic_year(std::string_view text) {
  if (text.size() != 9 || text[4] != '/') return std::nullopt;
  int first = 0, second = 0;
  for (int i = 0; i < 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
        !std::isdigit(static_cast<unsigned char>(text[5 + i]))) {
      return std::nullopt;
    }
    first = first * 10 + (text[i] - '0');
    second = second * 10 + (text[5 + i] - '0');
  }
  if (second != first + 1 || first < 1950 || first > 2200) return std::nullopt;
  return first;
}

std::optional<int> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  const std::string s(text);
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
  for (const int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(unsigned(m)),
                                        std::chrono::day(unsigned(d))};
  if (!ymd.ok() || y < 1900 || y > 2200) return std::nullopt;
  return static_cast<int>(std::chrono::sys_days(ymd).time_since_epoch().count());
}

std::string format_date(int days) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(days))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buf;
}

}  // namespace orbis::domain
