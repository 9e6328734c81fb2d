#include "common/clock.h"

#include <fmt/format.h>

#include <cstdio>

namespace orbis {

TimePoint SystemClock::now() const {
  return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

TimePoint FixedClock::now() const { return TimePoint(std::chrono::milliseconds(ms_.load())); }

std::string format_iso8601(TimePoint t) {
  const auto days = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::year_month_day ymd(days);
  const std::chrono::hh_mm_ss hms(t - days);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", int(ymd.year()),
                     unsigned(ymd.month()), unsigned(ymd.day()), hms.hours().count(),
                     hms.minutes().count(), hms.seconds().count(), hms.subseconds().count());
}

std::optional<TimePoint> parse_iso8601(std::string_view text) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (text.size() < 20) return std::nullopt;
  const std::string buf(text);
  int consumed = 0;
  if (std::sscanf(buf.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &consumed) !=
          6 ||
      consumed != 19) {
    return std::nullopt;
  }
  std::size_t pos = 19;
  int ms = 0;
  if (pos < buf.size() && buf[pos] == '.') {
    ++pos;
    int digits = 0;
    while (pos < buf.size() && buf[pos] >= '0' && buf[pos] <= '9') {
      if (digits < 3) ms = ms * 10 + (buf[pos] - '0');
      ++digits;
      ++pos;
    }
    if (digits == 0) return std::nullopt;
    for (; digits < 3; ++digits) ms *= 10;
  }
  int offset_minutes = 0;
  if (pos < buf.size() && buf[pos] == 'Z') {
    ++pos;
  } else if (pos + 6 == buf.size() && (buf[pos] == '+' || buf[pos] == '-') && buf[pos + 3] == ':') {
    int oh = 0, om = 0;
    if (std::sscanf(buf.c_str() + pos + 1, "%2d:%2d", &oh, &om) != 2) return std::nullopt;
    offset_minutes = (buf[pos] == '-' ? -1 : 1) * (oh * 60 + om);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != buf.size()) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(unsigned(mo)),
                                        std::chrono::day(unsigned(d))};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 60) return std::nullopt;
  const auto t = std::chrono::sys_days(ymd) + std::chrono::hours(h) + std::chrono::minutes(mi) +
                 std::chrono::seconds(s) + std::chrono::milliseconds(ms) -
                 std::chrono::minutes(offset_minutes);
  return std::chrono::time_point_cast<std::chrono::milliseconds>(t);
}

}  // namespace orbis
