// Grading scales: which grades a scale has, which pass, which of two is better, and how
// each is written. Thread-safe: a Scale and a ScaleRegistry are immutable once built (add()
// is the one mutation; do not call it while other threads read). Pure: no I/O.
//
// A scale has labels (ECTS "A", Japanese "秀"), a numeric range (German 1.0–5.0), or both
// (US letters and points). docs/grades.md lists the nine built-in scales and says why each
// is defined as it is.
#pragma once

#include <compare>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace orbis::grades {

enum class Direction { higher_is_better, lower_is_better };

// How a computed value (a formula's result) becomes a grade of the scale.
enum class Rounding {
  nearest,   // to the nearest step; an exact half goes to the better grade
  truncate,  // further decimals are dropped (German examination regulations)
};

// What a conversion into the scale yields: a number, or the label whose value the number
// reaches (the UK honours class of a percentage).
enum class Output { number, label };

struct LabelDefinition {
  std::string label;                 // the canonical form, e.g. "A-", "Upper Second", "30L"
  std::vector<std::string> aliases;  // other accepted spellings, e.g. "2:1", "秀"
  bool passes = true;
  // The label's place on the numeric range; required when the scale has one. A label stands
  // for the value it reaches: "First" is 70 %, so 72 % ranks above it.
  std::optional<double> value;
  // Better than a plain number of the same value (Italy's 30 e lode over 30).
  bool honours = false;
};

struct NumericDefinition {
  double min = 0;
  double max = 0;
  Direction direction = Direction::higher_is_better;
  double pass = 0;  // the worst passing value (pass ≥ it, or ≤ it when lower is better)
  // Nmax of the modified Bavarian formula and of the normalised position: the value counted
  // as the best. Defaults to the best end of the range (min or max).
  std::optional<double> formula_best;
  int decimals = 0;  // shown at least, and kept by conversions into the scale; 0–2
  Rounding rounding = Rounding::nearest;
  Output output = Output::number;
};

struct ScaleDefinition {
  std::string id;  // [a-z0-9-], 1–32 characters
  std::string name_en;
  std::string name_zh;
  std::vector<LabelDefinition> labels;  // best → worst; passing labels before failing ones
  std::optional<NumericDefinition> numeric;
  // Label-only scales: the reference share (percent, summing to 100) of each passing label,
  // best first, for the normalised position. Empty: equal shares.
  std::vector<double> reference;
  std::string reference_source;  // where the shares come from; shown in conversions
  // The grade a failing grade converts to. Default: the first failing label, else the pass
  // mark one step (10^-decimals) worse.
  std::optional<std::string> best_failing;
};

// The place of a grade in its scale's order: compare `level`, then `honours`.
struct Rank {
  double level = 0;  // higher is better
  int honours = 0;
  friend auto operator<=>(const Rank&, const Rank&) = default;
};

// A grade as a scale understood it. Compare grades of one scale only.
struct Grade {
  std::string text;             // canonical, e.g. "A-", "85", "1.3", "30L", "Upper Second"
  std::optional<double> value;  // on the numeric range; none for a label-only scale's labels
  bool passes = false;
  std::optional<std::size_t> label;  // index into the labels when given as a label
  Rank rank;
};

// Better, equivalent or worse. Equivalent grades may be written differently: US "A+", "A"
// and "4.0" all carry 4.0 points. REQUIRES: both grades come from the same scale.
std::weak_ordering compare(const Grade& a, const Grade& b);

// A value computed by a formula, as a grade of a scale: `grade` after rounding, `exact`
// before.
struct Placed {
  Grade grade;
  std::optional<double> exact;
};

class Scale {
 public:
  // Checks the definition: id, names, labels in order, pass mark inside the range, reference
  // shares. Fails with invalid_argument naming the problem.
  static Result<Scale> create(ScaleDefinition definition);

  const ScaleDefinition& definition() const { return def_; }
  const std::string& id() const { return def_.id; }
  bool label_only() const { return !def_.numeric.has_value(); }

  // Reads a grade: a label or alias (case and spacing ignored), or a number with at most two
  // decimals ("," may be the decimal mark; "14/20" and "65%" are read on 0–20 and 0–100
  // scales). Fails with invalid_argument naming the scale and its range.
  Result<Grade> parse(std::string_view text) const;

  // The grades accepted, for error messages, e.g. "1.0-5.0, lower is better (pass up to 4.0)".
  std::string describe() const;

  // What every failing grade converts to.
  const Grade& best_failing() const { return best_failing_; }
  // The worst passing grade's rank: a table's rows must reach down to it.
  Rank pass_rank() const;

  // The normalised position of a passing grade: 1 at the best, 0 at the pass mark; linear
  // between pass and Nmax on numeric scales (clamped), the middle of the label's reference
  // band on label-only scales. REQUIRES: grade.passes and grade comes from this scale.
  double position(const Grade& grade) const;
  // The passing grade at position p in [0, 1]: the inverse of position(), rounded per the
  // scale (a position on a band boundary goes to the better band).
  Placed at_position(double p) const;
  // A computed value as a passing grade: rounded per the scale and kept within [pass, best].
  // REQUIRES: the scale is numeric.
  Placed round_value(double exact) const;

  // Numeric scales: the pass mark, Nmax, and a number written as the scale writes it.
  double pass_value() const { return def_.numeric->pass; }
  double formula_best() const { return formula_best_; }
  std::string format_value(double value) const;

 private:
  explicit Scale(ScaleDefinition definition) : def_(std::move(definition)) {}
  Grade label_grade(std::size_t index) const;
  Grade number_grade(double value) const;
  double oriented(double value) const;  // higher is better

  ScaleDefinition def_;
  std::map<std::string, std::size_t> by_name_;  // folded label or alias → index
  std::vector<double> band_end_;                // label-only: cumulative reference, percent
  double formula_best_ = 0;
  Grade best_failing_;
};

// The built-in scales and any custom ones. Unknown ids are invalid_argument errors that
// list the known ones.
class ScaleRegistry {
 public:
  // ects, us4, cn100, uk, de, fr20, it30, nl10, jp.
  static ScaleRegistry with_builtins();

  // Adds a custom scale; invalid_argument if its id is taken.
  Status add(Scale scale);
  // The scale with this id. The reference stays valid while the registry lives.
  Result<const Scale*> find(std::string_view id) const;
  // In the order added (built-ins first).
  std::vector<const Scale*> all() const;

 private:
  std::map<std::string, Scale, std::less<>> scales_;
  std::vector<std::string> order_;
};

// The definitions of the built-in scales, in the order listed above.
std::vector<ScaleDefinition> builtin_scale_definitions();

}  // namespace orbis::grades
