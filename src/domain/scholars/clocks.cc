#include "domain/scholars/clocks.h"

#include <algorithm>
#include <array>
#include <chrono>

#include "domain/calendar/working_days.h"
#include "domain/names.h"
#include "domain/reference.h"

namespace orbis::domain::scholars {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::sys_days;

constexpr std::array kTriggers{
    "first_entry",       "entry", "re_entry", "move", "change", "residence_permit_expiry",
    "work_permit_expiry"};
constexpr std::array kUnits{"hours", "days", "working_days"};
constexpr std::array kStates{"upcoming", "open", "overdue", "done", "late"};

constexpr hours kChinaOffset{8};

// An ISO date as a day (domain::parse_date, in the clocks' calendar type).
std::optional<sys_days> day_of(std::string_view text) {
  if (const auto d = parse_date(text)) return sys_days{days{*d}};
  return std::nullopt;
}
std::string iso_date(sys_days day) { return format_date(day.time_since_epoch().count()); }

// The day in China's time an instant falls on.
sys_days local_day(TimePoint t) { return std::chrono::floor<days>(t + kChinaOffset); }
TimePoint start_of(sys_days day) {
  return std::chrono::time_point_cast<milliseconds>(TimePoint{day - kChinaOffset});
}
TimePoint end_of(sys_days day) { return start_of(day + days{1}) - milliseconds{1}; }
// `amount` days, or working days, after (a positive amount) or before (a negative one) `day`.
sys_days step(sys_days day, int amount, Unit unit, const calendar::WorkingDays& working) {
  if (unit != Unit::working_days) return day + days{amount};
  const int by = amount < 0 ? -1 : 1;
  for (int left = amount < 0 ? -amount : amount; left > 0;) {
    day += days{by};
    if (working.working(day)) --left;
  }
  return day;
}

// What a clock counted in working days counted them by, from `from` to `to`: the calendars
// that hold on those days, or Monday to Friday where none does.
std::string working_days_note(const calendar::WorkingDays& working, sys_days from, sys_days to) {
  if (to < from) std::swap(from, to);
  std::vector<const calendar::WorkingCalendar*> used;
  bool uncovered = false;
  for (auto d = from; d <= to; d += days{1}) {
    const auto* c = working.calendar_on(d);
    if (c == nullptr)
      uncovered = true;
    else if (std::ranges::find(used, c) == used.end())
      used.push_back(c);
  }
  std::string note;
  if (!used.empty()) {
    note = " Working days skip the public holidays and count the adjusted working days of ";
    for (std::size_t i = 0; i < used.size(); ++i)
      note += (i == 0 ? "" : " and ") + used[i]->info.id + " (" + used[i]->info.name + ")";
    note += ".";
  }
  if (uncovered && used.empty())
    note += " No working calendar covers " + iso_date(from) + " to " + iso_date(to) +
            ": working days are counted Monday to Friday, so the time may end a few days early "
            "around a public holiday, never late.";
  else if (uncovered)
    note += " The days no working calendar covers are counted Monday to Friday.";
  return note;
}

// An instant as recorded: ISO 8601 with its offset, or a date (the start of that day in
// China).
std::optional<TimePoint> parse_moment(std::string_view text) {
  if (auto day = day_of(text)) return start_of(*day);
  return parse_iso8601(text);
}

std::string why_of(const RuleSetInfo& info, std::string_view day) {
  std::string why = "Rule set " + info.id + " (" + info.name + ") holds from " + info.valid_from;
  why += info.valid_to.empty() ? std::string(" with no end") : " to " + info.valid_to;
  why += ", which covers " + std::string(day) + ".";
  return why;
}

bool applies(const ClockRule& rule, const ScholarCase& c) {
  if (rule.workers_only && c.kind != CaseKind::faculty) return false;
  if (rule.stays_longer_than_days) {
    const auto start = day_of(c.planned_start);
    const auto end = day_of(c.end());
    if (!start || !end || (*end - *start).count() <= *rule.stays_longer_than_days) return false;
  }
  return true;
}

void settle(Due& due, std::optional<TimePoint> opens, TimePoint by, TimePoint now) {
  due.opens_at = opens ? format_iso8601(*opens) : std::string();
  due.due_at = format_iso8601(by);
  if (const auto done = parse_moment(due.done_at); done && !due.done_at.empty()) {
    due.state = *done <= by ? DueState::done : DueState::late;
  } else if (now > by) {
    due.state = DueState::overdue;
  } else {
    due.state = opens && now < *opens ? DueState::upcoming : DueState::open;
  }
}

Due base(const ClockRuleSet& set, const ClockRule& rule, std::string_view day) {
  Due due;
  due.rule_set = set.info.id;
  due.rule = rule.id;
  due.name = rule.name;
  due.name_zh = rule.name_zh;
  due.trigger = rule.trigger;
  due.article = rule.article;
  if (const auto* source = set.info.source(rule.source)) {
    due.source_title = source->title;
    due.source_url = source->url;
  }
  due.why = why_of(set.info, day);
  return due;
}

bool matches(Trigger trigger, const CaseEvent& event, bool first_entry) {
  switch (trigger) {
    case Trigger::first_entry:
      return event.kind == EventKind::entry && first_entry;
    case Trigger::entry:
      return event.kind == EventKind::entry;
    case Trigger::re_entry:
      return event.kind == EventKind::entry && !first_entry;
    case Trigger::move:
      return event.kind == EventKind::move;
    case Trigger::change:
      return event.kind == EventKind::change;
    case Trigger::residence_permit_expiry:
    case Trigger::work_permit_expiry:
      return false;
  }
  return false;
}

}  // namespace

std::string_view to_string(Trigger trigger) {
  return kTriggers.at(static_cast<std::size_t>(trigger));
}
std::optional<Trigger> parse_trigger(std::string_view name) {
  return enum_of<Trigger>(kTriggers, name);
}
std::string_view to_string(Unit unit) { return kUnits.at(static_cast<std::size_t>(unit)); }
std::optional<Unit> parse_unit(std::string_view name) { return enum_of<Unit>(kUnits, name); }
std::string_view to_string(DueState state) { return kStates.at(static_cast<std::size_t>(state)); }

std::optional<TimePoint> add_span(TimePoint from, const Span& span,
                                  const calendar::WorkingDays& working) {
  if (span.amount < 0) return std::nullopt;
  if (span.unit == Unit::hours) return from + hours{span.amount};
  return end_of(step(local_day(from), span.amount, span.unit, working));
}

std::optional<TimePoint> end_of_day_before(std::string_view date, const Span& span,
                                           const calendar::WorkingDays& working) {
  const auto day = day_of(date);
  if (!day || span.amount < 0 || span.unit == Unit::hours) return std::nullopt;
  return end_of(step(*day, -span.amount, span.unit, working));
}

std::optional<TimePoint> start_of_day_before(std::string_view date, const Span& span,
                                             const calendar::WorkingDays& working) {
  const auto day = day_of(date);
  if (!day || span.amount < 0 || span.unit == Unit::hours) return std::nullopt;
  return start_of(step(*day, -span.amount, span.unit, working));
}

std::vector<Due> clocks_of(const ScholarCase& c, const std::vector<ClockRuleSet>& sets,
                           TimePoint now, const calendar::WorkingDays& working) {
  std::vector<Due> out;
  if (c.direction != Direction::incoming) return out;
  bool first_entry = true;
  for (const auto& event : c.events) {
    const auto at = parse_moment(event.at);
    if (!at) continue;
    const auto day = iso_date(local_day(*at));
    const auto* set = holding_on(sets, day);
    if (set != nullptr) {
      for (const auto& rule : set->rules) {
        if (!matches(rule.trigger, event, first_entry) || !applies(rule, c)) continue;
        const auto by = add_span(*at, rule.within, working);
        if (!by) continue;
        Due due = base(*set, rule, day);
        if (rule.within.unit == Unit::working_days)
          due.why += working_days_note(working, local_day(*at), local_day(*by));
        due.trigger_at = event.at;
        due.event = event.id;
        due.done_at =
            rule.done_by_residence_permit_filing ? c.residence_permit.filed_on : event.done_at;
        settle(due, std::nullopt, *by, now);
        out.push_back(std::move(due));
      }
    }
    if (event.kind == EventKind::entry) first_entry = false;
  }
  const bool staying = in_stay(c.status);
  for (const auto trigger : {Trigger::residence_permit_expiry, Trigger::work_permit_expiry}) {
    const Permit& permit =
        trigger == Trigger::residence_permit_expiry ? c.residence_permit : c.work_permit;
    if (permit.expires_on.empty() || (!staying && permit.renewal_filed_on.empty())) continue;
    // A stay that ends before the window opens needs no renewal; the set is the one that
    // holds on the expiry's day.
    const auto* set = holding_on(sets, permit.expires_on);
    if (set == nullptr) continue;
    for (const auto& rule : set->rules) {
      if (rule.trigger != trigger || !applies(rule, c)) continue;
      const auto by = end_of_day_before(permit.expires_on, rule.within, working);
      if (!by) continue;
      std::optional<TimePoint> opens;
      if (rule.opens_before)
        opens = start_of_day_before(permit.expires_on, *rule.opens_before, working);
      if (const auto end = day_of(c.end());
          opens && end && permit.renewal_filed_on.empty() && start_of(*end) < *opens) {
        continue;
      }
      Due due = base(*set, rule, permit.expires_on);
      if (const auto expiry = day_of(permit.expires_on);
          expiry && rule.within.unit == Unit::working_days)
        due.why += working_days_note(working, local_day(*by), *expiry);
      due.trigger_at = permit.expires_on;
      due.done_at = permit.renewal_filed_on;
      settle(due, opens, *by, now);
      out.push_back(std::move(due));
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Due& a, const Due& b) { return a.due_at < b.due_at; });
  return out;
}

}  // namespace orbis::domain::scholars
