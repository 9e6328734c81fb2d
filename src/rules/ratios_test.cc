// The joint programmes' minimum shares: the shipped set reads as the circular words them, and
// each fault of a ratio file is named by file and key.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rules/rulebook.h"

namespace orbis::rules {
namespace {

using domain::teaching::Quantity;

constexpr std::string_view kHead = R"(
[rule_set]
id = "test-ratios"
kind = "joint_programme_ratios"
name = "Test"
name_zh = "测试"
authority = "Test authority"
valid_from = 2006-01-01

[[source]]
id = "circular"
title = "The circular"
url = "https://example.org/circular"
read_on = 2026-12-07
)";

constexpr std::string_view kRatio = R"(
[[ratio]]
id = "introduced-courses"
name = "Introduced courses"
name_zh = "引进课程"
numerator = "introduced_courses"
denominator = "courses"
at_least = [1, 3]
source = "circular"
)";

Result<Rulebook> read(std::string text, std::string_view name = "data/rules/test.toml") {
  static std::vector<std::string> kept;
  kept.push_back(std::move(text));
  return parse({{name, kept.back()}});
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(RatioRules, TheShippedSetIsTheCircularsFourOneThirds) {
  const auto& book = shipped();
  ASSERT_TRUE(book) << book.error().message;
  const auto* set = domain::holding_on(book->ratios, "2026-12-07");
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->info.id, "cn-joint-programme-ratios-2006");
  EXPECT_EQ(domain::holding_on(book->ratios, "2006-02-27"), nullptr);
  ASSERT_EQ(set->rules.size(), 4U);
  struct Expected {
    std::string_view id;
    Quantity numerator;
    Quantity denominator;
  };
  const std::vector<Expected> expected{
      {"introduced-courses", Quantity::introduced_courses, Quantity::courses},
      {"introduced-core-courses", Quantity::introduced_core_courses, Quantity::core_courses},
      {"core-courses-by-foreign-teachers", Quantity::core_courses_by_foreign_teachers,
       Quantity::courses},
      {"core-hours-by-foreign-teachers", Quantity::core_hours_by_foreign_teachers,
       Quantity::hours}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& rule = set->rules[i];
    EXPECT_EQ(rule.id, expected[i].id);
    EXPECT_EQ(rule.numerator, expected[i].numerator) << rule.id;
    EXPECT_EQ(rule.denominator, expected[i].denominator) << rule.id;
    EXPECT_EQ(rule.at_least_num, 1) << rule.id;
    EXPECT_EQ(rule.at_least_den, 3) << rule.id;
    EXPECT_FALSE(rule.name_zh.empty()) << rule.id;
    EXPECT_NE(set->info.source(rule.source), nullptr) << rule.id;
  }
}

TEST(RatioRules, ReadsAWellFormedSet) {
  auto book = read(std::string(kHead) + std::string(kRatio));
  ASSERT_TRUE(book) << book.error().message;
  ASSERT_EQ(book->ratios.size(), 1U);
  EXPECT_EQ(book->ratios[0].rules[0].numerator, Quantity::introduced_courses);
  EXPECT_EQ(book->ratios[0].rules[0].at_least_den, 3);
  EXPECT_EQ(book->sets().size(), 1U);
}

TEST(RatioRules, NamesTheFileAndTheKeyOfEachFault) {
  const std::string head(kHead);
  const std::string ratio(kRatio);
  struct Case {
    std::string text;
    std::string expected;
  };
  const std::vector<Case> cases{
      {head, "ratio: missing"},
      {head + replaced(ratio, "\"introduced_courses\"", "\"lessons\""), "ratio[0].numerator"},
      {head + replaced(ratio, "denominator = \"courses\"", "denominator = \"hours\""),
       "ratio[0].denominator: courses against courses, hours against hours"},
      {head + replaced(ratio, "denominator = \"courses\"", "denominator = \"introduced_courses\""),
       "ratio[0].denominator: a share of itself"},
      {head + replaced(ratio, "[1, 3]", "[4, 3]"), "ratio[0].at_least"},
      {head + replaced(ratio, "[1, 3]", "[1, 0]"), "ratio[0].at_least"},
      {head + replaced(ratio, "[1, 3]", "0.33"), "ratio[0].at_least"},
      {head + replaced(ratio, "source = \"circular\"", "source = \"rumour\""),
       "ratio[0].source: names no source of the set: rumour"},
      {head + replaced(ratio, "at_least", "at_leats"), "ratio[0].at_leats: unknown key"},
      {head + ratio + ratio, "ratio[1].id: a second ratio introduced-courses"},
      {head + "[[rule]]\nid = \"x\"\n" + ratio, "rule: unknown key"},
  };
  for (const auto& c : cases) {
    const auto book = read(c.text, "data/rules/broken.toml");
    ASSERT_FALSE(book) << c.expected;
    EXPECT_NE(book.error().message.find("data/rules/broken.toml"), std::string::npos)
        << book.error().message;
    EXPECT_NE(book.error().message.find(c.expected), std::string::npos)
        << c.expected << " / " << book.error().message;
  }
}

TEST(RatioRules, TwoSetsMayNotHoldOnOneDay) {
  static const std::string first = std::string(kHead) + std::string(kRatio);
  static const std::string second = replaced(first, "test-ratios", "test-later");
  auto book = parse({{"a.toml", first}, {"b.toml", second}});
  ASSERT_FALSE(book);
  EXPECT_NE(book.error().message.find("both hold"), std::string::npos) << book.error().message;
}

}  // namespace
}  // namespace orbis::rules
