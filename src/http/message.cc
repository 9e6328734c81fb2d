#include "http/message.h"

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
      return 409;
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
    case 503:
      return "Service unavailable";
    default:
      return "Internal error";
  }
}

}  // namespace

Response problem(const Error& error) {
  const int status = status_for(error);
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

}  // namespace orbis::http
