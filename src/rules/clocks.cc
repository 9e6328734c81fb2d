// The reader of legal_clocks rule sets (rulebook.h).
#include <string>

#include "rules/internal/kinds.h"

namespace orbis::rules::internal {
namespace {

std::optional<domain::scholars::Span> read_span(Reader& r, const toml::table& rule,
                                                const std::string& path, std::string_view key,
                                                bool required) {
  const auto* t = r.table(rule, path, key, required);
  if (t == nullptr) return std::nullopt;
  const auto here = path + "." + std::string(key);
  const auto amount = r.integer(*t, here, "amount");
  const auto unit_name = r.text(*t, here, "unit");
  const auto unit = domain::scholars::parse_unit(unit_name);
  if (!unit_name.empty() && !unit) r.fault(here + ".unit", "hours, days or working_days");
  if (amount && (*amount < 0 || *amount > 3650)) r.fault(here + ".amount", "0 to 3650");
  if (!amount || !unit) return std::nullopt;
  return domain::scholars::Span{static_cast<int>(*amount), *unit};
}

}  // namespace

domain::scholars::ClockRuleSet read_clocks(Reader& r, const toml::table& root,
                                           domain::RuleSetInfo info) {
  using domain::scholars::Trigger;
  domain::scholars::ClockRuleSet set;
  set.info = std::move(info);
  const auto* rules = r.array(root, "", "rule");
  if (rules == nullptr) return set;
  for (std::size_t i = 0; i < rules->size(); ++i) {
    const auto path = "rule[" + std::to_string(i) + "]";
    const auto* t = rules->get(i)->as_table();
    if (t == nullptr) {
      r.fault(path, "not a table");
      continue;
    }
    domain::scholars::ClockRule rule;
    rule.id = r.text(*t, path, "id");
    rule.name = r.text(*t, path, "name");
    rule.name_zh = r.text(*t, path, "name_zh");
    const auto trigger = r.text(*t, path, "trigger");
    if (auto parsed = domain::scholars::parse_trigger(trigger)) {
      rule.trigger = *parsed;
    } else if (!trigger.empty()) {
      r.fault(path + ".trigger",
              "first_entry, entry, re_entry, move, change, residence_permit_expiry or "
              "work_permit_expiry");
    }
    if (auto within = read_span(r, *t, path, "within", true)) rule.within = *within;
    rule.opens_before = read_span(r, *t, path, "opens_before", false);
    const bool expiry = rule.trigger == Trigger::residence_permit_expiry ||
                        rule.trigger == Trigger::work_permit_expiry;
    if (expiry && rule.within.unit == domain::scholars::Unit::hours) {
      r.fault(path + ".within.unit", "an expiry is counted back in days or working days");
    }
    if (rule.opens_before && !expiry) {
      r.fault(path + ".opens_before", "only an expiry's clock opens before it");
    }
    if (rule.opens_before && rule.opens_before->unit == rule.within.unit &&
        rule.opens_before->amount < rule.within.amount) {
      r.fault(path + ".opens_before", "opens after it is due");
    }
    if (auto days = r.integer(*t, path, "stays_longer_than_days", false)) {
      rule.stays_longer_than_days = static_cast<int>(*days);
    }
    rule.workers_only = r.boolean(*t, path, "workers_only");
    rule.done_by_residence_permit_filing = r.boolean(*t, path, "done_by_residence_permit_filing");
    rule.source = r.text(*t, path, "source");
    rule.article = r.text(*t, path, "article", false);
    if (!rule.source.empty() && set.info.source(rule.source) == nullptr) {
      r.fault(path + ".source", "names no source of the set: " + rule.source);
    }
    for (const auto& other : set.rules) {
      if (other.id == rule.id) r.fault(path + ".id", "a second rule " + rule.id);
    }
    set.rules.push_back(std::move(rule));
  }
  return set;
}

}  // namespace orbis::rules::internal
