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

namespace orbis::http::internal {

// The request body as a JSON object, through the bounded parse (common/json.h):
// invalid_argument naming content-type unless it is JSON; 400 naming the byte for malformed JSON, a
// number out of range or nesting deeper than kMaxJsonDepth; 400 for another type than an object.
// What json_body checks of the text in a body: by default no member may hold control
// characters (other than tab and line ends) or more than 64 KiB; a document sent to be
// verified is taken as sent, since its verdict, not a 400, is what the sender needs.
enum class BodyText { checked, as_sent };
Result<nlohmann::json> json_body(const Request& request, BodyText text = BodyText::checked);

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
