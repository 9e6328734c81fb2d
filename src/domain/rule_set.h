// What every rule set read from data/rules/ says of itself: which rule it is, when it holds,
// who made it and where it was read (docs/rules.md). Rules that change by year or authority
// (deadlines, points tables, minimums) are such dated, cited data, never constants in code;
// whatever applies one names the set it applied and why.
// Thread-safety: plain values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace orbis::domain {

// Where a rule was read.
struct RuleSource {
  std::string id;       // unique within its set: "exit-entry-law"
  std::string title;    // "Exit and Entry Administration Law of the PRC (2012), Art. 39"
  std::string url;      // where it was read
  std::string read_on;  // ISO date
  std::string note;     // how far it was confirmed, what it leaves open
};

struct RuleSetInfo {
  std::string id;    // unique: "cn-scholar-clocks-2013"
  std::string kind;  // what it rules: "legal_clocks", "work_permit_points"
  std::string name;
  std::string name_zh;
  std::string authority;   // who made the rule
  std::string valid_from;  // ISO date, inclusive
  std::string valid_to;    // ISO date, inclusive; empty: still in force
  std::string note;        // what the set assumes or leaves out
  std::vector<RuleSource> sources;

  // Whether the set holds on `date` (ISO).
  bool holds_on(std::string_view date) const {
    return valid_from <= date && (valid_to.empty() || date <= valid_to);
  }
  const RuleSource* source(std::string_view source_id) const {
    for (const auto& s : sources) {
      if (s.id == source_id) return &s;
    }
    return nullptr;
  }
};

// The set of `sets` that holds on `date`: the latest to begin of those that hold; nullptr
// when none does.
template <typename Set>
const Set* holding_on(const std::vector<Set>& sets, std::string_view date) {
  const Set* found = nullptr;
  for (const auto& set : sets) {
    if (set.info.holds_on(date) &&
        (found == nullptr || found->info.valid_from < set.info.valid_from)) {
      found = &set;
    }
  }
  return found;
}

}  // namespace orbis::domain
