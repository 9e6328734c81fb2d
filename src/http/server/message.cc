#include "http/server/message.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "common/text.h"

namespace orbis::http {

std::string Request::header(const std::string& lower_name) const {
  const auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

std::string Request::query_value(const std::string& name) const {
  const auto it = query.find(name);
  return it == query.end() ? std::string() : it->second;
}

Response Response::json(int status, const nlohmann::json& body) {
  Response r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Response Response::empty(int status) {
  Response r;
  r.status = status;
  r.content_type.clear();
  return r;
}

int status_for(const Error& error) {
  switch (error.code) {
    case ErrorCode::invalid_argument:
      return error.fields.empty() ? 400 : 422;
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::already_exists:
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::permission_denied:
      return 403;
    case ErrorCode::unauthenticated:
      return 401;
    case ErrorCode::resource_exhausted:
      return 429;
    case ErrorCode::failed_precondition:
      return 409;
    case ErrorCode::aborted:  // the runner retried; the client may too
    case ErrorCode::unavailable:
      return 503;
    case ErrorCode::internal:
      return 500;
  }
  return 500;
}

namespace {

std::string_view title_for(int status) {
  switch (status) {
    case 400:
      return "Bad request";
    case 401:
      return "Not signed in";
    case 403:
      return "Forbidden";
    case 404:
      return "Not found";
    case 405:
      return "Method not allowed";
    case 409:
      return "Conflict";
    case 413:
      return "Request too large";
    case 415:
      return "Unsupported media type";
    case 422:
      return "Invalid fields";
    case 428:
      return "Precondition required";
    case 429:
      return "Too many requests";
    case 431:
      return "Request headers too large";
    case 503:
      return "Service unavailable";
    default:
      return "Internal error";
  }
}

}  // namespace

Response problem(const Error& error) {
  const int status = status_for(error);
  if (error.code == ErrorCode::internal) spdlog::error("internal error: {}", error.message);
  nlohmann::json body = {
      {"type", "urn:orbis:problem:" + std::string(to_string(error.code))},
      {"title", title_for(status)},
      {"status", status},
      // An internal error's text may name files or SQL: it goes to the log, not the client.
      {"detail", error.code == ErrorCode::internal
                     ? "something went wrong on the server; it has been logged"
                     : error.message}};
  if (!error.fields.empty()) {
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& f : error.fields)
      errors.push_back({{"field", f.field}, {"message", f.message}});
    body["errors"] = errors;
  }
  Response r = Response::json(status, body);
  r.content_type = "application/problem+json";
  if (error.code == ErrorCode::unavailable || error.code == ErrorCode::aborted)
    r.headers.emplace_back("Retry-After", std::to_string(kRetryAfterSeconds));
  return r;
}

Response problem(int status, std::string_view type, std::string_view detail) {
  Response r = Response::json(status, {{"type", "urn:orbis:problem:" + std::string(type)},
                                       {"title", title_for(status)},
                                       {"status", status},
                                       {"detail", detail}});
  r.content_type = "application/problem+json";
  return r;
}

namespace {

// Characters a file name shown to a person must not carry: C0 and C1 controls and DEL
// (they end or forge header lines) and the marks that reorder text, with which
// "invoice\u202Efdp.exe" reads as "invoiceexe.pdf".
bool unsafe_in_filename(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// RFC 5987 attr-char: what filename* may carry without percent-encoding.
bool attr_char(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::string content_disposition(std::string_view disposition, std::string_view filename) {
  std::u32string name;
  for (const char32_t cp : text::decode(filename)) {
    if (!unsafe_in_filename(cp)) name.push_back(cp);
  }
  const auto first = name.find_first_not_of(U' ');
  const auto last = name.find_last_not_of(U' ');
  name = first == std::u32string::npos ? U"download" : name.substr(first, last - first + 1);

  std::string ascii;
  for (const char32_t cp : name) {
    if (cp == U'"' || cp == U'\\') ascii.push_back('\\');
    ascii.push_back(cp < 0x80 ? static_cast<char>(cp) : '_');
  }
  std::string encoded;
  for (const unsigned char c : text::encode(name)) {
    if (attr_char(c)) {
      encoded.push_back(static_cast<char>(c));
    } else {
      encoded += fmt::format("%{:02X}", c);
    }
  }
  return fmt::format("{}; filename=\"{}\"; filename*=UTF-8''{}", disposition, ascii, encoded);
}

}  // namespace orbis::http
