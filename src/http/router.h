// The route table: every endpoint with the roles it allows, its handler and what the
// OpenAPI document says of it. Thread-safety: build it on one thread, then handle()
// from any number.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "domain/user.h"
#include "http/message.h"
#include "service/auth.h"

namespace orbis::http {

namespace routing {
struct EndpointDoc;
}

struct QueryParameter {
  std::string name;
  std::string type;  // "string" or "integer"
  std::string description;
};

struct Route {
  std::string method;      // "GET", "POST", "PATCH", "PUT", "DELETE"
  std::string pattern;     // "/api/v1/institutions/{id}"; a {name} segment becomes params[name]
  bool is_public = false;  // no sign-in needed
  std::vector<domain::Role> roles;  // who may call it when not public
  std::string summary;
  std::string tag;
  std::vector<QueryParameter> query;
  std::string request_schema;   // a components/schemas name, or empty for no body
  std::string response_schema;  // likewise, or empty for no content
  int success_status = 200;
  std::function<Response(Request&)> handler;
  std::size_t max_body_bytes = 0;  // 0: the server's default
  std::string description;         // longer words for the OpenAPI document
  // What a typed endpoint (http/routing) declares; null for routes written by hand.
  std::shared_ptr<const routing::EndpointDoc> doc;
};

// Every role: for routes any signed-in user may call.
std::vector<domain::Role> any_role();

class Router {
 public:
  explicit Router(const service::Auth& auth) : auth_(auth) {}

  void add(Route route);
  // A handler for paths outside /api/ (such as /.well-known/did.json), tried before the
  // static files; it answers nullopt for paths that are not its own. Public.
  void add_public_path(std::function<std::optional<Response>(const Request&)> handler);
  const std::vector<Route>& routes() const { return routes_; }

  // Finds the route, signs the caller in from a bearer token or the session cookie,
  // checks the role and (for cookie sessions) the CSRF token, and runs the handler.
  // A path under /api/ that no route matches is a 404 problem; a known path with another
  // method a 405. Returns nullopt for paths outside /api/ (static files).
  std::optional<Response> handle(Request& request) const;

 private:
  const Route* match(Request& request, bool& path_known) const;
  void authenticate(Request& request) const;

  const service::Auth& auth_;
  std::vector<Route> routes_;
  std::vector<std::function<std::optional<Response>(const Request&)>> public_paths_;
};

// The value of the named cookie in a Cookie header, or empty.
std::string cookie_value(const std::string& cookie_header, std::string_view name);

inline constexpr std::string_view kSessionCookie = "orbis_session";
inline constexpr std::string_view kCsrfCookie = "orbis_csrf";
inline constexpr std::string_view kCsrfHeader = "x-csrf-token";

}  // namespace orbis::http
