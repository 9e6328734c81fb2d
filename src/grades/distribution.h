// Grade distribution tables (EGRACONS): the share of passing grades an institution awarded
// per grade, for one field of study and cycle. Thread-safe: immutable once built. Pure.
//
// A row is one grade of the scale ("A", "1.3", "30L") or, on numeric scales, a range
// ("85-89"). A grade falls in the best row whose lower end it reaches, so 89.5 counts in
// "85-89" when the next row is "90-100". Rows list passing grades only, best first, and the
// last one reaches down to the pass mark.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/error.h"
#include "grades/scale.h"

namespace orbis::grades {

struct DistributionRow {
  std::string grade;  // as written in the table
  double percent = 0;
};

struct TableDefinition {
  std::string id;           // unique among the tables loaded together
  std::string institution;  // e.g. "Westlake University"
  std::string field;  // ISCED-F 2013 field, e.g. "07 Engineering, manufacturing and construction"
  std::string cycle;  // "short", "bachelor", "master" or "doctorate"
  std::string years;  // the cohorts counted, e.g. "2021-2023"
  std::string scale;  // a scale id
  bool illustrative = false;          // made-up numbers, for examples and tests
  std::string note;                   // free text for the reader (where the numbers come from)
  std::vector<DistributionRow> rows;  // best first
};

class DistributionTable {
 public:
  // Checks the table against its scale: every row a passing grade or range of it, rows best
  // first without overlap, the last reaching the pass mark, label-only scales listing every
  // passing label, shares ≥ 0 with at most two decimals summing to 100 ± 0.5. Fails with
  // invalid_argument naming the table and the row.
  static Result<DistributionTable> create(TableDefinition definition, const Scale& scale);

  const TableDefinition& definition() const { return def_; }
  const std::string& id() const { return def_.id; }
  const std::string& scale() const { return def_.scale; }
  std::size_t size() const { return rows_.size(); }

  // The row a passing grade of the table's scale falls in.
  std::size_t row_of(const Grade& grade) const;
  // The row's grade: a grade of the scale, or a range such as "85-89" ranked by its lower end.
  const Grade& row_grade(std::size_t row) const { return rows_[row].grade; }
  // Cumulative shares in hundredths of a percent of the rows before `row` and up to it,
  // scaled so that the whole table counts as `total()`.
  std::int64_t start(std::size_t row) const { return row == 0 ? 0 : rows_[row - 1].end; }
  std::int64_t end(std::size_t row) const { return rows_[row].end; }
  std::int64_t total() const { return rows_.back().end; }

  // "id (institution; field; cycle; years)".
  std::string describe() const;

 private:
  struct Row {
    Grade grade;
    Rank threshold;        // the lower end's rank
    std::int64_t end = 0;  // cumulative share, hundredths of a percent
  };
  explicit DistributionTable(TableDefinition definition) : def_(std::move(definition)) {}

  TableDefinition def_;
  std::vector<Row> rows_;
};

// The ECTS Users' Guide (2009) reference distribution on the ects scale: A 10 %, B 25 %,
// C 30 %, D 25 %, E 10 %. Used for the ects side when only the other side has a table.
TableDefinition ects_reference_table();

}  // namespace orbis::grades
