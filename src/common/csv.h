// RFC 4180 CSV reading, as offices export it from spreadsheets. Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace orbis::csv {

using Row = std::vector<std::string>;

struct Table {
  Row header;
  std::vector<Row> rows;
  std::vector<int> line_numbers;  // the 1-based line where each row starts, for error reports
};

// Parses a whole document. A UTF-8 byte-order mark is dropped; the separator is ',' or ';',
// whichever the header line uses more (outside quotes). Fields may be quoted with '"' and
// contain separators, doubled quotes and line breaks. Fails with invalid_argument on an
// unterminated quote or bytes that are not UTF-8, naming the line.
Result<Table> parse(std::string_view document);

// Quotes a field for writing when it needs it.
std::string escape(std::string_view field, char separator = ',');

}  // namespace orbis::csv
