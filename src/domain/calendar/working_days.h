// Which days are working days in a country: Monday to Friday, less the public holidays and
// plus the weekend days worked instead (China's 调休), as the dated, cited working calendars
// of data/rules/ say them for a year (docs/rules.md). A clock counted in working days
// (domain/scholars/clocks.h) steps over them; for a day no calendar covers, it counts Monday
// to Friday, and says so.
// Thread-safety: plain values; a WorkingDays is immutable once made.
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/rule_set.h"

namespace orbis::domain::calendar {

// Days off for a holiday, from..to inclusive (ISO dates).
struct Holiday {
  std::string name;  // "Spring Festival"
  std::string name_zh;
  std::string from;
  std::string to;
  std::string source;  // a source id of the set
};

// A weekend day worked in exchange for a holiday's days off.
struct Workday {
  std::string date;      // ISO, a Saturday or a Sunday
  std::string for_name;  // the holiday it makes up for: "Spring Festival"
  std::string source;
};

// One year's (one period's) calendar: the set holds from its valid_from to its valid_to.
struct WorkingCalendar {
  RuleSetInfo info;
  std::vector<Holiday> holidays;
  std::vector<Workday> workdays;
};

class WorkingDays {
 public:
  // Monday to Friday every day: no calendar.
  WorkingDays() = default;
  // REQUIRES: no two calendars hold on one day (the rule book checks it).
  explicit WorkingDays(std::vector<WorkingCalendar> calendars);

  bool working(std::chrono::sys_days day) const;
  // The calendar that holds on `day`; nullptr when none does (Monday to Friday then).
  const WorkingCalendar* calendar_on(std::chrono::sys_days day) const;
  const std::vector<WorkingCalendar>& calendars() const { return calendars_; }

 private:
  std::vector<WorkingCalendar> calendars_;
  std::set<std::chrono::sys_days> off_;  // holidays' days
  std::set<std::chrono::sys_days> on_;   // weekend days worked
};

}  // namespace orbis::domain::calendar
