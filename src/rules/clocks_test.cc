// The rule engine on the shipped rule files and on broken ones: every shipped set reads, and
// each fault of a file is named by file and key.
#include <gtest/gtest.h>

#include <string>

#include "rules/rulebook.h"

namespace orbis::rules {
namespace {

constexpr std::string_view kHead = R"(
[rule_set]
id = "test-clocks"
kind = "legal_clocks"
name = "Test"
name_zh = "测试"
authority = "Test authority"
valid_from = 2020-01-01

[[source]]
id = "law"
title = "The law"
url = "https://example.org/law"
read_on = 2026-12-07
)";

constexpr std::string_view kRule = R"(
[[rule]]
id = "registration"
name = "Register"
name_zh = "登记"
trigger = "entry"
within = { amount = 24, unit = "hours" }
source = "law"
)";

Result<Rulebook> read(std::string text, std::string_view name = "data/rules/test.toml") {
  static std::vector<std::string> kept;
  kept.push_back(std::move(text));
  return parse({{name, kept.back()}});
}

std::string message_of(const Result<Rulebook>& book) {
  return book ? std::string("(read)") : book.error().message;
}

TEST(Rulebook, TheShippedSetsRead) {
  const auto& book = shipped();
  ASSERT_TRUE(book) << book.error().message;
  ASSERT_FALSE(book->clocks.empty());
  for (const auto& set : book->clocks) {
    EXPECT_FALSE(set.info.sources.empty()) << set.info.id;
    EXPECT_FALSE(set.info.name_zh.empty()) << set.info.id;
    for (const auto& rule : set.rules) {
      EXPECT_NE(set.info.source(rule.source), nullptr) << set.info.id << " " << rule.id;
      EXPECT_FALSE(rule.name_zh.empty()) << rule.id;
    }
  }
  for (const auto& info : book->sets()) {
    for (const auto& source : info.sources) {
      EXPECT_TRUE(source.url.starts_with("http")) << info.id << " " << source.id;
    }
  }
}

TEST(Rulebook, TheShippedClocksAreTheIssuesPeriods) {
  const auto& book = shipped();
  ASSERT_TRUE(book);
  const auto* set = domain::holding_on(book->clocks, "2026-12-07");
  ASSERT_NE(set, nullptr);
  using domain::scholars::Trigger;
  using domain::scholars::Unit;
  const auto rule = [&](std::string_view id) -> const domain::scholars::ClockRule& {
    for (const auto& r : set->rules) {
      if (r.id == id) return r;
    }
    ADD_FAILURE() << "no rule " << id;
    static const domain::scholars::ClockRule none;
    return none;
  };
  EXPECT_EQ(rule("accommodation-registration").within.amount, 24);
  EXPECT_EQ(rule("accommodation-registration").within.unit, Unit::hours);
  EXPECT_EQ(rule("residence-permit").within.amount, 30);
  EXPECT_EQ(rule("residence-permit").trigger, Trigger::first_entry);
  EXPECT_EQ(rule("change-filing").within.unit, Unit::working_days);
  EXPECT_EQ(rule("change-filing").within.amount, 10);
  EXPECT_EQ(rule("residence-permit-renewal").opens_before->amount, 90);
  EXPECT_EQ(rule("residence-permit-renewal").within.amount, 45);
}

TEST(Rulebook, ReadsAWellFormedSet) {
  auto book = read(std::string(kHead) + std::string(kRule));
  ASSERT_TRUE(book) << message_of(book);
  ASSERT_EQ(book->clocks.size(), 1U);
  EXPECT_EQ(book->clocks[0].info.valid_from, "2020-01-01");
  EXPECT_EQ(book->clocks[0].rules[0].within.amount, 24);
}

TEST(Rulebook, NamesTheFileAndTheKeyOfEachFault) {
  const std::string head(kHead);
  const std::string rule(kRule);
  const auto replaced = [](std::string text, std::string_view from, std::string_view to) {
    text.replace(text.find(from), from.size(), to);
    return text;
  };
  struct Case {
    std::string text;
    std::string expected;
  };
  const std::vector<Case> cases{
      {"not = [toml", "not TOML"},
      {replaced(head, "kind = \"legal_clocks\"", "kind = \"tax\"") + rule,
       "rule_set.kind: unknown kind tax"},
      {replaced(head, "valid_from = 2020-01-01", "") + rule, "rule_set.valid_from: missing"},
      {replaced(head, "valid_from = 2020-01-01", "valid_from = \"soon\"") + rule,
       "rule_set.valid_from: not a date"},
      {head + replaced(rule, "\"entry\"", "\"birthday\""), "rule[0].trigger"},
      {head + replaced(rule, "\"hours\"", "\"weeks\""), "rule[0].within.unit"},
      {head + replaced(rule, "source = \"law\"", "source = \"rumour\""),
       "rule[0].source: names no source of the set: rumour"},
      {head + replaced(rule, "amount = 24", "amount = -1"), "rule[0].within.amount"},
      {head + rule + rule, "rule[1].id: a second rule registration"},
      {head + replaced(rule, "within = { amount = 24, unit = \"hours\" }\n",
                       "within = { amount = 24, unit = \"hours\" }\nopens_before = { amount = 90, "
                       "unit = \"days\" }\n"),
       "rule[0].opens_before: only an expiry's clock opens before it"},
  };
  for (const auto& c : cases) {
    const auto book = read(c.text, "data/rules/broken.toml");
    ASSERT_FALSE(book) << c.expected;
    EXPECT_NE(book.error().message.find("data/rules/broken.toml"), std::string::npos)
        << book.error().message;
    EXPECT_NE(book.error().message.find(c.expected), std::string::npos) << book.error().message;
  }
}

TEST(Rulebook, TwoSetsOfAKindMayNotHoldOnOneDay) {
  const std::string first = std::string(kHead) + std::string(kRule);
  std::string second = first;
  second.replace(second.find("test-clocks"), 11, "test-later1");
  static std::vector<std::string> kept{first, second};
  auto book = parse({{"a.toml", kept[0]}, {"b.toml", kept[1]}});
  ASSERT_FALSE(book);
  EXPECT_NE(book.error().message.find("both hold"), std::string::npos) << book.error().message;
  // The same id twice is refused too.
  auto twice = parse({{"a.toml", kept[0]}, {"c.toml", kept[0]}});
  ASSERT_FALSE(twice);
  EXPECT_NE(twice.error().message.find("a second rule set test-clocks"), std::string::npos);
  // With an end to the first, both read, and each day has its set.
  static std::string ended = first;
  ended.replace(ended.find("valid_from = 2020-01-01"), 23,
                "valid_from = 2020-01-01\nvalid_to = 2022-12-31");
  static std::string later = second;
  later.replace(later.find("valid_from = 2020-01-01"), 23, "valid_from = 2023-01-01");
  auto both = parse({{"a.toml", ended}, {"b.toml", later}});
  ASSERT_TRUE(both) << both.error().message;
  EXPECT_EQ(domain::holding_on(both->clocks, "2022-12-31")->info.id, "test-clocks");
  EXPECT_EQ(domain::holding_on(both->clocks, "2023-01-01")->info.id, "test-later1");
  EXPECT_EQ(domain::holding_on(both->clocks, "2019-12-31"), nullptr);
}

}  // namespace
}  // namespace orbis::rules
