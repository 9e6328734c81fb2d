// Every list exports: `?format=csv` or `?format=xlsx` with the list's own filters answers
// every row they select, not one page, as a file (docs/exports.md). The list is read a page
// at a time through its own handler, so an export holds what the caller may see of each
// row and nothing more; the CSV is streamed as its pages are read, the workbook built in a
// temporary file and streamed from there. Thread-safety: an export runs on its connection's
// strand; the ListExport is shared read-only.
#pragma once

#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "http/export/table.h"
#include "http/server/message.h"

namespace orbis::http::exports {

// One page of a list as its items' JSON, or the response its failure is.
struct Rows {
  Json items = Json::array();
  std::optional<std::string> next;
};
using PageReader = std::function<std::expected<Rows, Response>(Request&)>;

// What an export knows of a list, found once when its endpoint is declared.
struct ListExport {
  std::vector<Column> columns;
  bool takes_limit = false;   // the list reads `limit`
  bool takes_cursor = false;  // the list reads `cursor`
};

// The parameters an export adds to a list's query; a list takes them with `format`.
inline constexpr const char* kFormatParam = "format";
inline constexpr const char* kLangParam = "lang";
inline constexpr const char* kCsvType = "text/csv; charset=utf-8";
inline constexpr const char* kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The export a request asks for with `format`, or nullopt when it asks for the list itself.
// A bad `format` or `lang` is a 422 problem, as is a failure of the first page (bad
// filters); a failure of a later page ends the CSV's stream early (the client sees an
// incomplete body) and fails the workbook.
std::optional<Response> export_list(const Request& request,
                                    const std::shared_ptr<const ListExport>& list, PageReader read);

// The language of an export's headings: `lang` when given, else the first of English or
// Chinese the Accept-Language header prefers, else English.
Language language_of(const Request& request);

}  // namespace orbis::http::exports
