// The reader of work_permit_points rule sets (rulebook.h): a [category] table and one [[item]]
// for each factor of domain/scholars/work_permit.h. It is strict (unknown keys, unknown ids,
// bands out of order or overlapping, points above an item's max are faults) because a slip in
// a points table would not fail anything later: it would silently give another category.
#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <string>

#include "rules/internal/kinds.h"

namespace orbis::rules::internal {
namespace {

using domain::scholars::Factor;
using domain::scholars::PointsItem;

// The bounds every count in a table stays within: far above any published table, low
// enough that no sum of them overflows.
constexpr std::int64_t kMostPoints = 1000;
constexpr std::int64_t kMostYears = 150;

constexpr std::array<std::string_view, 4> kRootKeys{"rule_set", "source", "category", "item"};
constexpr std::array<std::string_view, 5> kCategoryKeys{"a_points", "b_points", "b_degree",
                                                        "b_work_years", "source"};
constexpr std::array<std::string_view, 8> kItemKeys{"id",     "name",  "name_zh", "max",
                                                    "source", "bands", "levels",  "options"};
constexpr std::array<std::string_view, 5> kBandKeys{"from", "below", "through", "points",
                                                    "points_per_year"};
constexpr std::array<std::string_view, 2> kLevelKeys{"level", "points"};
constexpr std::array<std::string_view, 5> kOptionKeys{"id", "name", "name_zh", "points",
                                                      "at_least_years"};
constexpr std::array kAllFactors{
    Factor::salary,          Factor::education,     Factor::work_years, Factor::months_in_china,
    Factor::chinese,         Factor::work_location, Factor::age,        Factor::distinction,
    Factor::provincial_bonus};

std::string at(std::string_view path, std::string_view key) {
  return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
}

// An integer within [least, most]; nullopt, with a fault, when required and absent or out of
// range.
std::optional<int> count(Reader& r, const toml::table& table, std::string_view path,
                         std::string_view key, std::int64_t least, std::int64_t most,
                         bool required = true) {
  const auto value = r.integer(table, path, key, required);
  if (!value) return std::nullopt;
  if (*value < least || *value > most) {
    r.fault(at(path, key), std::to_string(least) + " to " + std::to_string(most));
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<double> bound(Reader& r, const toml::table& table, std::string_view path,
                            std::string_view key, bool whole, bool required) {
  const auto value = r.number(table, path, key, required);
  if (!value) return std::nullopt;
  if (!std::isfinite(*value) || *value < 0) {
    r.fault(at(path, key), "a number, 0 or more");
    return std::nullopt;
  }
  if (whole && *value != std::floor(*value)) {
    r.fault(at(path, key), "a whole number of years");
    return std::nullopt;
  }
  return value;
}

void points_within_max(Reader& r, int points, const PointsItem& item, std::string_view path) {
  if (points > item.max) {
    r.fault(at(path, "points"), "the item's max " + std::to_string(item.max) +
                                    " is smaller than these " + std::to_string(points) + " points");
  }
}

void read_source(Reader& r, const toml::table& table, std::string_view path,
                 const domain::RuleSetInfo& info, std::string& source) {
  source = r.text(table, path, "source");
  if (!source.empty() && info.source(source) == nullptr) {
    r.fault(at(path, "source"), "names no source of the set: " + source);
  }
}

void read_category(Reader& r, const toml::table& table, domain::scholars::PointsRuleSet& set) {
  const std::string path = "category";
  r.only_keys(table, path, kCategoryKeys);
  auto& rule = set.table.category;
  const auto a_points = count(r, table, path, "a_points", 1, kMostPoints);
  const auto b_points = count(r, table, path, "b_points", 1, kMostPoints);
  if (a_points) rule.a_points = *a_points;
  if (b_points) rule.b_points = *b_points;
  if (a_points && b_points && *b_points >= *a_points) {
    r.fault(path + ".b_points", "B needs fewer points than A");
  }
  const auto degree_name = r.text(table, path, "b_degree");
  if (const auto degree = domain::scholars::parse_degree(degree_name)) {
    rule.b_degree = *degree;
  } else if (!degree_name.empty()) {
    r.fault(path + ".b_degree", "none, bachelor, master or doctorate");
  }
  if (const auto years = count(r, table, path, "b_work_years", 0, kMostYears)) {
    rule.b_work_years = *years;
  }
  read_source(r, table, path, set.info, rule.source);
}

void read_bands(Reader& r, const toml::array& bands, const std::string& path, PointsItem& item) {
  if (bands.empty()) r.fault(path, "at least one band");
  const bool whole = domain::scholars::counts_whole_years(item.factor);
  for (std::size_t j = 0; j < bands.size(); ++j) {
    const auto here = path + "[" + std::to_string(j) + "]";
    const auto* t = bands.get(j)->as_table();
    if (t == nullptr) {
      r.fault(here, "not a table");
      continue;
    }
    r.only_keys(*t, here, kBandKeys);
    domain::scholars::Band band;
    if (const auto from = bound(r, *t, here, "from", whole, true)) band.from = *from;
    band.below = bound(r, *t, here, "below", whole, false);
    band.through = count(r, *t, here, "through", 0, kMostYears, false);
    band.points = count(r, *t, here, "points", 0, kMostPoints).value_or(0);
    band.points_per_year = count(r, *t, here, "points_per_year", 0, kMostPoints, false).value_or(0);
    if (band.below && band.through) {
      r.fault(here + ".through", "a band ends below a value or through a year, not both");
    }
    if (band.through && !whole) {
      r.fault(here + ".through", "only bands of whole years end through a year; use below");
    }
    if (band.points_per_year > 0 && !whole) {
      r.fault(here + ".points_per_year", "only bands of whole years grow by the year");
    }
    if (band.below && *band.below <= band.from) r.fault(here + ".below", "not above from");
    if (band.through && *band.through < band.from) r.fault(here + ".through", "before from");
    points_within_max(r, band.points, item, here);
    if (!item.bands.empty()) {
      const auto& before = item.bands.back();
      if (!before.below && !before.through) {
        r.fault(here, "follows a band with no end");
      } else if (band.from < before.from) {
        r.fault(here + ".from", "out of order: bands go lowest first");
      } else if ((before.below && band.from < *before.below) ||
                 (before.through && band.from <= *before.through)) {
        r.fault(here + ".from", "overlaps the band before it");
      }
    }
    item.bands.push_back(band);
  }
}

void read_levels(Reader& r, const toml::array& levels, const std::string& path, PointsItem& item) {
  if (levels.empty()) r.fault(path, "at least one level");
  int last_rank = 0;
  for (std::size_t j = 0; j < levels.size(); ++j) {
    const auto here = path + "[" + std::to_string(j) + "]";
    const auto* t = levels.get(j)->as_table();
    if (t == nullptr) {
      r.fault(here, "not a table");
      continue;
    }
    r.only_keys(*t, here, kLevelKeys);
    domain::scholars::Level level;
    level.level = r.text(*t, here, "level");
    level.points = count(r, *t, here, "points", 0, kMostPoints).value_or(0);
    const auto rank = domain::scholars::level_rank(item.factor, level.level);
    if (!rank) {
      r.fault(here + ".level",
              item.factor == Factor::education ? "bachelor, master or doctorate" : "hsk1 to hsk6");
    } else if (*rank <= last_rank) {
      r.fault(here + ".level", "out of order or repeated: levels go lowest first");
    } else {
      last_rank = *rank;
    }
    points_within_max(r, level.points, item, here);
    item.levels.push_back(std::move(level));
  }
}

void read_options(Reader& r, const toml::array& options, const std::string& path,
                  PointsItem& item) {
  using domain::scholars::Claim;
  if (options.empty()) r.fault(path, "at least one option");
  for (std::size_t j = 0; j < options.size(); ++j) {
    const auto here = path + "[" + std::to_string(j) + "]";
    const auto* t = options.get(j)->as_table();
    if (t == nullptr) {
      r.fault(here, "not a table");
      continue;
    }
    r.only_keys(*t, here, kOptionKeys);
    domain::scholars::Option option;
    const auto id = r.text(*t, here, "id");
    if (const auto claim = domain::scholars::parse_claim(id)) {
      option.claim = *claim;
      if (domain::scholars::factor_of(*claim) != item.factor) {
        r.fault(here + ".id", id + " is an option of " +
                                  std::string(to_string(domain::scholars::factor_of(*claim))));
      }
      for (const auto& other : item.options) {
        if (other.claim == *claim) r.fault(here + ".id", "a second option " + id);
      }
    } else if (!id.empty()) {
      r.fault(here + ".id", "unknown option " + id);
    }
    option.name = r.text(*t, here, "name");
    option.name_zh = r.text(*t, here, "name_zh");
    option.points = count(r, *t, here, "points", 0, kMostPoints).value_or(0);
    points_within_max(r, option.points, item, here);
    const bool counts_years = option.claim == Claim::continuous_work_in_china;
    const auto years = count(r, *t, here, "at_least_years", 1, kMostYears, counts_years);
    if (years && !counts_years) {
      r.fault(here + ".at_least_years", "only continuous_work_in_china counts years");
    }
    option.at_least_years = years.value_or(0);
    item.options.push_back(std::move(option));
  }
}

// What each factor scores by: bands, levels or options. A key the factor does not score by is
// a fault; one it needs and lacks is too (chinese may leave out its options).
void read_scales(Reader& r, const toml::table& t, const std::string& path, PointsItem& item) {
  bool bands = false;
  bool levels = false;
  bool options = false;
  switch (item.factor) {
    case Factor::salary:
    case Factor::work_years:
    case Factor::months_in_china:
    case Factor::age:
      bands = true;
      break;
    case Factor::education:
    case Factor::chinese:
      levels = true;
      options = item.factor == Factor::chinese;
      break;
    case Factor::work_location:
    case Factor::distinction:
      options = true;
      break;
    case Factor::provincial_bonus:
      break;
  }
  const std::string factor(to_string(item.factor));
  for (const auto& [key, wanted] :
       {std::pair{"bands", bands}, std::pair{"levels", levels}, std::pair{"options", options}}) {
    if (!wanted && t.contains(key)) {
      r.fault(path + "." + key, factor + " is not scored by " + key);
    }
  }
  if (bands) {
    if (const auto* a = r.array(t, path, "bands")) read_bands(r, *a, path + ".bands", item);
  }
  if (levels) {
    if (const auto* a = r.array(t, path, "levels")) read_levels(r, *a, path + ".levels", item);
  }
  if (options) {
    const bool required = item.factor != Factor::chinese;
    if (const auto* a = r.array(t, path, "options", required)) {
      read_options(r, *a, path + ".options", item);
    }
  }
}

}  // namespace

domain::scholars::PointsRuleSet read_points(Reader& r, const toml::table& root,
                                            domain::RuleSetInfo info) {
  domain::scholars::PointsRuleSet set;
  set.info = std::move(info);
  r.only_keys(root, "", kRootKeys);
  if (const auto* category = r.table(root, "", "category")) read_category(r, *category, set);
  const auto* items = r.array(root, "", "item");
  if (items == nullptr) return set;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const auto path = "item[" + std::to_string(i) + "]";
    const auto* t = items->get(i)->as_table();
    if (t == nullptr) {
      r.fault(path, "not a table");
      continue;
    }
    r.only_keys(*t, path, kItemKeys);
    PointsItem item;
    const auto id = r.text(*t, path, "id");
    if (const auto factor = domain::scholars::parse_factor(id)) {
      item.factor = *factor;
    } else {
      if (!id.empty()) {
        r.fault(path + ".id",
                "unknown item " + id +
                    "; the items are salary, education, work_years, months_in_china, chinese, "
                    "work_location, age, distinction and provincial_bonus");
      }
      continue;
    }
    if (set.table.item(item.factor) != nullptr) r.fault(path + ".id", "a second item " + id);
    item.name = r.text(*t, path, "name");
    item.name_zh = r.text(*t, path, "name_zh");
    item.max = count(r, *t, path, "max", 0, kMostPoints).value_or(0);
    read_source(r, *t, path, set.info, item.source);
    read_scales(r, *t, path, item);
    set.table.items.push_back(std::move(item));
  }
  int most = 0;
  for (const auto factor : kAllFactors) {
    if (const auto* item = set.table.item(factor)) {
      most += item->max;
    } else {
      r.fault("item", "no item " + std::string(to_string(factor)));
    }
  }
  if (r.ok() && set.table.category.a_points > most) {
    r.fault("category.a_points",
            "more than the table's items give (" + std::to_string(most) + " at most)");
  }
  return set;
}

}  // namespace orbis::rules::internal
