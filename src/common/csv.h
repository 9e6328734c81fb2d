// RFC 4180 CSV reading, as offices export it from spreadsheets. Thread-safe: pure functions.
#pragma once

#include <cstddef>
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

// What a document may hold. An import of a whole registry stays far inside: data/ror_subset.csv
// is 10 MB in 51,371 rows of 15 fields, the longest 1,378 bytes. The bounds keep a hostile
// upload from costing more than its size: a 10 MiB row of commas would otherwise become
// ten million strings.
inline constexpr std::size_t kMaxDocumentBytes = 64 * 1024 * 1024;
inline constexpr std::size_t kMaxRows = 1'000'000;  // after the header
inline constexpr std::size_t kMaxFields = 1024;     // in one row
inline constexpr std::size_t kMaxFieldBytes = 64 * 1024;

struct Limits {
  std::size_t max_bytes = kMaxDocumentBytes;
  std::size_t max_rows = kMaxRows;
  std::size_t max_fields = kMaxFields;
  std::size_t max_field_bytes = kMaxFieldBytes;
};

// Parses a whole document in one pass. A UTF-8 byte-order mark is dropped; the separator is
// ',' or ';', whichever the header line uses more (outside quotes). Fields may be quoted
// with '"' and contain separators, doubled quotes and line breaks. Fails with
// invalid_argument on an unterminated quote, bytes that are not UTF-8, or a document beyond
// `limits` (more bytes, rows, fields in a row or bytes in a field), naming the line and the
// limit.
Result<Table> parse(std::string_view document, const Limits& limits = {});

// Quotes a field for writing when it needs it.
std::string escape(std::string_view field, char separator = ',');

}  // namespace orbis::csv
