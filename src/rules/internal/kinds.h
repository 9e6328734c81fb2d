// One reader per kind of rule set. Private to the rules layer.
#pragma once

#include <toml++/toml.h>

#include "domain/calendar/working_days.h"
#include "domain/scholars/clocks.h"
#include "domain/scholars/work_permit.h"
#include "domain/teaching/four_thirds.h"
#include "rules/internal/read.h"

namespace orbis::rules::internal {

domain::scholars::ClockRuleSet read_clocks(Reader& reader, const toml::table& root,
                                           domain::RuleSetInfo info);
domain::scholars::PointsRuleSet read_points(Reader& reader, const toml::table& root,
                                            domain::RuleSetInfo info);
domain::teaching::RatioRuleSet read_ratios(Reader& reader, const toml::table& root,
                                           domain::RuleSetInfo info);

domain::calendar::WorkingCalendar read_calendar(Reader& reader, const toml::table& root,
                                                domain::RuleSetInfo info);

}  // namespace orbis::rules::internal
