// The JSON API under /api/v1: every route, registered on a Router.
// Thread-safety: register on one thread; the handlers are thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "http/routing/router.h"
#include "service/services.h"

namespace orbis::http {

struct ApiOptions {
  // Marks the session and CSRF cookies Secure, so that browsers send them over HTTPS
  // only: for Orbis behind an HTTPS proxy or load balancer.
  bool secure_cookies = false;
};

// Adds every /api/v1 route. `services` must outlive the router.
void add_api_routes(Router& router, service::Services& services, const ApiOptions& options = {});

// Answers /.well-known/did.json (the institution's DID document); nullopt for other paths.
std::optional<Response> well_known(const Request& request, service::Services& services);

// The OpenAPI 3.1 document describing the router's routes.
nlohmann::json openapi_document(const Router& router);

}  // namespace orbis::http
