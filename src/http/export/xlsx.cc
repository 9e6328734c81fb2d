#include "http/export/xlsx.h"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "common/text.h"

namespace orbis::http::exports {
namespace {

// `text` cut to at most `bytes` without splitting a character.
std::string_view cut(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string sheet_name(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) out.push_back(c);
  }
  out = std::string(cut(out, 31));
  return out.empty() ? "Sheet" : out;
}

Status failed(std::string_view what, lxw_error error) {
  return fail(Error::internal(fmt::format("{}: {}", what, lxw_strerror(error))));
}

}  // namespace

Result<std::unique_ptr<Workbook>> Workbook::create() {
  std::error_code ec;
  const auto dir = std::filesystem::temp_directory_path(ec);
  if (ec) return fail(Error::unavailable("no folder for temporary files: " + ec.message()));
  std::string path = (dir / "orbis-export-XXXXXX.xlsx").string();
  const int fd = ::mkstemps(path.data(), 5);
  if (fd < 0) return fail(Error::unavailable("cannot make a temporary file for the workbook"));
  ::close(fd);
  std::unique_ptr<Workbook> book(new Workbook());
  book->path_ = path;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = nullptr;
  book->book_ = workbook_new_opt(path.c_str(), &options);
  if (!book->book_) return fail(Error::unavailable("cannot start a workbook"));
  book->bold_ = workbook_add_format(book->book_);
  format_set_bold(book->bold_);
  return book;
}

Workbook::~Workbook() {
  if (book_) workbook_close(book_);
  if (file_) std::fclose(file_);
  if (!path_.empty()) ::unlink(path_.c_str());
}

Status Workbook::add_sheet(std::string_view name) {
  std::string unique = sheet_name(name);
  for (int n = 2; std::find(sheets_.begin(), sheets_.end(), unique) != sheets_.end(); ++n) {
    const std::string suffix = fmt::format(" {}", n);
    unique = std::string(cut(sheet_name(name), 31 - suffix.size())) + suffix;
  }
  sheet_ = workbook_add_worksheet(book_, unique.c_str());
  if (!sheet_) return fail(Error::internal("cannot add a sheet named " + unique));
  sheets_.push_back(std::move(unique));
  row_ = 0;
  worksheet_set_column(sheet_, 0, 20, 18, nullptr);
  return {};
}

Status Workbook::add_sheet(std::string_view name, const std::vector<std::string>& headings) {
  if (auto ok = add_sheet(name); !ok) return ok;
  if (headings.size() > 21)
    worksheet_set_column(sheet_, 21, static_cast<lxw_col_t>(headings.size() - 1), 18, nullptr);
  if (auto ok = add_text_row(headings, Style::bold); !ok) return ok;
  worksheet_freeze_panes(sheet_, 1, 0);
  return {};
}

Status Workbook::add_text_row(const std::vector<std::string>& texts, Style style) {
  std::vector<Cell> cells;
  cells.reserve(texts.size());
  for (const auto& text : texts)
    cells.push_back(
        Cell{.kind = text.empty() ? Cell::Kind::empty : Cell::Kind::text, .text = text});
  return add_row(cells, style);
}

Status Workbook::add_row(const std::vector<Cell>& cells, Style style) {
  if (row_ > kMaxSheetRows) {
    return fail(Error::invalid(fmt::format(
        "the export has more than the {} rows a sheet holds; export it as CSV", kMaxSheetRows)));
  }
  const auto row = static_cast<lxw_row_t>(row_++);
  lxw_format* format = style == Style::bold ? bold_ : nullptr;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    const Cell& cell = cells[c];
    lxw_error e = LXW_NO_ERROR;
    switch (cell.kind) {
      case Cell::Kind::empty:
        break;
      case Cell::Kind::number:
        e = worksheet_write_number(sheet_, row, col, cell.number, format);
        break;
      case Cell::Kind::boolean:
        e = worksheet_write_boolean(sheet_, row, col, cell.boolean ? 1 : 0, format);
        break;
      case Cell::Kind::text: {
        // Written as a string, never a formula: a cell starting with = is shown, not run.
        const std::string text(cut(cell.text, kMaxCellText));
        e = worksheet_write_string(sheet_, row, col, text.c_str(), format);
        break;
      }
    }
    if (e != LXW_NO_ERROR) return failed("a cell", e);
  }
  return {};
}

Status Workbook::finish() {
  const lxw_error e = workbook_close(book_);
  book_ = nullptr;
  if (e != LXW_NO_ERROR) return failed("closing the workbook", e);
  file_ = std::fopen(path_.c_str(), "rb");
  if (!file_) return fail(Error::unavailable("cannot read the finished workbook"));
  ::unlink(path_.c_str());  // gone once read
  path_.clear();
  return {};
}

Result<std::optional<std::string>> Workbook::read() {
  if (!file_) return std::optional<std::string>{};
  std::string chunk(64 << 10, '\0');
  const auto n = std::fread(chunk.data(), 1, chunk.size(), file_);
  if (n == 0) {
    const bool error = std::ferror(file_) != 0;
    std::fclose(file_);
    file_ = nullptr;
    if (error) return fail(Error::unavailable("reading the finished workbook failed"));
    return std::optional<std::string>{};
  }
  chunk.resize(n);
  return std::optional<std::string>{std::move(chunk)};
}

}  // namespace orbis::http::exports
