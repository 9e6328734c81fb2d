#include "common/csv.h"

#include <fmt/format.h>

#include "common/text.h"

namespace orbis::csv {
namespace {

char detect_separator(std::string_view doc) {
  int commas = 0, semicolons = 0;
  bool quoted = false;
  for (const char c : doc) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

}  // namespace

Result<Table> parse(std::string_view doc, const Limits& limits) {
  if (doc.size() > limits.max_bytes) {
    return fail(Error::invalid(fmt::format("the file is {} bytes, more than the {} accepted",
                                           doc.size(), limits.max_bytes)));
  }
  if (doc.starts_with("\xEF\xBB\xBF")) doc.remove_prefix(3);
  if (!text::valid_utf8(doc)) return fail(Error::invalid("the file is not UTF-8 text"));
  const char sep = detect_separator(doc);
  Table table;
  Row row;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  int line = 1;
  int row_line = 1;
  const auto end_field = [&]() -> Status {
    if (row.size() == limits.max_fields) {
      return fail(Error::invalid(
          fmt::format("line {}: a row has more than {} fields", row_line, limits.max_fields)));
    }
    row.push_back(std::move(field));
    field.clear();
    return {};
  };
  const auto end_row = [&]() -> Status {
    if (auto ok = end_field(); !ok) return ok;
    const bool blank = row.size() == 1 && row[0].empty();
    if (!blank) {
      if (table.header.empty() && table.rows.empty()) {
        table.header = std::move(row);
        for (auto& h : table.header) h = std::string(text::trim(h));
      } else if (table.rows.size() == limits.max_rows) {
        return fail(Error::invalid(
            fmt::format("line {}: the file has more than {} rows", row_line, limits.max_rows)));
      } else {
        table.rows.push_back(std::move(row));
        table.line_numbers.push_back(row_line);
      }
    }
    row.clear();
    field_started = false;
    return {};
  };
  const auto append = [&](char c) -> Status {
    if (field.size() == limits.max_field_bytes) {
      return fail(Error::invalid(fmt::format("line {}: a field is longer than {} bytes", row_line,
                                             limits.max_field_bytes)));
    }
    field.push_back(c);
    return {};
  };
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const char c = doc[i];
    Status ok;
    if (quoted) {
      if (c == '"') {
        if (i + 1 < doc.size() && doc[i + 1] == '"') {
          ok = append('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        ok = append(c);
      }
    } else if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == sep) {
      ok = end_field();
      field_started = false;
    } else if (c == '\r') {
      continue;
    } else if (c == '\n') {
      ok = end_row();
      ++line;
      row_line = line;
    } else {
      ok = append(c);
      field_started = true;
    }
    if (!ok) return fail(ok.error());
  }
  if (quoted)
    return fail(Error::invalid(fmt::format("line {}: a quoted field is never closed", row_line)));
  if (!field.empty() || !row.empty()) {
    if (auto ok = end_row(); !ok) return fail(ok.error());
  }
  if (table.header.empty()) return fail(Error::invalid("the file has no header line"));
  return table;
}

std::string escape(std::string_view field, char separator) {
  if (field.find_first_of(std::string{'"', '\n', '\r', separator}) == std::string_view::npos) {
    return std::string(field);
  }
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

}  // namespace orbis::csv
