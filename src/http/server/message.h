// HTTP requests and responses as plain values, apart from the connection code, so that a
// handler is a function from Request to Response (after Beast's advanced server example).
// Thread-safety: plain values.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/error.h"
#include "service/identity/auth.h"

namespace orbis::http {

struct Request {
  std::string method;  // "GET"
  std::string path;    // decoded, without the query: "/api/v1/institutions/42"
  std::unordered_map<std::string, std::string> query;  // decoded
  std::map<std::string, std::string> headers;          // names in lower case
  std::string body;
  std::string client;                                   // the peer's address
  std::unordered_map<std::string, std::string> params;  // from the route pattern: {"id": "42"}
  std::string route;  // the matched pattern, "/api/v1/calendar/{token}"; empty until routed
  std::optional<service::Principal> principal;  // set when signed in
  bool via_cookie = false;                      // the session came from the cookie

  std::string header(const std::string& lower_name) const;
  std::string query_value(const std::string& name) const;
  // What a log line names: the matched pattern, never the path, whose segments may be
  // secrets (a calendar feed's token is its only credential); the path when no route matched.
  const std::string& for_log() const { return route.empty() ? path : route; }
};

// A body sent as it is made, a chunk at a time (chunked transfer coding), for what is too
// large to hold at once (an export of every row a list selects). Each call gives the next
// chunk, or nullopt after the last. An error ends the connection without the last chunk, so
// that the client sees an incomplete body rather than a short one. Called on the
// connection's strand, one call at a time, after the head has been sent.
using BodyStream = std::function<Result<std::optional<std::string>>()>;

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  BodyStream stream;  // when set, the body instead of `body`

  static Response json(int status, const nlohmann::json& body);
  static Response empty(int status);
};

// How long a client is asked to wait (Retry-After) before retrying after an unavailable
// (503): long enough for a busy database to clear, short enough to notice a freed disk.
inline constexpr int kRetryAfterSeconds = 5;

// The HTTP status for an error code (one table for all of Orbis; invalid_argument is 422
// when it names fields, else 400).
int status_for(const Error& error);

// An RFC 9457 problem (application/problem+json) for `error`: type
// "urn:orbis:problem:<code>", title, status, detail, and `errors` [{field, message}].
// An unavailable error carries Retry-After; an internal one's message is logged, not sent.
Response problem(const Error& error);
// A problem for statuses no ErrorCode names (404 route, 405, 413, 415, 428, 431).
Response problem(int status, std::string_view type, std::string_view detail);

// The Content-Disposition of a download (`disposition` is "attachment" or "inline") named
// `filename`: without control characters and bidirectional overrides, with an ASCII
// filename= for old clients (other characters as '_', quotes escaped) and the name itself
// as filename*=UTF-8''… (RFC 6266, RFC 5987). An empty name becomes "download".
std::string content_disposition(std::string_view disposition, std::string_view filename);

}  // namespace orbis::http
