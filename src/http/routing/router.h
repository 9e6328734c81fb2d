// The route table: every endpoint with the roles it allows, its handler and what the
// OpenAPI document says of it. Thread-safety: build it on one thread, then handle()
// from any number.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "domain/user.h"
#include "http/server/message.h"
#include "service/identity/auth.h"

namespace orbis::http {

namespace routing {
struct EndpointDoc;
}

// Request bodies: 1 MiB unless a route declares more. Uploads (attachments, documents,
// imports) declare a little over the 10 MiB their use cases accept, so that the use case,
// not the connection, says what is too large.
inline constexpr std::size_t kMaxBodyBytes = 1 << 20;
inline constexpr std::size_t kMaxUploadBytes = 11 << 20;

struct Route {
  std::string method;      // "GET", "POST", "PATCH", "PUT", "DELETE"
  std::string pattern;     // "/api/v1/institutions/{id}"; a {name} segment becomes params[name]
  bool is_public = false;  // no sign-in needed
  std::vector<domain::Role> roles;  // who may call it when not public
  std::string summary;
  std::string tag;
  int success_status = 200;
  std::size_t body_limit = kMaxBodyBytes;  // the largest body it reads
  // Open to a session that must set up a second factor before anything else (an admin
  // while admins must have one): the account's own routes and signing out.
  bool before_second_factor = false;
  std::function<Response(Request&)> handler;
  std::string description;  // longer words for the OpenAPI document
  // What a typed endpoint (http/routing) declares; null for routes written by hand.
  std::shared_ptr<const routing::EndpointDoc> doc;
};

// What the router decides from a request's line and headers, before its body is read.
struct Admission {
  const Route* route = nullptr;     // the API route; null outside /api/ or when refused
  std::optional<Response> refusal;  // 401, 403, 404 or 405: send it and read no body
  std::size_t body_limit = kMaxBodyBytes;
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

  // From the request's line and headers alone: finds the route (setting request.params),
  // signs the caller in from a bearer token or the session cookie (setting
  // request.principal), checks the role and, for a cookie session that writes, the CSRF
  // token. A path under /api/ that no route matches is refused with a 404 problem; a known
  // path with another method with a 405. Paths outside /api/ are admitted with the default
  // body limit.
  Admission admit(Request& request) const;
  // Answers an admitted request whose body has been read: the route's handler (the caller
  // is not signed in again) or, outside /api/, a public path; nullopt for static files.
  // Every response of a route that needs sign-in says Cache-Control: no-store unless the
  // handler chose its own.
  std::optional<Response> respond(const Admission& admission, Request& request) const;
  // admit() and respond() in one, for a request that arrived whole.
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
