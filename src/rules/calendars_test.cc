// China's working calendars: the shipped years read as the State Council's notices give them,
// the working days they make, and each fault of a calendar file named by file and key.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "domain/reference.h"
#include "rules/rulebook.h"

namespace orbis::rules {
namespace {

constexpr std::string_view kCalendarHead = R"(
[rule_set]
id = "test-calendar"
kind = "working_calendar"
name = "Test"
name_zh = "测试"
authority = "Test authority"
valid_from = 2026-01-01
valid_to = 2026-12-31

[[source]]
id = "notice"
title = "The notice"
url = "https://example.org/notice"
read_on = 2026-12-07
)";

constexpr std::string_view kSpringFestival = R"(
[[holiday]]
name = "Spring Festival"
name_zh = "春节"
from = 2026-02-15
to = 2026-02-23
source = "notice"

[[workday]]
date = 2026-02-14
for = "Spring Festival"
source = "notice"
)";

Result<Rulebook> read_calendars(std::vector<std::string> texts) {
  static std::vector<std::string> kept;
  std::vector<RuleFile> files;
  for (auto& text : texts) {
    kept.push_back(std::move(text));
    files.push_back({"data/rules/broken.toml", kept.back()});
  }
  return parse(files);
}

std::string swapped(std::string text, std::string_view from, std::string_view to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

std::chrono::sys_days day(std::string_view iso) {
  return std::chrono::sys_days{std::chrono::days{*domain::parse_date(iso)}};
}

TEST(WorkingCalendars, TheShippedYearsAreTheNotices) {
  const auto& book = shipped();
  ASSERT_TRUE(book) << book.error().message;
  std::vector<std::string> ids;
  for (const auto& c : book->calendars) ids.push_back(c.info.id);
  std::ranges::sort(ids);
  EXPECT_EQ(ids,
            (std::vector<std::string>{"cn-working-calendar-2025", "cn-working-calendar-2026"}));
  for (const auto& c : book->calendars) {
    EXPECT_FALSE(c.holidays.empty()) << c.info.id;
    for (const auto& h : c.holidays) EXPECT_FALSE(h.name_zh.empty()) << c.info.id;
  }
  const auto& working = book->working_days;
  // 2025: eight days of Spring Festival from New Year's Eve (Tuesday 28 January); Sunday
  // 26 January and Saturday 8 February worked; National Day and Mid-Autumn together to 8
  // October, with Sunday 28 September and Saturday 11 October worked.
  EXPECT_FALSE(working.working(day("2025-01-28")));
  EXPECT_FALSE(working.working(day("2025-02-04")));
  EXPECT_TRUE(working.working(day("2025-02-05")));
  EXPECT_TRUE(working.working(day("2025-01-26")));
  EXPECT_TRUE(working.working(day("2025-02-08")));
  EXPECT_FALSE(working.working(day("2025-10-08")));
  EXPECT_TRUE(working.working(day("2025-10-11")));
  // 2026: nine days of Spring Festival from Sunday 15 February to Monday 23; Saturdays 14
  // and 28 February worked; New Year from Thursday 1 to Saturday 3 January, Sunday 4 worked.
  EXPECT_FALSE(working.working(day("2026-01-02")));
  EXPECT_TRUE(working.working(day("2026-01-04")));
  EXPECT_TRUE(working.working(day("2026-02-14")));
  EXPECT_FALSE(working.working(day("2026-02-16")));
  EXPECT_FALSE(working.working(day("2026-02-23")));
  EXPECT_TRUE(working.working(day("2026-02-24")));
  EXPECT_TRUE(working.working(day("2026-02-28")));
  EXPECT_FALSE(working.working(day("2026-03-01")));  // a Sunday
  EXPECT_FALSE(working.working(day("2026-10-07")));
  EXPECT_TRUE(working.working(day("2026-10-10")));
  // A year no calendar covers: Monday to Friday.
  EXPECT_EQ(working.calendar_on(day("2027-02-08")), nullptr);
  EXPECT_TRUE(working.working(day("2027-02-08")));  // a Monday
  EXPECT_FALSE(working.working(day("2027-02-06")));
  ASSERT_NE(working.calendar_on(day("2026-06-19")), nullptr);
  EXPECT_EQ(working.calendar_on(day("2026-06-19"))->info.id, "cn-working-calendar-2026");
}

TEST(WorkingCalendars, ReadsAWellFormedCalendar) {
  auto book = read_calendars({std::string(kCalendarHead) + std::string(kSpringFestival)});
  ASSERT_TRUE(book) << book.error().message;
  ASSERT_EQ(book->calendars.size(), 1U);
  EXPECT_EQ(book->calendars[0].holidays[0].to, "2026-02-23");
  EXPECT_EQ(book->calendars[0].workdays[0].for_name, "Spring Festival");
  EXPECT_TRUE(book->working_days.working(day("2026-02-14")));
  EXPECT_EQ(book->sets().size(), 1U);
}

TEST(WorkingCalendars, NamesTheFileAndTheKeyOfEachFault) {
  const std::string head(kCalendarHead);
  const std::string days(kSpringFestival);
  struct Case {
    std::string text;
    std::string expected;
  };
  const std::vector<Case> cases{
      {head, "holiday: at least one holiday"},
      {swapped(head, "valid_to = 2026-12-31\n", "") + days,
       "rule_set.valid_to: a calendar is for a given year"},
      {head + swapped(days, "from = 2026-02-15", "from = 2025-12-31"),
       "holiday[0].from: outside the set's dates"},
      {head + swapped(days, "to = 2026-02-23", "to = 2026-02-13"), "holiday[0].to: before from"},
      {head + swapped(days, "date = 2026-02-14", "date = 2026-02-13"),
       "workday[0].date: not a Saturday or a Sunday"},
      {head + swapped(days, "date = 2026-02-14", "date = 2026-02-21"),
       "workday[0].date: a day off for Spring Festival"},
      {head + swapped(days, "source = \"notice\"", "source = \"rumour\""),
       "holiday[0].source: names no source of the set: rumour"},
      {head + swapped(days, "for = ", "fro = "), "workday[0].fro: unknown key"},
      {head + days + "[[rule]]\nid = \"x\"\n", "rule: unknown key"},
  };
  for (const auto& c : cases) {
    const auto book = read_calendars({c.text});
    ASSERT_FALSE(book) << c.expected;
    EXPECT_NE(book.error().message.find("data/rules/broken.toml"), std::string::npos)
        << book.error().message;
    EXPECT_NE(book.error().message.find(c.expected), std::string::npos)
        << c.expected << " / " << book.error().message;
  }
}

TEST(WorkingCalendars, TwoMayNotHoldOnOneDay) {
  const std::string first = std::string(kCalendarHead) + std::string(kSpringFestival);
  auto book = read_calendars({first, swapped(first, "test-calendar", "test-again")});
  ASSERT_FALSE(book);
  EXPECT_NE(book.error().message.find("both hold"), std::string::npos) << book.error().message;
}

}  // namespace
}  // namespace orbis::rules
