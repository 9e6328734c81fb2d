#include "http/routing/router.h"

#include <algorithm>

#include "common/crypto.h"
#include "common/text.h"
#include "http/routing/endpoint.h"

namespace orbis::http {
namespace {

// A route without a request schema reads no body. Anything but nothing (or an empty JSON
// object, which some clients send with every POST) is refused, so that a client which
// believes it is passing options learns that they are ignored before the action runs.
bool takes_no_body(std::string_view body) {
  const auto first = body.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return true;
  const auto last = body.find_last_not_of(" \t\r\n");
  const auto inner = body.substr(first, last - first + 1);
  if (inner.size() < 2 || inner.front() != '{' || inner.back() != '}') return false;
  return inner.substr(1, inner.size() - 2).find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Whether a route reads a body: its handler takes a JSON body or an upload (http/routing).
bool reads_body(const Route& route) {
  return route.doc && (route.doc->request_schema || route.doc->upload);
}

// Splits "/api/v1/x/{id}" into its segments.
std::vector<std::string> segments(std::string_view path) {
  std::vector<std::string> out;
  for (auto& part : text::split(path, '/')) {
    if (!part.empty()) out.push_back(std::move(part));
  }
  return out;
}

bool matches(const std::string& pattern, const std::string& path,
             std::unordered_map<std::string, std::string>& params) {
  const auto want = segments(pattern);
  const auto have = segments(path);
  if (want.size() != have.size()) return false;
  std::unordered_map<std::string, std::string> found;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (want[i].starts_with('{') && want[i].ends_with('}')) {
      found[want[i].substr(1, want[i].size() - 2)] = have[i];
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

bool safe_method(const std::string& method) { return method == "GET" || method == "HEAD"; }

// What a signed-in caller reads may be personal: no cache, shared or the browser's, keeps it
// (a handler that set its own policy, such as "private, no-store", keeps that).
void keep_private(Response& response) {
  for (const auto& [name, value] : response.headers) {
    if (text::to_lower_ascii(name) == "cache-control") return;
  }
  response.headers.emplace_back("Cache-Control", "no-store");
}

}  // namespace

std::vector<domain::Role> any_role() { return domain::all_roles(); }

std::string cookie_value(const std::string& header, std::string_view name) {
  for (const auto& part : text::split(header, ';')) {
    const auto trimmed = text::trim(part);
    const auto eq = trimmed.find('=');
    if (eq != std::string_view::npos && trimmed.substr(0, eq) == name) {
      return std::string(trimmed.substr(eq + 1));
    }
  }
  return {};
}

void Router::add(Route route) { routes_.push_back(std::move(route)); }

void Router::add_public_path(std::function<std::optional<Response>(const Request&)> handler) {
  public_paths_.push_back(std::move(handler));
}

const Route* Router::match(Request& request, bool& path_known) const {
  path_known = false;
  for (const auto& route : routes_) {
    std::unordered_map<std::string, std::string> params;
    if (!matches(route.pattern, request.path, params)) continue;
    path_known = true;
    const bool method_fits =
        route.method == request.method || (request.method == "HEAD" && route.method == "GET");
    if (method_fits) {
      request.params = std::move(params);
      request.route = route.pattern;
      return &route;
    }
  }
  return nullptr;
}

void Router::authenticate(Request& request) const {
  std::string token;
  const std::string authorization = request.header("authorization");
  if (text::starts_with_icase(authorization, "Bearer ")) {
    token = std::string(text::trim(authorization.substr(7)));
  } else {
    token = cookie_value(request.header("cookie"), kSessionCookie);
    request.via_cookie = !token.empty();
  }
  if (token.empty()) return;
  if (auto principal = auth_.authenticate(token)) request.principal = std::move(*principal);
}

Admission Router::admit(Request& request) const {
  Admission admission;
  if (!request.path.starts_with("/api/")) return admission;
  bool path_known = false;
  const Route* route = match(request, path_known);
  if (!route) {
    admission.refusal =
        path_known ? problem(405, "method_not_allowed", "this path does not take " + request.method)
                   : problem(404, "not_found", "no API endpoint at " + request.path);
    return admission;
  }
  authenticate(request);
  if (!route->is_public) {
    if (!request.principal) {
      admission.refusal =
          problem(Error::unauthenticated("sign in first: the session is missing or has expired"));
    } else if (const auto role = request.principal->actor.role;
               std::find(route->roles.begin(), route->roles.end(), role) == route->roles.end()) {
      admission.refusal = problem(Error::denied("the role " + std::string(domain::to_string(role)) +
                                                " may not do this: " + route->summary));
    } else if (request.principal->second_factor_setup_required && !route->before_second_factor) {
      admission.refusal = problem(
          Error::denied("set up a second factor first: admins here sign in with an authenticator "
                        "app (your account page)"));
    } else if (request.via_cookie && !safe_method(request.method) &&
               !crypto::equal_constant_time(request.header(std::string(kCsrfHeader)),
                                            request.principal->csrf)) {
      // A cookie rides along on any request the browser makes, even one another site
      // triggers; a header only this site's script can set proves the request is ours.
      admission.refusal = problem(
          Error::denied("the CSRF token is missing or wrong: send the X-CSRF-Token header"));
    }
    if (admission.refusal) {
      keep_private(*admission.refusal);
      return admission;
    }
  }
  admission.route = route;
  admission.body_limit = route->body_limit;
  return admission;
}

std::optional<Response> Router::respond(const Admission& admission, Request& request) const {
  if (admission.refusal) return admission.refusal;
  if (!admission.route) {
    for (const auto& handler : public_paths_) {
      if (auto response = handler(request)) return response;
    }
    return std::nullopt;
  }
  if (!reads_body(*admission.route) && !takes_no_body(request.body))
    return problem(Error::invalid("this operation takes no request body: send none"));
  Response response = admission.route->handler(request);
  if (!admission.route->is_public) keep_private(response);
  return response;
}

std::optional<Response> Router::handle(Request& request) const {
  return respond(admit(request), request);
}

}  // namespace orbis::http
