// What every CSV import shares: the report of a bad row, and the file's columns by name.
// Thread-safety: plain values.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <initializer_list>
#include <map>
#include <string>

#include "common/csv.h"
#include "common/error.h"
#include "common/text.h"

namespace orbis::service {

struct ImportRowError {
  int line = 0;  // 1-based line of the CSV file
  std::string field;
  std::string message;
};

// The columns of a CSV file by their lower-case, trimmed names, and a row's cell by name.
class CsvColumns {
 public:
  explicit CsvColumns(const csv::Row& header) {
    for (std::size_t i = 0; i < header.size(); ++i)
      index_[text::to_lower_ascii(text::trim(header[i]))] = i;
  }
  bool has(const char* name) const { return index_.contains(name); }
  // The cell of `name` in `row`, trimmed; empty when the file or the row has none.
  std::string get(const csv::Row& row, const char* name) const {
    const auto it = index_.find(name);
    return it != index_.end() && it->second < row.size() ? std::string(text::trim(row[it->second]))
                                                         : std::string();
  }
  // invalid_argument naming the first of `names` the file lacks, and `doc`, the page that
  // lists the columns; ok when it has them all.
  Status require(std::initializer_list<const char*> names, const char* doc) const {
    for (const char* name : names)
      if (!has(name))
        return fail(Error::invalid(
            fmt::format("the file has no '{}' column; see {} for the columns", name, doc)));
    return {};
  }

 private:
  std::map<std::string, std::size_t> index_;
};

}  // namespace orbis::service
