// The reader of working_calendar rule sets (rulebook.h): a year's public holidays and the
// weekend days worked instead, as the authority announced them. Strict: every day must fall
// within the set's dates, a holiday's days in order, a day worked on a weekend, and no day
// both off and worked; a slip would move every clock counted in working days across it.
#include <array>
#include <chrono>
#include <string>

#include "domain/reference.h"
#include "rules/internal/kinds.h"

namespace orbis::rules::internal {
namespace {

constexpr std::array<std::string_view, 4> kCalendarKeys{"rule_set", "source", "holiday", "workday"};
constexpr std::array<std::string_view, 5> kHolidayKeys{"name", "name_zh", "from", "to", "source"};
constexpr std::array<std::string_view, 3> kWorkdayKeys{"date", "for", "source"};

bool weekend(const std::string& date) {
  const auto day = domain::parse_date(date);
  if (!day) return false;
  const std::chrono::weekday w{std::chrono::sys_days{std::chrono::days{*day}}};
  return w == std::chrono::Saturday || w == std::chrono::Sunday;
}

// Each table of the array `key`, with its path: "holiday[2]".
template <typename Each>
void each_table(Reader& r, const toml::table& root, std::string_view key, Each each) {
  const auto* items = r.array(root, "", key, false);
  if (items == nullptr) return;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const auto path = std::string(key) + "[" + std::to_string(i) + "]";
    if (const auto* t = items->get(i)->as_table())
      each(*t, path);
    else
      r.fault(path, "not a table");
  }
}

}  // namespace

domain::calendar::WorkingCalendar read_calendar(Reader& r, const toml::table& root,
                                                domain::RuleSetInfo info) {
  domain::calendar::WorkingCalendar set;
  set.info = std::move(info);
  r.only_keys(root, "", kCalendarKeys);
  if (set.info.valid_to.empty()) r.fault("rule_set.valid_to", "a calendar is for a given year");
  const auto within = [&](const std::string& date) { return set.info.holds_on(date); };
  const auto source = [&](const toml::table& t, const std::string& path) {
    auto id = r.text(t, path, "source");
    if (!id.empty() && set.info.source(id) == nullptr)
      r.fault(path + ".source", "names no source of the set: " + id);
    return id;
  };
  each_table(r, root, "holiday", [&](const toml::table& t, const std::string& path) {
    r.only_keys(t, path, kHolidayKeys);
    domain::calendar::Holiday h;
    h.name = r.text(t, path, "name");
    h.name_zh = r.text(t, path, "name_zh");
    h.from = r.date(t, path, "from");
    h.to = r.date(t, path, "to");
    h.source = source(t, path);
    if (!h.from.empty() && !within(h.from)) r.fault(path + ".from", "outside the set's dates");
    if (!h.to.empty() && !within(h.to)) r.fault(path + ".to", "outside the set's dates");
    if (!h.from.empty() && !h.to.empty() && h.to < h.from) r.fault(path + ".to", "before from");
    set.holidays.push_back(std::move(h));
  });
  each_table(r, root, "workday", [&](const toml::table& t, const std::string& path) {
    r.only_keys(t, path, kWorkdayKeys);
    domain::calendar::Workday w;
    w.date = r.date(t, path, "date");
    w.for_name = r.text(t, path, "for");
    w.source = source(t, path);
    if (!w.date.empty() && !within(w.date)) r.fault(path + ".date", "outside the set's dates");
    if (!w.date.empty() && !weekend(w.date))
      r.fault(path + ".date", "not a Saturday or a Sunday: a weekday is worked anyway");
    for (const auto& h : set.holidays)
      if (!w.date.empty() && h.from <= w.date && w.date <= h.to)
        r.fault(path + ".date", "a day off for " + h.name);
    set.workdays.push_back(std::move(w));
  });
  if (set.holidays.empty()) r.fault("holiday", "at least one holiday");
  return set;
}

}  // namespace orbis::rules::internal
