#include "rules/rulebook.h"

#include <toml++/toml.h>

#include <algorithm>
#include <set>
#include <string>

#include "rules/internal/kinds.h"

namespace orbis::rules {
namespace {

// Two sets of one kind may not both hold on a day: which applied would be a guess.
template <typename Set>
Status no_overlap(const std::vector<Set>& sets) {
  for (std::size_t i = 0; i < sets.size(); ++i) {
    for (std::size_t j = i + 1; j < sets.size(); ++j) {
      const auto& a = sets[i].info;
      const auto& b = sets[j].info;
      const bool apart = (!a.valid_to.empty() && a.valid_to < b.valid_from) ||
                         (!b.valid_to.empty() && b.valid_to < a.valid_from);
      if (!apart) {
        return fail(Error::invalid("rule sets " + a.id + " and " + b.id +
                                   " both hold on some day; give one a valid_to"));
      }
    }
  }
  return {};
}

}  // namespace

std::vector<domain::RuleSetInfo> Rulebook::sets() const {
  std::vector<domain::RuleSetInfo> out;
  out.reserve(clocks.size() + points.size() + ratios.size() + calendars.size());
  for (const auto& s : clocks) out.push_back(s.info);
  for (const auto& s : points) out.push_back(s.info);
  for (const auto& s : ratios) out.push_back(s.info);
  for (const auto& s : calendars) out.push_back(s.info);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.kind != b.kind ? a.kind < b.kind : a.valid_from < b.valid_from;
  });
  return out;
}

Result<Rulebook> parse(const std::vector<RuleFile>& files) {
  Rulebook book;
  std::set<std::string> ids;
  for (const auto& file : files) {
    toml::table root;
    try {
      root = toml::parse(file.text, file.name);
    } catch (const toml::parse_error& e) {
      return fail(
          Error::invalid(std::string(file.name) + ": not TOML: " + std::string(e.description())));
    }
    internal::Reader reader(file.name);
    auto info = reader.info(root);
    if (!reader.ok()) return fail(reader.error());
    if (!ids.insert(info.id).second) {
      return fail(Error::invalid(std::string(file.name) + ": a second rule set " + info.id));
    }
    if (info.kind == "legal_clocks") {
      book.clocks.push_back(internal::read_clocks(reader, root, std::move(info)));
    } else if (info.kind == "work_permit_points") {
      book.points.push_back(internal::read_points(reader, root, std::move(info)));
    } else if (info.kind == "joint_programme_ratios") {
      book.ratios.push_back(internal::read_ratios(reader, root, std::move(info)));
    } else if (info.kind == "working_calendar") {
      book.calendars.push_back(internal::read_calendar(reader, root, std::move(info)));
    } else {
      reader.fault("rule_set.kind", "unknown kind " + info.kind);
    }
    if (!reader.ok()) return fail(reader.error());
  }
  if (auto s = no_overlap(book.clocks); !s) return fail(s.error());
  if (auto s = no_overlap(book.ratios); !s) return fail(s.error());
  if (auto s = no_overlap(book.calendars); !s) return fail(s.error());
  book.working_days = domain::calendar::WorkingDays(book.calendars);
  return book;
}

const Result<Rulebook>& shipped() {
  static const Result<Rulebook> book = parse(shipped_files());
  return book;
}

}  // namespace orbis::rules
