#include "credentials/datetime.h"

#include <chrono>
#include <cstdio>

namespace orbis::credentials {
namespace {

// Reads exactly `count` decimal digits at `*pos`; nullopt otherwise.
std::optional<int> digits(std::string_view text, std::size_t* pos, int count) {
  if (*pos + static_cast<std::size_t>(count) > text.size()) return std::nullopt;
  int value = 0;
  for (int i = 0; i < count; ++i) {
    const char c = text[*pos + static_cast<std::size_t>(i)];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  *pos += static_cast<std::size_t>(count);
  return value;
}

bool expect(std::string_view text, std::size_t* pos, char c) {
  if (*pos >= text.size() || text[*pos] != c) return false;
  ++*pos;
  return true;
}

}  // namespace

std::optional<TimePoint> parse_xml_datetime(std::string_view text) {
  using namespace std::chrono;
  std::size_t pos = 0;
  const auto year = digits(text, &pos, 4);
  if (!year || !expect(text, &pos, '-')) return std::nullopt;
  const auto month = digits(text, &pos, 2);
  if (!month || !expect(text, &pos, '-')) return std::nullopt;
  const auto day = digits(text, &pos, 2);
  if (!day || !expect(text, &pos, 'T')) return std::nullopt;
  const auto hour = digits(text, &pos, 2);
  if (!hour || !expect(text, &pos, ':')) return std::nullopt;
  const auto minute = digits(text, &pos, 2);
  if (!minute || !expect(text, &pos, ':')) return std::nullopt;
  const auto second = digits(text, &pos, 2);
  if (!second) return std::nullopt;
  int millis = 0;
  bool fraction_nonzero = false;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    int count = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (count < 3) millis = millis * 10 + (text[pos] - '0');
      if (text[pos] != '0') fraction_nonzero = true;
      ++count;
      ++pos;
    }
    if (count == 0) return std::nullopt;
    for (; count < 3; ++count) millis *= 10;
  }
  int offset_minutes = 0;
  if (pos < text.size() && text[pos] == 'Z') {
    ++pos;
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    const int sign = text[pos] == '-' ? -1 : 1;
    ++pos;
    const auto oh = digits(text, &pos, 2);
    if (!oh || !expect(text, &pos, ':')) return std::nullopt;
    const auto om = digits(text, &pos, 2);
    if (!om || *om > 59 || *oh * 60 + *om > 14 * 60) return std::nullopt;
    offset_minutes = sign * (*oh * 60 + *om);
  } else {
    return std::nullopt;  // dateTimeStamp requires a time zone
  }
  if (pos != text.size() || *year == 0) return std::nullopt;
  const year_month_day ymd{std::chrono::year(*year), std::chrono::month(unsigned(*month)),
                           std::chrono::day(unsigned(*day))};
  if (!ymd.ok() || *minute > 59 || *second > 59) return std::nullopt;
  // 24:00:00 is the end of the day, allowed only with no minutes, seconds or fraction.
  if (*hour > 24 || (*hour == 24 && (*minute != 0 || *second != 0 || fraction_nonzero))) {
    return std::nullopt;
  }
  const auto t = sys_days(ymd) + hours(*hour) + minutes(*minute) + seconds(*second) +
                 milliseconds(millis) - minutes(offset_minutes);
  return time_point_cast<milliseconds>(t);
}

std::string format_xml_datetime(TimePoint t) {
  using namespace std::chrono;
  const auto days = floor<std::chrono::days>(t);
  const year_month_day ymd(days);
  const hh_mm_ss hms(floor<seconds>(t - days));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()),
                unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                int(hms.minutes().count()), int(hms.seconds().count()));
  return buffer;
}

}  // namespace orbis::credentials
