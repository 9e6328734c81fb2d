// Internal to the http layer: helpers the API handlers share. Thread-safe.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/error.h"
#include "http/message.h"
#include "http/router.h"
#include "service/mobility/import_outcome.h"
#include "service/support/paging.h"

namespace orbis::http::internal {

// The request body as a JSON object, through the bounded parse (common/json.h):
// invalid_argument naming content-type unless it is JSON; 400 naming the byte for malformed JSON, a
// number out of range or nesting deeper than kMaxJsonDepth; 400 for another type than an object.
// What json_body checks of the text in a body: by default no member may hold control
// characters (other than tab and line ends) or more than 64 KiB; a document sent to be
// verified is taken as sent, since its verdict, not a 400, is what the sender needs.
enum class BodyText { checked, as_sent };
Result<nlohmann::json> json_body(const Request& request, BodyText text = BodyText::checked);

// The path parameter `name` as a positive id; 404 when it is not one (no such resource).
Result<std::int64_t> id_param(const Request& request, const std::string& name);

// A query parameter as a whole number in [min, max], or `fallback` when absent.
Result<std::size_t> size_param(const Request& request, const std::string& name,
                               std::size_t fallback, std::size_t min, std::size_t max);

// The version an If-Match header names ("3", "\"3\"" or W/"3"); nullopt when absent,
// invalid_argument when malformed.
Result<std::optional<int>> if_match_version(const Request& request);

// The version an update must carry: the If-Match version, or the response to send — 428
// when the header is missing, a problem when it is malformed.
std::expected<int, Response> required_version(const Request& request);

// Rejects any member of `body` not in `allowed`, naming them.
Status only_fields(const nlohmann::json& body, std::span<const std::string_view> allowed);
inline Status only_fields(const nlohmann::json& body,
                          std::initializer_list<std::string_view> allowed) {
  return only_fields(body, std::span<const std::string_view>(allowed.begin(), allowed.size()));
}

// The `dry_run` query parameter of an import: true (the default) or false; invalid_argument
// for anything else.
Result<bool> dry_run_param(const Request& request);

// An import's bad rows as [{line, field, message}].
template <typename RowErrors>
nlohmann::json rows_json(const RowErrors& errors) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : errors)
    out.push_back({{"line", e.line}, {"field", e.field}, {"message", e.message}});
  return out;
}

// The 422 problem of an import with bad rows: nothing was written.
Response invalid_rows(const nlohmann::json& errors, bool dry_run);

// The response of a CSV import of the mobility context: 200 for a dry run, 201 when
// written, 422 with every bad row when any (nothing written).
Response import_response(const Result<service::MobilityImportOutcome>& outcome);

// Runs a CSV import of the mobility context: the rows and whether only to check them.
using CsvImport =
    std::function<Result<service::MobilityImportOutcome>(const Request& request, bool dry_run)>;

// The route of such an import (POST, the CSV as the body, `dry_run` true by default),
// answered by import_response. Written by hand: the typed endpoints have no result whose
// status depends on the outcome, nor one for a 422 that lists bad rows.
Route import_route(std::string pattern, std::vector<domain::Role> roles, std::string summary,
                   std::string tag, CsvImport import);

// A response for a value or its error.
template <typename T, typename F>
Response respond(const Result<T>& result, F&& to_response) {
  if (!result) return problem(result.error());
  return to_response(*result);
}

// A list read a page at a time: its `filters`, then `limit` (1 to 100, 100 by default) and
// `cursor` (the `next` of the page before), for the route table and the OpenAPI document.
std::vector<QueryParameter> paged_query(std::vector<QueryParameter> filters = {});

// The `limit` and `cursor` of a request; invalid_argument naming `limit`.
Result<service::PageRequest> page_request(const Request& request);

// Answers a list read a page at a time: asks `list` for the page the request names and sends
// {"items": [each item as `item_json` writes it], "next": cursor or null}, or the problem.
template <typename List, typename ItemJson>
Response paged_list(const Request& request, List&& list, ItemJson&& item_json) {
  auto page = page_request(request);
  if (!page) return problem(page.error());
  return respond(list(*page), [&](const auto& found) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : found.items) items.push_back(item_json(item));
    return Response::json(200,
                          {{"items", std::move(items)},
                           {"next", found.next ? nlohmann::json(*found.next) : nlohmann::json()}});
  });
}

}  // namespace orbis::http::internal

namespace orbis::http::internal {

// Reads typed members of a JSON object, collecting one error per member of the wrong
// type, so that a client learns every mistake at once.
class FieldReader {
 public:
  explicit FieldReader(const nlohmann::json& body) : body_(body) {}
  // nullopt when absent; a string member may not be null.
  std::optional<std::string> text(const char* name);
  std::optional<std::vector<std::string>> texts(const char* name);
  // Present as null -> optional holding nullopt.
  std::optional<std::optional<int>> nullable_int(const char* name);
  std::optional<std::int64_t> id(const char* name);
  bool has(const char* name) const { return body_.contains(name); }
  const nlohmann::json& raw(const char* name) const { return body_.at(name); }
  void error(std::string field, std::string message) {
    errors_.push_back({std::move(field), std::move(message)});
  }
  // invalid_argument naming every bad member, or success.
  Status finish(std::string_view what) const;

 private:
  const nlohmann::json& body_;
  std::vector<FieldError> errors_;
};

}  // namespace orbis::http::internal
