// Converting a grade from one scale to another, saying how and on what authority.
// Thread-safe: pure functions over immutable scales and tables.
//
// The method, in order of preference (docs/grades.md has worked examples):
//   1. egracons-table: both institutions' grade distribution tables (the ECTS reference
//      distribution stands in for the ects side). A passing grade's row covers a range of
//      cumulative percent from the best grade down; the result is the target row whose range
//      holds the midpoint of that range, the better row when the midpoint is on a boundary.
//   2. formula: cn100 ↔ us4 by the Peking University GPA formula; numeric scales ↔ de by the
//      modified Bavarian formula.
//   3. normalised-position: the grade's position between pass mark (0) and best grade (1),
//      linear on numeric scales and by reference shares on label-only scales, mapped to the
//      target grade at the same position.
// A failing grade always converts to the target scale's best failing grade. Every result is
// monotone (a better grade never converts to a worse one) and deterministic.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/error.h"
#include "common/ids.h"
#include "grades/distribution.h"
#include "grades/scale.h"

namespace orbis::grades {

enum class Method { identity, egracons_table, formula, normalised_position };

// "identity", "egracons-table", "formula", "normalised-position".
std::string_view to_string(Method method);

// A coordinator's decision to record another grade than the computed one. The service
// applies it; the computed grade stays in the Conversion for the audit trail.
struct Override {
  std::string grade;  // canonical, on the target scale
  std::string reason;
  UserId coordinator;
  TimePoint at;
};

struct Conversion {
  std::string from_scale;
  std::string to_scale;
  Grade from_grade;  // canonical on from_scale
  // Canonical on to_scale, or a table's range row such as "85-89" (then without a value).
  Grade to_grade;
  Method method = Method::identity;
  std::string source;  // the tables or formula used
  std::vector<std::string> notes;
  std::optional<Override> coordinator_override;

  // The grade to record: the override's when there is one.
  const std::string& final_grade() const;
};

// The distribution tables to use, if any; each on its own side's scale. Not owned.
struct Tables {
  const DistributionTable* from = nullptr;
  const DistributionTable* to = nullptr;
};

// Converts `grade` from scale `from` to scale `to`. Fails with invalid_argument for an
// unknown scale, a grade outside its scale, or a table on the wrong scale. When only one
// side has a table (and the other is not ects), the table is not used and a note says so.
Result<Conversion> convert(const ScaleRegistry& scales, std::string_view from, std::string_view to,
                           std::string_view grade, const Tables& tables = {});

// Picks from `loaded` the table for each side: the one named by from_id / to_id, else the
// only table on that side's scale, else none. Fails with invalid_argument for an unknown id,
// a named table on the wrong scale, or several tables on one scale and no id. When the
// scales are the same, only named tables are used (two institutions on one scale).
Result<Tables> choose_tables(const std::vector<DistributionTable>& loaded, std::string_view from,
                             std::string_view to, std::string_view from_id = {},
                             std::string_view to_id = {});

// Returns `conversion` with the coordinator's override recorded. Fails with invalid_argument
// when the grade is not on the target scale, the reason is empty or the coordinator unset.
Result<Conversion> record_override(const ScaleRegistry& scales, Conversion conversion,
                                   std::string_view grade, std::string_view reason,
                                   UserId coordinator, TimePoint at);

}  // namespace orbis::grades
