#include "grades/conversion.h"

#include <fmt/format.h>

#include <cmath>

#include "common/text.h"

namespace orbis::grades {
namespace {

Error invalid(std::string message, std::string field) {
  FieldError fe{std::move(field), message};
  return Error::invalid(std::move(message), {std::move(fe)});
}

// A computed number for notes: at most four decimals, no trailing zeros.
std::string number(double value) {
  std::string s = fmt::format("{:.4f}", value);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

// Hundredths of a percent as "12.5%".
std::string percent(std::int64_t hundredths) {
  return number(static_cast<double>(hundredths) / 100) + "%";
}

// What rounding did to a computed value, if it did anything.
void note_rounding(Conversion& c, const Scale& to, const Placed& placed) {
  if (!placed.exact) return;
  const std::string exact = number(*placed.exact);
  if (placed.grade.label) {
    c.notes.push_back(fmt::format("computed {}, which reaches {}", exact, placed.grade.text));
    return;
  }
  if (std::abs(*placed.exact - *placed.grade.value) < 1e-9) return;
  const bool truncated = to.definition().numeric->rounding == Rounding::truncate;
  c.notes.push_back(fmt::format(
      "computed {}, {} {}", exact,
      truncated ? "further decimals dropped (German examination regulations):" : "rounded to",
      placed.grade.text));
}

// How a scale enters the normalised position, for the `source` of a conversion.
std::string position_basis(const Scale& scale) {
  if (scale.label_only())
    return fmt::format("{} by {}", scale.id(), scale.definition().reference_source);
  return fmt::format("{} linear from pass {} to Nmax {}", scale.id(),
                     scale.format_value(scale.pass_value()),
                     scale.format_value(scale.formula_best()));
}

void convert_by_tables(Conversion& c, const DistributionTable& from_table,
                       const DistributionTable& to_table) {
  c.method = Method::egracons_table;
  c.source = fmt::format("EGRACONS tables {} -> {}", from_table.describe(), to_table.describe());
  const TableDefinition& f = from_table.definition();
  const TableDefinition& t = to_table.definition();
  if (f.cycle != "any" && t.cycle != "any" && (f.field != t.field || f.cycle != t.cycle)) {
    c.notes.push_back(fmt::format(
        "the tables are for different fields or cycles ({}, {} / {}, {}); EGRACONS compares "
        "tables of one field and cycle",
        f.field, f.cycle, t.field, t.cycle));
  }
  if (!c.from_grade.passes) return;
  const std::size_t s = from_table.row_of(c.from_grade);
  // The midpoint m of the source row, as a share of the source table; the target row j
  // holds it when start_j < m <= end_j. Cross-multiplied so that all of it stays in integers.
  const std::int64_t twice_middle = from_table.start(s) + from_table.end(s);
  std::size_t j = 0;
  while (j + 1 < to_table.size() &&
         !(to_table.end(j) > 0 &&
           twice_middle * to_table.total() <= 2 * to_table.end(j) * from_table.total())) {
    ++j;
  }
  c.to_grade = to_table.row_grade(j);
  c.notes.push_back(
      fmt::format("{} is in row {} of {}, covering {}-{} (midpoint {}); row {} of {} covers {}-{}",
                  c.from_grade.text, from_table.row_grade(s).text, from_table.id(),
                  percent(from_table.start(s)), percent(from_table.end(s)),
                  number(static_cast<double>(twice_middle) / 200) + "%", c.to_grade.text,
                  to_table.id(), percent(to_table.start(j)), percent(to_table.end(j))));
}

void convert_by_pku(Conversion& c, const Scale& to, bool inverse) {
  c.method = Method::formula;
  if (!inverse) {
    c.source =
        "Peking University GPA formula: GPA = 4 - 3(100 - x)^2/1600 for 60 <= x <= 100, "
        "0 below 60";
    if (!c.from_grade.passes) return;
    const double x = *c.from_grade.value;
    const Placed placed = to.round_value(4 - 3 * (100 - x) * (100 - x) / 1600);
    c.to_grade = placed.grade;
    note_rounding(c, to, placed);
    return;
  }
  c.source = "Peking University GPA formula solved for the score: x = 100 - 40 sqrt((4 - GPA)/3)";
  if (!c.from_grade.passes) return;
  const double gpa = *c.from_grade.value;
  const Placed placed = to.round_value(100 - 40 * std::sqrt((4 - gpa) / 3));
  c.to_grade = placed.grade;
  note_rounding(c, to, placed);
}

// The modified Bavarian formula is the normalised position with a numeric scale on one side
// and de on the other, so both go through position(); only the label differs.
void convert_by_position(Conversion& c, const Scale& from, const Scale& to) {
  const auto ends = [](const Scale& foreign) {
    return fmt::format("Nmax {}, Nmin {}", foreign.format_value(foreign.formula_best()),
                       foreign.format_value(foreign.pass_value()));
  };
  if (to.id() == "de" && !from.label_only()) {
    c.method = Method::formula;
    c.source =
        fmt::format("modified Bavarian formula: 1 + 3(Nmax - N)/(Nmax - Nmin), {}", ends(from));
  } else if (from.id() == "de" && !to.label_only()) {
    c.method = Method::formula;
    c.source = fmt::format(
        "modified Bavarian formula solved for N: Nmax - (Nd - 1)(Nmax - Nmin)/3, {}", ends(to));
  } else {
    c.method = Method::normalised_position;
    c.source =
        fmt::format("normalised position: {} -> {}", position_basis(from), position_basis(to));
  }
  if (!c.from_grade.passes) return;
  if (!from.label_only()) {
    const double value = *c.from_grade.value;
    const double nmax = from.formula_best();
    const bool higher = from.definition().numeric->direction == Direction::higher_is_better;
    if (higher ? value > nmax : value < nmax) {
      c.notes.push_back(fmt::format("{} is beyond Nmax {} and counts as {}", c.from_grade.text,
                                    from.format_value(nmax), from.format_value(nmax)));
    }
  }
  const double p = from.position(c.from_grade);
  const Placed placed = to.at_position(p);
  c.to_grade = placed.grade;
  c.notes.push_back(
      fmt::format("position {} between the pass mark (0) and the best grade (1)", number(p)));
  note_rounding(c, to, placed);
}

// A table given for one side must be on that side's scale.
Status check_table(const DistributionTable* table, const Scale& scale, std::string_view side) {
  if (table == nullptr || table->scale() == scale.id()) return {};
  return fail(invalid(fmt::format("the {} table '{}' is on {}, not {}", side, table->id(),
                                  table->scale(), scale.id()),
                      std::string(side) + "_table"));
}

}  // namespace

std::string_view to_string(Method method) {
  switch (method) {
    case Method::identity:
      return "identity";
    case Method::egracons_table:
      return "egracons-table";
    case Method::formula:
      return "formula";
    case Method::normalised_position:
      return "normalised-position";
  }
  return "identity";
}

const std::string& Conversion::final_grade() const {
  return coordinator_override ? coordinator_override->grade : to_grade.text;
}

Result<Conversion> convert(const ScaleRegistry& scales, std::string_view from, std::string_view to,
                           std::string_view grade, const Tables& tables) {
  auto from_scale = scales.find(from);
  if (!from_scale) return fail(from_scale.error());
  auto to_scale = scales.find(to);
  if (!to_scale) return fail(to_scale.error());
  const Scale& source = **from_scale;
  const Scale& target = **to_scale;
  auto parsed = source.parse(grade);
  if (!parsed) return fail(parsed.error());

  if (auto ok = check_table(tables.from, source, "from"); !ok) return fail(ok.error());
  if (auto ok = check_table(tables.to, target, "to"); !ok) return fail(ok.error());
  const DistributionTable* from_table = tables.from;
  const DistributionTable* to_table = tables.to;

  Conversion c;
  c.from_scale = source.id();
  c.to_scale = target.id();
  c.from_grade = std::move(*parsed);
  c.to_grade = target.best_failing();

  // The ECTS reference distribution is the ects side's table when the other side has one.
  std::optional<DistributionTable> reference;
  if ((from_table == nullptr) != (to_table == nullptr) &&
      (source.id() == "ects" || target.id() == "ects") && source.id() != target.id()) {
    const Scale& ects = source.id() == "ects" ? source : target;
    auto built = DistributionTable::create(ects_reference_table(), ects);
    if (!built) return fail(Error::internal("the ECTS reference table does not fit ects"));
    reference = std::move(*built);
    (from_table ? to_table : from_table) = &*reference;
  }

  if (source.id() == target.id() && !(from_table && to_table)) {
    c.method = Method::identity;
    c.source = "same scale";
    c.to_grade = c.from_grade;
    if (from_table || to_table)
      c.notes.push_back("within one scale, tables are used only when both sides have one");
    return c;
  }
  if (from_table && to_table) {
    convert_by_tables(c, *from_table, *to_table);
  } else {
    if (from_table || to_table) {
      const DistributionTable& only = from_table ? *from_table : *to_table;
      c.notes.push_back(fmt::format("table {} not used: no table for {}", only.id(),
                                    from_table ? target.id() : source.id()));
    }
    if (source.id() == "cn100" && target.id() == "us4") {
      convert_by_pku(c, target, false);
    } else if (source.id() == "us4" && target.id() == "cn100") {
      convert_by_pku(c, target, true);
    } else {
      convert_by_position(c, source, target);
    }
  }
  if (!c.from_grade.passes) {
    c.to_grade = target.best_failing();
    c.notes.push_back(
        fmt::format("{} fails on {}; failing grades convert to the best failing "
                    "grade of {}",
                    c.from_grade.text, source.id(), target.id()));
  }
  return c;
}

Result<Tables> choose_tables(const std::vector<DistributionTable>& loaded, std::string_view from,
                             std::string_view to, std::string_view from_id,
                             std::string_view to_id) {
  const auto pick = [&](std::string_view scale, std::string_view id,
                        std::string_view side) -> Result<const DistributionTable*> {
    if (!id.empty()) {
      for (const DistributionTable& table : loaded) {
        if (table.id() != id) continue;
        if (table.scale() != scale) {
          return fail(invalid(fmt::format("table '{}' is on {}, not {}", id, table.scale(), scale),
                              std::string(side) + "_table"));
        }
        return &table;
      }
      std::vector<std::string> ids;
      ids.reserve(loaded.size());
      for (const DistributionTable& table : loaded) ids.push_back(table.id());
      return fail(invalid(fmt::format("no table '{}' is loaded{}{}", id,
                                      ids.empty() ? "" : "; there are: ", text::join(ids, ", ")),
                          std::string(side) + "_table"));
    }
    if (from == to) return nullptr;
    const DistributionTable* found = nullptr;
    std::vector<std::string> candidates;
    for (const DistributionTable& table : loaded) {
      if (table.scale() != scale) continue;
      found = &table;
      candidates.push_back(table.id());
    }
    if (candidates.size() > 1) {
      return fail(invalid(fmt::format("several tables are on {} ({}); name the {} table", scale,
                                      text::join(candidates, ", "), side),
                          std::string(side) + "_table"));
    }
    return found;
  };
  auto from_table = pick(from, from_id, "from");
  if (!from_table) return fail(from_table.error());
  auto to_table = pick(to, to_id, "to");
  if (!to_table) return fail(to_table.error());
  return Tables{*from_table, *to_table};
}

Result<Conversion> record_override(const ScaleRegistry& scales, Conversion conversion,
                                   std::string_view grade, std::string_view reason,
                                   UserId coordinator, TimePoint at) {
  auto scale = scales.find(conversion.to_scale);
  if (!scale) return fail(scale.error());
  auto parsed = (*scale)->parse(grade);
  if (!parsed) return fail(parsed.error());
  const std::string_view why = text::trim(reason);
  if (why.empty()) return fail(invalid("an override needs a reason", "reason"));
  if (!coordinator) return fail(invalid("an override needs the coordinator", "coordinator"));
  conversion.coordinator_override = Override{parsed->text, std::string(why), coordinator, at};
  return conversion;
}

}  // namespace orbis::grades
