// China's legal clocks applied to a case (clocks.h), on a hand-made rule set: every unit,
// every trigger, the states, and which set applies on which day.
#include "domain/scholars/clocks.h"

#include <gtest/gtest.h>

namespace orbis::domain::scholars {
namespace {

TimePoint at(std::string_view text) { return *parse_iso8601(text); }

ClockRule rule(std::string id, Trigger trigger, Span within) {
  ClockRule r;
  r.id = std::move(id);
  r.name = r.id;
  r.trigger = trigger;
  r.within = within;
  r.source = "law";
  r.article = "Art. 1";
  return r;
}

ClockRuleSet set_from(std::string from, std::string to = "") {
  ClockRuleSet set;
  set.info.id = "test-" + from;
  set.info.name = "Test clocks";
  set.info.kind = "legal_clocks";
  set.info.valid_from = std::move(from);
  set.info.valid_to = std::move(to);
  set.info.sources = {{"law", "The law", "https://example.org/law", "2026-12-07", ""}};
  set.rules.push_back(rule("registration", Trigger::entry, {24, Unit::hours}));
  set.rules.push_back(rule("move", Trigger::move, {24, Unit::hours}));
  auto permit = rule("permit", Trigger::first_entry, {30, Unit::days});
  permit.stays_longer_than_days = 180;
  permit.done_by_residence_permit_filing = true;
  set.rules.push_back(permit);
  set.rules.push_back(rule("change", Trigger::change, {10, Unit::working_days}));
  auto renewal = rule("renewal", Trigger::residence_permit_expiry, {45, Unit::days});
  renewal.opens_before = Span{90, Unit::days};
  set.rules.push_back(renewal);
  auto work = rule("work-renewal", Trigger::work_permit_expiry, {45, Unit::days});
  work.opens_before = Span{90, Unit::days};
  work.workers_only = true;
  set.rules.push_back(work);
  return set;
}

ScholarCase staying(std::string start = "2026-09-01", std::string end = "2027-08-31") {
  ScholarCase c;
  c.id = ScholarCaseId{7};
  c.kind = CaseKind::visiting;
  c.direction = Direction::incoming;
  c.status = CaseStatus::active;
  c.planned_start = std::move(start);
  c.planned_end = std::move(end);
  return c;
}

const Due* find(const std::vector<Due>& dues, std::string_view rule, std::int64_t event = -1) {
  for (const auto& d : dues) {
    if (d.rule == rule && (event < 0 || d.event == event)) return &d;
  }
  return nullptr;
}

TEST(ClockSpan, HoursCountFromTheInstant) {
  EXPECT_EQ(format_iso8601(*add_span(at("2026-09-01T14:30:00+08:00"), {24, Unit::hours})),
            "2026-09-02T06:30:00.000Z");
}

TEST(ClockSpan, DaysEndAtTheEndOfTheDayInChina) {
  // 23:30 in Beijing is 15:30 UTC the same day; the 30th day after ends at 23:59:59.999 there.
  EXPECT_EQ(format_iso8601(*add_span(at("2026-09-01T23:30:00+08:00"), {30, Unit::days})),
            "2026-10-01T15:59:59.999Z");
  // 01:00 in Beijing is the previous day in UTC: the day counted is China's.
  EXPECT_EQ(format_iso8601(*add_span(at("2026-09-02T01:00:00+08:00"), {1, Unit::days})),
            "2026-09-03T15:59:59.999Z");
}

TEST(ClockSpan, WorkingDaysSkipWeekends) {
  // Friday 2026-12-04: ten working days later is Friday 2026-12-18.
  EXPECT_EQ(format_iso8601(*add_span(at("2026-12-04T10:00:00+08:00"), {10, Unit::working_days})),
            "2026-12-18T15:59:59.999Z");
  // Saturday 2026-12-05: the first working day is Monday the 7th; the tenth Friday the 18th.
  EXPECT_EQ(format_iso8601(*add_span(at("2026-12-05T10:00:00+08:00"), {10, Unit::working_days})),
            "2026-12-18T15:59:59.999Z");
  // Monday 2026-12-07, one working day: Tuesday.
  EXPECT_EQ(format_iso8601(*add_span(at("2026-12-07T10:00:00+08:00"), {1, Unit::working_days})),
            "2026-12-08T15:59:59.999Z");
}

TEST(ClockSpan, BeforeAnExpiry) {
  EXPECT_EQ(format_iso8601(*end_of_day_before("2027-06-30", {45, Unit::days})),
            "2027-05-16T15:59:59.999Z");
  EXPECT_EQ(format_iso8601(*start_of_day_before("2027-06-30", {90, Unit::days})),
            "2027-03-31T16:00:00.000Z");
  EXPECT_FALSE(end_of_day_before("2027-02-30", {45, Unit::days}));
  EXPECT_FALSE(end_of_day_before("2027-06-30", {45, Unit::hours}));
}

TEST(Clocks, RegistrationWithin24HoursOfEachEntry) {
  auto c = staying();
  c.events = {{1, EventKind::entry, "2026-09-01T14:30:00+08:00", "2026-09-02T10:00:00+08:00", ""},
              {2, EventKind::exit, "2026-10-01T09:00:00+08:00", "", ""},
              {3, EventKind::entry, "2026-10-08T20:00:00+08:00", "", ""}};
  const std::vector sets{set_from("2013-07-01")};
  const auto dues = clocks_of(c, sets, at("2026-10-10T00:00:00Z"));
  const auto* first = find(dues, "registration", 1);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->due_at, "2026-09-02T06:30:00.000Z");
  EXPECT_EQ(first->state, DueState::done);
  EXPECT_EQ(first->source_title, "The law");
  EXPECT_EQ(first->source_url, "https://example.org/law");
  EXPECT_EQ(first->article, "Art. 1");
  EXPECT_EQ(first->rule_set, "test-2013-07-01");
  EXPECT_NE(first->why.find("2026-09-01"), std::string::npos) << first->why;
  // The re-entry was not registered and its 24 hours are over.
  const auto* again = find(dues, "registration", 3);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->due_at, "2026-10-09T12:00:00.000Z");
  EXPECT_EQ(again->state, DueState::overdue);
  // The exit starts no clock.
  EXPECT_EQ(find(dues, "registration", 2), nullptr);
}

TEST(Clocks, LateAndOpen) {
  auto c = staying();
  c.events = {{1, EventKind::entry, "2026-09-01T14:30:00+08:00", "2026-09-02T14:31:00+08:00", ""},
              {2, EventKind::move, "2026-11-01T09:00:00+08:00", "", ""}};
  const std::vector sets{set_from("2013-07-01")};
  const auto dues = clocks_of(c, sets, at("2026-11-01T03:00:00Z"));
  EXPECT_EQ(find(dues, "registration", 1)->state, DueState::late);
  EXPECT_EQ(find(dues, "move", 2)->state, DueState::open);
  EXPECT_EQ(find(dues, "move", 2)->due_at, "2026-11-02T01:00:00.000Z");
}

TEST(Clocks, ResidencePermitOnlyForLongStaysAndDoneByItsFiling) {
  auto c = staying("2026-09-01", "2027-08-31");
  c.events = {{1, EventKind::entry, "2026-09-01T14:30:00+08:00", "2026-09-01T18:00:00+08:00", ""}};
  const std::vector sets{set_from("2013-07-01")};
  auto dues = clocks_of(c, sets, at("2026-09-15T00:00:00Z"));
  ASSERT_NE(find(dues, "permit"), nullptr);
  EXPECT_EQ(find(dues, "permit")->due_at, "2026-10-01T15:59:59.999Z");
  EXPECT_EQ(find(dues, "permit")->state, DueState::open);
  c.residence_permit.filed_on = "2026-10-01";
  dues = clocks_of(c, sets, at("2026-10-05T00:00:00Z"));
  EXPECT_EQ(find(dues, "permit")->state, DueState::done);
  c.residence_permit.filed_on = "2026-10-02";
  dues = clocks_of(c, sets, at("2026-10-05T00:00:00Z"));
  EXPECT_EQ(find(dues, "permit")->state, DueState::late);
  // 180 days exactly is not longer than 180: no permit clock.
  auto short_stay = staying("2026-09-01", "2027-02-28");
  short_stay.events = c.events;
  EXPECT_EQ(find(clocks_of(short_stay, sets, at("2026-09-15T00:00:00Z")), "permit"), nullptr);
  // Only the first entry starts it.
  c.events.push_back({2, EventKind::entry, "2026-12-01T10:00:00+08:00", "", ""});
  int permits = 0;
  for (const auto& d : clocks_of(c, sets, at("2026-12-05T00:00:00Z")))
    permits += d.rule == "permit";
  EXPECT_EQ(permits, 1);
}

TEST(Clocks, ChangesInWorkingDays) {
  auto c = staying();
  c.events = {{4, EventKind::change, "2026-12-04T10:00:00+08:00", "", "new passport"}};
  const std::vector sets{set_from("2013-07-01")};
  const auto dues = clocks_of(c, sets, at("2026-12-18T15:59:59Z"));
  EXPECT_EQ(find(dues, "change", 4)->due_at, "2026-12-18T15:59:59.999Z");
  EXPECT_EQ(find(dues, "change", 4)->state, DueState::open);
  EXPECT_EQ(find(clocks_of(c, sets, at("2026-12-18T16:00:00Z")), "change", 4)->state,
            DueState::overdue);
}

// 2026's Spring Festival as the State Council announced it: 15 to 23 February off, Saturdays
// 14 and 28 February worked.
calendar::WorkingDays spring_festival_2026() {
  calendar::WorkingCalendar c;
  c.info.id = "test-calendar-2026";
  c.info.name = "Test calendar";
  c.info.kind = "working_calendar";
  c.info.valid_from = "2026-01-01";
  c.info.valid_to = "2026-12-31";
  c.holidays = {{"Spring Festival", "春节", "2026-02-15", "2026-02-23", "notice"}};
  c.workdays = {{"2026-02-14", "Spring Festival", "notice"},
                {"2026-02-28", "Spring Festival", "notice"}};
  return calendar::WorkingDays({c});
}

TEST(ClockSpan, WorkingDaysFollowTheWorkingCalendar) {
  const auto working = spring_festival_2026();
  // Tuesday 10 February 2026: 11, 12, 13, Saturday 14 (worked), then 24 to 28 (Saturday 28
  // worked): nine; Sunday 1 March is off, Monday 2 March the tenth.
  EXPECT_EQ(
      format_iso8601(*add_span(at("2026-02-10T10:00:00+08:00"), {10, Unit::working_days}, working)),
      "2026-03-02T15:59:59.999Z");
  // Monday to Friday alone: 11, 12, 13, 16 to 20, 23, 24.
  EXPECT_EQ(format_iso8601(*add_span(at("2026-02-10T10:00:00+08:00"), {10, Unit::working_days})),
            "2026-02-24T15:59:59.999Z");
  // Days are days, holidays or not.
  EXPECT_EQ(format_iso8601(*add_span(at("2026-02-10T10:00:00+08:00"), {10, Unit::days}, working)),
            "2026-02-20T15:59:59.999Z");
  // Counting back over the holiday: ten working days before Monday 2 March is Tuesday 10
  // February, from its start in China.
  EXPECT_EQ(format_iso8601(*start_of_day_before("2026-03-02", {10, Unit::working_days}, working)),
            "2026-02-09T16:00:00.000Z");
}

TEST(Clocks, AChangeOverAHolidayIsDueAfterItAndSaysWhichCalendarCounted) {
  auto c = staying();
  c.events = {{4, EventKind::change, "2026-02-10T10:00:00+08:00", "", "new passport"},
              {5, EventKind::change, "2027-02-09T10:00:00+08:00", "", "new employer"}};
  const std::vector sets{set_from("2013-07-01")};
  const auto dues = clocks_of(c, sets, at("2026-02-25T00:00:00Z"), spring_festival_2026());
  const auto* in_2026 = find(dues, "change", 4);
  ASSERT_NE(in_2026, nullptr);
  EXPECT_EQ(in_2026->due_at, "2026-03-02T15:59:59.999Z");
  EXPECT_EQ(in_2026->state, DueState::open) << "without the calendar it would be overdue";
  EXPECT_NE(in_2026->why.find("test-calendar-2026 (Test calendar)"), std::string::npos)
      << in_2026->why;
  // 2027 has no calendar here: Monday to Friday, and the reason says so.
  const auto* in_2027 = find(dues, "change", 5);
  ASSERT_NE(in_2027, nullptr);
  EXPECT_EQ(in_2027->due_at, "2027-02-23T15:59:59.999Z");
  EXPECT_NE(in_2027->why.find("No working calendar covers 2027-02-09 to 2027-02-23"),
            std::string::npos)
      << in_2027->why;
  // A clock counted in hours or days says nothing of working days.
  c.events = {{6, EventKind::entry, "2026-02-14T10:00:00+08:00", "", ""}};
  for (const auto& due : clocks_of(c, sets, at("2026-02-25T00:00:00Z"), spring_festival_2026()))
    EXPECT_EQ(due.why.find("orking"), std::string::npos) << due.rule << ": " << due.why;
}

TEST(Clocks, RenewalWindowOpensNinetyDaysAheadAndIsDueFortyFiveBefore) {
  auto c = staying("2026-01-01", "2028-12-31");
  c.kind = CaseKind::faculty;
  c.residence_permit.expires_on = "2027-06-30";
  c.work_permit.expires_on = "2027-06-30";
  const std::vector sets{set_from("2013-07-01")};
  auto dues = clocks_of(c, sets, at("2027-03-01T00:00:00Z"));
  const auto* renewal = find(dues, "renewal");
  ASSERT_NE(renewal, nullptr);
  EXPECT_EQ(renewal->state, DueState::upcoming);
  EXPECT_EQ(renewal->opens_at, "2027-03-31T16:00:00.000Z");
  EXPECT_EQ(renewal->due_at, "2027-05-16T15:59:59.999Z");
  EXPECT_EQ(renewal->trigger_at, "2027-06-30");
  EXPECT_NE(find(dues, "work-renewal"), nullptr);
  EXPECT_EQ(find(clocks_of(c, sets, at("2027-04-01T00:00:00Z")), "renewal")->state, DueState::open);
  EXPECT_EQ(find(clocks_of(c, sets, at("2027-05-17T00:00:00Z")), "renewal")->state,
            DueState::overdue);
  c.residence_permit.renewal_filed_on = "2027-05-16";
  EXPECT_EQ(find(clocks_of(c, sets, at("2027-05-17T00:00:00Z")), "renewal")->state, DueState::done);
  // A visiting scholar holds no work permit of ours: no work-permit renewal.
  c.kind = CaseKind::visiting;
  EXPECT_EQ(find(clocks_of(c, sets, at("2027-04-01T00:00:00Z")), "work-renewal"), nullptr);
}

TEST(Clocks, NoRenewalForAStayEndingBeforeTheWindow) {
  auto c = staying("2026-09-01", "2027-03-01");
  c.residence_permit.expires_on = "2027-06-30";
  const std::vector sets{set_from("2013-07-01")};
  EXPECT_EQ(find(clocks_of(c, sets, at("2027-01-01T00:00:00Z")), "renewal"), nullptr);
  // Nor once the scholar has left.
  auto gone = staying("2026-01-01", "2028-12-31");
  gone.residence_permit.expires_on = "2027-06-30";
  gone.status = CaseStatus::departed;
  EXPECT_EQ(find(clocks_of(gone, sets, at("2027-05-20T00:00:00Z")), "renewal"), nullptr);
}

TEST(Clocks, TheSetHoldingOnTheTriggersDayApplies) {
  auto older = set_from("2013-07-01", "2026-12-31");
  auto newer = set_from("2027-01-01");
  newer.rules[0].within = {48, Unit::hours};
  auto c = staying();
  c.events = {{1, EventKind::entry, "2026-12-31T22:00:00+08:00", "", ""},
              {2, EventKind::exit, "2027-01-01T08:00:00+08:00", "", ""},
              {3, EventKind::entry, "2027-01-01T10:00:00+08:00", "", ""}};
  const std::vector sets{older, newer};
  const auto dues = clocks_of(c, sets, at("2027-01-01T00:00:00Z"));
  EXPECT_EQ(find(dues, "registration", 1)->rule_set, "test-2013-07-01");
  EXPECT_EQ(find(dues, "registration", 1)->due_at, "2027-01-01T14:00:00.000Z");
  EXPECT_EQ(find(dues, "registration", 3)->rule_set, "test-2027-01-01");
  EXPECT_EQ(find(dues, "registration", 3)->due_at, "2027-01-03T02:00:00.000Z");
  // Before any set holds: nothing is claimed.
  auto early = staying();
  early.events = {{1, EventKind::entry, "2012-01-01T10:00:00+08:00", "", ""}};
  EXPECT_TRUE(clocks_of(early, sets, at("2012-01-05T00:00:00Z")).empty());
}

TEST(Clocks, OutgoingStaysRunNoChineseClocks) {
  auto c = staying();
  c.direction = Direction::outgoing;
  c.events = {{1, EventKind::entry, "2026-09-01T14:30:00+08:00", "", ""}};
  EXPECT_TRUE(clocks_of(c, {set_from("2013-07-01")}, at("2026-10-01T00:00:00Z")).empty());
}

TEST(CaseLifeCycle, MovesAndTasks) {
  EXPECT_TRUE(may_move(CaseStatus::requested, CaseStatus::screening, Direction::incoming));
  EXPECT_FALSE(may_move(CaseStatus::requested, CaseStatus::approved, Direction::incoming));
  EXPECT_FALSE(may_move(CaseStatus::arrived, CaseStatus::active, Direction::incoming));
  EXPECT_TRUE(may_move(CaseStatus::arrived, CaseStatus::active, Direction::outgoing));
  EXPECT_TRUE(next_states(CaseStatus::closed, Direction::incoming).empty());
  ScholarCase c = staying();
  c.status = CaseStatus::arrived;
  ASSERT_EQ(tasks_of(c).size(), 1U);
  EXPECT_EQ(tasks_of(c)[0].code, "register_accommodation");
  EXPECT_EQ(tasks_of(c)[0].owner, TaskOwner::host);
}

TEST(CaseValidation, NamesEveryBadField) {
  ScholarCase c;
  c.direction = Direction::outgoing;
  c.kind = CaseKind::faculty;
  c.planned_start = "2026-13-01";
  c.planned_end = "2026-01-01";
  c.work_permit.category = "d";
  c.events = {{0, EventKind::entry, "yesterday", "", ""}};
  auto ok = validate_and_normalize(c);
  ASSERT_FALSE(ok);
  std::vector<std::string> fields;
  for (const auto& f : ok.error().fields) fields.push_back(f.field);
  for (const char* expected : {"kind", "planned_start", "work_permit.category", "events[0].at"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), expected), fields.end()) << expected;
  }
}

TEST(CaseValidation, NumbersAndOrdersEvents) {
  ScholarCase c = staying();
  c.work_permit.category = " b ";
  c.events = {{0, EventKind::move, "2026-10-01T10:00:00+08:00", "", ""},
              {3, EventKind::entry, "2026-09-01T10:00:00+08:00", "", ""}};
  ASSERT_TRUE(validate_and_normalize(c));
  EXPECT_EQ(c.work_permit.category, "B");
  ASSERT_EQ(c.events.size(), 2U);
  EXPECT_EQ(c.events[0].kind, EventKind::entry);
  EXPECT_EQ(c.events[0].id, 3);
  EXPECT_EQ(c.events[1].id, 4);
}

}  // namespace
}  // namespace orbis::domain::scholars
