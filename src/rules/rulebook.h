// The rule engine: every dated, cited rule set of data/rules/ read into the domain's types,
// so that what applies a rule can say which set applied, from which source, and why
// (docs/rules.md).
//
// A rule file is TOML: a [rule_set] table (id, kind, name, name_zh, authority, valid_from,
// valid_to, note), its [[source]]s, and the rules of its kind. The kinds:
//   legal_clocks        [[rule]]s of domain/scholars/clocks.h
//   work_permit_points  a points table (domain/scholars/work_permit.h)
//   joint_programme_ratios  [[ratio]]s of domain/teaching/four_thirds.h
//   working_calendar    a year's [[holiday]]s and [[workday]]s (domain/calendar/working_days.h)
// Thread-safety: a parsed Rulebook is immutable; shipped() is safe to call from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "common/error.h"
#include "domain/calendar/working_days.h"
#include "domain/rule_set.h"
#include "domain/scholars/clocks.h"
#include "domain/scholars/work_permit.h"
#include "domain/teaching/four_thirds.h"
#include "rules/shipped_files.h"

namespace orbis::rules {

struct Rulebook {
  std::vector<domain::scholars::ClockRuleSet> clocks;
  // The published points tables disagree, so these may overlap: whatever applies them
  // assesses under each and names the latest to begin (work_permit.h).
  std::vector<domain::scholars::PointsRuleSet> points;
  // The minimum shares of a joint programme's plan; at most one set holds on a day.
  std::vector<domain::teaching::RatioRuleSet> ratios;
  // The working calendars, one a year; at most one holds on a day. `working_days` counts by
  // them.
  std::vector<domain::calendar::WorkingCalendar> calendars;
  domain::calendar::WorkingDays working_days;

  // What every set says of itself, by kind then start.
  std::vector<domain::RuleSetInfo> sets() const;
};

// Reads rule files: invalid_argument naming the file and the key of the first fault (an
// unknown kind, a missing or mistyped key, a source a rule names that the set lacks, two
// sets with one id, two clock sets in force on the same day). Points sets may overlap: their
// sources disagree, and an assessment gives each set's result and says which applied.
Result<Rulebook> parse(const std::vector<RuleFile>& files);

// The rule files built into Orbis, read once. An error here is a fault of the shipped files,
// which the rules' tests catch; `orbis serve` refuses to start on it.
const Result<Rulebook>& shipped();

}  // namespace orbis::rules
