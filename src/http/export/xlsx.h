// An Excel workbook written a row at a time to a temporary file (libxlsxwriter's constant
// memory mode), then read back a chunk at a time: memory stays flat however many rows there
// are. Thread-safety: one thread per workbook.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "http/export/table.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace orbis::http::exports {

// The rows a sheet holds below its heading (Excel's limit is 1,048,576 rows in all).
inline constexpr std::size_t kMaxSheetRows = 1'048'575;
// The text a cell holds (Excel's limit, in bytes here: a longer text is cut at a character).
inline constexpr std::size_t kMaxCellText = 32'767;

class Workbook {
 public:
  // A workbook in a new temporary file; unavailable when no file can be made.
  static Result<std::unique_ptr<Workbook>> create();
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  // A new sheet (its name cut to Excel's 31 characters, without the characters Excel
  // refuses, and made unique) with its headings in bold on a frozen first row.
  Status add_sheet(std::string_view name, const std::vector<std::string>& headings);
  // A new sheet to write rows of any shape into (a report's).
  Status add_sheet(std::string_view name);
  enum class Style { plain, bold };
  // A row below the last one of the current sheet; invalid_argument past kMaxSheetRows.
  Status add_row(const std::vector<Cell>& cells, Style style = Style::plain);
  // A row of text cells; an empty list leaves a blank row.
  Status add_text_row(const std::vector<std::string>& texts, Style style = Style::plain);
  // Closes the workbook; after this, read() gives its bytes.
  Status finish();
  // The next chunk of the finished file; nullopt at its end.
  Result<std::optional<std::string>> read();

 private:
  Workbook() = default;

  std::string path_;
  lxw_workbook* book_ = nullptr;
  lxw_worksheet* sheet_ = nullptr;
  lxw_format* bold_ = nullptr;
  std::size_t row_ = 0;  // the rows written to the current sheet
  std::vector<std::string> sheets_;
  std::FILE* file_ = nullptr;  // the finished workbook, being read
};

}  // namespace orbis::http::exports
