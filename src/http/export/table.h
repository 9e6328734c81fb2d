// A list's items as a table: the columns come from the item's schema (so that an export
// of no rows still has its header, and every export of a list the same columns), and each
// row from an item as the list sends it (so that an export shows exactly what the caller
// may see of it). Thread-safety: plain values and pure functions.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace orbis::http::exports {

using Json = nlohmann::json;

enum class Language { en, zh };

// One column: where its value is in an item ("partner", "name" for partner.name).
struct Column {
  std::vector<std::string> path;
  std::string key() const;  // "partner.name"
};

// The columns of an item described by `schema` ($refs resolved in `components`): each
// scalar member a column; an object's members columns of their own, two levels deep; an
// array one column. Members in the order the item declares them (its `required` list),
// then the optional ones by name.
std::vector<Column> columns_of(const Json& schema, const std::map<std::string, Json>& components);

// A cell: nothing, a number, a yes/no, or text.
struct Cell {
  enum class Kind { empty, number, boolean, text };
  Kind kind = Kind::empty;
  double number = 0;
  bool boolean = false;
  std::string text;  // the text of every kind (a number as JSON writes it)
};

// The cell of `column` in `item`. An array's elements are joined with "; ", each object in
// it by its name (or code, or title, or id); an object below the columns' depth is its JSON.
Cell cell_of(const Json& item, const Column& column);

// The cells of `item` in the columns' order.
std::vector<Cell> cells_of(const Json& item, const std::vector<Column>& columns);

// The heading of a column in `language`: each part of its path by name ("Partner · Name",
// "合作院校 · 名称"). A name the table lacks is spelled out from its key in either language
// (has_label says whether it is known).
std::string heading(const Column& column, Language language);
bool has_label(std::string_view name);
// The headings of the columns, in their order.
std::vector<std::string> headings(const std::vector<Column>& columns, Language language);

// Text a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
// carriage return) with a ' before it, so that it is shown and never run (OWASP, CSV
// injection).
std::string inert(std::string text);

}  // namespace orbis::http::exports
