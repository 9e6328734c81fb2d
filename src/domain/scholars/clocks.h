// China's legal clocks of a scholar's stay: what is due, by when, and under which rule
// (docs/scholars.md). The rules are dated, cited sets read from data/rules/ (rules/); this
// file only applies them to a case's dated facts.
//
// Times are in China's time (UTC+8, no daylight saving): a clock counted in days or working
// days is due at the end of its last day there. Working days are those of the working
// calendars (domain/calendar/working_days.h): Monday to Friday, less public holidays, plus the
// weekend days worked instead; Monday to Friday in a year no calendar covers.
// Thread-safety: plain values and pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/calendar/working_days.h"
#include "domain/rule_set.h"
#include "domain/scholars/case.h"

namespace orbis::domain::scholars {

// What starts a clock.
enum class Trigger {
  first_entry,              // the arrival: the first entry of the case
  entry,                    // every entry, the first one too
  re_entry,                 // every entry after the first
  move,                     // a move to another address
  change,                   // a change of the facts on the residence permit
  residence_permit_expiry,  // the residence permit's expiry (counted back from it)
  work_permit_expiry,
};
std::string_view to_string(Trigger trigger);
std::optional<Trigger> parse_trigger(std::string_view name);

enum class Unit { hours, days, working_days };
std::string_view to_string(Unit unit);
std::optional<Unit> parse_unit(std::string_view name);

struct Span {
  int amount = 0;
  Unit unit = Unit::days;
};

struct ClockRule {
  std::string id;  // unique within its set: "accommodation-registration"
  std::string name;
  std::string name_zh;
  Trigger trigger = Trigger::entry;
  Span within;                       // after the trigger; before it for an expiry
  std::optional<Span> opens_before;  // an expiry's window opens this long before it
  // Whom it applies to: a stay in China longer than this many days (the residence permit is
  // for stays over 180 days); unset: every stay in China.
  std::optional<int> stays_longer_than_days;
  bool workers_only = false;  // only for recruited faculty (who hold a work permit)
  // What shows it done: the event's own done_at (a registration, a filing), or for the
  // first entry's residence permit the permit's filing date.
  bool done_by_residence_permit_filing = false;
  std::string source;   // a source id of the set
  std::string article;  // "Art. 39"
};

struct ClockRuleSet {
  RuleSetInfo info;
  std::vector<ClockRule> rules;
};

enum class DueState {
  upcoming,  // its window has not opened
  open,      // may be done now, not yet late
  overdue,   // not done and past its time
  done,      // done in time
  late,      // done, after its time
};
std::string_view to_string(DueState state);

// One thing a case owes, computed from one rule of the set that held on its trigger's day.
struct Due {
  std::string rule_set;  // the set's id
  std::string rule;      // the rule's id
  std::string name;
  std::string name_zh;
  Trigger trigger = Trigger::entry;
  std::string trigger_at;  // the event's instant, or the expiry's date
  std::int64_t event = 0;  // the case event it runs from; 0 for an expiry
  std::string opens_at;    // ISO 8601 UTC; empty: open from the trigger
  std::string due_at;      // ISO 8601 UTC
  std::string done_at;     // as recorded; empty while not done
  DueState state = DueState::upcoming;
  std::string source_title;  // where the rule was read, and its article
  std::string source_url;
  std::string article;
  std::string why;  // which set applied and why, in words
};

// Everything `c` owes under `sets` at `now`, by due time, working days counted by `working`.
// Only incoming stays in China run clocks; a trigger with no set holding on its day gives
// nothing (and says nothing).
std::vector<Due> clocks_of(const ScholarCase& c, const std::vector<ClockRuleSet>& sets,
                           TimePoint now,
                           const calendar::WorkingDays& working = calendar::WorkingDays());

// Time arithmetic of the clocks, exposed for the tests: `span` after `from` (or before it),
// with days ending at the end of the day in China's time.
std::optional<TimePoint> add_span(TimePoint from, const Span& span,
                                  const calendar::WorkingDays& working = calendar::WorkingDays());
std::optional<TimePoint> end_of_day_before(
    std::string_view date, const Span& span,
    const calendar::WorkingDays& working = calendar::WorkingDays());
std::optional<TimePoint> start_of_day_before(
    std::string_view date, const Span& span,
    const calendar::WorkingDays& working = calendar::WorkingDays());

}  // namespace orbis::domain::scholars
