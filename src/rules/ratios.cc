// The reader of joint_programme_ratios rule sets (rulebook.h): one [[ratio]] for each minimum
// share of domain/teaching/four_thirds.h. Strict, as the points tables are: a misspelt key or
// quantity would otherwise drop a minimum and pass a programme that should fail.
#include <algorithm>
#include <array>
#include <span>
#include <string>

#include "rules/internal/kinds.h"

namespace orbis::rules::internal {
namespace {

using domain::teaching::Quantity;

constexpr std::array<std::string_view, 3> kRatioSetKeys{"rule_set", "source", "ratio"};
constexpr std::array<std::string_view, 8> kRatioKeys{
    "id", "name", "name_zh", "numerator", "denominator", "at_least", "source", "article"};

std::optional<Quantity> quantity(Reader& r, const toml::table& t, const std::string& path,
                                 std::string_view key) {
  const auto name = r.text(t, path, key);
  if (name.empty()) return std::nullopt;
  auto parsed = domain::teaching::parse_quantity(name);
  if (!parsed)
    r.fault(path + "." + std::string(key),
            "courses, core_courses, introduced_courses, introduced_core_courses, "
            "core_courses_by_foreign_teachers, hours, core_hours or "
            "core_hours_by_foreign_teachers");
  return parsed;
}

bool counts_courses(Quantity q) {
  return q != Quantity::hours && q != Quantity::core_hours &&
         q != Quantity::core_hours_by_foreign_teachers;
}

}  // namespace

domain::teaching::RatioRuleSet read_ratios(Reader& r, const toml::table& root,
                                           domain::RuleSetInfo info) {
  domain::teaching::RatioRuleSet set;
  set.info = std::move(info);
  r.only_keys(root, "", kRatioSetKeys);
  const auto* ratios = r.array(root, "", "ratio");
  if (ratios == nullptr) return set;
  if (ratios->empty()) r.fault("ratio", "at least one ratio");
  for (std::size_t i = 0; i < ratios->size(); ++i) {
    const auto path = "ratio[" + std::to_string(i) + "]";
    const auto* t = ratios->get(i)->as_table();
    if (t == nullptr) {
      r.fault(path, "not a table");
      continue;
    }
    r.only_keys(*t, path, kRatioKeys);
    domain::teaching::RatioRule rule;
    rule.id = r.text(*t, path, "id");
    rule.name = r.text(*t, path, "name");
    rule.name_zh = r.text(*t, path, "name_zh");
    const auto numerator = quantity(r, *t, path, "numerator");
    const auto denominator = quantity(r, *t, path, "denominator");
    if (numerator) rule.numerator = *numerator;
    if (denominator) rule.denominator = *denominator;
    if (numerator && denominator && counts_courses(*numerator) != counts_courses(*denominator))
      r.fault(path + ".denominator", "courses against courses, hours against hours");
    if (numerator && denominator && *numerator == *denominator)
      r.fault(path + ".denominator", "a share of itself");
    // at_least = [1, 3]: a fraction, so that one third is exact.
    if (const auto* at_least = r.array(*t, path, "at_least")) {
      const auto num =
          at_least->size() == 2 ? at_least->get(0)->value<std::int64_t>() : std::nullopt;
      const auto den =
          at_least->size() == 2 ? at_least->get(1)->value<std::int64_t>() : std::nullopt;
      if (!num || !den || *num < 0 || *den < 1 || *num > *den || *den > 100) {
        r.fault(path + ".at_least", "[numerator, denominator], a fraction from 0 to 1: [1, 3]");
      } else {
        rule.at_least_num = static_cast<int>(*num);
        rule.at_least_den = static_cast<int>(*den);
      }
    }
    rule.source = r.text(*t, path, "source");
    rule.article = r.text(*t, path, "article", false);
    if (!rule.source.empty() && set.info.source(rule.source) == nullptr)
      r.fault(path + ".source", "names no source of the set: " + rule.source);
    for (const auto& other : set.rules) {
      if (other.id == rule.id) r.fault(path + ".id", "a second ratio " + rule.id);
    }
    set.rules.push_back(std::move(rule));
  }
  return set;
}

}  // namespace orbis::rules::internal
