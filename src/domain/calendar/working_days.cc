// Working days under the working calendars (domain/calendar/working_days.h).
#include "domain/calendar/working_days.h"

#include <algorithm>

#include "domain/reference.h"

namespace orbis::domain::calendar {
namespace {

std::optional<std::chrono::sys_days> calendar_day(const std::string& iso) {
  const auto day = parse_date(iso);
  if (!day) return std::nullopt;
  return std::chrono::sys_days{std::chrono::days{*day}};
}

}  // namespace

WorkingDays::WorkingDays(std::vector<WorkingCalendar> calendars)
    : calendars_(std::move(calendars)) {
  for (const auto& c : calendars_) {
    for (const auto& h : c.holidays) {
      const auto from = calendar_day(h.from);
      const auto to = calendar_day(h.to);
      if (!from || !to) continue;  // the rule book refuses such a set
      for (auto d = *from; d <= *to; d += std::chrono::days{1}) off_.insert(d);
    }
    for (const auto& w : c.workdays)
      if (const auto d = calendar_day(w.date)) on_.insert(*d);
  }
}

bool WorkingDays::working(std::chrono::sys_days day) const {
  if (on_.contains(day)) return true;
  if (off_.contains(day)) return false;
  const std::chrono::weekday w{day};
  return w != std::chrono::Saturday && w != std::chrono::Sunday;
}

const WorkingCalendar* WorkingDays::calendar_on(std::chrono::sys_days day) const {
  const auto date = format_date(static_cast<int>(day.time_since_epoch().count()));
  const auto found = std::ranges::find_if(
      calendars_, [&](const WorkingCalendar& c) { return c.info.holds_on(date); });
  return found == calendars_.end() ? nullptr : &*found;
}

}  // namespace orbis::domain::calendar
