#include "grades/distribution.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace orbis::grades {
namespace {

constexpr std::int64_t kHundred = 10'000;  // 100 % in hundredths of a percent
constexpr std::int64_t kSumSlack = 50;     // ± 0.5 %: published tables round their shares
constexpr std::string_view kCycles[] = {"short", "bachelor", "master", "doctorate", "any"};

Error invalid(std::string message, std::string field) {
  FieldError fe{std::move(field), message};
  return Error::invalid(std::move(message), {std::move(fe)});
}

// "85-89" or "85–89" (en dash): the two ends, or nothing if `text` is not a range.
std::optional<std::pair<std::string_view, std::string_view>> split_range(std::string_view text) {
  for (const std::string_view dash : {std::string_view("–"), std::string_view("-")}) {
    const auto at = text.find(dash);
    if (at != std::string_view::npos && at > 0)
      return std::pair{text.substr(0, at), text.substr(at + dash.size())};
  }
  return std::nullopt;
}

}  // namespace

Result<DistributionTable> DistributionTable::create(TableDefinition definition,
                                                    const Scale& scale) {
  DistributionTable table(std::move(definition));
  const TableDefinition& d = table.def_;
  const auto where = [&](std::string_view what) {
    return fmt::format("table '{}': {}", d.id, what);
  };
  if (d.id.empty()) return fail(invalid("a table needs an id", "id"));
  for (const auto& [name, value] : {std::pair{"institution", &d.institution},
                                    std::pair{"field", &d.field}, std::pair{"years", &d.years}}) {
    if (value->empty()) return fail(invalid(where(fmt::format("{} is missing", name)), name));
  }
  if (std::ranges::find(kCycles, d.cycle) == std::end(kCycles)) {
    return fail(invalid(
        where(fmt::format("cycle '{}' is not short, bachelor, master, doctorate or any", d.cycle)),
        "cycle"));
  }
  if (d.scale != scale.id())
    return fail(invalid(where(fmt::format("is on {}, not {}", d.scale, scale.id())), "scale"));
  if (d.rows.empty()) return fail(invalid(where("has no rows"), "rows"));

  std::int64_t cumulative = 0;
  std::size_t passing_labels = 0;
  for (const LabelDefinition& l : scale.definition().labels) passing_labels += l.passes ? 1 : 0;
  for (std::size_t i = 0; i < d.rows.size(); ++i) {
    const DistributionRow& row = d.rows[i];
    const auto row_error = [&](std::string_view what) {
      return fail(invalid(where(fmt::format("row {} ('{}') {}", i + 1, row.grade, what)),
                          fmt::format("rows[{}]", i)));
    };
    Row parsed;
    Rank best_end;
    if (auto grade = scale.parse(row.grade)) {
      parsed.grade = std::move(*grade);
      parsed.threshold = best_end = parsed.grade.rank;
    } else if (const auto range = split_range(row.grade); range && !scale.label_only()) {
      auto a = scale.parse(range->first);
      auto b = scale.parse(range->second);
      if (!a || !b || a->label || b->label)
        return row_error("is not a grade or range of the scale");
      if (compare(*a, *b) > 0) std::swap(*a, *b);  // a: the worse end
      if (compare(*a, *b) == 0) return row_error("is a range of one value; write the value");
      const bool higher = scale.definition().numeric->direction == Direction::higher_is_better;
      parsed.grade.text = higher ? a->text + "-" + b->text : b->text + "-" + a->text;
      parsed.grade.passes = a->passes;
      parsed.grade.rank = parsed.threshold = a->rank;
      best_end = b->rank;
    } else {
      return row_error(fmt::format("is not a grade of {}: {}", scale.id(), scale.describe()));
    }
    if (!parsed.grade.passes) return row_error("is a failing grade; tables list passing grades");
    if (i > 0 && !(best_end < table.rows_.back().threshold))
      return row_error("overlaps the row above or is not worse than it (rows go best first)");

    if (!std::isfinite(row.percent) || row.percent < 0)
      return row_error("has a negative or non-finite share");
    const double scaled = row.percent * 100;
    if (std::abs(scaled - std::round(scaled)) > 1e-6)
      return row_error("has a share with more than two decimals");
    // A share over the whole would also overflow the running sum in hundredths.
    if (row.percent > 100) return row_error("has a share over 100 percent");
    cumulative += std::llround(scaled);
    parsed.end = cumulative;
    table.rows_.push_back(std::move(parsed));
  }
  if (table.rows_.back().threshold != scale.pass_rank())
    return fail(invalid(where("the last row must reach down to the pass mark"), "rows"));
  if (scale.label_only() && table.rows_.size() != passing_labels)
    return fail(invalid(where("must list every passing grade of the scale"), "rows"));
  if (std::abs(cumulative - kHundred) > kSumSlack) {
    return fail(invalid(
        where(fmt::format("shares sum to {:.2f}, not 100", static_cast<double>(cumulative) / 100)),
        "rows"));
  }
  return table;
}

std::size_t DistributionTable::row_of(const Grade& grade) const {
  for (std::size_t i = 0; i < rows_.size(); ++i)
    if (grade.rank >= rows_[i].threshold) return i;
  return rows_.size() - 1;
}

std::string DistributionTable::describe() const {
  return fmt::format("{} ({}; {}; {}; {}){}", def_.id, def_.institution, def_.field, def_.cycle,
                     def_.years, def_.illustrative ? " [illustrative]" : "");
}

TableDefinition ects_reference_table() {
  return {.id = "ects-reference",
          .institution = "ECTS Users' Guide 2009",
          .field = "all fields",
          .cycle = "any",
          .years = "reference",
          .scale = "ects",
          .rows = {{"A", 10}, {"B", 25}, {"C", 30}, {"D", 25}, {"E", 10}}};
}

}  // namespace orbis::grades
